import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedText } from "./text-analysis";
import { mayMatch } from "../lib/regex-prefilter";
import { morePaymentMatters } from "./uncovered-payments";
import { moreHomeMatters } from "./uncovered-home-matters";
import { immigrationMatters } from "./uncovered-immigration";
import { everydayMatters } from "./uncovered-everyday-matters";
import { serviceMatters } from "./uncovered-services";
import { benefitCourtUtilityMatters } from "./uncovered-benefits-courts-utilities";
import { typedReading } from "./matter-as-typed";
import { s16Matters } from "./uncovered-s16-matters";
import { custodyMeterMatters } from "./uncovered-custody-meter";
import { loanAndLabourExportMatters } from "./uncovered-loans-labour-export";
import { amountPlateSchoolMatters } from "./uncovered-amounts-plates-schools";
import { courtMarriageInsuranceMatters } from "./uncovered-courts-marriage-insurance";

/*
 * Residents' matters that the knowledge base has no entry for, yet whose words are everyday words many entries
 * share (session 10, out of coverage): asked alone, the top entry is a look-alike that answers confidently
 * ("tôi muốn xin việc làm ở ủy ban phường" → the ward's contacts, "thuê người giúp việc theo giờ" → tạm trú for
 * renters, "công ty cũ giữ sổ bảo hiểm" → personal data, "gia hạn thẻ sinh viên" → tạm trú for students). The honest
 * reply is the handoff: staff answer, and the question joins the unanswered queue. Each phrase names the matter
 * itself, not a purpose of a ward paper ("nộp hồ sơ xin việc", "đi xuất khẩu lao động" stay with chứng thực, lý
 * lịch tư pháp, tạm vắng), and each is absent from every entry's text (checked when added).
 * Classes: a job sought or a recruitment (the ward, the police, a company: recruitment is no ward procedure);
 * a private service hired (domestic help, a craftsman); a dispute with an employer; a school's or
 * university's card; the labour-export or visa procedure itself (licensed companies, embassies); a utility's new
 * meter; the mass organisations' own meetings and volunteering; the resident's own divorce (the court's); a permit for the pavement;
 * the rent support once paid to workers; a loan
 * the resident wants (the bank's); a beating (the police's); a pet's rabies shot or bite; a court's
 * judgment copy; a lost diploma reissued; a savings book or account (lost, inherited: the bank's); school fees themselves (the education sector's); the resident's own bulky
 * waste or building debris (the sanitation company's).
 */
/**
 * One matter: `folded`, its phrase in the folded message, whose named group `k` (when there is one) holds the matter's
 * key words without the lead word ("vay vốn" of "muốn vay vốn"): an entry that says the key words speaks of the matter.
 * `accented`: when the message is written with diacritics, this must be in it too. Folded syllables are often two words
 * ("cho" for/"chó" dog, "can" need/"cắn" bite, "hoi" ask/"hội" association, "the" then/"thẻ" card, "danh" list/"đánh"
 * beat, "bo" drop/"bố" father): the folded phrase needs an unambiguous context, and the accented text settles the rest.
 * `bait`: jobs and hired services, the bait of the job-offer scams, whose entries keep them.
 * `unless`: anywhere in the folded message, the matter is not this one (a savings account hacked or emptied is a victim's).
 * `asked`: the phrase holds what is asked of the matter ("án phí bao nhiêu", "ly hôn thì nhà chia thế nào"): the entry's
 * subject named elsewhere in the message is then the resident's circumstance ("đăng ký kết hôn được 10 năm"), not the
 * question, and does not keep the look-alike.
 */
export interface Matter { folded: RegExp; accented?: RegExp; bait?: true; unless?: RegExp; asked?: true }

const matter = (folded: string, extra: Omit<Matter, "folded"> = {}): Matter => ({ folded: new RegExp(String.raw`\b(?:${folded})\b`), ...extra });

const matters: Matter[] = [
  // jobs: "muốn xin việc", "đang tìm việc", "xin việc ở ủy ban", "xin vào làm", "có tuyển lái xe", "đang tuyển cán bộ",
  // "tuyển người làm hợp đồng" (a contract job, not chứng thực hợp đồng)
  matter(String.raw`(?:muon|can|dang) (?<k>(?:xin|tim|kiem) (?:viec|cong viec))|(?<k2>xin|tim) viec (?:lam )?(?:o|tai) (?:uy ban|ubnd|phuong|cong an)|xin vao lam`, { bait: true }),
  matter(String.raw`(?:co|dang|can|moi) (?<k>tuyen (?:nguoi|nhan vien|lai xe|tai xe|bao ve|lao dong|can bo|cong chuc|vien chuc|dung))(?: lam)?(?: hop dong| viec)?`, { bait: true }),
  // private services: domestic help, nannies, craftsmen ("tìm người" alone is a missing person, not a hire)
  matter(String.raw`(?:thue|tim|can) (?:nguoi )?(?<k>giup viec)|giup viec theo gio|osin|tho (?:sua|xay|dien|nuoc|moc|son|han)`, { bait: true }),
  // an employer's dispute: unpaid wages, a social-insurance book withheld
  matter(String.raw`no luong|giu so (?:bao hiem|bhxh)|chot so (?:bao hiem|bhxh)`),
  // the resident's own divorce ("muốn ly hôn", "ly hôn đơn phương", "thủ tục ly hôn"): children, property, sometimes
  // violence, decided by the court; staff answer it (being divorced already, "đã ly hôn", is a ward paper's situation)
  matter(String.raw`(?:muon|thu tuc|nop don|don xin|viet don) (?<k>ly hon)|ly hon (?:don phuong|thuan tinh)`),
  // a permit to use or dig the pavement (selling on it, digging for a pipe); the rent support once paid to workers
  matter(String.raw`(?:giay phep|xin phep|cap phep) (?:[a-z]+ ){0,4}(?<k>via he)`),
  // (asking to dig: "hàng xóm đào vỉa hè làm ống nước" is a report, phản ánh's)
  matter(String.raw`(?:muon|can|xin|duoc|thu tuc|phep) dao (?<k>via he|long duong)`),
  matter(String.raw`(?:ho tro|chinh sach) (?:tien )?thue nha`),
  // a loan the resident wants ("muốn vay vốn"; "giấy xác nhận để vay vốn" is the paper's purpose): the bank's
  matter(String.raw`(?:muon|can|thu tuc|lam sao|cach) (?<k>vay (?:von|tien))`),
  // someone beat the resident (the police's, 113): "bị hàng xóm đánh", "chồng đánh tôi"; "bị bỏ sót danh sách" is not
  // ("bo", "vo", "no", "ho" only right before the verb; "danh sách", "danh hiệu" are no beating)
  matter(
    String.raw`(?:bi (?:hang xom|chong|nguoi la|ke la|bon|thang) (?:[a-z]+ )?|bi (?:vo|bo|no|ho) |(?:hang xom|chong|vo|bo|nguoi la) (?:[a-z]+ )?(?=danh (?:toi|em|minh|con|chau|vo|me)\b))danh(?! (?:sach|hieu|gia|muc|tinh|ba|so|dau|thiep|tu))`,
    { accented: /đánh/ },
  ),
  // a pet's rabies shot, a dog that bit someone ("tiêm chủng" of children is the health station's, in an entry); "cho em hỏi
  // cần con có mặt không" is no dog: "chó" needs a dog's context ("bị chó cắn", "con chó nhà hàng xóm cắn cháu")
  matter(String.raw`vac xin (?:phong )?dai|tiem (?:phong |vac xin )?dai`),
  matter(String.raw`(?:bi|con|bi con) cho (?:[a-z]+ ){0,3}can|cho (?:nha|hang xom|hoang|dai|du|nuoi|lai|becgie|tay)(?: [a-z]+){0,3} can (?:con|toi|em|chau|be|vao|nguoi|chan|tay)`, { accented: /chó.*cắn/ }),
  // a court's judgment extract (not a divorce judgment a ward paper asks for); a lost diploma reissued (the school's; a
  // copy certified is chứng thực's)
  matter(String.raw`trich luc ban an(?! ly hon)|(?:cap lai|lam lai|xin lai) (?:bang|van bang|bang cap) (?:dai hoc|tot nghiep|cao dang|thpt|cap (?:2|3|ba|hai)|trung cap)`),
  // a school's card, when a card's verb says "thẻ" ("thế học sinh thì sao" is a contrast); the labour-export procedure
  // itself; a visa for travelling abroad (the embassy's)
  matter(String.raw`(?:lam|lam lai|cap|cap lai|gia han|mat|xin|doi|in|lay) (?<k>the (?:sinh vien|hoc sinh))|the (?:sinh vien|hoc sinh) (?:bi mat|het han|bi hong|moi)`, { accented: /thẻ (?:sinh viên|học sinh)/ }),
  matter(String.raw`thu tuc (?:di )?(?<k>xuat khau lao dong)|thu tuc (?:xin |lam )?(?<k2>visa)`),
  // studying abroad itself (session 12: the school's, the embassy's, the agency's): "thủ tục cho con đi du học", "đăng ký
  // đi du học Nhật"; a ward paper the message names for it stays with that paper ("lý lịch tư pháp cho con đi du học")
  matter(String.raw`(?:thu tuc|dang ky|ho so|lam ho so|giay to) (?:xin |lam |dang ky )?(?:cho (?:con|chau|em) )?(?:di )?(?<k>du hoc)`, { accented: /du học/ }),
  // a new power or water meter (the utility company's), not a bill ("hóa đơn điện" is the fake-bill scam entry's)
  matter(String.raw`lap (?:dat )?(?:cong to|dong ho (?:dien|nuoc))|(?:cong to|dong ho nuoc) (?:dien |nuoc )?(?:moi|rieng)`),
  // the resident's own retirement paperwork (session 12): "hồ sơ nghỉ hưu", "sắp về hưu thì làm thủ tục gì" is the employer's
  // and the social insurance agency's, not voluntary insurance (paying in to get a pension later, its entry) nor the
  // social allowance of the very old
  matter(String.raw`(?:ho so|thu tuc|giay to|quyet dinh|che do) (?:xin |de |ve |lam |huong )?(?<k>nghi huu|ve huu)|(?:sap|chuan bi|sap den tuoi|sap du tuoi|den tuoi|du tuoi) (?:nghi|ve) huu (?:thi |can |phai |lam )`, {
    accented: /hưu/,
    unless: /\b(?:tu nguyen|dong (?:(?:bao hiem|bhxh)(?! (?:xa hoi )?bat buoc)|them|tiep|bu)|muc dong|tro cap|huu tri xa hoi)\b/,
  }),
  // the utility's own service (session 12): a power or water cut ("khu tôi bị mất điện từ sáng, bao giờ có điện lại") or a bill
  // that rose ("tiền điện tháng này tăng gấp đôi, khiếu nại thế nào") is the electricity or water company's to answer, not the
  // fake-bill scam entry's nor the ward's citizen reception; a message that tells of a call, a text, a link or a threat stays
  // with the scam entry ("điện lực nhắn sắp cắt điện nếu không thanh toán"), and a support for the poor's bill with theirs
  matter(
    String.raw`(?:bi|hay|thuong xuyen|lien tuc|lai) (?:mat|cat|cup) (?<k>dien|nuoc)(?! (?:thoai|tu|luc|may))|bao gio (?:thi )?co (?:dien|nuoc)|co (?:dien|nuoc) (?:tro )?lai|(?:mat|cat|cup) (?:dien|nuoc) (?:ca ngay|ca dem|ca tuan|suot|tu (?:sang|chieu|toi|dem|hom qua|qua)|(?:\d+|may|hai|ba|nhieu) (?:ngay|tieng|hom|lan))|(?:tien|hoa don) (?<k2>dien|nuoc)(?: [a-z0-9]+){0,4} (?:tang (?:vot|gap|manh|dot bien|cao|qua|bat thuong)|cao (?:bat thuong|vo ly|qua|gap)|gap (?:doi|ba|\d+)|vo ly|bat thuong)|khieu nai (?:ve )?(?:tien|hoa don|gia|chi so) (?:dien|nuoc)`,
    {
      accented: /điện|nước/,
      unless: /\b(?:lua|gia mao|gia danh|mao danh|that hay gia|that khong|co that|tin nhan|nhan tin|sms|goi dien|cuoc goi|link|duong link|chuyen khoan|chuyen tien|ket ban|cai (?:app|ung dung)|no tien|no cuoc|doa|neu khong|ho tro tien|ho ngheo|tro cap)\b/,
    },
  ),
  // the mass organisations' own life (meetings, joining, dues), not "cho hỏi người cao tuổi … tham gia bảo hiểm" nor
  // "… trường hợp nào", "… hợp lệ" ("hoi" is also "hỏi", "hop" also "hợp")
  matter(
    String.raw`(?<!\b(?:cho|xin|muon|toi|em|minh|can|de|phai|duoc|va|a) )(?:hoi nguoi cao tuoi|hoi phu nu|hoi cuu chien binh|hoi nong dan|chi hoi|doan thanh nien)(?: [a-z0-9]+){0,4} (?:(?<!\b(?:truong|phu|thich|tong|ket|hon|tap|lien|phoi) )hop(?! (?:le|ly|dong|phap|tac|thua|nhat|quy|voi|tuoi|chuan))|sinh hoat|ket nap|hoi phi|tham gia (?!bao hiem|bhyt|bhxh))`,
    { accented: /hội (?:người cao tuổi|phụ nữ|cựu chiến binh|nông dân)|chi hội|đoàn thanh niên/ },
  ),
  // volunteering (not volunteering for the military service, the entry's)
  matter(String.raw`(?:dang ky|muon|xin) (?:lam |tham gia )?(?<k>tinh nguyen)(?! (?:di )?(?:nghia vu|nhap ngu|quan su))`),
  // a savings book or account (lost, inherited, withdrawn: the bank's), not savings lost to a scam ("mất hết tiền tiết kiệm")
  // nor an account hacked or emptied ("tài khoản tiết kiệm bị hack mất tiền", "bị trừ tiền trong sổ tiết kiệm"): the
  // victim's steps now (the bank's hotline, 113), not a reply tomorrow ("sổ tiết kiệm bị mất", a lost book, stays)
  matter(String.raw`(?<k>(?:so|tai khoan|the) tiet kiem)`, {
    unless: /\b(?:bi (?:[a-z]+ ){0,2}(?:hack|lua|chiem|danh cap|tru|rut|chuyen)|hack|lua dao|chiem doat|danh cap|rut trom|chuyen nham|(?:mat|tru) (?:het |sach )?(?:tien|\d))\b/,
  }),
  // school fees themselves (a school's amount, the exemption policy for all pupils: the education sector's), not a poor
  // household's paper "để con được miễn học phí" (that names the entry's subject)
  matter(String.raw`(?:chinh sach|quy dinh|muc|thong tin) (?:mien |giam |mien giam |ho tro )*(?<k>hoc phi)|(?<k2>hoc phi) (?:(?:truong |cac cap |bac )?(?:mam non|tieu hoc|thcs|thpt|cap (?:1|2|3|mot|hai|ba)|dai hoc|cao dang)|nam hoc|nam nay|cong lap|cac cap)`),
  // the resident's own bulky waste or building debris (where to dump it, the collection round: the sanitation company's),
  // not someone dumping it in the lane ("có người đổ phế thải ra đầu ngõ", a report)
  matter(
    String.raw`(?:do|vut|bo|thai bo) (?:[a-z]+ ){0,2}(?<k>phe thai|xa ban|rac cong kenh|rac thai xay dung)(?: [a-z]+){0,3} (?:o dau|cho nao|the nao)|(?<k2>phe thai|xa ban|rac cong kenh|rac thai xay dung)(?: [a-z]+){0,6} (?:do|vut|bo) (?:o dau|cho nao|di dau)|thu gom (?:rac cong kenh|phe thai|xa ban)`,
    { accented: /đổ|vứt|bỏ|thu gom/ },
  ),
  // a pension as paid, a cut told with a word between (uncovered-payments.ts)
  ...morePaymentMatters,
  // a home bought by a foreigner, relief after a fire or a storm (uncovered-home-matters.ts)
  ...moreHomeMatters,
  // a foreigner's visa or residence card itself (uncovered-immigration.ts)
  ...immigrationMatters,
  // a divorce said "ly dị", a company set up, the power company's planned cuts (uncovered-everyday-matters.ts)
  ...everydayMatters,
  // other offices' and companies' own services: a trade licence, a bank card or loan, a SIM, a hospital booking… (uncovered-services.ts)
  ...serviceMatters,
  // retirement and maternity benefits, a lawsuit over a debt, a pass mark, bad tap water, shopping advice (uncovered-benefits-courts-utilities.ts)
  ...benefitCourtUtilityMatters,
  // a pet, a land price, a school transfer, a roadway permit (uncovered-s16-matters.ts)
  ...s16Matters,
  // custody and child support after a divorce, a faulty meter (uncovered-custody-meter.ts)
  ...custodyMeterMatters,
  // a loan against a home, a bank taking a power of attorney, labour export asked after its name (uncovered-loans-labour-export.ts)
  ...loanAndLabourExportMatters,
  // a benefit's sum, an employer not paying insurance in, a number plate, a school's refusal, a notary's fee, a title
  // released from a mortgage, a policy loan's sum, a fine paid at the treasury (uncovered-amounts-plates-schools.ts)
  ...amountPlateSchoolMatters,
  // a lawsuit's fee or papers, a divorce's property, a prenup, legalisation and embassies, private insurance claims, a
  // utility contract's name, a home abroad taxed (uncovered-courts-marriage-insurance.ts)
  ...courtMarriageInsuranceMatters,
];

const accentedLetter = /[à-ỹđ]/;

/** The uncovered matter the message names: its phrase in `folded` and its key words (see Matter). */
export function uncoveredMatterIn(folded: string, text?: string): { phrase: string; key: string; index: number; bait: boolean; asked: boolean; at: number; read?: string } | undefined {
  // (also on the words as typed, when the spelling help changed them: matter-as-typed.ts)
  return matterIn(folded, text) ?? ((typed) => (typed ? ((m) => m && { ...m, read: typed })(matterIn(typed, text)) : undefined))(typedReading(folded, text));
}

function matterIn(folded: string, text?: string, from = 0): { phrase: string; key: string; index: number; bait: boolean; asked: boolean; at: number } | undefined {
  // (read on every turn, most messages name no matter: a literal pre-test skips the scans; the text as written is
  // lowered only when a matter is found)
  let lower: string | undefined;
  let accented: boolean | undefined;
  for (let at = from; at < matters.length; at++) {
    const m = matters[at]!;
    const found = mayMatch(m.folded, folded) ? m.folded.exec(folded) : null;
    if (!found) continue;
    if (accented === undefined) {
      lower = text?.normalize("NFC").toLowerCase();
      accented = !!lower && accentedLetter.test(lower);
    }
    if ((accented && m.accented && !m.accented.test(lower!)) || m.unless?.test(folded)) continue;
    const key = found.groups?.k ?? found.groups?.k2 ?? found[0];
    return { phrase: found[0], key, index: found.index, bait: !!m.bait, asked: !!m.asked, at };
  }
  return undefined;
}

/**
 * The first uncovered matter of the message whose phrase holds what is asked of it (`asked`), or undefined: a situation
 * the message tells beside it is then the circumstance, not what a reply must answer (assistant.ts, situation-entry.ts).
 */
export function askedMatterIn(folded: string, text?: string): string | undefined {
  for (let m = matterIn(folded, text); m; m = matterIn(folded, text, m.at + 1)) if (m.asked) return m.phrase;
  return undefined;
}

/** Whether the message names any uncovered matter (tests, lists). */
export const uncoveredMatterPattern = { test: (folded: string) => !!uncoveredMatterIn(folded) };

/** Title-head syllables too common to name a subject in a pair ("đăng ký", "xin giấy"). */
// ("bảo hiểm" alone names no entry: "bảo hiểm xã hội", "bảo hiểm y tế" still do, by their next word)
const generic = new Set("dang ky xin giay cap lam cho nguoi cua khi va o khong con the nao de thu tuc lai doi bao hiem".split(" "));
/** namesEntrySubject's pattern per title pair, made once */
const pairPatterns = new Map<string, RegExp>();

/**
 * Whether the message, the matched phrase taken out, names the top entry's subject: two adjacent words of its title
 * head (its first clause, up to whom or when it is for), one not a common word ("tìm việc cần làm lý lịch tư pháp": "ly lich"; "thuê thợ xây … giấy phép xây dựng"). Then
 * the matter is only the purpose or circumstance of that ward paper, which answers.
 */
function namesEntrySubject(rest: string, entry: KnowledgeEntry): boolean {
  // (the head up to whom or when it is for: "Đăng ký tạm trú", not "… cho người thuê trọ", whose renter may ask of rent support)
  const head = foldedText(entry.title.split(/\s[-–]\s|[(,;:]/)[0]!).split(/ (?:cho|khi|de|tai) /)[0]!.split(/[^a-z0-9]+/).filter(Boolean);
  for (let i = 0; i + 1 < head.length; i++) {
    const [a, b] = [head[i]!, head[i + 1]!];
    if (generic.has(a) && generic.has(b)) continue;
    // (one pattern per title pair, made once: this ran a RegExp constructor per pair per call)
    const pair = `${a} ${b}`;
    let pattern = pairPatterns.get(pair);
    if (pattern === undefined) pairPatterns.set(pair, (pattern = new RegExp(String.raw`\b${a} ${b}\b`)));
    if (pattern.test(rest)) return true;
  }
  return false;
}

/**
 * The uncovered matter the message (folded; `text` as written, for its diacritics) names, unless `said` (the top entry's
 * folded title and sample questions) says its phrase, the message still names the entry's subject besides it,
 * or the entry is a scam entry: job offers and hired services are the bait its advice is about ("đang tìm việc, có chỗ
 * tuyển việc nhẹ lương cao").
 */
export function uncoveredMatterOf(folded: string, entry: KnowledgeEntry, said: string, text?: string): string | undefined {
  const found = uncoveredMatterIn(folded, text);
  if (!found) return undefined;
  const stands = standsAgainst(found, found.read ?? folded, entry, said);
  if (stands) return stands;
  // a later matter of the same message may stand where the first is the entry's own situation ("thủ tục ly hôn … ai nuôi
  // con": the divorce's rest says "nuôi con" of "nuôi con nuôi", the custody's rest does not)
  return laterMatterStanding(found.read ?? folded, text, found.at, (m, read) => standsAgainst(m, read, entry, said));
}

/** The matter's phrase when the top entry does not say it nor names its subject besides it (see uncoveredMatterOf). */
function standsAgainst(found: { phrase: string; index: number; bait: boolean; asked: boolean }, read: string, entry: KnowledgeEntry, said: string): string | undefined {
  // (the whole phrase: a sample question that says the key words as a situation, "sau ly hôn … tách hộ", covers no divorce)
  if (said.includes(found.phrase) || (entry.category === "lua-dao" && found.bait)) return undefined;
  if (found.asked) return found.phrase;
  const rest = `${read.slice(0, found.index)} | ${read.slice(found.index + found.phrase.length)}`;
  if (namesEntrySubject(rest, entry)) return undefined;
  return found.phrase;
}

/** The first matter after the `after`-th one (in `read`, the folded message or its reading as typed) that `stands`. */
function laterMatterStanding(
  read: string,
  text: string | undefined,
  after: number,
  stands: (m: { phrase: string; index: number; bait: boolean; asked: boolean }, read: string) => string | undefined,
): string | undefined {
  for (let m = matterIn(read, text, after + 1); m; m = matterIn(read, text, m.at + 1)) {
    const phrase = stands(m, read);
    if (phrase) return phrase;
  }
  return undefined;
}

import type { FacetKey } from "../knowledge/entry-facets";
import { LastTwo } from "./vietnamese-text";
import { matches } from "../lib/regex-prefilter";
import { regionalCues } from "./regional-facet-cues";
import { waitingTimeCues } from "./waiting-time-cues";
import { firstAskedPart } from "./first-asked-part";

/*
 * Which part of a topic a message asks about ("bao nhiêu tiền" → the fee, "ở đâu" → the place),
 * whether it is a yes/no question, and whether it leans on the previous turn ("còn lệ phí?",
 * "thế con tôi 5 tuổi thì sao"). Everything works on folded, analysed text (see foldedText),
 * so "le phi", "lệ phí" and "lphi"-free typing agree.
 */

type Cue = { facet: FacetKey; strong: RegExp; weak?: RegExp };

const w = (phrases: string) => new RegExp(`\\b(?:${phrases})\\b`);

const cues: Cue[] = [
  {
    // ("có phải đóng tiền không", "có lấy tiền không", "có mất học phí không": the money asked in a yes/no frame, session
    // 26; not "đóng tiền điện", a bill)
    facet: "fee",
    strong: w("le phi|bao nhieu tien|het bao nhieu(?! ngay| tuan| thang| hom| gio| lau)|mat bao nhieu(?! ngay| tuan| thang| hom| gio| lau)|ton bao nhieu(?! ngay| tuan| thang| hom| gio| lau)|chi phi|mat phi|ton phi|mien phi|mat tien|ton tien|phi bao nhieu|nop phi|dong phi|tien phi|thu phi|phai tra tien|tra phi|co phi|tien le phi|muc phi|gia bao nhieu|it nhat bao nhieu|thap nhat bao nhieu|toi thieu bao nhieu|muc dong|dong bao nhieu(?! thang| nam| lan| ky)|bao nhieu (?:1|mot) (?:trang|ban|to|thang|nam|lan)|(?<!lua )(?:het|mat|ton|dong|nop|tra|mua) (?:it nhat |toi thieu )?nhieu tien(?! roi)|(?:nop|dong) tien nhieu|(?:co|phai) (?:phai )?(?:dong|nop|lay|thu|tra) tien(?! dien| nuoc)|(?:mat|ton|dong|nop|thu) hoc phi|(?:bao nhiu|bnhieu)(?: (?:tien|xien|phi))?(?! ngay| tuan| thang| hom| gio| lau| nam| tuoi| m2| met| lan| ban| nguoi)|(?:het|mat|ton|dong|tra) (?:nhiu|bnhieu) (?:tien|xien)|(?:ton|mat|het|tra|dong) xien|bao nhieu xien"),
    weak: w("phi|tien|gia"),
  },
  // (before the time cue: it takes out "bao nhiêu ngày" and would leave "mất … mới xong")
  ...waitingTimeCues,
  {
    facet: "time",
    strong: w("(?:mat |het )?bao lau (?:thi |moi )?(?:xong|co|duoc)|bao lau|may ngay|bao nhieu ngay|may hom|thoi gian giai quyet|thoi han|(?<!chua |khong |chang |cha )(?:bao gio|khi nao)(?: thi)? (?:co|xong|lay|nhan|duoc)|mat bao lau|lau khong|may tuan|may tieng|bao nhieu tieng|bao nhieu lau|may thang|trong bao lau|het bao lau|lay ngay|trong ngay|lay luon|co ngay|xong ngay|co luon|lam ngay|khi nao co ket qua|bao gio co ket qua|nhanh khong|tra ket qua|han chot|han cuoi|cham nhat|den bao gio|den khi nao|truoc ngay nao|truoc may gio|den may gio|thang may|thu may|vao ngay nao|ngay nao trong|buoi nao|gio nao trong|vao luc nao|(?:bao nhiu|bnhieu) (?:ngay|lau|hom|tuan|thang)|(?:hoc|lam|mo lop|khai giang) (?:vao )?(?:hom nao|gio nao|nhung ngay nao|thu may)|lich hoc|theo thang hay theo quy|theo quy hay theo thang"),
    // ("chưa bao giờ có", "không bao giờ": never, not a time asked)
    weak: w("thoi gian|lau|nhanh|(?<!chua |khong |chang |cha )bao gio|khi nao"),
  },
  {
    facet: "where",
    strong: w("(?<!ha )noi lam|o dau|cho nao|noi nao|dia chi|den dau|di dau|tai dau|len dau|ra dau|nop dau|lam dau|phong nao|dia diem|o cho nao|cho lam|noi nop|nop tai(?! khoan)|lam tai(?! khoan)|o phuong hay|o phuong nao|phuong nao"),
    weak: w("dau"),
  },
  {
    facet: "documents",
    strong: w("giay to can mang|giay to gi|giay to nao|can giay to|giay to can|nhung giay to|can nhung gi|can gi|mang gi|mang theo|can mang|chuan bi gi|chuan bi nhung|ho so gom|ho so can|ho so gi|thanh phan ho so|gom nhung gi|to khai|can co gi|phai co gi|giay gi|giay nao|can them gi|can them giay|day to|can nhung di|giay to di|can thu gi|mang nhung gi|mag gi|can mag|mag theo"),
    weak: w("giay to|ho so|chuan bi"),
  },
  {
    facet: "online",
    strong: w("lam truc tuyen|truc tuyen|qua mang|tren mang|tren dien thoai|qua dien thoai|tren ung dung|qua ung dung|tren vneid|qua vneid|tren dich vu cong|qua dich vu cong|khong can den|khong phai den|khong phai di|o nha lam|lam tai nha|nop qua|tren cong"),
    weak: w("vneid|dich vu cong|mang|ung dung"),
  },
  {
    facet: "who",
    strong: w("co quan giai quyet|ai giai quyet|co quan nao|ai cap|ai ky|noi nao cap|ai chiu trach nhiem|tham quyen|thuoc ai|ai lam|ben nao|ai xu ly|co quan gi|don vi nao|ai chu tri|ai xet duyet|ai xet|ai duyet|ai quyet dinh|ai phai di|ai phai dang ky|ai di dang ky|ai phai khai|ai danh gia|ai xac dinh|ai cong nhan"),
  },
  {
    facet: "special",
    // ("liệt" alone is someone paralysed, a special case; "liệt sĩ", a martyr, is the subject: vợ liệt sĩ, thân nhân liệt sĩ;
    // "làm hộ" is doing it for someone, not "làm hộ chiếu/hộ khẩu/hộ tịch/hộ kinh doanh", the paper named: session 27; "làm hồ sơ" keeps
    // its old reading: read otherwise, a conversation turn about sending ID photos "để làm hồ sơ" became a scam warning)
    strong: w("truong hop dac biet|nguoi gia|cao tuoi|gia yeu|tre em|tre duoi|tre nho|\\d+ tuoi|duoi \\d+|o xa|dang o xa|di lai kho|om nang|benh nang|khuyet tat|nam vien|nuoc ngoai|khong co giay|mat giay|bi mat|uy quyen|nho nguoi|lam ho(?! chieu| khau| tich| kinh doanh)|lam thay|truong hop|khong di duoc|liet(?! si)|tai nha"),
    weak: w("thi sao|con toi|cho con|chau toi|bo toi|me toi|ong toi|ba toi|tuoi|con nho|be"),
  },
  {
    facet: "steps",
    strong: w("lam the nao|lam sao|nhu the nao|cac buoc|cach lam|quy trinh|huong dan|ra sao|phai lam gi|lam gi|thu tuc the nao|thu tuc ra sao|lam nhu nao|lam ntn|bang cach nao|tung buoc|(?:nhung|cac|gom|may) buoc(?: nao)?(?! (?:roi|xong))"),
    weak: w("the nao|thu tuc|cach"),
  },
  ...regionalCues,
];

/**
 * Shapes that name the part asked across topic words ("xin bản sao thế nào", "sửa tên thế nào",
 * "ở công an phường hay ủy ban phường", "ở đây hay phải về quê"): read as asked outright when no
 * phrase above is, but not taken out of the topic text (the words between are the topic).
 */
const spanningCues: Array<{ facet: FacetKey; pattern: RegExp }> = [
  { facet: "fee", pattern: /\b(?:phi|le phi|tien|thue)(?: [a-z0-9]+){0,12} tinh (?:the nao|nhu the nao|nhu nao|ra sao)\b/ },
  {
    facet: "steps",
    pattern: /\b(?:xin|sua|gia han|dang ky|bao cao|nop|khai|khai bao|bao|tra cuu|tich hop|mo lai|cap lai|lam lai|lay lai|xoa|tach|gui|dang nhap|mua|chuyen|doi|cai)\b(?: [a-z0-9]+){0,5} (?:the nao|nhu the nao|nhu nao|ra sao|kieu gi|bang cach nao)(?: (?:a|ad|ak|ah|vay|nhi|chau|em|ban|day))*$/,
  },
  {
    facet: "where",
    pattern: /\b(?:o|tai|len|ra|ve|den)(?: [a-z0-9]+){1,4} hay (?:la |phai |bat buoc |can )?(?:o |tai |len |ra |ve |den )?(?:cong an|uy ban|phuong|so|quan|tinh|que|xa|huyen|thanh pho|day|buu dien|trung tam)\b/,
  },
  // whether it is done here, asked with no topic of its own, the place last: "nộp ở phường luôn được à",
  // "làm ở đây được không hay …", "ra phường làm được không" (a follow-up: the topic is the previous turn's;
  // with a topic named, "xin lý lịch tư pháp ở phường được không", the next shape reads it)
  {
    facet: "where",
    pattern: /^(?:(?:the|vay|con|the con|vay thi|the thi) )?(?:(?:phai|co|duoc) )?(?:[a-z]+ )?(?:o|tai|ra|len) (?:phuong|uy ban|uy ban phuong|cong an phuong|day)(?: (?:nay|minh|luon|cung))*(?: (?:lam|nop|xin|ky))? (?:(?:luon )?duoc(?: (?:khong|chu|a|ha|nhi|vay|ad|ak))*|a|ha)(?= hay\b|$)/,
  },
  // whether it is done here, the topic named before the place: "lý lịch tư pháp làm ở phường được không", "đăng ký kết hôn
  // ở đây được không", "hợp đồng tặng cho thì ra phường chứng thực luôn được không hay …" (labelled "where" on the tuning
  // sets, session 27; the topic stays in the topic text, as with every spanning shape)
  {
    facet: "where",
    pattern: /\b(?:o|tai|ra|len|ve) (?:phuong|uy ban(?: nhan dan)?(?: phuong)?|ubnd(?: phuong)?|cong an phuong|day)(?: (?:nay|minh|em|toi|luon|cung|moi|cu))*(?: [a-z]+){0,2} (?:co )?(?:luon )?duoc(?: (?:khong|chu|a|ha|nhi|vay|hong|hem|ad|ak))*(?= hay\b|$)/,
  },
  // which of two wards: "làm ở phường nhà trai hay nhà gái", "xin ở phường đang ở hay nơi thường trú";
  // "có phải về quê làm không", "bắt buộc về đó sửa"
  {
    facet: "where",
    pattern: /\bphuong (?:ben )?(?:nha trai|nha gai|cua chong|cua vo|dang o|noi dang o|noi thuong tru|noi tam tru)\b(?: [a-z0-9]+){0,3} hay\b|\b(?:phai|bat buoc) ve (?:que|do|tan que|noi thuong tru)\b/,
  },
];

/**
 * The topic text of `folded` (readFacet) keeping the phrases of a special case that `title` (folded) names: "khuyết
 * tật", "người nước ngoài", "cao tuổi" are special cases of most procedures, but the subject of the entry whose title
 * says them ("Xác định mức độ khuyết tật, cấp giấy xác nhận khuyết tật"). Taken out as the part asked, "xin giấy xác nhận
 * khuyết tật cần hồ sơ gì" searched as "xin giấy xác nhận" and named the marital status certificate (session 22,
 * tuning-s14). Undefined when no such phrase is in the message.
 */
export function topicTextKeepingTitleWords(folded: string, title: string): string | undefined {
  const special = cues.find((cue) => cue.facet === "special")!;
  const padded = ` ${title} `;
  let kept = folded;
  let any = false;
  for (const m of folded.matchAll(new RegExp(special.strong.source, "g"))) {
    if (!padded.includes(` ${m[0]} `) || !m[0].includes(" ")) continue;
    kept = kept.replace(m[0], m[0].replace(/ /g, "_"));
    any = true;
  }
  return any ? readFacet(kept).topicText.replace(/_/g, " ") : undefined;
}

/** Every facet a message asks outright (strong phrases, then spanning shapes), in the cues' order. */
export function strongFacetsIn(folded: string): FacetKey[] {
  const named = cues.filter((cue) => cue.strong.test(folded)).map((cue) => cue.facet);
  for (const cue of spanningCues) if (!named.includes(cue.facet) && cue.pattern.test(folded)) named.push(cue.facet);
  return named;
}

/** The phrase by which a message asks `facet` outright ("bị mất" for special), or undefined. */
export function strongPhrase(facet: FacetKey, folded: string): string | undefined {
  return cues.find((cue) => cue.facet === facet)?.strong.exec(folded)?.[0];
}

/** "phường làm việc thứ 7 không", "uỷ ban mở cửa chủ nhật ko ạ": the day after the verb, with no "có" (a yes/no all the same) */
const dayAskedWithoutCo = /\b(?:lam viec|lam|mo cua|truc|tiep dan|tiep cong dan|nhan ho so) (?:vao )?(?:(?:sang|chieu) )?(?:thu (?:[2-7]|hai|ba|tu|nam|sau|bay)|chu nhat|cuoi tuan|t[2-7]|cn)(?: [a-z0-9]+){0,2} (?:khong|chua)(?: (?:a|ha|nhi|vay|ad|ak|ah|chau|em|nhe|nha))*$/;

/** "… là thật đúng không", "làm nhanh hơn đúng ko ạ", "… phải không": a statement asked to be confirmed (session 23) */
const askedToConfirm = /\b(?:dung|phai) (?:khong|hem)(?: (?:a|ha|nhi|vay|ad|ak|ah|chau|em|anh|chi|bac|phuong|mn))*$/;
/** "nhà mạng có gọi … không hay là lừa", "có được … không hay chỉ …": a yes/no question with its alternative after "hay" (session 23) */
const eitherOr = /\b(?:co|duoc|phai|can|nen|bat buoc)\b.*\bkhong hay\b/;
/*
 * "vẫn là lừa đảo được à", "là thật à", "thế là lừa hả", "cũng vậy à", "… hết à": a surprised yes/no (session 23). "à"
 * folds to "a" as "ạ" does, so only after a word that asks (được, thật, giả, lừa, cũng vậy, hết, luôn) and not in an
 * acknowledgement ("vâng, được ạ"); "hả" after any word but a question word (then it asks what, not whether).
 */
const surprisedQuestion = /^(?!(?:vang|da|ok|oke|okay|cam on|u|uh|um|the a|vay a)\b).*\b(?:duoc|that|gia|lua|lua dao|cung vay|het|luon) a$|^(?!.*\b(?:sao|gi|nao|dau|bao nhieu|bao gio|ai|may)\b).*\bha$/;

/*
 * "có được cấp thẻ miễn phí không ạ, bố tôi 82", "có nên gửi không ạ, họ bảo duyệt nhanh": the yes/no question first and
 * what it is about after it (the comma is gone once folded; "không ạ" still closes the question). Session 24, tuning sets.
 */
const yesNoThenContext = /\b(?:co|duoc|phai|can|nen|bat buoc|kip|con)\b.*\b(?:khong|chua) a\b(?= \S)/;
/*
 * "kích hoạt mức 2 phải ra công an phường à", "giờ phải dùng VNeID à", "khách ở một đêm cũng phải báo à": a duty asked in
 * surprise, "à" after "phải" (folded like "ạ", so only with "phải"/"bắt buộc" and no question word or "hay": "phải làm gì ạ",
 * "nộp ở phường hay phải lên quận ạ", "trong bao lâu phải đi khai tử ạ" ask what, not whether). Session 24, tuning sets.
 */
const dutyAskedInSurprise = /^(?!.*\b(?:sao|gi|nao|dau|bao nhieu|bao gio|bao lau|ai|may|the nao|hay)\b).*\b(?:phai|bat buoc)\b \S.* a$/;

/*
 * "đầu tư forex qua app là lừa đảo ko", "… bảo nộp qua link, thật không", "còn phải khai tử ở phường nữa hem": a yes/no
 * question with no "có/được/phải" before its "không" ("là lừa", "là giả", "thật" ask it themselves), or closed by "hem"
 * (southern "không"). Session 28, tuning sets: these got no yes or no as they were not read as yes/no questions.
 */
const closedWithoutCo = /\b(?:la (?:lua(?: dao)?|gia(?: mao)?)|that) (?:khong|hem)(?: (?:a|ha|nhi|vay|ad|ak|ah|chau|em|anh|chi|bac|phuong|mn))*$|\b(?:co|duoc|phai|can|nen|bat buoc|kip|con)\b.*\bhem$/;

/*
 * A yes/no question may end with the person addressed after "không" ("… không cháu", "… không
 * phường", "… không mn"), as with "ạ": the same question (session 22).
 */
const yesNoPattern = new RegExp(
  `${/\b(?:co|duoc|phai|can|nen|bat buoc|kip|con)\b.*\b(?:khong|chua)(?: (?:a|ha|nhi|vay|the|ban|ad|nhe|nha|ah|ak|oi|chau|em|anh|chi|bac|phuong|mn))*$|\b(?:duoc|phai|co) (?:khong|hem)\b|\bco phai\b|\bco can\b/.source}|${dayAskedWithoutCo.source}|${askedToConfirm.source}|${eitherOr.source}|${surprisedQuestion.source}|${yesNoThenContext.source}|${dutyAskedInSurprise.source}|${closedWithoutCo.source}`,
);

/** "còn …", "thế …", "vậy …", "… thì sao", "… nữa": the message continues the previous turn ("tiếp", not "tiếp dân", "tiếp nhận": the reception named). */
const followupPattern = /^(?:the|vay|con|the con|vay con|the thi|vay thi|nhung|nhung ma|neu|the neu|vay neu|con neu|roi|the con neu|tiep(?! (?:cong )?dan| nhan)|them|con nua|nua)\b|\b(?:thi sao|the nao a|nua khong|nua a|nua|luon|cai do|cai nay|viec do|viec nay|thu tuc do|thu tuc nay|o tren|vua roi)\b/;

/** "giờ tôi phải làm gì", "bây giờ thì sao": "now", leaning on what was just said (not "giờ làm việc", the hours). */
const nowOpener = /^(?:(?:the|vay|the thi|vay thi) )?(?:bay gio|gio)(?= (?:thi|toi|em|minh|chau|bac|con|phai|can|nen|sao|the nao)\b)/;

export type FacetReading = {
  /** the facet asked about, when the message names one */
  facet: FacetKey | undefined;
  /** how sure: 2 for an explicit phrase ("lệ phí"), 1 for a hint ("tiền") */
  strength: 0 | 1 | 2;
  yesno: boolean;
  /** continues the previous turn by its shape */
  followupCue: boolean;
  /** the folded text with the facet and follow-up phrases taken out: what is left names the topic */
  topicText: string;
};

const fillers = w("the con|vay con|the thi|vay thi|thi sao|the nao a|nua khong|nua a|nua|luon|cai do|cai nay|viec do|viec nay|thu tuc do|thu tuc nay|o tren|vua roi|con|the|vay|neu|nhung|nhung ma|roi|tiep(?! (?:cong )?dan| nhan)|them|khong|chua|a|ha|nhi|nhe|nha|ah|ak|ad|ban|oi|cho hoi|hoi|xin hoi|cho toi hoi|toi muon hoi|muon hoi");

// global copies made once: building a RegExp on every message was a measurable part of ask()'s tail
const strongEverywhere = cues.map((cue) => new RegExp(cue.strong.source, "g"));
const fillersEverywhere = new RegExp(fillers.source, "g");

/** Reads `folded` (analysed, folded text) for its facet, yes/no shape and follow-up cues. */
export function readFacet(folded: string): FacetReading {
  // read two to four times per turn on the same text: the last two readings are remembered (frozen: shared)
  return lastReadings.get(folded) ?? lastReadings.set(folded, Object.freeze(readFacetUncached(folded)));
}

const lastReadings = new LastTwo<FacetReading>();

function readFacetUncached(folded: string): FacetReading {
  let best: FacetKey | undefined;
  let strength: 0 | 1 | 2 = 0;
  const now = nowOpener.exec(folded);
  let topicText = ` ${now ? folded.slice(now[0].length) : folded} `;
  const firstAt = new Map<FacetKey, number>();
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    // (a literal pre-test skips the scans of cues whose words the message lacks: most of them)
    const strong = matches(cue.strong, folded);
    const weak = !strong && cue.weak ? matches(cue.weak, folded) : false;
    const s = strong ? 2 : weak ? 1 : 0;
    if (s > strength) {
      best = cue.facet;
      strength = s;
    }
    if (strong) topicText = topicText.replace(strongEverywhere[i]!, " ");
    if (strong && !firstAt.has(cue.facet)) firstAt.set(cue.facet, folded.search(cue.strong));
  }
  if (strength === 2 && best) best = firstAskedPart(best, firstAt);
  if (strength < 2) {
    const spanning = spanningCues.find((cue) => matches(cue.pattern, folded));
    if (spanning) [best, strength] = [spanning.facet, 2];
  }
  topicText = topicText.replace(fillersEverywhere, " ").replace(/\s+/g, " ").trim();
  const yesno = yesNoPattern.test(folded);
  // the "có" of a "có … không" frame left at the end once the facet is out ("làm căn cước có [mất phí] không") is not the topic
  if (yesno) topicText = topicText.replace(/ co$/, "");
  return { facet: best, strength, yesno, followupCue: !!now || followupPattern.test(folded), topicText };
}

/** Shaped like a follow-up: a follow-up cue ("thì sao", "còn …"), a yes/no question or a part asked outright. */
export function shapedLikeFollowup(reading: FacetReading): boolean {
  return reading.followupCue || reading.yesno || reading.strength === 2;
}

/*
 * A resident who opens by describing a situation (often without asking anything) gets what a ward officer would
 * answer: the entry that situation needs. Retrieval alone reads such a message word by word and asks back or hands
 * off ("tôi sắp đi xuất khẩu lao động 3 năm": absence declaration or the criminal record a labour contract also
 * needs?), or takes an entry sharing a word ("hồ sơ hẹn trả ngày 15 mà giờ đã 25 rồi chưa thấy gì": the tracking
 * entry, whose questions say "hồ sơ"). Only situations that map to one entry without doubt are listed; anything
 * else goes on through the ordinary decision. Each situation's entry is found by its title, and it must be among the
 * message's own candidates (retrieval already sees it as relevant) unless the situation alone says it (both parents
 * of a child gone). Not when the message names another subject: the words listed per situation, or a name of the
 * retrieval's top entry (a keyword or title part, named-candidate.ts) that is not the situation's entry.
 *
 *   - a dossier past its promised date ("hẹn trả … mà giờ … chưa", "hồ sơ … quá hạn / trễ hẹn"): the overdue entry,
 *     unless the resident asks to look the dossier up ("xem hồ sơ tới đâu", "tra cứu");
 *   - leaving home for a long time ("đi xuất khẩu lao động 3 năm", "sắp đi làm ở nước ngoài 2 năm"): declaring the
 *     absence, unless the criminal record is named;
 *   - a child whose parents both died or left ("cháu tôi mồ côi cả bố mẹ", "bố mẹ cháu mất cả trong tai nạn"):
 *     guardianship, unless a birth registration, land, an inheritance or an allowance is named;
 *   - a health insurance card that expired ("thẻ BHYT của mẹ hết hạn"): renewing it, not the app that shows it
 *     (an expired ID card already gets its entry; a driving licence is not the ward's);
 *   - a household in hardship told as such ("nhà tôi khó khăn lắm", "nhà tôi có 2 người già ốm, thu nhập ít", "chồng
 *     mất, một mình nuôi 2 con nhỏ, làm thuê"): the poor-household assessment, only when retrieval found nothing clear;
 *   - a baby just born, asked what must be done for it ("em mới đẻ được mười ngày, có phải làm gì cho con không"):
 *     the birth registration, unless insurance, allowances, residence, an ID or a name is named.
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { everydayCues, everydaySituations } from "./everyday-situations";
import { foldedText } from "./text-analysis";
import { matches } from "../lib/regex-prefilter";

export type Situation = {
  name: string;
  /** the situation told (folded, as typed) */
  told: RegExp;
  /** words that name another subject: the situation is not the matter asked */
  other?: RegExp;
  /** the entry's title (folded) */
  title: RegExp;
  /** the entry need not be among the candidates: the situation alone says it */
  alone?: boolean;
  /** also when the message names the retrieval's top entry */
  namedTop?: boolean;
  /** only when retrieval found nothing clear */
  unclearOnly?: boolean;
};

const dossier = String.raw`(?:ho so|giay to|ket qua)`;
const situations: Situation[] = [
  {
    name: "hồ sơ quá hẹn",
    told: new RegExp(
      String.raw`\b(?:hen tra|giay hen|phieu hen|hen)\b(?:\s+\S+){0,6}?\s+(?:ma|nhung)\s+(?:\S+\s+){0,3}?(?:gio|den gio|den nay|van|da|hom nay)\b(?:\s+\S+){0,5}?\s+(?:chua|khong thay|ko thay|chang thay)\b` +
        String.raw`|\b${dossier}\b(?:\s+\S+){0,7}?\s+(?:bi\s+)?(?:qua han|qua hen|tre hen|cham hen)\b|\b(?:qua han|qua hen|tre hen)\s+(?:tra\s+)?${dossier}\b`,
    ),
    other: /\b(?:xem|tra cuu|tra xem|toi dau|den dau|buoc nao|tien do|ma ho so|mat)\b|\b(?:khai sinh|khai tu|nop phat|phat nguoi|hoa don|the|bhyt)\b/,
    // ("Hồ sơ bị trễ hẹn, quá hạn thì làm gì": the analysis reads "trễ hẹn" as "quá hạn")
    title: /^ho so\b.*\bqua han\b/,
    // (the dossier's own procedure is named: "hồ sơ tách hộ của tôi quá hạn 2 tuần", and may lead retrieval alone)
    namedTop: true,
    alone: true,
  },
  {
    name: "đi làm ăn xa dài ngày",
    told: /\b(?:di|sap di|se di|chuan bi di)\s+(?:\S+\s+){0,2}?(?:xuat khau lao dong|xkld|lao dong|lam viec|lam an|di lam)\s+(?:\S+\s+){0,3}?(?:\d+|nhat|vai|may|hai|ba)\s+(?:nam|thang)\b/,
    other: /\b(?:ly lich|li lich|tu phap|cong ty|moi gioi|tien coc|hop dong|visa|ho chieu)\b/,
    title: /\btam vang\b/,
  },
  {
    name: "trẻ mất cả cha mẹ",
    told: /\b(?:chau|con|be|dua tre|dua nho)\b(?:\s+\S+){0,4}?\s+(?:mo coi|(?:bo|cha)\s+(?:me|lan me)\s+(?:\S+\s+){0,2}?(?:deu|ca|het|cung)?\s*(?:mat|chet|qua doi|mat het|mat ca|di nuoc ngoai|bo di))\b|\bmo coi\s+(?:ca\s+)?(?:bo|cha)\s+(?:me|lan me)\b|\b(?:bo|cha)\s+me\s+(?:chau|no|be|con)\s+(?:\S+\s+){0,2}?(?:mat|chet|qua doi)\b/,
    other: /\b(?:khai sinh|so do|dat|di san|di chuc|thua ke|tro cap|bao hiem|can cuoc|hoc|truong|ket hon|nhan con|nuoi con nuoi)\b/,
    title: /\bgiam ho\b/,
    alone: true,
  },
  {
    name: "thẻ bảo hiểm y tế hết hạn",
    told: /\b(?:bhyt|bao hiem y te|bao hiem)\b(?:\s+\S+){0,6}?\s+(?:da\s+|sap\s+|vua\s+)?het han\b/,
    other: /\b(?:link|diem|vssid|app|ung dung|vneid|tich hop)\b/,
    title: /\bgia han bao hiem y te\b/,
  },
  {
    name: "hộ gia đình khó khăn",
    told: /\bnha\s+(?:toi|em|minh|chau|bac|tui)\b(?:\s+\S+){0,8}?\s+(?:kho khan|ngheo|tung thieu|thu nhap (?:it|thap|bap benh)|lam thue)\b|\b(?:mot minh|minh toi)\s+nuoi\b(?:\s+\S+){0,4}?\s+con\b/,
    other: /\b(?:di lai|dung|(?<!lam )thue|khai tu|khai sinh|tang|ung ho|quy|hoc bong|hoc phi|truong)\b/,
    title: /\bho ngheo\b/,
    alone: true,
    unclearOnly: true,
  },
  {
    // "em mới đẻ được mười ngày … có phải làm gì cho con không", "nhà tôi vừa có cháu nội … phải làm giấy tờ gì cho
    // cháu": a baby just born and what the family must do for it is the birth registration (session 14, three writers)
    name: "vừa sinh con, hỏi phải làm gì",
    told: /\b(?:moi|vua)\s+(?:de|sinh|co\s+(?:them\s+)?(?:chau|con|em be|be|dua))\b(?:\s+\S+){0,12}?\s+(?:phai|can|lam)\s+(?:lam\s+)?(?:gi|giay to gi|giay gi|thu tuc gi|nhung gi)\b/,
    other: /\b(?:bhyt|bao hiem|tro cap|che do|thai san|can cuoc|tam tru|thuong tru|nhap khau|ho khau|vneid|dinh danh|khai tu|tiem|benh vien|sua|ten)\b/,
    title: /^dang ky khai sinh\b/,
  },
  {
    // "đất nhà tôi 200m2 muốn chia cho 3 con", "bố mẹ có 300m2 đất muốn chia cho 3 anh em", "nhà có 150m2 muốn chia cho 2
    // con mỗi đứa một sổ": a plot divided among the family, each share its own certificate, is splitting the plot —
    // not the land dispute or the contracts entry the word "chia" pulls up (session 15, three writers). Not an
    // inheritance, a will, a gift contract, a divorce or a dispute: those are the contracts entry or a handoff.
    name: "chia đất cho con cháu",
    told: /\b(?:dat|manh dat|manh|thua dat|thua|lo dat|\d+ ?(?:m2|met|m vuong|met vuong))\b(?:\s+\S+){0,8}?\s+(?:muon |dinh |se |can )?chia\s+(?:doi\s+|lam\s+(?:\d+|hai|ba|bon|doi)\s+(?:phan\s+|manh\s+|thua\s+)?)?(?:cho\s+)?(?:(?:\d+|hai|ba|bon|nam|cac|may)\s+)?(?:con|dua con|dua|anh em|chi em|chau|dua chau|nguoi con)\b/,
    other: /\b(?:thua ke|di san|di chuc|tang cho|cho tang|hop dong|ly hon|tranh chap|kien|toa|chia tai san|mua ban|chuyen nhuong)\b/,
    title: /^tach thua\b/,
    alone: true,
  },
  {
    // "ông ngoại tôi 82 tuổi sống một mình, không lương hưu", "mẹ tôi 80 tuổi có được tiền già không", "bà cụ hàng xóm 82
    // tuổi … không có lương hưu": an old person with no pension is the monthly social allowance for the elderly — not the
    // voluntary insurance entry, whose title says "lương hưu" (session 15: seven conversations over six writers). Not
    // when the resident asks to join or pay an insurance, or about a card, an ID, a death or a disability.
    name: "người cao tuổi không lương hưu",
    told: /\b(?:ong|ba|me|bo|cu|bac|ba cu|ong cu)\b(?:\s+\S+){0,6}?\s+(?:7[5-9]|[89]\d|1\d\d)\s+tuoi\b(?:\s+\S+){0,10}?\s+(?:(?:khong|ko|k|chua|chang)\s+(?:co\s+)?(?:luong huu|luong|che do gi|thu nhap)|song mot minh|tien gia|tien hang thang|duoc tien|tro cap|ho tro hang thang)\b/,
    other: /\b(?:dong|tham gia|tu nguyen|mua|bhyt|bao hiem y te|the|can cuoc|vneid|dinh danh|khai tu|mat|qua doi|khuyet tat|liet|ho ngheo|hoc)\b/,
    title: /^tro cap xa hoi\b/,
    namedTop: true,
  },
];

/** the situations above, then the everyday life events of everyday-situations.ts */
const allSituations = [...situations, ...everydaySituations];

/** A cheap look at the analysed message (folded, spelling help and synonyms applied: "trễ hẹn" reads "quá hạn")
 *  before the situations are read on the words as typed: one of their cue words is there. */
const cues = /\b(?:hen|han|het han|lao dong|xkld|lam viec|lam an|mo coi|me|kho khan|ngheo|tung thieu|thu nhap|thue|nuoi|moi|vua|chia|tuoi)\b/;
export function mayTellSituation(folded: string): boolean {
  return cues.test(folded) || everydayCues.test(folded);
}

export type SituationInput = {
  /** the message folded as typed (scam-followups.ts typedFolded) */
  plain: string;
  /** the message's candidates, best first, and whether the first is a clear answer */
  candidates: readonly KnowledgeEntry[];
  confident: boolean;
  /** whether the message uses a name of this entry (named-candidate.ts) */
  namesEntry: (entry: KnowledgeEntry) => boolean;
  /** the published entries that apply to the ward (asked only on a match) */
  entries: () => readonly KnowledgeEntry[];
};

/** entries' titles, folded once (an entry object is replaced, not changed, when the knowledge is edited) */
const titles = new WeakMap<KnowledgeEntry, string>();
function titleOf(entry: KnowledgeEntry): string {
  let title = titles.get(entry);
  if (title === undefined) titles.set(entry, (title = foldedText(entry.title)));
  return title;
}

/** The entry the situation told needs, and the situation's name, or undefined. */
export function situationEntry(input: SituationInput): { entry: KnowledgeEntry; situation: string } | undefined {
  const { plain } = input;
  for (const s of allSituations) {
    // (the literal pre-test skips a situation none of whose words is in the message: regex-prefilter.ts)
    if (!matches(s.told, plain) || s.other?.test(plain)) continue;
    if (s.unclearOnly && input.confident) continue;
    const found = input.entries().filter((e) => s.title.test(titleOf(e)));
    if (found.length !== 1) continue;
    const entry = found[0]!;
    const top = input.candidates[0];
    if (!s.alone && !input.candidates.slice(0, 3).includes(entry)) continue;
    // the message names the clear top entry (another subject) rather than telling the situation
    if (!s.namedTop && top && top !== entry && input.confident && input.namesEntry(top)) continue;
    return { entry, situation: s.name };
  }
  return undefined;
}

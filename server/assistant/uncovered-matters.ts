import type { KnowledgeEntry } from "../knowledge/knowledge-schema";

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
 * judgment copy; a lost diploma reissued.
 */
/** Jobs and hired services: the bait of the job-offer scams, whose entries keep them. */
const baitMatters =
  // jobs: "muốn xin việc", "đang tìm việc", "xin việc ở ủy ban", "xin vào làm", "có tuyển lái xe", "đang tuyển cán bộ"
  String.raw`(?:muon|can|dang) (?:xin|tim|kiem) (?:viec|cong viec)|(?:xin|tim) viec (?:lam )?(?:o|tai) (?:uy ban|ubnd|phuong|cong an)|xin vao lam|` +
  String.raw`(?:co|dang|can|moi) tuyen (?:nguoi|nhan vien|lai xe|tai xe|bao ve|lao dong|can bo|cong chuc|vien chuc|dung)|` +
  // private services: domestic help, nannies, craftsmen ("tìm người" alone is a missing person, not a hire)
  String.raw`(?:thue|tim|can) (?:nguoi )?giup viec|giup viec theo gio|osin|tho (?:sua|xay|dien|nuoc|moc|son|han)`;

const otherMatters =
  // an employer's dispute: unpaid wages, a social-insurance book withheld
  String.raw`no luong|giu so (?:bao hiem|bhxh)|chot so (?:bao hiem|bhxh)|` +
  // the resident's own divorce ("muốn ly hôn", "ly hôn đơn phương", "thủ tục ly hôn"): children, property, sometimes
  // violence, decided by the court; staff answer it (being divorced already, "đã ly hôn", is a ward paper's situation)
  String.raw`(?:muon|thu tuc|nop don|don xin|viet don) ly hon|ly hon (?:don phuong|thuan tinh)|` +
  // a permit to use or dig the pavement (selling on it, digging for a pipe); the rent support once paid to workers
  String.raw`(?:giay phep|xin phep|cap phep) (?:[a-z]+ ){0,4}via he|dao (?:via he|long duong)|(?:ho tro|chinh sach) (?:tien )?thue nha|` +
  // a loan the resident wants ("muốn vay vốn"; "giấy xác nhận để vay vốn" is the paper's purpose): the bank's
  String.raw`(?:muon|can|thu tuc|lam sao|cach) vay (?:von|tien)|` +
  // someone beat the resident (the police's, 113): "bị hàng xóm đánh", "chồng đánh tôi"
  String.raw`bi (?:hang xom|chong|vo|bo|nguoi la|ke la|bon|thang|no|ho) (?:[a-z]+ )?danh|(?:hang xom|chong|vo|bo|nguoi la) (?:[a-z]+ )?danh (?:toi|em|minh|con|chau|vo|me)|` +
  // a pet's rabies shot, a dog that bit someone ("tiêm chủng" of children is the health station's, in an entry)
  String.raw`vac xin (?:phong )?dai|tiem (?:phong |vac xin )?dai|cho (?:[a-z]+ ){0,2}can (?:con|toi|em|chau|be)|` +
  // a court's judgment extract (not a divorce judgment a ward paper asks for); a lost diploma reissued (the school's; a
  // copy certified is chứng thực's)
  String.raw`trich luc ban an(?! ly hon)|(?:cap lai|lam lai|xin lai) (?:bang|van bang|bang cap) (?:dai hoc|tot nghiep|cao dang|thpt|cap (?:2|3|ba|hai)|trung cap)|` +
  // a school's card; the labour-export procedure itself; a visa for travelling abroad (the embassy's)
  String.raw`the sinh vien|the hoc sinh|thu tuc (?:di )?xuat khau lao dong|thu tuc (?:xin |lam )?visa|` +
  // a new power or water meter (the utility company's), not a bill ("hóa đơn điện" is the fake-bill scam entry's)
  String.raw`lap (?:dat )?(?:cong to|dong ho (?:dien|nuoc))|(?:cong to|dong ho nuoc) (?:dien |nuoc )?(?:moi|rieng)|` +
  // the mass organisations' own life (meetings, joining, dues) and volunteering: the organisations answer
  String.raw`(?:hoi nguoi cao tuoi|hoi phu nu|hoi cuu chien binh|hoi nong dan|chi hoi|doan thanh nien)(?: [a-z]+){0,3} (?:hop|sinh hoat|ket nap|hoi phi|tham gia)|` +
  String.raw`(?:dang ky|muon|xin) (?:lam |tham gia )?tinh nguyen`;

const baitPattern = new RegExp(String.raw`\b(?:${baitMatters})\b`);
export const uncoveredMatterPattern = new RegExp(String.raw`\b(?:${baitMatters}|${otherMatters})\b`);

/**
 * The uncovered matter the message (folded) names, unless `entryCore` (the top entry's folded core text) speaks of it,
 * or the entry is a scam entry: job offers and hired services are the bait its advice is about ("đang tìm việc, có chỗ
 * tuyển việc nhẹ lương cao").
 */
export function uncoveredMatterOf(folded: string, entry: KnowledgeEntry, entryCore: string): string | undefined {
  const matter = uncoveredMatterPattern.exec(folded)?.[0];
  if (!matter || entryCore.includes(matter) || (entry.category === "lua-dao" && baitPattern.test(matter))) return undefined;
  return matter;
}

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
 * university's card; the labour-export procedure itself (done by licensed companies, not the ward).
 */
export const uncoveredMatterPattern = new RegExp(
  String.raw`\b(?:` +
    // jobs: "muốn xin việc", "đang tìm việc", "xin việc ở ủy ban", "xin vào làm", "có tuyển lái xe", "đang tuyển cán bộ"
    String.raw`(?:muon|can|dang) (?:xin|tim|kiem) (?:viec|cong viec)|(?:xin|tim) viec (?:lam )?(?:o|tai) (?:uy ban|ubnd|phuong|cong an)|xin vao lam|` +
    String.raw`(?:co|dang|can|moi) tuyen (?:nguoi|nhan vien|lai xe|tai xe|bao ve|lao dong|can bo|cong chuc|vien chuc|dung)|` +
    // private services: domestic help, nannies, craftsmen ("tìm người" alone is a missing person, not a hire)
    String.raw`(?:thue|tim|can) (?:nguoi )?giup viec|giup viec theo gio|osin|tho (?:sua|xay|dien|nuoc|moc|son|han)|` +
    // an employer's dispute: unpaid wages, a social-insurance book withheld
    String.raw`no luong|giu so (?:bao hiem|bhxh)|chot so (?:bao hiem|bhxh)|` +
    // a school's card; the labour-export procedure itself
    String.raw`the sinh vien|the hoc sinh|thu tuc (?:di )?xuat khau lao dong` +
    String.raw`)\b`,
);

/**
 * The uncovered matter the message (folded) names, unless `entryCore` (the top entry's folded core text) speaks of it,
 * or the entry is a scam entry: job offers and hired services are the bait its advice is about ("đang tìm việc, có chỗ
 * tuyển việc nhẹ lương cao").
 */
export function uncoveredMatterOf(folded: string, entry: KnowledgeEntry, entryCore: string): string | undefined {
  const matter = uncoveredMatterPattern.exec(folded)?.[0];
  if (!matter || entry.category === "lua-dao" || entryCore.includes(matter)) return undefined;
  return matter;
}

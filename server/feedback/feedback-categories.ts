/** Report categories, statuses and their Vietnamese labels (shared by the API, notices and the console). */

export const reportCategories = ["moi-truong", "chieu-sang", "giao-thong", "trat-tu", "xay-dung", "thu-tuc", "khac"] as const;
export type ReportCategory = (typeof reportCategories)[number];

export const categoryLabels: Record<ReportCategory, string> = {
  "moi-truong": "Vệ sinh môi trường, rác thải",
  "chieu-sang": "Chiếu sáng, đèn đường",
  "giao-thong": "Đường sá, vỉa hè",
  "trat-tu": "Trật tự công cộng, tiếng ồn",
  "xay-dung": "Xây dựng",
  "thu-tuc": "Thủ tục hành chính",
  khac: "Khác",
};

export type ReportStatus = "received" | "assigned" | "in_progress" | "resolved" | "declined" | "reopened" | "merged";
export const openStatuses: ReportStatus[] = ["received", "assigned", "in_progress", "reopened"];

export const statusLabels: Record<ReportStatus, string> = {
  received: "Đã tiếp nhận",
  assigned: "Đã giao cán bộ xử lý",
  in_progress: "Đang xử lý",
  resolved: "Đã xử lý xong",
  declined: "Không xử lý",
  reopened: "Người dân báo chưa xử lý xong, đã mở lại",
  merged: "Đã gộp vào phản ánh khác",
};

/*
 * Words that make a report urgent on arrival (danger to people: fallen trees, live wires, open
 * manholes, flooding, collapse). Staff can change the priority; this only makes sure the clock
 * for the 4-working-hour rule starts at once. Matched on text without diacritics.
 */
const urgentPatterns = [
  /cay (do|gay|nghieng|sap do)/,
  /day dien/,
  /dien giat|ro dien|chap dien/,
  /mat nap cong|ho ga (ho|mat nap)|nap cong/,
  /ngap (sau|nang|nuoc)/,
  /sap (nha|tuong|cong trinh)|sut lun|nut (tuong|nha)/,
  /chay|khoi (den|bay)/,
  /ro ri (khi|gas|ga)/,
];

export function looksUrgent(foldedDescription: string): boolean {
  return urgentPatterns.some((p) => p.test(foldedDescription));
}

/*
 * The English renderings of a procedure's facts (`text_en`) on a console save: kb:check's rules
 * (the same numbers as the Vietnamese text, no typed unconfirmed marker, English letters), in
 * Vietnamese; and a Vietnamese fact changed while its English rendering is left as it was is
 * refused, since the English answer would keep saying the old thing (a fee that became payable
 * without any number changing, "miễn lệ phí" → "thu theo nghị quyết", passes the numbers rule).
 */
import { ValidationError } from "../lib/errors";
import { englishFactIssues, type EnglishFactIssue } from "../knowledge/english-facts";
import type { Procedure } from "../knowledge/knowledge-schema";
import type { FactKey } from "../knowledge/procedure-facts";

/** The text facts of a procedure record (they may carry an English rendering). */
export const textFactKeys = ["where", "legal_time", "fee"] as const satisfies readonly FactKey[];
export type TextFactKey = (typeof textFactKeys)[number];

/** How the procedure form names each Vietnamese text fact. */
export const vietnameseFactLabels: Record<TextFactKey, string> = {
  where: "Nơi nộp",
  legal_time: "Thời hạn giải quyết",
  fee: "Lệ phí",
};

/** How the procedure form names each English rendering (also in the Vietnamese messages). */
export const englishFactLabels: Record<TextFactKey, string> = {
  where: "Nơi nộp (tiếng Anh)",
  legal_time: "Thời hạn (tiếng Anh)",
  fee: "Lệ phí (tiếng Anh)",
};

function issueVi(key: TextFactKey, issue: EnglishFactIssue): string {
  const label = englishFactLabels[key];
  if (issue.kind === "numbers") {
    const list = (n: string[]) => (n.length ? n.join(", ") : "không có số nào");
    return `${label} phải nêu đúng các con số của bản tiếng Việt, không thêm, không bớt (bản tiếng Việt: ${list(issue.vi)}; bản tiếng Anh: ${list(issue.en)}).`;
  }
  if (issue.kind === "marker") return `${label}: không gõ "(chưa xác nhận)" hay "(not yet confirmed)"; trợ lý tự thêm khi thông tin chưa được xác nhận.`;
  return `${label} phải viết bằng tiếng Anh (đang có chữ tiếng Việt).`;
}

/** kb:check's rules for the English renderings, in Vietnamese (empty when all is well). */
export function englishProblemsVi(procedure: Procedure): string[] {
  return textFactKeys.flatMap((key) => englishFactIssues(procedure[key]).map((issue) => issueVi(key, issue)));
}

const same = (a: string | undefined, b: string | undefined) => (a ?? "").trim() === (b ?? "").trim();

/**
 * A Vietnamese fact that changed while its English rendering stayed the stored one (and the
 * communicator did not tick "still right"): the English answer would keep the old content.
 */
export function staleEnglishVi(stored: Procedure | undefined, next: Procedure, stillRight: ReadonlySet<TextFactKey>): string[] {
  if (!stored) return [];
  return textFactKeys
    .filter((key) => stored[key].text_en !== undefined && next[key].text_en !== undefined && same(stored[key].text_en, next[key].text_en) && !same(stored[key].text, next[key].text) && !stillRight.has(key))
    .map(
      (key) =>
        `Bạn đã sửa "${vietnameseFactLabels[key]}" (tiếng Việt) nhưng "${englishFactLabels[key]}" vẫn là bản cũ, nên người nước ngoài hỏi bằng tiếng Anh sẽ nhận thông tin cũ. Vui lòng sửa bản tiếng Anh cho khớp, hoặc xóa trống ô tiếng Anh, hoặc đánh dấu "Bản tiếng Anh vẫn đúng với bản tiếng Việt mới" nếu nội dung không đổi.`,
    );
}

/** Refuses a procedure whose English renderings break the rules or went stale (one Vietnamese message). */
export function requireEnglishOk(stored: Procedure | undefined, next: Procedure, stillRight: ReadonlySet<TextFactKey> = new Set()): void {
  const problems = [...staleEnglishVi(stored, next, stillRight), ...englishProblemsVi(next)];
  if (problems.length) throw new ValidationError("invalid_english", problems.join(" "), `Chưa lưu được hồ sơ thủ tục: ${problems.join(" ")}`);
}

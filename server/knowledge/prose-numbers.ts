import allowedNumbersJson from "./data/allowed-numbers.json";
import { findUnallowedNumbers } from "./knowledge-check";

/*
 * The console applies kb:check's rule on numbers in prose: a fee, a deadline or a phone number
 * typed into an entry's text would reach residents without the procedure record or the ward
 * profile behind it. Only the national numbers of knowledge/allowed-numbers.yaml may be written
 * as such; Workers have no filesystem, so the check reads the JSON copy (`npm run kb:copies`
 * writes it; kb:check fails when it differs from the YAML).
 */
export const allowedProseNumbers: readonly string[] = (allowedNumbersJson as { numbers: string[] }).numbers;

export type ProseTexts = { body: string; summary?: string; summary_en?: string };

export function proseNumberProblemsVi(draft: ProseTexts): string[] {
  const text = [draft.body, draft.summary ?? "", draft.summary_en ?? ""].join("\n\n");
  return findUnallowedNumbers(text, [...allowedProseNumbers]).map(
    (n) =>
      `Con số "${n}" viết thẳng trong nội dung: lệ phí, thời hạn và giấy tờ lấy từ hồ sơ thủ tục ({{procedure.<mã>.fee}}, {{procedure.<mã>.time}}), số điện thoại và địa chỉ của phường lấy từ hồ sơ phường ({{ward.hotline}}, {{ward.address}}); chỉ các số quốc gia (${allowedProseNumbers.join(", ")}) được viết thẳng.`,
  );
}

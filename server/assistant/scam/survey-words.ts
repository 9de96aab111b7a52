/*
 * (session 24, issue 11: false alarms) "Điều tra" is also a statistical survey: "Tổng điều tra dân số", "điều tra viên
 * sẽ đến từng hộ gia đình thu thập thông tin" (the statistics office's census notices). The threat and authority
 * signals read "điều tra / điều tra viên" as a police investigation; with a survey's words around them they are not.
 */
const surveyTerms =
  /\b(tong )?dieu tra (dan so|thong ke|kinh te|muc song|lao dong|viec lam|doanh nghiep|nong thon|nong nghiep|ho gia dinh|co so|nha o)\b|\bdieu tra vien\b(?=[^.!?]{0,80}\b(thong ke|dan so|tong dieu tra|phieu (dieu tra|khao sat)))/g;

/** The folded text without a survey's "điều tra" words (the text itself when it has none). */
export function withoutSurveyWords(folded: string): string {
  return folded.includes("dieu tra") ? folded.replace(surveyTerms, " ") : folded;
}

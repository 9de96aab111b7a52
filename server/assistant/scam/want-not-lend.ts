/*
 * "muốn" (want) and "mượn" (borrow) fold to the same "muon", and "chợ muốn" (the market … wants) to "cho
 * muon", which the borrow script reads as "cho mượn" (lend me): "bà bán hàng ở chợ muốn dùng mã QR nhận
 * tiền" was warned as a borrowing scam (tuning10). When the text is written with its marks and says
 * "muốn" but never "mượn", no word in it is "borrow".
 */
const want = /mu[ốồổỗộ]n/i;
const lend = /m[ưu][ợờởỡớơ]n/i;

/** The folded text the borrow pattern reads: "muon" spelt "muoon" when the marks say it is "muốn". */
export function borrowText(body: string, folded: string): string {
  if (!folded.includes("muon") || !want.test(body) || lend.test(body)) return folded;
  return folded.replace(/\bmuon\b/g, "muoon");
}

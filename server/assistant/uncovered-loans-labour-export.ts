/*
 * A bank's and a labour-export company's own matters (session 28, out of coverage; read with uncovered-matters.ts, same
 * shape): a loan against a home or land ("thế chấp sổ đỏ để vay ngân hàng thủ tục thế nào") is the bank's, whether a bank
 * takes a power of attorney is the bank's call, and going abroad to work ("xuất khẩu lao động", "XKLĐ") is done through
 * licensed companies and the labour sector. Asked alone, their words found a look-alike: the certification of a mortgage
 * contract, the certification of a signature, the declaration of temporary absence, which answered confidently.
 * Each stays a circumstance when the message also names the ward paper it is for ("chứng thực hợp đồng thế chấp để vay",
 * "khai báo tạm vắng cho con đi XKLĐ", "lý lịch tư pháp để đi xuất khẩu lao động": namesEntrySubject).
 */
import type { Matter } from "./uncovered-matters";

const matter = (folded: string, extra: Omit<Matter, "folded"> = {}): Matter => ({ folded: new RegExp(String.raw`\b(?:${folded})\b`), ...extra });

/** folded names of labour export ("XKLĐ" folds to "xkld") */
const labourExport = String.raw`xuat khau lao dong|xkld`;
/** a home or land pledged, its papers or itself (the folded text reads "sổ đỏ", "sổ hồng" as the certificate's full name) */
const pledged = String.raw`so do|so hong|giay chung nhan(?: quyen su dung dat)?(?: quyen so huu nha o)?|nha dat|nha|dat|can ho`;

export const loanAndLabourExportMatters: Matter[] = [
  // a loan against a home or land asked as the resident's aim: "thủ tục thế chấp sổ đỏ vay ngân hàng", "muốn thế chấp nhà để
  // vay", "vay ngân hàng thế chấp nhà" (the lead word too: the certification entry's own question says "hợp đồng thế chấp sổ
  // đỏ vay ngân hàng" as its contract's purpose); a mortgage paid off and struck from the land register is the land office's
  // registration, not asked here
  matter(String.raw`(?:thu tuc|muon|can|cach|lam sao|lam the nao|dieu kien|dinh|tinh) (?:de |di |lam )?(?<k>the chap) (?:${pledged})(?: [a-z0-9]+){0,2} (?:de |di )?vay|vay (?:von |tien )?(?:ngan hang )?(?:bang cach |co )?(?<k2>the chap) (?:${pledged})`, {
    accented: /thế chấp/,
    unless: /\b(?:xoa (?:dang ky )?the chap|giai chap)\b/,
  }),
  // whether the bank takes a power of attorney (the bank's own rule, whoever certified it); the whole phrase is its key
  // (no `k`): after the signature certification, whose text says "giấy ủy quyền", the bank's acceptance is still unsaid
  matter(String.raw`ngan hang (?:co |ho )?(?:chap nhan|nhan|chiu nhan|dong y)(?: (?:cai|to|ban|loai))? (?:giay uy quyen|van ban uy quyen|hop dong uy quyen)`, { accented: /ngân hàng/ }),
  // the labour-export procedure asked after its name ("con đi xuất khẩu lao động thì thủ tục thế nào", "muốn đi XKLĐ Nhật
  // thì làm thế nào", "đăng ký đi xklđ ở đâu"); "thủ tục đi xuất khẩu lao động" is uncovered-matters.ts' own
  matter(String.raw`(?<k>${labourExport})(?: [a-z0-9]+){0,3} (?:thi )?(?:lam |can )?(?:thu tuc (?:the nao|ra sao|gi|o dau|nhu the nao)|lam (?:the nao|sao|nhu the nao)|(?:dang ky|nop ho so) o dau|bat dau tu dau)`, {
    accented: /xuất khẩu lao động|xklđ/,
  }),
  matter(String.raw`(?:thu tuc|dang ky|ho so|lam ho so) (?:di )?(?<k>xkld)`, { accented: /xklđ/ }),
];

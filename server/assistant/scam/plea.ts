/*
 * A contact's plea for millions over a hardship ("Anh chị giúp em mỗi người 2 triệu … nợ xã hội đen") is what a
 * hijacked Zalo or Facebook account sends its contacts. The same words from a resident to the ward ("mẹ em bệnh
 * nặng nhập viện, phường giúp em 2 triệu tiền hỗ trợ được không") ask the ward for support, or whether support
 * exists: that is the resident's own case, never a script. So the plea counts only when it is addressed to the
 * reader as a private contact (a kinship or friend's vocative, "mỗi người", a transfer to an account) and never
 * when it names the ward, its staff or the state, or a support scheme.
 */
import { matches } from "../../lib/regex-prefilter";

const plea = /\b(giup|gium|cuu) (em|chau|con|to)( (voi|mot lan|lan nay|nhe))?( (moi nguoi|moi ban|moi anh chi|moi nha))? \d[\d.,]* ?(trieu|tr)\b/;
const kin = "(anh|chi|ban|co|chu|bac|di|cau|ong|ba|thim|mo|anh chi|cac ban|ca nha|moi nguoi|ae|anh em)";
const toContact = new RegExp(
  `\\b${kin} (oi|a)\\b|\\b${kin} (giup|gium|cuu|cho|chuyen|co the giup)\\b|\\bmoi (nguoi|ban|anh chi|nha)\\b|\\b(chuyen khoan|ck|stk|so tai khoan|tai khoan (nay|cua em|cua chau))\\b`,
);
// the ward, its staff, the state or a support scheme ("xã" but not "xã hội đen")
const toWard =
  /\b(phuong|xa(?! hoi)|uy ban|ubnd|can bo|chinh quyen|nha nuoc|dia phuong|to dan pho|mat tran|mttq|hoi (phu nu|chu thap do|cuu chien binh)|tien ho tro|khoan ho tro|goi ho tro|duoc ho tro|co ho tro|ho tro (gi|khong|ko|nao)|tro cap|tro giup xa hoi|cuu tro|che do|chinh sach)\b/;

/** Whether a folded message pleads with the reader, as a private contact, for millions. */
export function contactPlea(folded: string): boolean {
  return matches(plea, folded) && matches(toContact, folded) && !matches(toWard, folded);
}

/** Whether a folded message addresses the ward, its staff, the state or a support scheme. */
export function addressesWard(folded: string): boolean {
  return toWard.test(folded);
}

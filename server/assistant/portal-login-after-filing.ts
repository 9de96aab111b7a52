/*
 * "đăng nhập bằng tài khoản gì", "đăng nhập thì dùng tài khoản nào", "tôi chưa đăng nhập được cổng, báo sai tài
 * khoản", "em đăng nhập không được, nó bắt dùng VNeID" right after filing or paying online ("Các bước nộp hồ sơ …
 * trực tuyến", "Thanh toán phí … trực tuyến"): logging into the portal those steps run on is the entry titled
 * "Đăng nhập Cổng Dịch vụ công …", not more of the filing steps (carried) nor another app's login (iHanoi, whose
 * entry alone ranks first on "đăng nhập bằng tài khoản gì"). Tuning writers label every such later turn the login
 * entry (9 of 9; 5 were missed). app-login.ts keeps the login question with an app's own entry (iHanoi, VssID).
 *
 * Only login words and the trouble of logging in (not: "quên mật khẩu", "bị khóa", a new phone — VNeID's own
 * trouble; not a step after logging in, "đăng nhập được rồi, giờ nộp tiếp thế nào"; not another app named).
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle, onlyEntry } from "./folded-title";

const loginAsked = /\bdang nhap\b/;
/** the words a login question after filing may have (folded, as typed) */
const allowed = new Set(
  (
    "dang nhap bang gi nao the tai khoan vao duoc dc sao lam kieu nhu cach ntn ra thi " +
    "cong dich vu trang web vneid dinh danh dien tu " +
    "khong ko k hong chua bao sai bat dung phai mai cu van " +
    "toi em minh tui chau bac no ho ma nhung gio vay a ah oi nhi ha nua"
  ).split(" "),
);
/** a title of filing or paying online, not an app's */
const filingTitle = /\btruc tuyen\b/;
const appTitle = /\b(?:vneid|app|ung dung)\b/;
const loginTitle = /^dang nhap\b/;

/** The portal's login entry this turn asks for (`plain`: the message folded as typed), or undefined. */
export function portalLoginAfterFiling(plain: string, previous: KnowledgeEntry, entries: () => readonly KnowledgeEntry[]): KnowledgeEntry | undefined {
  if (previous.category === "lua-dao" || !loginAsked.test(plain)) return undefined;
  const title = foldedTitle(previous);
  if (!filingTitle.test(title) || appTitle.test(title) || loginTitle.test(title)) return undefined;
  const words = plain.split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length > 16 || !words.every((w) => allowed.has(w))) return undefined;
  return onlyEntry(entries(), (e) => e.category !== "lua-dao" && loginTitle.test(foldedTitle(e)));
}

import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { properTitleWords } from "./other-title-only";

/*
 * "đăng nhập bằng gì" after an app's entry (iHanoi, VssID): the resident asks how to log into that
 * app, which its own entry tells. Alone the words are the title of "Đăng nhập Cổng Dịch vụ công … bằng
 * tài khoản VNeID" (every topic word is that title's, none the app's), so the turn switched to the
 * portal. An entry is an app's when its title (before a dash, brackets out) says "ứng dụng"/"app";
 * after filing online ("Các bước nộp hồ sơ … trực tuyến") the same question is the portal's login and
 * still switches. Only login words: "đăng nhập dịch vụ công bằng gì" names the portal and switches.
 */

/** the words of a question about logging in, and nothing else (folded) */
const LOGIN_WORDS = new Set(["dang", "nhap", "bang", "gi", "nao", "the", "tai", "khoan", "mat", "khau", "vao", "duoc", "sao", "lam",
  // "cài xong đăng nhập kiểu gì", "cài đặt rồi thì đăng nhập như nào", "đăng nhập cách nào": installing done, how in everyday words (session 20)
  "cai", "dat", "xong", "roi", "thi", "kieu", "nhu", "cach", "ntn", "ra"]);
const loginAsked = /\bdang nhap\b/;

export function asksAppLogin(folded: string, terms: string[], previous: KnowledgeEntry): boolean {
  if (!loginAsked.test(folded) || previous.category === "lua-dao") return false;
  if (!terms.every((t) => LOGIN_WORDS.has(t))) return false;
  const title = properTitleWords(previous);
  return title.has("app") || (title.has("ung") && title.has("dung"));
}

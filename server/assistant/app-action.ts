import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { properTitleWords } from "./other-title-only";

/*
 * "kích hoạt thế nào" after the health book on VNeID, "cài đặt và đăng nhập" after VssID: how to do one of the
 * app's own actions, named by nothing but the action. Alone the words are another entry's title ("Kích hoạt tài
 * khoản định danh điện tử VNeID mức 2", "Ứng dụng iHanoi … cài đặt và sử dụng"), so the turn switched; but the
 * entry just answered is about an app (its title says "ứng dụng"/"app", or the service lives "trên VNeID"): its
 * steps tell how to get into it (install, log in), whatever words they use ("tải" for "cài đặt").
 * Only action words: "kích hoạt VNeID mức 2 thế nào" names the other entry's subject and switches (app-login.ts
 * does the same for logging in alone).
 */

/** the words of a question about doing an app action, and nothing else (folded) */
const ACTION_WORDS = new Set(["kich", "hoat", "cai", "dat", "tai", "ve", "dang", "nhap", "su", "dung", "the", "nao", "sao", "lam", "nhu", "ra", "bang", "gi", "cach", "tren", "dien", "thoai", "may", "duoc", "khong"]);
const actionAsked = /\b(?:kich hoat|cai dat|tai ve|tai app|dang nhap)\b/;
/** a title before its dash names an app, or a service inside one */
const appTitle = (title: Set<string>) => title.has("app") || (title.has("ung") && title.has("dung")) || (title.has("tren") && (title.has("vneid") || title.has("vssid")));

/** `folded`: the message (folded), `terms`: its topic words, `previous`: the entry just answered. */
export function asksAppAction(folded: string, terms: string[], previous: KnowledgeEntry): boolean {
  if (!actionAsked.test(folded) || previous.category === "lua-dao") return false;
  if (!terms.length || !terms.every((t) => ACTION_WORDS.has(t))) return false;
  return appTitle(properTitleWords(previous));
}

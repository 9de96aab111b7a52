import { foldedTitle } from "./folded-title";
import type { Scored } from "./search-index";

/*
 * "thẻ BHYT tích hợp vào VNeID rồi thì đi khám không cần mang thẻ giấy nữa đúng không", "có thẻ BHYT trên
 * VNeID rồi đi khám có cần mang thẻ giấy không": the top entry's title is about another app (VssID: "dùng thẻ
 * BHYT trên điện thoại") than the one the message names, and shares the rest of the message's words. The app
 * the resident names decides: a close candidate whose title names that app and the message's other words
 * ("Tích hợp giấy phép lái xe, thẻ BHYT vào VNeID") answers. Apps only, not Zalo (a channel, not a subject).
 * Put first only among the message's own first five (assistant.ts askedAction).
 */

const apps = ["vneid", "vssid", "ihanoi", "etax"];
function appsIn(folded: string): string[] {
  // (the padded text made once, not once per app)
  const padded = ` ${folded.replace(/\bi ha ?noi\b/g, "ihanoi")} `;
  return apps.filter((a) => padded.includes(` ${a} `));
}

/** words of a title that tell nothing of its subject */
const filler = new Set(["va", "cua", "cho", "tren", "trong", "voi", "la", "de", "the", "nao", "gi", "khi", "o", "tai", "bang", "hoac", "ve", "tu"]);

/** The candidate whose title names the app the message names, when the top's title names another app only (folded message). */
export function otherAppTitled(ranked: readonly Scored[], folded: string): Scored | undefined {
  const [top, ...rest] = ranked;
  if (!top) return undefined;
  const named = appsIn(folded);
  if (!named.length) return undefined;
  const topApps = appsIn(foldedTitle(top.entry));
  if (!topApps.length || topApps.some((a) => named.includes(a))) return undefined;
  const words = new Set(folded.split(" "));
  let best: { s: Scored; shared: number } | undefined;
  for (const s of rest.slice(0, 4)) {
    const title = foldedTitle(s.entry);
    if (!appsIn(title).some((a) => named.includes(a))) continue;
    const shared = new Set(title.split(" ").filter((w) => words.has(w) && !apps.includes(w) && !filler.has(w))).size;
    if (shared >= 2 && (!best || shared > best.shared)) best = { s, shared };
  }
  return best?.s;
}

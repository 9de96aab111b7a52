/*
 * "Who signs it?", "Who decides?", "How do I do it online?", "Can I do it online?" asked in English
 * right after an English answer: who decides from the English rendering of the procedure's deciding
 * body (`deciding_body_en`), the online way from that of its online way (`online_en`), both held by
 * kb:check to the Vietnamese texts (english-texts.ts); each procedure under its English name when the
 * entry has several. A yes/no already settled from the data ("Yes, this procedure can be filed
 * online.") comes first. When the entry's own "who decides" part marks its fact unconfirmed, the
 * English says so too. When any of the entry's procedures has no such English text, nothing is
 * decided here: the English summary answers as before. Only a follow-up is read this way.
 */
import { parseEntryFacets } from "../knowledge/entry-facets";
import { UNVERIFIED_MARKER_EN } from "../knowledge/english-facts";
import type { KnowledgeBase, KnowledgeEntry } from "../knowledge/knowledge-schema";
import { UNVERIFIED_MARKER } from "../knowledge/procedure-facts";
import type { Ward } from "../wards/ward-profile";
import type { AskResult, ConversationMemory } from "./ask-result";
import { englishPartAnswer, englishProcedureLines } from "./english-part-answer";

/** "who signs/issues/decides…", "which authority issues…": who decides the procedure at hand */
const asksWho = /\bwho (?:signs?|issues?|decides?|approves?|handles?|certifies|grants?|is in charge|is responsible)\b|\bwhich (?:authority|agency|body) (?:signs?|issues?|decides?|approves?|handles?)\b/;
/** filing online ("online", "on VNeID", "through the app") */
const asksOnline = /\bonline\b|\bon (?:the )?(?:vneid|(?:public service )?portal|app)\b|\b(?:via|through|using|with) (?:the )?(?:vneid|app)\b/;
/** another act done online (paying, checking a status, booking, receiving): the online way may not say */
const otherAct = /\b(?:check|checking|track|tracking|status|pay|paying|payment|book|booking|appointments?|receive|collect|download|look up|print|renew|cancel)\b/;

type Part = "who" | "online";

function lines(entry: KnowledgeEntry, kb: KnowledgeBase, part: Part): string[] | undefined {
  const field = part === "who" ? "deciding_body_en" : "online_en";
  // the entry's own "who decides" part marks its fact unconfirmed: so does the English
  const own = part === "who" ? parseEntryFacets(entry.body).sections.find((s) => s.key === "who")?.text : undefined;
  const unconfirmed = !!own?.includes(UNVERIFIED_MARKER);
  return englishProcedureLines(entry, kb, (p) => {
    if (!p[field]) return undefined;
    const text = p[field]!.trim();
    if (unconfirmed && !text.includes(UNVERIFIED_MARKER_EN)) return text.endsWith(".") ? `${text.slice(0, -1)} ${UNVERIFIED_MARKER_EN}.` : `${text} ${UNVERIFIED_MARKER_EN}`;
    return text;
  });
}

const leads: Record<Part, string> = {
  who: "Who decides on this procedure, as the ward's information gives it:",
  online: "How to do it online, as the ward's information gives it:",
};

/** The answer to an English "who decides?" or "how do I do it online?" about the previous entry, or undefined to leave it to the summary. */
export function englishWhoOnlineFollowUp(text: string, previous: KnowledgeEntry | undefined, yesNo: string | undefined, ctx: { ward: Ward; memory: ConversationMemory }, kb: KnowledgeBase): AskResult | undefined {
  const lower = text.toLowerCase();
  if (!previous || previous.action === "handoff") return undefined;
  const part: Part | undefined = asksWho.test(lower) ? "who" : asksOnline.test(lower) && !otherAct.test(lower) ? "online" : undefined;
  if (!part) return undefined;
  const found = lines(previous, kb, part);
  if (!found) return undefined;
  const body = `${part === "online" && yesNo ? `${yesNo}\n` : ""}${leads[part]}\n${found.join("\n")}`;
  return englishPartAnswer(
    previous,
    body,
    part,
    `Tin nhắn tiếng Anh hỏi ${part === "who" ? "cơ quan giải quyết" : "cách làm trực tuyến"} của mục "${previous.title}" (${previous.id}): bản tiếng Anh trong hồ sơ thủ tục.`,
    ctx.memory,
  );
}

import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { asksIfScam } from "./scam-is-it-real";

/*
 * After a scam entry, "co phai lua ko ad", "day la lua dao phai ko", "thật hay giả vậy", "that ko a" alone (the bare
 * question of scam-is-it-real.ts): whether what was just told is a scam. A scam entry whose summary opens by saying its
 * script IS a scam ("… là lừa đảo", "đó là chiêu …") decides it: "Dạ có, <that sentence>." to "is it a scam / fake",
 * "Dạ không, <that sentence>." to "is it real". The sentence quoted names the script (the condition the yes rests on),
 * so the resident reads what the answer is about. An opening that hedges ("thường là", "có thể là", "vẫn có thể là": an
 * investment offer, a relative in hospital, a friend borrowing money) decides nothing and keeps the plain reply.
 * Only a follow-up, with no words of its own: a first question names its own case ("shipper giao COD thu tiền mặt có
 * phải lừa không" is not the script), and the entry's `yes_no` facts, with their `unless`, answer those
 * (stated-yes-no.ts). Session 28, tuning sets: such follow-ups were answered without a yes or a no.
 */

/** "… là lừa đảo", "đó là chiêu …", not hedged */
const definite = /(?<!(?:thường|có thể|vẫn có thể|dễ|hay) )là (?:lừa đảo|chiêu)(?!\p{L})/u;

/** "có phải lừa không", "là lừa đảo phải ko", "lừa đảo à" ("bị lừa" is the loss, not the question) */
const scamAsked = /\b(?:phai|la|co) lua(?: dao)?\b|(?<!\bbi )\blua(?: dao)? (?:khong|ko|k|hok|hong|chang|a|ha|nhi)\b|\b(?:co phai|la|phai) gia(?: mao)? (?:(?:phai|dung) )?(?:khong|ko|k|hok|hong|a|ha)\b/;
/** "có thật không", "có phải thật ko", "thật hay giả", "thật ko ạ" alone */
const realAsked = /\b(?:co|la|co phai|phai)(?: la)? that(?: su)? (?:khong|ko|k|hok|hong|ha|a|chu)\b|\bthat hay (?:gia|lua)\b|^(?:(?:vay|the|cai nay|cai do|tin nay|vay co)\s+)?that (?:khong|ko|k|hok|hong|ha|a)\b/;
/** "không phải lừa đảo đúng không": the question turned round; "có gọi … không hay là lừa": the either-or's first part is asked */
const turnedRound = /\bkhong phai (?:la )?(?:lua|gia)\b|\b(?:khong|chua|ko) hay (?:la )?(?:lua|gia|that)\b/;
/** a genuine channel named: the script's verdict is not about it */
const genuineNamed = /\b(?:tong dai chinh thuc|so in sau the|chinh chu|ung dung chinh thuc|app chinh thuc|cua hang|quay giao dich|tru so)\b/;

/** Whether the message alone asks if the thing told is a scam ("scam") or genuine ("real"), folded. */
export function scamOrRealAsked(folded: string): "scam" | "real" | undefined {
  if (!asksIfScam(folded) || turnedRound.test(folded) || genuineNamed.test(folded)) return undefined;
  if (realAsked.test(folded)) return "real";
  if (scamAsked.test(folded)) return "scam";
  return undefined;
}

const openings = new WeakMap<KnowledgeEntry, string | null>();

/** The summary's first sentence without its "Dạ, " when it says the script is a scam, else null. */
function definiteOpening(entry: KnowledgeEntry): string | null {
  let opening = openings.get(entry);
  if (opening === undefined) {
    const first = /^Dạ, (.+?\.)(?:\s|$)/su.exec(entry.summary ?? "")?.[1]?.replace(/\.$/, "");
    opening = first && !first.includes("{{") && definite.test(first) ? first : null;
    openings.set(entry, opening);
  }
  return opening;
}

/** "Dạ có, …" / "Dạ không, …" for a scam entry that says its script is a scam, asked whether it is one (or real). */
export function scamScriptYesNo(entry: KnowledgeEntry, folded: string): string | undefined {
  if (entry.category !== "lua-dao") return undefined;
  const asked = scamOrRealAsked(folded);
  const opening = asked && definiteOpening(entry);
  if (!opening) return undefined;
  return `Dạ ${asked === "scam" ? "có" : "không"}, ${opening}.`;
}

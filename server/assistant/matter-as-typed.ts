import { foldedText } from "./text-analysis";

/*
 * The matters no entry covers (uncovered-matters.ts) are phrases of the message as the resident typed it. The engine's
 * folded reading carries the index's spelling help, which may turn a word the entries never use into one they do
 * ("tien dien thang nay tang gap doi": "tang" read as "tan"), and then the phrase is gone and the look-alike entry
 * answers (session 13: "tiền điện tăng gấp đôi, khiếu nại điện lực" → citizen reception). When the spelling help
 * changed the message, the matters are read on the typed words too.
 */

/** The message folded as typed (no spelling help), when it differs from the engine's reading `folded`. */
export function typedReading(folded: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // (a turn reads its matters several times with the same message: its typed fold is kept for the next call)
  if (text !== lastText) {
    lastText = text;
    lastTyped = foldedText(text);
  }
  return lastTyped !== folded ? lastTyped : undefined;
}

let lastText: string | undefined;
let lastTyped = "";

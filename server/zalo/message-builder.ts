import type { AskResult } from "../assistant/assistant";
import type { ZaloButton, ZaloOutgoingMessage } from "./zalo-api";

export const ZALO_TEXT_LIMIT = 2000;
const MAX_BUTTONS = 5;

/**
 * Splits text into parts of at most `limit` characters, cutting at a paragraph break, then a
 * line break, then a sentence end, then a space — never inside a word.
 */
export function splitText(text: string, limit = ZALO_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const cut =
      [window.lastIndexOf("\n\n"), window.lastIndexOf("\n"), Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! ")) + 1, window.lastIndexOf(" ")].find(
        (i) => i > limit * 0.3,
      ) ?? limit;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** The Zalo messages for an assistant result: text parts, with buttons on the last part. */
export function buildReplyMessages(result: Pick<AskResult, "reply" | "suggestions" | "links">): ZaloOutgoingMessage[] {
  const parts = splitText(result.reply);
  const buttons: ZaloButton[] = [
    ...result.links.slice(0, 2).map((l) => ({ title: l.label.slice(0, 35), type: "oa.open.url" as const, payload: { url: l.url } })),
    ...result.suggestions.map((s) => ({ title: s.title.slice(0, 35), type: "oa.query.show" as const, payload: s.query.slice(0, 1000) })),
  ].slice(0, MAX_BUTTONS);
  return parts.map((text, i) =>
    i === parts.length - 1 && buttons.length ? { text, attachment: { type: "template" as const, payload: { buttons } } } : { text },
  );
}

/**
 * Zalo's documentation shows buttons on templates; when it refuses them on a consultation
 * message (invalid request), the same text is sent with the choices written out instead.
 */
export function withoutButtons(message: ZaloOutgoingMessage): ZaloOutgoingMessage {
  const buttons = message.attachment?.payload.buttons ?? [];
  const choices = buttons
    .filter((b) => b.type === "oa.query.show")
    .map((b) => `"${b.payload as string}"`)
    .join(", ");
  const withChoices = choices ? `${message.text}\n\nÔng/bà có thể nhắn: ${choices}.` : message.text;
  // Fixed (tests/zalo-outbox.test.ts): this used to slice the combined text to the limit, so a
  // last part close to 2000 characters went out ending in a cut-off "Ông/bà c…". The choices
  // are optional; the answer is not: write them out only when they fit whole.
  const text = withChoices.length <= ZALO_TEXT_LIMIT ? withChoices : message.text.slice(0, ZALO_TEXT_LIMIT);
  return { text };
}

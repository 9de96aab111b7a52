import type { Choice, ReplyLink } from "../assistant/ask-result";
import { CHOICES_HEADER, CHOICES_HEADER_EN, choiceLine, linksText, renderReplyText } from "../assistant/reply-text";
import type { Ward } from "../wards/ward-profile";
import type { ZaloButton, ZaloOutgoingMessage } from "./zalo-api";

export const ZALO_TEXT_LIMIT = 2000;
const MAX_BUTTONS = 5;
/** Zalo's SDK examples keep titles short; ours are cut at a word, never inside one. */
export const BUTTON_TITLE_LIMIT = 35;

/** What a reply says, independent of how a channel lays it out. */
export type ReplyContent = { body: string; links: ReplyLink[]; choices: Choice[]; lang?: "vi" | "en" };

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

/** A button title of at most BUTTON_TITLE_LIMIT characters, cut after a whole word. */
export function buttonTitle(label: string, limit = BUTTON_TITLE_LIMIT): string {
  const clean = label.trim();
  if (clean.length <= limit) return clean;
  const window = clean.slice(0, limit - 1);
  const space = window.lastIndexOf(" ");
  return `${(space > 0 ? window.slice(0, space) : window).replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/**
 * The Zalo messages for a reply. By default plain text only — the documented v3 consultation
 * message (docs/zalo-api-notes.md §2) — with links and numbered choices written out. A ward
 * that verified buttons with its own OA (`zalo.cs_buttons`) gets them on the last part; what
 * does not fit on five buttons stays written in the text.
 */
export function buildReplyMessages(content: ReplyContent, options: { buttons?: boolean; text?: string } = {}): ZaloOutgoingMessage[] {
  if (!options.buttons || (!content.links.length && !content.choices.length)) {
    // `text`: renderReplyText(content) when the caller has it already (a reply renders once per event)
    return splitText(options.text ?? renderReplyText(content)).map((text) => ({ text }));
  }
  const buttons: ZaloButton[] = [];
  const writtenLinks: ReplyLink[] = [];
  const writtenChoices: Choice[] = [];
  for (const link of content.links) {
    if (buttons.length < Math.min(2, MAX_BUTTONS)) buttons.push({ title: buttonTitle(link.label), type: "oa.open.url", payload: { url: link.url } });
    else writtenLinks.push(link);
  }
  for (const choice of content.choices) {
    // the payload comes back as the resident's message: the choice line, which picks it
    if (buttons.length < MAX_BUTTONS) buttons.push({ title: buttonTitle(choiceLine(choice)), type: "oa.query.show", payload: choiceLine(choice) });
    else writtenChoices.push(choice);
  }
  const text = renderReplyText({ body: content.body, links: writtenLinks, choices: writtenChoices, lang: content.lang });
  // the last part must still fit if Zalo refuses the buttons and they are written out instead
  const reserve = fallbackTail(buttons, content.lang).length + 2;
  const parts = splitText(text, ZALO_TEXT_LIMIT - reserve);
  return parts.map((part, i) => (i === parts.length - 1 ? { text: part, attachment: { type: "template" as const, payload: { buttons } } } : { text: part }));
}

/**
 * What a ward's residents receive in Zalo for a reply, laid out with the ward's own setting
 * (text only unless it verified buttons). The bot's replies and the console's knowledge preview
 * both come here, so the preview is what the resident's phone shows.
 */
export function wardReplyMessages(ward: Pick<Ward, "profile">, content: ReplyContent, text?: string): ZaloOutgoingMessage[] {
  return buildReplyMessages(content, { buttons: ward.profile.zalo?.cs_buttons === true, text });
}

function fallbackTail(buttons: ZaloButton[], lang: "vi" | "en" = "vi"): string {
  const links = buttons.flatMap((b) => (b.type === "oa.open.url" ? [{ label: b.title, url: b.payload.url }] : []));
  const choices = buttons.flatMap((b) => (b.type === "oa.query.show" || b.type === "oa.query.hide" ? [b.payload] : []));
  const choiceBlock = choices.length ? [lang === "en" ? CHOICES_HEADER_EN : CHOICES_HEADER, ...choices].join("\n") : "";
  return [linksText(links), choiceBlock].filter(Boolean).join("\n\n");
}

/**
 * The same message as plain text, buttons written out: links as "label: url" lines, choices
 * as their numbered lines. Used when Zalo refuses a message with buttons for any reason other
 * than the token, so the resident still gets the answer with everything it offered.
 */
export function withoutButtons(message: ZaloOutgoingMessage): ZaloOutgoingMessage {
  const buttons = message.attachment?.payload.buttons ?? [];
  // an English reply (no Vietnamese letters) gets the English header
  const tail = fallbackTail(buttons, /[\u00C0-\u1EF9đĐ]/.test(message.text) ? "vi" : "en");
  const withTail = tail ? `${message.text}\n\n${tail}` : message.text;
  // Fixed (tests/zalo-outbox.test.ts): a last part close to 2,000 characters once went out cut
  // mid-word. Parts are built with room for the tail; an older payload without that room keeps
  // its answer whole and drops the tail rather than cutting either.
  return { text: withTail.length <= ZALO_TEXT_LIMIT ? withTail : message.text.slice(0, ZALO_TEXT_LIMIT) };
}

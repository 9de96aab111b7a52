import type { Choice, ReplyLink } from "./ask-result";

/*
 * A reply as plain text: Zalo's documented consultation message is text only, so the choices
 * a resident can pick are numbered lines ("1. Giấy tờ cần mang", "0. Gặp cán bộ") and links
 * are written out. The same text is the fallback when a ward's buttons are refused.
 */

export const CHOICES_HEADER = "Ông/bà nhắn số để chọn:";
export const CHOICES_HEADER_EN = "Reply with a number:";

export function choiceLine(choice: Choice): string {
  return `${choice.n}. ${choice.label}`;
}

export function choicesText(choices: Choice[], lang: "vi" | "en" = "vi"): string {
  if (!choices.length) return "";
  return [lang === "en" ? CHOICES_HEADER_EN : CHOICES_HEADER, ...choices.map(choiceLine)].join("\n");
}

export function linksText(links: ReplyLink[]): string {
  return links.map((l) => `${l.label}: ${l.url}`).join("\n");
}

export function renderReplyText(content: { body: string; links: ReplyLink[]; choices: Choice[]; lang?: "vi" | "en" }): string {
  return [content.body.trim(), linksText(content.links), choicesText(content.choices, content.lang)].filter((part) => part).join("\n\n");
}

/** The text fields every result carries, from its body, links and offered choices. */
export function replyFields(body: string, links: ReplyLink[], offered: Choice[], lang: "vi" | "en" = "vi") {
  const choices = offered.map(({ n, label }) => ({ n, label }));
  return { reply: renderReplyText({ body, links, choices, lang }), body, links, choices };
}

/*
 * The deterministic check every model-written reply passes before a resident sees it: each
 * phone number, money amount, deadline, date and link in it must appear in the texts it was
 * allowed to use (the cited entries as rendered for the ward, and the ward profile), and the
 * entries it cites must be among those retrieved. Anything else and the entry's own text is sent.
 */

export type GuardVerdict = { ok: true } | { ok: false; reasons: string[] };

const urlPattern = /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|info|me|io|xyz|top|app|site|online)(?:\/[^\s)]*)?/gi;
const datePattern = /\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\b|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?/giu;
const deadlinePattern = /\b\d+(?:[.,]\d+)?\s*(?:ngày(?: làm việc)?|giờ(?: làm việc)?|tiếng|tháng|năm|tuần|phút)(?![\p{L}])/giu;
const moneyPattern = /\b\d(?:[\d.,\s]*\d)?\s*(?:đồng|đ|vnđ|vnd|nghìn|ngàn|triệu|tỷ|k)(?![\p{L}])/giu;
const numberPattern = /(?<![\d/.,-])\+?\d[\d .-]{1,}\d(?![\d/])/g;

function digits(s: string): string {
  return s.replace(/\D/g, "");
}

function normaliseUrl(s: string): string {
  return s
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[/.,;:!?)]+$/, "");
}

function collapse(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
}

/** The facts a reply states, by kind. */
export function extractFacts(text: string): { links: string[]; dates: string[]; deadlines: string[]; amounts: string[]; numbers: string[] } {
  const links = [...text.matchAll(urlPattern)].map((m) => m[0]);
  const withoutLinks = text.replace(urlPattern, " ");
  const dates = [...withoutLinks.matchAll(datePattern)].map((m) => m[0]);
  const deadlines = [...withoutLinks.matchAll(deadlinePattern)].map((m) => m[0]);
  const amounts = [...withoutLinks.matchAll(moneyPattern)].map((m) => m[0]);
  const numbers = [...withoutLinks.matchAll(numberPattern)].map((m) => m[0]).filter((n) => digits(n).length >= 3);
  return { links, dates, deadlines, amounts, numbers };
}

export function checkGeneratedReply(input: {
  reply: string;
  citedIds: string[];
  retrievedIds: string[];
  /** texts the reply may draw facts from: rendered cited entries, the ward profile */
  allowedTexts: string[];
}): GuardVerdict {
  const reasons: string[] = [];
  if (!input.reply.trim()) reasons.push("empty reply");
  if (!input.citedIds.length) reasons.push("cites no entry");
  for (const id of input.citedIds) if (!input.retrievedIds.includes(id)) reasons.push(`cites ${id}, which was not retrieved`);

  const allowed = collapse(input.allowedTexts.join("\n"));
  const allowedDigits = new Set<string>();
  for (const n of extractFacts(input.allowedTexts.join("\n")).numbers) allowedDigits.add(digits(n));
  for (const m of allowed.matchAll(/\d+/g)) allowedDigits.add(m[0]);
  const allowedLinks = new Set(extractFacts(input.allowedTexts.join("\n")).links.map(normaliseUrl));

  const facts = extractFacts(input.reply);
  for (const link of facts.links) {
    const normalised = normaliseUrl(link);
    if (![...allowedLinks].some((a) => a === normalised || a.startsWith(`${normalised}/`) || normalised.startsWith(`${a}/`) || a === normalised.split("/")[0])) {
      reasons.push(`link not in the sources: ${link}`);
    }
  }
  for (const date of facts.dates) if (!allowed.includes(collapse(date)) && !allowedDigits.has(digits(date))) reasons.push(`date not in the sources: ${date}`);
  for (const deadline of facts.deadlines) if (!allowed.includes(collapse(deadline))) reasons.push(`deadline not in the sources: ${deadline}`);
  for (const amount of facts.amounts) if (!allowed.includes(collapse(amount)) && !allowedDigits.has(digits(amount))) reasons.push(`amount not in the sources: ${amount}`);
  for (const number of facts.numbers) if (!allowedDigits.has(digits(number))) reasons.push(`number not in the sources: ${number}`);
  return reasons.length ? { ok: false, reasons } : { ok: true };
}

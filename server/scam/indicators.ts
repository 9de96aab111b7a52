import type { AskResult } from "../assistant/assistant";
import { hashBucket } from "../assistant/scam/model";
import { foldForScam } from "../assistant/scam/normalize";
import { assessHost } from "../assistant/scam/links";

/*
 * What recognises one scam across residents and wards, taken from the scam check's findings:
 * unofficial link hosts (with the path for shorteners and chat hand-offs, which are shared by
 * unrelated scams), phone and bank account numbers, and the script itself (its folded text with
 * digits and links blanked, so the same script with another amount still matches).
 */

export type IndicatorKind = "domain" | "phone" | "account" | "script";
export type Indicator = { kind: IndicatorKind; value: string };

type Findings = NonNullable<AskResult["scam"]>;

const linkPattern = /(?:(?:https?|hxxps?):\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,24})(\/[^\s"'“”«»<>)\]]*)?/gi;

export function indicatorsOf(findings: Findings): Indicator[] {
  const out = new Map<string, Indicator>();
  const add = (kind: IndicatorKind, value: string) => {
    if (value) out.set(`${kind}:${value}`, { kind, value });
  };
  const body = findings.body.toLowerCase().replace(/\[\.\]|\(\.\)/g, ".").replace(/hxxp/g, "http");
  for (const host of findings.domains) {
    const finding = assessHost(host);
    if (finding.official) continue;
    if (finding.shortener || finding.handoff || host === "zalo.me") {
      // the path is what identifies this scam on a shared host
      const m = [...body.matchAll(linkPattern)].find((x) => x[1]!.replace(/^www\./, "") === host);
      const path = (m?.[2] ?? "").replace(/[?#].*$/, "").replace(/\/+$/, "");
      if (path) add("domain", `${host}${path}`.slice(0, 120));
    } else {
      add("domain", host);
    }
  }
  for (const p of findings.phones) add("phone", p);
  for (const a of findings.accounts) add("account", a);
  add("script", scriptFingerprint(findings.body));
  return [...out.values()];
}

/** The same script whatever the amounts, codes, names' accents or links: a short stable hash. */
export function scriptFingerprint(body: string): string {
  const skeleton = foldForScam(body)
    .replace(/\S*[a-z0-9-]+\.[a-z]{2,}\S*/g, " ")
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 240);
  if (skeleton.split(" ").length < 6) return "";
  // two independent 32-bit hashes: collisions between different scripts are negligible
  return `${hashBucket(skeleton, 0xffffffff).toString(16)}${hashBucket(`#${skeleton}`, 0xffffffff).toString(16)}`;
}

/*
 * Personal data in a forwarded text: residents forward messages that carry their own name,
 * ID-card number, phone number or account. Samples keep the scam's shape and lose the rest.
 */
const maskRules: Array<[RegExp, (m: string, ...g: string[]) => string]> = [
  // "Họ tên: Nguyễn Văn A", "Ho va ten: …", "tên: …": initials only
  [/((?:họ\s*(?:và\s*)?tên|ho\s*(?:va\s*)?ten|chủ tài khoản|chu tai khoan|tên|ten)\s*:\s*)([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,4})/giu, (_m, label: string, name: string) => label + name.split(/\s+/).map((w) => `${w[0]}.`).join(" ")],
  // e-mail addresses
  [/[\w.+-]+@[\w-]+\.[\w.]+/g, () => "[email]"],
  // long digit runs (ID cards, accounts, phones): keep the first two and last two digits
  [/(?<![\d])\+?\d(?:[\s.-]?\d){7,18}(?![\d])/g, (m: string) => {
    const d = m.replace(/\D/g, "");
    return `${d.slice(0, 2)}${"•".repeat(Math.max(3, d.length - 4))}${d.slice(-2)}`;
  }],
];

export function maskPersonalData(text: string): string {
  let out = text;
  for (const [pattern, replace] of maskRules) out = out.replace(pattern, replace as (m: string) => string);
  return out;
}

/** An indicator as shown to staff: numbers masked like samples, hosts and scripts as they are. */
export function displayIndicator(i: Indicator): string {
  if (i.kind === "phone" || i.kind === "account") return maskPersonalData(i.value);
  if (i.kind === "script") return `kịch bản #${i.value.slice(0, 6)}`;
  return i.value;
}


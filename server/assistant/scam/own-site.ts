import type { LinkFinding } from "./links";
import { brandsNamed, registrableDomain } from "./registry";

/*
 * Two ways a host in a genuine message is no link away from a brand:
 *  - the sender's own site: a reseller or shop signs its advert with its name and links its own
 *    domain ("OnOnPay - Vinaphone KM 50%… nạp tiền tại ononpay.com"): the operator it names is what
 *    it sells, not who it claims to be. Only for a sender name that is no registered brand and a host
 *    that borrows no brand's name (those stay look-alikes: "BIDV: … bidv-baomat.xxx");
 *  - the subject of an expiry notice: a hosting provider names the customer's own domain
 *    ("tên miền abc.vn hết hạn", "abc.vn: 21/08/15 (Domain+Hosting)"); a place to go and renew
 *    elsewhere ("gia hạn tại renew-domain.xyz") is still a link.
 */

/** "OnOnPay - …", "TopNap: …", "[ShopABC] …" at the start of the folded text. */
const senderName = /^[\s[(]*([a-z0-9][a-z0-9 .&]{1,23}?)\s*(?:[\])]\s*|\s-\s|:\s)/;
const leet: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t" };
const compact = (s: string) => s.replace(/[^a-z0-9]/g, "");

/** The sender's own name when it heads the message and names no registered brand. */
export function ownSenderName(folded: string): string | undefined {
  const name = senderName.exec(folded)?.[1];
  if (!name || brandsNamed(name).length) return undefined;
  return compact(name);
}

/** A host that is the sender's own site: its registrable name spelled as the sender signs. */
export function isOwnSite(link: LinkFinding, sender: string | undefined): boolean {
  if (!sender || link.lookalike || link.fakeGov || link.shortener || link.handoff || link.ip || link.punycode) return false;
  const label = compact(registrableDomain(link.host).split(".")[0]!);
  return label.length >= 4 && (label === sender || label === sender.replace(/[0134578]/g, (d) => leet[d] ?? d));
}

const expiryNotice = /\b(domain|hosting|ten mien|website)\b.{0,120}\b(het han|gia han|expire|expiry)\b|\b(het han|gia han|expire|expiry)\b.{0,120}\b(domain|hosting|ten mien)\b/;
const subjectBefore = /\b(ten mien|domain|website)\s*:?\s*$/;
const subjectAfter = /^\s*:?\s*(\d{1,2}\/\d{1,2}\b|\(?\s*(domain|hosting|ten mien)\b)/;

/** Hosts a domain or hosting expiry notice names as the thing expiring (folded text). */
export function expiringSubjects(folded: string, links: readonly LinkFinding[]): Set<string> {
  const subjects = new Set<string>();
  if (!links.length || !expiryNotice.test(folded)) return subjects;
  for (const l of links) {
    const at = folded.indexOf(l.host);
    if (at < 0) continue;
    const before = folded.slice(Math.max(0, at - 14), at).replace(/www\.$/, "");
    const after = folded.slice(at + l.host.length, at + l.host.length + 14);
    if (subjectBefore.test(before) || subjectAfter.test(after)) subjects.add(l.host);
  }
  return subjects;
}

/** "THEFACESHOP SAVING DAY:…", "[ShopABC] …", "OnOnPay - …": a header of words before a colon, bracket or dash */
const headerName = /^[\s[(]*([a-z0-9][a-z0-9 .&]{1,30}?)\s*(?:[\])]|\s-\s|:)/;

/**
 * A shop's advert headed by its own name that links that name under .vn ("THEFACESHOP SAVING DAY: …
 * www.thefaceshop.com.vn"): the sender's own site, not a stranger's page (a .vn name has an identified
 * owner; the header's first words are the name). A header naming a registered brand, and look-alikes, fake
 * agency hosts, shorteners, hand-offs, IP, punycode and risky-TLD hosts stay links to judge.
 */
export function isOwnVnSite(link: LinkFinding, folded: string): boolean {
  if (link.lookalike || link.fakeGov || link.shortener || link.handoff || link.ip || link.punycode || link.riskyTld) return false;
  if (!/\.vn$/.test(link.host)) return false;
  const name = headerName.exec(folded)?.[1];
  if (!name || brandsNamed(name).length) return false;
  const label = compact(registrableDomain(link.host).split(".")[0]!);
  if (label.length < 4) return false;
  const words = name.split(" ").filter(Boolean);
  for (let k = 1; k <= Math.min(3, words.length); k++) if (compact(words.slice(0, k).join("")) === label) return true;
  return false;
}

import { hasDigit, hasLower, onlyLowerOrDigits } from "../ascii-chars";
import { execAll } from "./exec-all";
import { joinSpacedOut } from "./spaced-out";
import { brandTokens, handoffHosts, officialBrandOf, registrableDomain, riskyTlds, shorteners, type Brand } from "./registry";

/*
 * Links in a forwarded message and what their host names say. A link to a brand's real domain
 * counts for the message; a host that borrows a brand's name, hides its destination (shortener,
 * IP address, punycode) or hands the conversation to a private chat counts against it.
 */

export type LinkFinding = {
  host: string;
  /** the brand whose official domain this is */
  official?: Brand;
  /** a brand whose name the host borrows while not being its domain */
  lookalike?: Brand;
  /** "gov" in a host outside .gov.vn, or an official host name used as a prefix */
  fakeGov: boolean;
  shortener: boolean;
  handoff: boolean;
  ip: boolean;
  punycode: boolean;
  riskyTld: boolean;
  apk: boolean;
  /** lure words in the host: xacthuc, capnhat, hoantien, phatnguoi … */
  lureWords: boolean;
};

const tlds =
  "com|net|org|info|biz|vn|io|co|me|app|dev|xyz|top|vip|icu|cyou|click|site|online|shop|store|club|live|cc|tk|ml|ga|cf|gq|buzz|fun|sbs|cfd|bond|lol|win|bet|loan|work|link|pro|asia|one|tv|us|uk|cn|ru|in|jp|kr|sg|la|kh|th|id|ph|my|tw|hk|au|de|fr|eu|ly|gd|gl|at|ws|to|so|tech|space|website|cloud|digital|world|today|news|finance|money|cash|bank|group|life|ai|mobi|name|ink|monster|rest|shopping|best|email|global|gy|ee|ms|bz|ninja|social|support|help|services|center|network|agency|host|zone|run|page|land|xxx|vn" +
  // TLDs phishing reports (Interisle, APWG) list among the most abused ones that were missing above
  // (not those a folded Vietnamese word spells: "cam" of "cảm ơn", "lat", "mom", "men", "nu", "su", "ng"…)
  "|bar|autos|boats|hair|quest|beauty|skin|makeup|homes|yachts|pics|baby|ltd|wiki|plus|guru|tips|media|press|pw|cx|uno|ooo|gdn|bid|date|review|party|trade|stream|download|racing" +
  // names reserved for examples (RFC 2606/6761): how a link is written when its real name is withheld
  // ("vcb-xacthuc.example"); what follows the dot is still a link the reader is sent to
  "|example|invalid|test";

// host (letters, digits, hyphens, dots; punycode) or IPv4, then an optional port and path
const urlPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._-])(?:(?:https?|hxxps?):\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${tlds})|\d{1,3}(?:\.\d{1,3}){3})(?![\p{L}\p{N}-])(?::\d{2,5})?(\/[^\s"'“”«»<>)\]]*)?`,
  "giu",
);

const spacedDot = new RegExp(String.raw`(?<![\p{L}\p{N}-])([a-z0-9-]*[a-z][a-z0-9-]*-[a-z0-9-]+|[a-z0-9-]*[a-z][a-z0-9-]{3,}) \. (${tlds})(?![\p{L}\p{N}-])`, "gu");

const spacedDotOneSide = new RegExp(String.raw`(?<![\p{L}\p{N}-])([a-z0-9-]*[a-z][a-z0-9-]*-[a-z0-9-]+)(?: \.|\. )(${tlds})(?![\p{L}\p{N}-])`, "gu");

const lureWordPattern =
  /(xacthuc|xacminh|capnhat|hoantien|hoantra|nhanqua|doiqua|tritan|tri-an|phatnguoi|nganhang|khuyenmai|uudai|baomat|ekyc|sinhtrachoc|dongbo|mokhoa|thanhtoan|hotro|trocap|cskh|trungthuong|quatang|giaohang|boithuong|giahan|nanghanmuc|mienphi|login|verify|secure|update|account|support|dangnhap|tichhop|chuanhoa|cuongche|tracuu)/;

/** Undoes the ways links are defanged when forwarded: "hxxp", "[.]", "(.)", " dot ". */
function refang(text: string): string {
  // a link spelled out a character at a time ("s h 0 p e e - q u a . c o m": spaced-out.ts)
  const refanged = joinSpacedOut(text.replace(/\[\.\]|\(\.\)|\{\.\}| dot /gi, ".").replace(/hxxp/gi, "http"));
  // a dot set apart by spaces so the link is not clickable: "tpb-baomat . com"
  const joined = refanged.includes(" . ") ? refanged.replace(spacedDot, "$1.$2") : refanged;
  // (session 16) a space on one side only, after a hyphenated name: "sacombank-ekyc. xyz", "vcb-online .top"
  return joined.includes(". ") || joined.includes(" .") ? joined.replace(spacedDotOneSide, "$1.$2") : joined;
}

export function findLinks(cleaned: string): LinkFinding[] {
  const text = refang(cleaned.toLowerCase());
  const found = new Map<string, LinkFinding>();
  for (const m of execAll(urlPattern, text)) {
    const host = m[1]!.replace(/^www\./, "").replace(/\.$/, "");
    const path = m[2] ?? "";
    // "Co.opmart", "1.245.000d" never reach here (TLD list); bare "x.vn"-style names need a
    // scheme, a path or three labels to count, so "ô.vn" typos and "TP.HCM" stay text
    if (!m[0].includes("://") && !path && host.split(".").length < 2) continue;
    // ".xxx" is a real (and risky) TLD, and how residents mask a forwarded link ("vcb-online.xxx"); a
    // masked phone number ("0125x.xxx.xxx", "O949.xxx.xxx" with a letter O for the zero) holds
    // fewer than three letters other than x
    if (host.endsWith(".xxx") && (host.slice(0, -4).match(/[a-wyz]/g)?.length ?? 0) < 3) continue;
    const existing = found.get(host);
    if (existing) {
      if (/\.apk\b/.test(path)) existing.apk = true;
      continue;
    }
    found.set(host, assessHost(host, path));
  }
  return [...found.values()];
}

/**
 * A host label that is a brand's name with a letter swapped for a digit ("vietc0mbank", "b1dv"), or,
 * for names of six letters or more, one letter added, dropped or changed ("vietcombamk", "agrribank"):
 * the typosquats police and banks warn about.
 */
function typoOf(label: string, token: string): boolean {
  if (label === token || !onlyLowerOrDigits(label)) return false;
  if (label.length === token.length && hasDigit(label) && hasLower(label)) {
    let digitSwaps = 0;
    for (let i = 0; i < label.length; i++) {
      if (label[i] === token[i]) continue;
      if (!hasDigit(label[i]!)) return false;
      digitSwaps++;
    }
    return digitSwaps > 0 && digitSwaps <= 2 && token.length >= 4;
  }
  return token.length >= 6 && !hasDigit(token) && Math.abs(label.length - token.length) <= 1 && editDistanceOne(label, token);
}

function editDistanceOne(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}

export function assessHost(host: string, path = ""): LinkFinding {
  const ip = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
  // zalo.me/<phone> and zalo.me/g/<group> hand the reader to a private chat or group: not an official page
  const handoff = handoffHosts.has(host) && (host !== "zalo.me" || /^\/(\+?\d{8,}|g\/)/.test(path));
  const official = ip || handoff ? undefined : officialBrandOf(host);
  const tld = host.split(".").pop() ?? "";
  const finding: LinkFinding = {
    host,
    official,
    fakeGov: false,
    // (a shortener's name in look-alike digits, "b1t.ly", "t1nyurl.com", hides the destination as well)
    shortener: shorteners.has(host) || (/[01]/.test(host) && shorteners.has(host.replace(/1/g, "i").replace(/0/g, "o"))),
    // zalo.me/<phone>, t.me/<name>: a private chat; zalo.me/<oa-name> is an Official Account page
    handoff,
    ip,
    punycode: host.split(".").some((l) => l.startsWith("xn--")),
    riskyTld: riskyTlds.has(tld),
    apk: /\.apk\b/.test(path) || /(^|\.)apk(\.|$)/.test(host),
    lureWords: false,
  };
  if (official || ip) return finding;
  const registrable = registrableDomain(host);
  const labels = host.split(/[.-]/);
  // "vietcombank.com.vn.xacthuc.com", "csgt.gov-vn.app", "vneid-gov.com" (".com.vn" followed by more
  // labels; a name that ends in .com.vn is an ordinary Vietnamese domain)
  finding.fakeGov = labels.includes("gov") || /\.(com|gov|org|net)\.vn\./.test(host) || /gov-?vn/.test(host);
  const squashed = host.replace(/[^a-z0-9]/g, "");
  // A .vn name is registered under a verified identity (VNNIC), and brands run their own services
  // under compound .vn names ("viettelstudy.vn"): there only a brand standing as its own part
  // ("vcb-xacthuc.vn") is a look-alike. Elsewhere ("vietcomm.top", "vietteltelecom.one") a brand
  // hidden inside a longer name is one too.
  const vnName = registrable.endsWith(".vn");
  for (const { token, brand } of brandTokens) {
    if (labels.includes(token) || (!vnName && token.length >= 4 && squashed.includes(token)) || labels.some((l) => typoOf(l, token))) {
      finding.lookalike = brand;
      break;
    }
  }
  // hyphens between the words of a lure ("qua-tang", "hoan-tien") hide it no better than none
  finding.lureWords =
    lureWordPattern.test(registrable) || lureWordPattern.test(host.slice(0, -registrable.length)) || lureWordPattern.test(registrable.replace(/-/g, ""));
  return finding;
}

import registryJson from "./data/official-domains.json";
import type { Brand, Registry } from "./registry-schema";

/*
 * Lookups over the official-domain registry, built once per isolate from the JSON that
 * `npm run scam:train` copies from knowledge/official-domains.yaml (Workers have no filesystem).
 */

const registry = registryJson as unknown as Registry;

/** Second-level suffixes under which a name is registered one label deeper (vietcombank.com.vn). */
const secondLevel = new Set(["com.vn", "net.vn", "org.vn", "gov.vn", "edu.vn", "ac.vn", "info.vn", "biz.vn", "name.vn", "pro.vn", "health.vn", "int.vn", "co.uk", "com.au", "co.kr", "com.cn", "com.sg", "co.id", "co.jp"]);

/** The registrable part of a host name: "cskh.evnhanoi.com.vn" → "evnhanoi.com.vn". */
export function registrableDomain(host: string): string {
  const labels = host.split(".");
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join(".");
  return secondLevel.has(lastTwo) ? labels.slice(-3).join(".") : lastTwo;
}

const domainOwner = new Map<string, Brand>();
for (const brand of registry.brands) for (const d of brand.domains) domainOwner.set(d, brand);

/** The brand whose official domain this host is (or is under), if any. */
export function officialBrandOf(host: string): Brand | undefined {
  const labels = host.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const brand = domainOwner.get(labels.slice(i).join("."));
    if (brand) return brand;
  }
  return undefined;
}

export const shorteners = new Set(registry.shorteners);
export const handoffHosts = new Set(registry.handoffs);
export const riskyTlds = new Set(registry.risky_tlds);

/**
 * Words a look-alike host borrows: every alias written without spaces, and the first label of
 * every official domain ("vietcombank", "vneid", "evnhanoi"), three letters or more.
 */
const tooCommon = new Set(["hanoi", "meta", "ems", "spx", "ipay", "tv360"]);

export const brandTokens: Array<{ token: string; brand: Brand }> = (() => {
  const seen = new Map<string, Brand>();
  for (const brand of registry.brands) {
    for (const a of brand.aliases) {
      const t = a.replace(/[^a-z0-9]/g, "");
      if (t.length >= 3 && !seen.has(t)) seen.set(t, brand);
    }
    for (const d of brand.domains) {
      const t = d.split(".")[0]!.replace(/[^a-z0-9]/g, "");
      if (t.length >= 3 && t !== "gov" && !seen.has(t)) seen.set(t, brand);
    }
  }
  for (const t of tooCommon) seen.delete(t);
  return [...seen].map(([token, brand]) => ({ token, brand })).sort((a, b) => b.token.length - a.token.length);
})();

/** Aliases as one regex alternation, escaped, longest first (a longer name wins over a name inside it). */
const escapeAlias = (alias: string) => alias.replace(/[.*+?^${}()|[\]\\&]/g, "\\$&");
const aliasAlternation = (brands: readonly Brand[]) =>
  brands
    .flatMap((b) => b.aliases)
    .filter((a) => a.length >= 3)
    .sort((a, b) => b.length - a.length)
    .map(escapeAlias)
    .join("|");

const aliasList = registry.brands.flatMap((brand) => brand.aliases.map((alias) => ({ alias, brand }))).sort((a, b) => b.alias.length - a.alias.length);
const aliasIndex = new Map(aliasList.map((a) => [a.alias, a.brand]));
const aliasPattern = new RegExp(`(?<![a-z0-9])(${aliasList.map((a) => escapeAlias(a.alias)).join("|")})(?![a-z0-9])`, "g");

/**
 * (session 22) The app of a registered bank, e-wallet or operator named as the place to act ("trên ứng dụng
 * Vietcombank", "app ACB", "ứng dụng ngân hàng VPBank", "ứng dụng My Viettel"): every alias of those kinds, where
 * signals.ts's list had a handful of app names (a brand-swap probe of the training split, bench/scam-brand-swap.ts,
 * found the same notice warned for one bank and not another). Agencies, police and platforms are left out: "qua
 * ứng dụng Zalo" is a script's hand-off, and "ứng dụng <agency>" a fake app's name in many scripts.
 * A name that goes on into a host or a compound ("app ACB-eKYC", "ứng dụng vietcombank.apk") is no brand's app.
 */
export const brandAppPattern = new RegExp(
  `(?<![a-z0-9])(ung dung|app) (ngan hang |vi )?(my )?(${aliasAlternation(
    registry.brands.filter((b) => (b.kind === "bank" && b.id !== "sbv") || b.kind === "wallet" || b.kind === "telecom"),
  )})(?![a-z0-9]|[.-][a-z0-9])`,
);

/**
 * (session 22) Every name the registry gives the agencies whose apps the gift-for-installing script borrows (VNeID,
 * the public-service portal, BHXH/VssID, the tax office and eTax), longest first, as one alternation for a pattern:
 * signals.ts listed one name of each ("bhxh", not "bảo hiểm xã hội"; "etax", not "cục thuế"). The city's iHanoi and
 * the inspection office are left out: residents ask how to use iHanoi ("làm sao cài iHanoi để nhận …?").
 */
const giftAgencies = new Set(["vneid", "dichvucong", "bhxh", "thue"]);
export const agencyNames: string = aliasAlternation(registry.brands.filter((b) => giftAgencies.has(b.id)));

/** Brands a (folded, lowercase) text names, in order of first mention. */
export function brandsNamed(folded: string): Brand[] {
  const found: Brand[] = [];
  // exec() on the one global pattern rather than matchAll(), which clones this large pattern per call
  aliasPattern.lastIndex = 0;
  for (let m = aliasPattern.exec(folded); m; m = aliasPattern.exec(folded)) {
    const brand = aliasIndex.get(m[1]!);
    if (brand && !found.includes(brand)) found.push(brand);
  }
  return found;
}

/** Official hotlines and short codes, digits only → brand. */
const officialNumbers = new Map<string, Brand>();
for (const brand of registry.brands) {
  for (const h of brand.hotlines) officialNumbers.set(h.number.replace(/\D/g, ""), brand);
  for (const c of brand.short_codes) officialNumbers.set(c, brand);
}

export function officialNumberOwner(digits: string): Brand | undefined {
  return officialNumbers.get(digits);
}

export function brandById(id: string): Brand | undefined {
  return registry.brands.find((b) => b.id === id);
}

export type { Brand };

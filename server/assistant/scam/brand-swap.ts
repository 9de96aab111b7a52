import registryJson from "./data/official-domains.json";
import { brandsNamed, type Brand } from "./registry";
import type { Registry } from "./registry-schema";
import { foldForScam } from "./normalize";

/*
 * (session 22) A message rewritten as if another registered brand of the same kind had sent it (or a scam had
 * borrowed that brand instead): its name and aliases, its domains (→ the other's first domain), its short codes and
 * hotlines (→ the other's first, when it has one). Used to probe the hand rules (bench/scam-brand-swap.ts) and,
 * as an option, to train the n-gram model on brands the corpus's rows do not name (train.ts brandSwaps).
 */

const registry = registryJson as unknown as Registry;
const swapKinds = new Set(["bank", "wallet", "telecom"]);
/** brands a message can be rewritten into: banks (not the State Bank, which sends no customer notices), wallets, operators */
export const swapBrands: Brand[] = registry.brands.filter((b) => swapKinds.has(b.kind) && b.id !== "sbv");

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** the brands of other kinds a probe may rewrite between (bench/scam-brand-swap.ts SCAM_SWAP_KINDS); "gov" (any .gov.vn) is none */
export function brandsOfKinds(kinds: ReadonlySet<string>): Brand[] {
  return registry.brands.filter((b) => kinds.has(b.kind) && b.id !== "sbv" && b.id !== "gov");
}

/** the one brand of the given kinds (banks, wallets and operators by default) a text names, if exactly one */
export function soleSwapBrand(text: string, kinds: ReadonlySet<string> = swapKinds): Brand | undefined {
  const named = brandsNamed(foldForScam(text)).filter((b) => kinds.has(b.kind) && b.id !== "gov");
  return named.length === 1 && named[0]!.id !== "sbv" ? named[0] : undefined;
}

export function swapBrand(text: string, from: Brand, to: Brand): string {
  let out = text;
  for (const d of [...from.domains].sort((a, b) => b.length - a.length)) out = out.replace(new RegExp(`(?<![a-z0-9-])${esc(d)}(?![a-z0-9-])`, "gi"), to.domains[0]!);
  const toCodes = to.short_codes ?? [];
  if (toCodes.length) for (const c of from.short_codes ?? []) out = out.replace(new RegExp(`(?<!\\d)${esc(c)}(?!\\d)`, "g"), toCodes[0]!);
  // hotlines as printed (digits, maybe spaced or dotted) → the other's first hotline
  const toHotline = to.hotlines?.[0]?.number.replace(/\s/g, "");
  if (toHotline) for (const h of from.hotlines ?? []) out = out.replace(new RegExp(`(?<!\\d)${h.number.replace(/\s/g, "").split("").join("[ .]?")}(?!\\d)`, "g"), toHotline);
  const names = [...new Set([...from.aliases, from.id, from.name.split(/[ (]/)[0]!.toLowerCase()])].filter((a) => a.length >= 2).sort((a, b) => b.length - a.length);
  const toName = to.name.split(" (")[0]!;
  // a name inside a host ("iPay.vn", "vneid-ansinh.top") is left as written: the rewrite changes brands, not links
  for (const a of names) out = out.replace(new RegExp(`(?<![\\p{L}\\d.-])${esc(a).replace(/ /g, "\\s+")}(?![\\p{L}\\d]|[.-][a-z0-9])`, "giu"), a.startsWith("my ") ? `My ${toName}` : toName);
  return out;
}

import { z } from "zod";

/*
 * The official-domain registry (knowledge/official-domains.yaml): brands and agencies with their
 * real domains, hotlines and SMS short codes. The same schema validates the YAML (kb:check) and
 * the JSON copy the scam check imports (server/assistant/scam/data/official-domains.json).
 */

const domainPattern = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/;
const domain = z.string().regex(domainPattern, "not a lowercase domain name");
const httpsUrl = z.string().url().regex(/^https?:\/\//);

export const hotlineSchema = z.object({
  /** as residents should dial it, spaces allowed ("1900 545413") */
  number: z.string().regex(/^\d[\d ]{1,13}\d$/, "digits and spaces only"),
  /** the page where the brand publishes it (or a cited source quoting the brand) */
  source: httpsUrl,
});

export const brandSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  kind: z.enum(["government", "police", "utility", "telecom", "bank", "wallet", "post", "shop", "platform"]),
  /** lowercase, without diacritics, as written in messages */
  aliases: z.array(z.string().regex(/^[a-z0-9&+ .-]+$/, "lowercase without diacritics")),
  domains: z.array(domain).min(1),
  hotlines: z.array(hotlineSchema).default([]),
  short_codes: z.array(z.string().regex(/^\d{3,11}$/)).default([]),
  sources: z.array(z.object({ title: z.string().min(3), url: httpsUrl })).min(1),
});

export const registrySchema = z.object({
  last_reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  brands: z.array(brandSchema).min(1),
  shorteners: z.array(domain),
  handoffs: z.array(domain),
  risky_tlds: z.array(z.string().regex(/^[a-z]{2,24}$/)),
  sources: z.array(z.object({ title: z.string().min(3), url: httpsUrl })).default([]),
});

export type Registry = z.infer<typeof registrySchema>;
export type Brand = z.infer<typeof brandSchema>;

/** Problems a schema cannot express: duplicate ids, aliases or domains claimed by two brands. */
export function registryProblems(registry: Registry): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const domainOwner = new Map<string, string>();
  const aliasOwner = new Map<string, string>();
  for (const brand of registry.brands) {
    if (ids.has(brand.id)) problems.push(`brand id ${brand.id} is listed twice`);
    ids.add(brand.id);
    for (const d of brand.domains) {
      const owner = domainOwner.get(d);
      if (owner && owner !== brand.id) problems.push(`domain ${d} belongs to both ${owner} and ${brand.id}`);
      domainOwner.set(d, brand.id);
    }
    for (const a of brand.aliases) {
      const owner = aliasOwner.get(a);
      if (owner && owner !== brand.id) problems.push(`alias "${a}" belongs to both ${owner} and ${brand.id}`);
      aliasOwner.set(a, brand.id);
    }
    for (const h of brand.hotlines) {
      if (!brand.sources.some((s) => s.url === h.source) && !/^https?:\/\//.test(h.source)) problems.push(`hotline ${h.number} of ${brand.id} has no source`);
    }
  }
  for (const s of registry.shorteners) if (domainOwner.has(s)) problems.push(`shortener ${s} is also a brand domain`);
  return problems;
}

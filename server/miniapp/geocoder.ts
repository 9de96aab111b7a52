import { z } from "zod";

/*
 * "Địa chỉ gần ghim": reverse geocoding with a Nominatim-compatible service (GET
 * {base}/reverse?format=jsonv2&lat=…&lon=…, as documented by Nominatim). Off unless the
 * deployment sets GEOCODER_URL: the service receives the resident's coordinates, so turning it
 * on is the ward's decision. Results are cached (rounded to ~1 m) so a pin moved back and forth
 * costs one call; failures return null and the resident types the address.
 */
const reverseSchema = z.object({
  display_name: z.string().optional(),
  address: z
    .object({
      house_number: z.string().optional(),
      road: z.string().optional(),
      pedestrian: z.string().optional(),
      footway: z.string().optional(),
      neighbourhood: z.string().optional(),
      quarter: z.string().optional(),
      suburb: z.string().optional(),
      city_district: z.string().optional(),
      city: z.string().optional(),
    })
    .partial()
    .optional(),
});

const CACHE_MAX = 500;

export type Geocoder = { reverse(lat: number, lng: number): Promise<string | null> };

export function createGeocoder(o: { baseUrl: string; timeoutMs: number; fetch?: typeof fetch }): Geocoder {
  const cache = new Map<string, string | null>();
  const doFetch = o.fetch ?? fetch;
  return {
    async reverse(lat, lng) {
      const key = `${lat.toFixed(5)},${lng.toFixed(5)}`;
      if (cache.has(key)) return cache.get(key)!;
      const url = `${o.baseUrl}/reverse?format=jsonv2&zoom=18&addressdetails=1&accept-language=vi&lat=${lat.toFixed(6)}&lon=${lng.toFixed(6)}`;
      let address: string | null = null;
      try {
        const res = await doFetch(url, { headers: { "user-agent": "HoiPhuong/0.1 (ward assistant)", accept: "application/json" }, signal: AbortSignal.timeout(o.timeoutMs) });
        if (!res.ok) return null; // not cached: may work next time
        const parsed = reverseSchema.safeParse(await res.json());
        address = parsed.success ? shortAddress(parsed.data) : null;
      } catch {
        return null;
      }
      if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
      cache.set(key, address);
      return address;
    },
  };
}

/** "Số nhà đường, khu, phường": the parts a neighbour would say, not postcode and country. */
function shortAddress(r: z.infer<typeof reverseSchema>): string | null {
  const a = r.address ?? {};
  const street = a.road ?? a.pedestrian ?? a.footway;
  const parts = [[a.house_number, street].filter(Boolean).join(" "), a.neighbourhood ?? a.quarter, a.suburb ?? a.city_district].filter((p): p is string => Boolean(p));
  if (parts.length) return [...new Set(parts)].join(", ").slice(0, 300);
  const display = r.display_name?.split(",").map((s) => s.trim()).filter((s) => s && !/^\d{5,6}$/.test(s) && !/^(Việt Nam|Vietnam)$/i.test(s));
  return display?.length ? display.slice(0, 4).join(", ").slice(0, 300) : null;
}

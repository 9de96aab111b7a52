import type { Hono } from "hono";
import { z } from "zod";
import type { Services } from "../services";
import { parseInput, type ConsoleEnv } from "../staff/console-env";

async function json(c: { req: { json: () => Promise<unknown> } }): Promise<unknown> {
  return c.req.json().catch(() => ({}));
}

const draftSchema = z.object({ wave: z.string().trim().min(3, "Thiếu mã đợt lừa đảo.").max(200) });

/**
 * /api/staff/… routes of scam waves (sign-in, CSRF and the ward check run in consoleRoutes'
 * middleware; ScamWaveService checks roles):
 *   GET  /city/scam-waves                 city admin: every wave, with the wards it reached
 *   GET  /wards/:slug/scam-waves          the ward's staff: city-wide waves, this ward's count
 *   POST /wards/:slug/scam-waves/draft    communicators: {wave} → a draft warning entry
 */
export function registerScamWaveApi(api: Hono<ConsoleEnv>, services: Services) {
  const { waves } = services.staff;
  api.get("/city/scam-waves", async (c) => c.json({ waves: await waves.cityWaves(c.get("session").actor), minResidents: waves.minResidents }));
  api.get("/wards/:slug/scam-waves", async (c) => c.json({ waves: await waves.wardWaves(c.get("session").actor, c.get("ward")), minResidents: waves.minResidents }));
  api.post("/wards/:slug/scam-waves/draft", async (c) => {
    const { wave } = parseInput(draftSchema, await json(c));
    const ward = c.get("ward");
    const draft = await waves.draftWarning(c.get("session").actor, ward, wave);
    return c.json({ ...draft, editUrl: `/console/w/${ward.slug}/kb/v/${draft.versionId}` }, draft.created ? 201 : 200);
  });
}

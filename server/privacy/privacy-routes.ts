import { Hono } from "hono";
import { z } from "zod";
import type { Services } from "../services";
import { requireRole } from "../staff/access";
import { parseInput, type ConsoleEnv } from "../staff/console-env";
import { retentionSchema } from "../staff/ward-admin-service";

const reportCode = z.string().trim().regex(/^PA-\d{4}-\d{6}$/i, "Mã phản ánh có dạng PA-2026-000123.");

/**
 * /api/staff/wards/:slug/… (admins): a resident's data shown or erased on their behalf, found by
 * the code of one of their reports; the ward's retention periods. Sign-in, CSRF and the ward
 * check run in consoleRoutes' middleware; roles are checked by the services and here.
 */
export function privacyApiRoutes(services: Services) {
  const api = new Hono<ConsoleEnv>();
  const { personalData } = services.privacy;
  const { wardAdmin } = services.staff;

  api.get("/wards/:slug/personal-data", async (c) => {
    const ward = c.get("ward");
    const userId = await personalData.userOfReport(c.get("session").actor, ward.id, parseInput(reportCode, c.req.query("reportCode")));
    return c.json(await personalData.export(ward.id, userId));
  });
  api.post("/wards/:slug/personal-data/erase", async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const { reportCode: code } = parseInput(z.object({ reportCode }), await c.req.json().catch(() => ({})));
    const userId = await personalData.userOfReport(actor, ward.id, code);
    return c.json(await personalData.erase(ward.id, userId, { staffUserId: actor.userId }));
  });

  api.get("/wards/:slug/retention", async (c) => {
    const ward = c.get("ward");
    requireRole(c.get("session").actor, ward.id, "admin");
    return c.json((await wardAdmin.settings(ward.id)).retention);
  });
  api.post("/wards/:slug/retention", async (c) => {
    const ward = c.get("ward");
    const input = parseInput(retentionSchema.partial(), await c.req.json().catch(() => ({})));
    return c.json(await wardAdmin.updateRetention(c.get("session").actor, ward.id, input));
  });
  return api;
}

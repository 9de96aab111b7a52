import { Hono, type Context, type Next } from "hono";
import type { Services } from "../services";
import { requireRole } from "../staff/access";
import type { ConsoleEnv } from "../staff/console-env";
import { personalDataLookupSchema } from "../staff/schemas";
import { validate } from "../staff/validation";
import { retentionPatchSchema } from "../staff/ward-admin-service";

/**
 * /api/staff/wards/:slug/… (admins): a resident's data shown or erased on their behalf, found by
 * the code of one of their reports or by their Zalo conversation's request number; the ward's
 * retention periods. Sign-in, CSRF and the ward check run in consoleRoutes' middleware; roles are
 * checked by the services and here. The console pages (privacy-pages.tsx) do the same with forms.
 */
/** Middleware: the signed-in person must be an admin of the ward in the path (ward context already set). */
export async function adminOnly(c: Context<ConsoleEnv>, next: Next) {
  requireRole(c.get("session").actor, c.get("ward").id, "admin");
  await next();
}

export function privacyApiRoutes(services: Services) {
  const api = new Hono<ConsoleEnv>();
  // admins only, checked before any input is read
  api.use("/wards/:slug/personal-data/*", adminOnly);
  api.use("/wards/:slug/personal-data", adminOnly);
  api.use("/wards/:slug/retention", adminOnly);
  const { personalData } = services.privacy;
  const { wardAdmin } = services.staff;

  api.get("/wards/:slug/personal-data", validate("query", personalDataLookupSchema), async (c) => {
    const actor = c.get("session").actor;
    const subject = await personalData.subjectOf(actor, c.get("ward").id, c.req.valid("query"));
    await personalData.recordAccess(actor, subject, "export_personal_data");
    return c.json(await personalData.exportSubject(subject));
  });
  api.post("/wards/:slug/personal-data/erase", validate("json", personalDataLookupSchema), async (c) => {
    const actor = c.get("session").actor;
    const subject = await personalData.subjectOf(actor, c.get("ward").id, c.req.valid("json"));
    return c.json(await personalData.eraseSubject(subject, { staffUserId: actor.userId }));
  });

  api.get("/wards/:slug/retention", async (c) => c.json((await wardAdmin.settings(c.get("ward").id)).retention));
  api.post("/wards/:slug/retention", validate("json", retentionPatchSchema), async (c) => {
    return c.json(await wardAdmin.updateRetention(c.get("session").actor, c.get("ward").id, c.req.valid("json")));
  });
  return api;
}

import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { Ward } from "../wards/ward-profile";
import type { StaffSession } from "./auth-service";
import { Layout, type PageContext } from "./pages/layout";

export type ConsoleEnv = { Variables: { session: StaffSession; ward: Ward; wardsOfActor: Array<{ id: number; slug: string; name: string }> } };
export type ConsoleContext = Context<ConsoleEnv>;

export function pageContext(c: ConsoleContext): PageContext {
  const session = c.get("session");
  return { actor: session.actor, csrf: session.csrfToken, ward: c.get("ward"), wards: c.get("wardsOfActor") ?? [] };
}

/** Answers a console page: the layout (menu for the signed-in person's roles) around `body`. */
export function renderPage(
  c: ConsoleContext,
  page: { title: string; active?: string; script?: boolean; status?: 200 | 400 | 403 | 404 | 409 },
  body: Child,
) {
  return c.html(
    <Layout ctx={pageContext(c)} title={page.title} active={page.active} script={page.script}>
      {body}
    </Layout>,
    page.status ?? 200,
  );
}

export { idParam, lines } from "./schemas";
export { parseInput } from "./validation";

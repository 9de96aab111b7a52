/*
 * hono's SmartRouter tries RegExpRouter first and silently falls back to TrieRouter when
 * RegExpRouter refuses the route list (e.g. a literal segment beside a :param at the same
 * position for the same method, like POST /reports/similar beside POST /reports/:id/follow).
 * TrieRouter works but costs every request, the webhook's included, a sort and ~3 KiB more
 * (bench/README "Issue 15, session 10"). This test fails if a new route brings the fallback back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegExpRouter } from "hono/router/reg-exp-router";
import { createApp } from "../server/app";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { makeTempDir, testConfig } from "./support/factories";

const tmp = makeTempDir("app-router");
let server: NodeServer;

beforeAll(async () => {
  server = await startNodeServer(testConfig(tmp.dir, "http://127.0.0.1:9"), { hostname: "127.0.0.1" });
});
afterAll(async () => {
  await server?.close();
  tmp.remove();
});

describe("the app's route list", () => {
  it("is one hono's RegExpRouter accepts, so SmartRouter settles on it", async () => {
    const app = createApp(server.services, () => undefined);
    // every route, re-added to a RegExpRouter of our own: a refusal names the route it stopped at
    expect(() => {
      const router = new RegExpRouter<number>();
      for (const [i, route] of app.routes.entries()) router.add(route.method, route.path, i);
      router.match("POST", "/webhooks/zalo");
    }).not.toThrow();
    // and the app's own router, after its first request
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(app.router.name).toBe("SmartRouter + RegExpRouter");
  });
});

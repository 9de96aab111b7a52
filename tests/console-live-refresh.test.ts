/**
 * The inbox's live refresh over real HTTP: the address the page names (data-live) and the old
 * address /handoffs/live that console tabs opened before the rename still poll both answer a staff
 * session with the inbox section, and neither answers without a session.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, testConfig, type TestWard } from "./support/factories";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let staff: ConsoleClient;

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("live-refresh");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1" });
  ward = await setupWard(server, fake, "phuong-lam-moi", "Phường Làm Mới");
  const account = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff"] }] });
  staff = new ConsoleClient(server.url);
  expect((await staff.login(account.email, account.password)).status).toBe(303);
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

describe("the inbox's live refresh", () => {
  it("answers the page's data-live address and the old /handoffs/live with the inbox section", async () => {
    const page = await staff.request(`/console/w/${ward.slug}/handoffs?filter=unclaimed`);
    expect(page.status).toBe(200);
    const live = /data-live="([^"]+)"/.exec(await page.text())?.[1]?.replace(/&amp;/g, "&");
    expect(live).toBe(`/console/w/${ward.slug}/handoffs-live?filter=unclaimed`);
    for (const path of [live!, `/console/w/${ward.slug}/handoffs/live?filter=unclaimed`]) {
      const res = await staff.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/html");
      const html = await res.text();
      expect(html).toContain('id="inbox"');
      expect(html).toContain("filter=unclaimed");
      expect(html).not.toContain("<html"); // the section only, as the poll swaps it in
    }
  });

  it("still gives a missing handoff id its 404", async () => {
    expect((await staff.request(`/console/w/${ward.slug}/handoffs/999999`)).status).toBe(404);
  });

  it("answers neither address without a session", async () => {
    for (const path of [`/console/w/${ward.slug}/handoffs-live?filter=all`, `/console/w/${ward.slug}/handoffs/live?filter=all`]) {
      const res = await fetch(server.url + path, { redirect: "manual" });
      expect([401, 302, 303], path).toContain(res.status);
      if (res.status !== 401) expect(res.headers.get("location"), path).toMatch(/login/);
      expect(await res.text()).not.toContain('id="inbox"');
    }
  });
});

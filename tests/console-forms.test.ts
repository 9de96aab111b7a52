/**
 * The console's shared input handling over real HTTP: forms and the JSON API validate with the
 * same schemas and answer in Vietnamese; a malformed body is a 400, never a 500; every page and
 * API answer carries the security headers (hono/secure-headers).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createHandoff, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, testConfig, type TestWard } from "./support/factories";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let staff: ConsoleClient;
let handoffId: number;

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("console-forms");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1" });
  ward = await setupWard(server, fake, "phuong-forms", "Phường Biểu Mẫu");
  handoffId = (await createHandoff(server, ward)).handoffId;
  const account = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff", "communicator"] }] });
  staff = new ConsoleClient(server.url);
  expect((await staff.login(account.email, account.password)).status).toBe(303);
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

describe("validation", () => {
  it("a form with a missing field shows the schema's Vietnamese message (400) and saves nothing", async () => {
    const res = await staff.post(`/console/w/${ward.slug}/templates`, { title: "", body: "Nội dung" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Vui lòng nhập tên mẫu.");
    expect(html).toContain('lang="vi"');
    const list = (await (await staff.request(`/api/staff/wards/${ward.slug}/templates`)).json()) as { templates: unknown[] };
    expect(list.templates).toEqual([]);
  });

  it("the JSON API uses the same schema: same message, machine-readable code", async () => {
    const res = await staff.api(`/api/staff/wards/${ward.slug}/handoffs/${handoffId}/reply`, { text: "   " });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "invalid_input", message: "Vui lòng nhập nội dung trả lời." });
    const page = await staff.post(`/console/w/${ward.slug}/handoffs/${handoffId}/reply`, { text: "   " });
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("Vui lòng nhập nội dung trả lời.");
  });

  it("a bad query value or id is a 400/404 with a Vietnamese message", async () => {
    const bad = await staff.request(`/api/staff/wards/${ward.slug}/handoffs?status=everything`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toBe("Trạng thái không hợp lệ.");
    const id = await staff.request(`/api/staff/wards/${ward.slug}/handoffs/abc`);
    expect(id.status).toBe(400);
    expect(((await id.json()) as { message: string }).message).toBe("Mã không hợp lệ.");
  });

  it("malformed JSON is a 400 (invalid_body), not a server error", async () => {
    const res = await staff.request(`/api/staff/wards/${ward.slug}/handoffs/${handoffId}/notes`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": staff.csrf },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_body", message: "Dữ liệu gửi lên không đọc được." });
  });
});

describe("security headers", () => {
  it("pages and the API carry CSP, no framing, nosniff, same-origin referrer, no-store", async () => {
    const anonymous = new ConsoleClient(server.url);
    for (const [client, path] of [[staff, `/console/w/${ward.slug}/handoffs`], [staff, `/api/staff/wards/${ward.slug}/handoffs`], [anonymous, "/console/login"]] as const) {
      const res = await client.request(path);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      // the app-wide secure headers set X-Frame-Options; frame-ancestors 'none' above is what forbids framing
      expect(res.headers.get("x-frame-options"), path).toMatch(/^(DENY|SAMEORIGIN)$/);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("same-origin");
      expect(res.headers.get("cache-control"), path).toBe("no-store");
    }
  });
});

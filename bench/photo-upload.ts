/**
 * A normal phone photo upload, end to end: a 4 MB phone-like JPEG (EXIF with GPS, ICC profile,
 * MPF index, an MPO second frame; tests/support/test-images.ts phoneJpeg) POSTed to
 * /api/miniapp/photos of the real Node server (temp dir, file: database, development login),
 * and the sanitizer alone on the same bytes.
 *   npm run bench:photos                             (this tree only)
 *   PHOTO_BENCH_BASE=<commit> npm run bench:photos   (also that commit's server, in the same run)
 *
 * With a base commit, its server/ and knowledge/ are extracted (git archive) under
 * .bench-base/<commit>/ and both servers run in this process; uploads alternate between them
 * (base, current, base, current…) so both see the same machine load. Medians of PHOTO_ROUNDS
 * (default 40) uploads each, after 5 warm-up uploads; a new resident session every 30 uploads
 * (the per-resident limit is 40 an hour).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { makeTempDir, testConfig } from "../tests/support/factories";
import { phoneJpeg } from "../tests/support/test-images";
import { median, ROOT } from "./ask-latency";

type Started = { url: string; close: () => Promise<void> };
type Target = { name: string; server: Started; sanitize: (b: Uint8Array) => unknown; token?: string; used: number; times: number[]; sanitizeTimes: number[] };

const rounds = Number(process.env.PHOTO_ROUNDS) > 0 ? Number(process.env.PHOTO_ROUNDS) : 40;
const base = process.env.PHOTO_BENCH_BASE;
const photo = phoneJpeg({ mpo: true, scanBytes: 4 * 1024 * 1024 - 4096 });

async function start(root: string, name: string): Promise<Target> {
  const tmp = makeTempDir(`photo-bench-${name}`);
  const { startNodeServer } = (await import(pathToFileURL(join(root, "server", "node-server.ts")).href)) as typeof import("../server/node-server");
  const { sanitizeImage } = (await import(pathToFileURL(join(root, "server", "feedback", "image-sanitizer.ts")).href)) as typeof import("../server/feedback/image-sanitizer");
  const config = testConfig(tmp.dir, "http://127.0.0.1:9", { MINIAPP_DEV_LOGIN: "1", KNOWLEDGE_DIR: join(root, "knowledge") });
  const server = await startNodeServer(config, { hostname: "127.0.0.1" });
  return { name, server: { url: server.url, close: async () => (await server.close(), tmp.remove()) }, sanitize: sanitizeImage, used: 0, times: [], sanitizeTimes: [] };
}

async function session(t: Target) {
  const res = await fetch(`${t.server.url}/api/miniapp/session/dev`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ userId: `bench-${Date.now()}-${Math.random().toString(36).slice(2)}` }) });
  if (res.status !== 200) throw new Error(`${t.name}: dev session answered ${res.status}`);
  t.token = ((await res.json()) as { token: string }).token;
  t.used = 0;
}

async function uploadOnce(t: Target, record: boolean) {
  if (!t.token || t.used >= 30) await session(t);
  t.used++;
  const started = performance.now();
  const res = await fetch(`${t.server.url}/api/miniapp/photos`, { method: "POST", headers: { authorization: `Bearer ${t.token}`, "content-type": "application/octet-stream" }, body: photo as BodyInit });
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (res.status !== 201) throw new Error(`${t.name}: upload answered ${res.status}`);
  if (record) t.times.push(ms);
  const s = performance.now();
  t.sanitize(photo);
  if (record) t.sanitizeTimes.push(performance.now() - s);
}

const targets: Target[] = [];
if (base) {
  const dir = join(ROOT, ".bench-base", base);
  if (!existsSync(join(dir, "server"))) {
    mkdirSync(dir, { recursive: true });
    execFileSync("sh", ["-c", `git archive ${base} server knowledge | tar -x -C ${JSON.stringify(dir)}`], { cwd: ROOT });
  }
  targets.push(await start(dir, `base ${base.slice(0, 10)}`));
}
targets.push(await start(ROOT, "current"));
console.log(`photo upload bench: ${(photo.length / 1024 / 1024).toFixed(2)} MB JPEG, ${rounds} rounds, ${targets.map((t) => t.name).join(" vs ")}`);
try {
  for (let i = 0; i < 5; i++) for (const t of targets) await uploadOnce(t, false);
  for (let i = 0; i < rounds; i++) for (const t of targets) await uploadOnce(t, true);
  for (const t of targets) {
    console.log(`${t.name.padEnd(18)} upload median ${median(t.times).toFixed(1)} ms   sanitizer median ${median(t.sanitizeTimes).toFixed(1)} ms`);
  }
  if (targets.length === 2) {
    const [b, c] = targets as [Target, Target];
    console.log(`current / base: upload ${(median(c.times) / median(b.times)).toFixed(2)}×, sanitizer ${(median(c.sanitizeTimes) / median(b.sanitizeTimes)).toFixed(2)}×  (target: upload ≤ 1.20×)`);
  }
} finally {
  for (const t of targets) await t.server.close();
}

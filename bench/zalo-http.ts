/**
 * The HTTP client of Zalo sends alone, in one run: global fetch (Workers, and Node before issue
 * 15 session 5) against the pooled keep-alive undici client (server/zalo/pooled-zalo-http.ts, the
 * Node composition now), alternating, through ZaloApi.sendCsMessage:
 *   npx tsx bench/zalo-http.ts
 * The server is tests/support/idle-closing-zalo.mjs in a process of its own (Keep-Alive hint 5 s,
 * as Node's default), so this process's CPU time (process.cpuUsage) is the client's alone: CPU
 * per send is what a shared machine's load moves least. Each rep sends ZALO_HTTP_SENDS messages
 * ZALO_HTTP_CONCURRENCY at a time (16, EventGroups' send slots); every message must arrive once.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createPooledZaloHttp } from "../server/zalo/pooled-zalo-http";
import { createZaloApi, type ZaloApi } from "../server/zalo/zalo-api";

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
const sends = envInt("ZALO_HTTP_SENDS", 2000);
const concurrency = envInt("ZALO_HTTP_CONCURRENCY", 16);
const reps = envInt("ZALO_HTTP_REPS", 5);

const server = spawn(process.execPath, [fileURLToPath(new URL("../tests/support/idle-closing-zalo.mjs", import.meta.url)), "5000", "hint"], { stdio: ["ignore", "pipe", "inherit"] });
const port = await new Promise<string>((resolve) => server.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim())));
const url = `http://127.0.0.1:${port}`;
const pooled = createPooledZaloHttp();
const clients: Record<string, ZaloApi> = {
  fetch: createZaloApi({ openApiBase: url, oauthBase: url, timeoutMs: 5000 }),
  pooled: createZaloApi({ openApiBase: url, oauthBase: url, timeoutMs: 5000, http: pooled.http }),
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function run(name: string, rep: number) {
  const api = clients[name]!;
  let next = 0;
  let failed = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < sends) {
        const i = next++;
        const r = await api.sendCsMessage("token", "1234567890", { text: `${name} ${rep} ${i}` });
        if (!r.ok) failed++;
      }
    }),
  );
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { cpuUsPerSend: (cpu.user + cpu.system) / sends, perS: sends / (wallMs / 1000), failed };
}

try {
  for (const name of Object.keys(clients)) await run(name, -1); // warm-up (connections, JIT)
  const results: Record<string, Array<{ cpuUsPerSend: number; perS: number; failed: number }>> = { fetch: [], pooled: [] };
  const ratios: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const order = rep % 2 ? ["pooled", "fetch"] : ["fetch", "pooled"];
    for (const name of order) results[name]!.push(await run(name, rep));
    ratios.push(results.fetch![rep]!.cpuUsPerSend / results.pooled![rep]!.cpuUsPerSend);
    console.log(`  rep ${rep + 1}/${reps}: fetch ${results.fetch![rep]!.cpuUsPerSend.toFixed(0)} µs CPU/send, pooled ${results.pooled![rep]!.cpuUsPerSend.toFixed(0)} µs CPU/send`);
  }
  const { received } = (await (await fetch(`${url}/stats`)).json()) as { received: Record<string, number> };
  const counts = Object.values(received);
  console.log(`zalo sends (${sends} per rep, ${concurrency} at once, ${reps} reps, server in its own process; medians):`);
  for (const name of ["fetch", "pooled"]) {
    const r = results[name]!;
    console.log(`  ${name.padEnd(6)}: ${median(r.map((x) => x.cpuUsPerSend)).toFixed(0)} µs CPU per send, ${median(r.map((x) => x.perS)).toFixed(0)} sends/s, failed ${r.reduce((a, x) => a + x.failed, 0)}`);
  }
  console.log(`  CPU per send fetch/pooled: ${median(ratios).toFixed(2)}x (per rep: ${ratios.map((x) => x.toFixed(2)).join(" ")})`);
  console.log(`  delivered: ${counts.length} messages, ${counts.filter((n) => n !== 1).length} not exactly once`);
} finally {
  await pooled.close();
  server.kill();
}

/**
 * What the processing process's warm-up (server/jobs/processing-warm-up.ts) buys its first burst:
 *   npx tsx bench/processing-warm-up.ts
 *
 * Fresh processes, in pairs in alternating order (same minutes, same machine load): each one
 * sets up a libSQL file (WAL, synchronous NORMAL, as the processing process), the knowledge base,
 * a ward, the fake Zalo on a thread of its own, stores WARM_EVENTS distinct questions (one
 * resident each, the labelled answerable questions) through the intake, then
 *   - "cold": processes them at once in groups of GROUP_MAX (EventGroups, as the processing
 *     process does), as a fresh process answered its first burst before;
 *   - "warm": first runs the warm-up with WARM_BUDGET_MS of CPU, then the same.
 * Reported per process: the main thread's CPU per event over the burst and per block of
 * WARM_BLOCK events (/proc, 10 ms ticks), the process's CPU per event (compiler threads included),
 * the warm-up's own cost (asks, CPU ms, wall ms); every event must be answered exactly once. The
 * pair ratio (warm / cold, burst CPU per event) is what a shared machine moves least.
 *
 * Environment: WARM_PAIRS (4), WARM_EVENTS (1024), WARM_BLOCK (256), WARM_BUDGET_MS (the default budget).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { openNodeDatabase } from "../server/db/open-node-database";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { MemoryBlobStore } from "../server/lib/blob-store";
import { systemClock } from "../server/lib/clock";
import { silentLogger } from "../server/lib/logger";
import { EventGroups, GROUP_MAX } from "../server/conversations/event-groups";
import { warmUpAssistant, WARM_UP_CPU_MS, type WarmUpResult } from "../server/jobs/processing-warm-up";
import { buildServices } from "../server/services";
import { createZaloApi } from "../server/zalo/zalo-api";
import { createPooledZaloHttp } from "../server/zalo/pooled-zalo-http";
import { createWard, KNOWLEDGE_DIR, makeTempDir, signedEvent, testConfig, textEvent, zaloId } from "../tests/support/factories";
import { loadQuestions, median } from "./ask-latency";
import { startFakeZaloThread } from "./fake-zalo-thread";

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v >= 0 && process.env[name] !== "" && process.env[name] !== undefined ? v : fallback;
};

function mainThreadCpuMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const processCpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

type ChildResult = { budgetMs: number; warmUp?: WarmUpResult; mainMsPerEvent: number; processMsPerEvent: number; blocks: number[]; wallMsPerEvent: number };

async function child(budgetMs: number): Promise<ChildResult> {
  const events = envInt("WARM_EVENTS", 1024);
  const block = envInt("WARM_BLOCK", 256);
  const fake = await startFakeZaloThread();
  const tmp = makeTempDir("bench-warm-up");
  const config = testConfig(tmp.dir, fake.url);
  const opened = await openNodeDatabase(config.databaseUrl, undefined, { synchronous: "NORMAL" });
  const zaloHttp = createPooledZaloHttp();
  try {
    const zaloApi = createZaloApi({ openApiBase: fake.url, oauthBase: fake.url, timeoutMs: 3000, http: zaloHttp.http });
    const services = await buildServices({ db: opened.db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
    const groups = new EventGroups(opened.db, services.conversations, services.outbox, silentLogger);
    await services.knowledge.replaceAll((await readKnowledgeDir(KNOWLEDGE_DIR, { strict: true })).kb);
    const appId = zaloId("1");
    await fake.registerApp(appId, "app-secret-warm-up");
    const ward = await createWard(services, { slug: "phuong-warm-up", appId, appSecret: "app-secret-warm-up", tokens: await fake.issueTokens(appId) });
    const texts = loadQuestions()
      .filter((q) => q.expect === "answer")
      .map((q) => q.q);
    const ids: number[] = [];
    for (let i = 0; i < events; i++) {
      const s = await signedEvent(ward, textEvent(ward, { userId: `81${String(i).padStart(14, "0")}`, text: texts[i % texts.length]! }));
      ids.push((await services.intake.receive(s.body, s.signature)).eventId);
    }
    const warmUp = budgetMs > 0 ? await warmUpAssistant({ assistant: () => services.knowledge.assistant(), ward: async () => (await services.wards.list())[0] }, { cpuBudgetMs: budgetMs }) : undefined;

    const main0 = mainThreadCpuMs();
    const proc0 = processCpuMs();
    const t0 = performance.now();
    const blocks: number[] = [];
    let blockStart = main0;
    for (let i = 0; i < ids.length; i += GROUP_MAX) {
      await groups.process(ids.slice(i, i + GROUP_MAX));
      if ((i + GROUP_MAX) % block === 0) {
        const now = mainThreadCpuMs();
        blocks.push((now - blockStart) / block);
        blockStart = now;
      }
    }
    await groups.settled();
    const result: ChildResult = {
      budgetMs,
      warmUp,
      mainMsPerEvent: (mainThreadCpuMs() - main0) / events,
      processMsPerEvent: (processCpuMs() - proc0) / events,
      blocks,
      wallMsPerEvent: (performance.now() - t0) / events,
    };
    const done = await opened.client.execute("select count(*) as n from webhook_events where status = 'done'");
    const recipients = await fake.sentRecipients();
    const extra = (await fake.sentCount()) - Number((await opened.client.execute("select count(*) as n from outbox where status = 'sent'")).rows[0]!.n);
    if (Number(done.rows[0]!.n) !== events || recipients !== events || extra !== 0) throw new Error(`not answered exactly once: done ${done.rows[0]!.n}, recipients ${recipients}, extra sends ${extra} of ${events}`);
    return result;
  } finally {
    await zaloHttp.close().catch(() => undefined);
    opened.close();
    await fake.close();
    tmp.remove();
  }
}

function runChild(budgetMs: number): ChildResult {
  const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, "--child", String(budgetMs)], { encoding: "utf8", env: process.env, maxBuffer: 1 << 24 });
  const line = r.stdout.split("\n").find((l) => l.startsWith("{"));
  if (r.status !== 0 || !line) throw new Error(`child failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as ChildResult;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const at = process.argv.indexOf("--child");
  if (at > 0) {
    const r = await child(Number(process.argv[at + 1]));
    process.stdout.write(JSON.stringify(r) + "\n");
    process.exit(0);
  }
  const pairs = envInt("WARM_PAIRS", 4);
  const budget = envInt("WARM_BUDGET_MS", WARM_UP_CPU_MS);
  const f = (x: number) => x.toFixed(3);
  const ratios: number[] = [];
  const procRatios: number[] = [];
  const withCost: number[] = [];
  const cold: ChildResult[] = [];
  const warm: ChildResult[] = [];
  for (let p = 0; p < pairs; p++) {
    const order = p % 2 === 0 ? [0, budget] : [budget, 0];
    const [a, b] = order.map(runChild) as [ChildResult, ChildResult];
    const [c, w] = a.budgetMs === 0 ? [a, b] : [b, a];
    cold.push(c);
    warm.push(w);
    ratios.push(w.mainMsPerEvent / c.mainMsPerEvent);
    procRatios.push(w.processMsPerEvent / c.processMsPerEvent);
    const events = envInt("WARM_EVENTS", 1024);
    // burst plus the warm-up's own CPU, against the cold burst: what the warm-up costs overall
    withCost.push((w.processMsPerEvent * events + w.warmUp!.cpuMs) / (c.processMsPerEvent * events));
    console.log(
      `pair ${p + 1}/${pairs} (load ${readFileSync("/proc/loadavg", "utf8").split(" ")[0]}): cold main ${f(c.mainMsPerEvent)} ms/event [blocks ${c.blocks.map(f).join(" ")}], process ${f(c.processMsPerEvent)}; ` +
        `warm main ${f(w.mainMsPerEvent)} [blocks ${w.blocks.map(f).join(" ")}], process ${f(w.processMsPerEvent)}; warm-up ${w.warmUp!.asks} asks, ${w.warmUp!.cpuMs.toFixed(0)} ms CPU, ${w.warmUp!.wallMs.toFixed(0)} ms wall (${w.warmUp!.ended}); ratio main ${ratios.at(-1)!.toFixed(2)}, process ${procRatios.at(-1)!.toFixed(2)}`,
    );
  }
  console.log(
    `processing warm-up (${budget} ms CPU budget), first ${envInt("WARM_EVENTS", 1024)} events of a fresh process, ${pairs} alternating pairs: ` +
      `main thread CPU per event cold ${f(median(cold.map((r) => r.mainMsPerEvent)))} -> warm ${f(median(warm.map((r) => r.mainMsPerEvent)))} ms (pair ratio median ${median(ratios).toFixed(2)}: ${ratios.map((x) => x.toFixed(2)).join(" ")}); ` +
      `process CPU per event (compiler threads included) ${f(median(cold.map((r) => r.processMsPerEvent)))} -> ${f(median(warm.map((r) => r.processMsPerEvent)))} (ratio ${median(procRatios).toFixed(2)}); ` +
      `warm-up cost ${median(warm.map((r) => r.warmUp!.asks)).toFixed(0)} asks, ${median(warm.map((r) => r.warmUp!.cpuMs)).toFixed(0)} ms CPU, ${median(warm.map((r) => r.warmUp!.wallMs)).toFixed(0)} ms wall; ` +
      `burst + warm-up CPU against the cold burst ${median(withCost).toFixed(2)}`,
  );
}

/**
 * CPU profile of processEvent alone (for phase 2 of issue 15: where the time of one event goes).
 *   npx tsx bench/profile-process-event.ts [events=300] [out=/tmp/process-event.cpuprofile] [one|groups]
 * out `-`: no profile, only the times (the profiler's own cost left out). Besides the wall time it
 * prints the CPU time of the processing (main) thread alone per event (Linux: /proc task stat):
 * unlike the wall time it does not grow while the thread waits for a CPU others hold, and the
 * fake Zalo's thread is not in it — the figure to compare between trees on a shared machine.
 * It also prints the process's CPU time per event (all its threads: the processing thread, V8's
 * and libuv's). Same setup as bench/processing.ts (one connection, synchronous NORMAL), except
 * that the fake Zalo runs in a process (and session) of its own; the profiler (node:inspector) runs only around the processing loop: processEvent one
 * after another, or (`groups`) EventGroups as the processing thread runs them. Prints the functions with
 * the most self time, grouped by file; open the .cpuprofile in Chrome DevTools for the rest.
 * Mode `vs-ask` (use out `-`): groups as above, alternating group by group with `ask` alone over
 * the same messages (the assistant and ward processing uses, empty memory) in the same process,
 * so the processing thread's CPU per event beyond one `ask` is a difference measured at one
 * moment (order swapped every group).
 * PROFILE_WARM (30): events processed before the measured ones, one by one (JIT warm-up: a
 * long-running processing thread has answered thousands; the engine's code is still tiering up
 * after the first thousand asks).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { openNodeDatabase } from "../server/db/open-node-database";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { MemoryBlobStore } from "../server/lib/blob-store";
import { systemClock } from "../server/lib/clock";
import { silentLogger } from "../server/lib/logger";
import { buildServices } from "../server/services";
import { createZaloApi } from "../server/zalo/zalo-api";
import { createPooledZaloHttp } from "../server/zalo/pooled-zalo-http";
import { createWard, KNOWLEDGE_DIR, makeTempDir, signedEvent, testConfig, textEvent, zaloId } from "../tests/support/factories";
import { EventGroups, GROUP_MAX } from "../server/conversations/event-groups";
import { loadQuestions } from "./ask-latency";
import { startFakeZaloThread } from "./fake-zalo-thread";
import { EmbeddedClient } from "../server/db/embedded-client";
import { splitProfile } from "./profile-split";

/** CPU time (user + system) of this process's main thread so far, ms (clock ticks of 10 ms). */
function mainThreadCpuMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const n = Number(process.argv[2] ?? 300);
const out = process.argv[3] ?? "/tmp/process-event.cpuprofile";
const mode = process.argv[4] === "groups" || process.argv[4] === "vs-ask" ? (process.argv[4] as "groups" | "vs-ask") : "one";
const warm = Number(process.env.PROFILE_WARM) > 0 ? Number(process.env.PROFILE_WARM) : 30;
// load-independent counts (statements through the embedded client, rows and cells it materialised,
// batches, HTTP requests to Zalo): reset before the measured loop
const counts = { statements: 0, batches: 0, executes: 0, rows: 0, cells: 0, http: 0 };
{
  type Rs = { rows: unknown[]; columns: string[] };
  const tally = (rs: Rs) => ((counts.rows += rs.rows.length), (counts.cells += rs.rows.length * rs.columns.length));
  const proto = EmbeddedClient.prototype;
  const execute = proto.execute;
  proto.execute = function (this: EmbeddedClient, ...a: Parameters<typeof execute>) {
    counts.executes++;
    counts.statements++;
    return execute.apply(this, a).then((rs) => (tally(rs as unknown as Rs), rs));
  };
  const batch = proto.batch;
  proto.batch = function (this: EmbeddedClient, ...a: Parameters<typeof batch>) {
    counts.batches++;
    counts.statements += a[0].length;
    return batch.apply(this, a).then((all) => (all.forEach((rs) => tally(rs as unknown as Rs)), all));
  };
}
// the fake Zalo in a process of its own: this process's CPU time is then the processing side's alone
const fake = await startFakeZaloThread({ ownSession: true });
const tmp = makeTempDir("bench-profile");
const config = testConfig(tmp.dir, fake.url);
const opened = await openNodeDatabase(config.databaseUrl, undefined, { synchronous: "NORMAL" });
try {
  const pooled = createPooledZaloHttp();
  const zaloApi = createZaloApi({ openApiBase: fake.url, oauthBase: fake.url, timeoutMs: 3000, http: (r) => (counts.http++, pooled.http(r)) });
  const services = await buildServices({ db: opened.db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
  await services.knowledge.replaceAll((await readKnowledgeDir(KNOWLEDGE_DIR, { strict: true })).kb);
  const appId = zaloId("1");
  await fake.registerApp(appId, "app-secret-profile");
  const ward = await createWard(services, { slug: "phuong-profile", appId, appSecret: "app-secret-profile", tokens: await fake.issueTokens(appId) });
  const groups = new EventGroups(opened.db, services.conversations, services.outbox, silentLogger);
  const texts = loadQuestions().filter((q) => q.expect === "answer").map((q) => q.q);
  const ids: number[] = [];
  for (let i = 0; i < n + warm; i++) {
    const s = await signedEvent(ward, textEvent(ward, { userId: `8${String(Date.now()).slice(-9)}${String(i).padStart(8, "0")}`, text: texts[i % texts.length]! }));
    ids.push((await services.intake.receive(s.body, s.signature)).eventId);
  }
  for (const id of ids.slice(0, warm)) await services.conversations.processEvent(id); // warm-up
  const session = new Session();
  const profiling = out !== "-";
  if (profiling) {
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
  }
  for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] = 0;
  const cpu0 = mainThreadCpuMs();
  const proc0 = process.cpuUsage();
  const t0 = performance.now();
  if (mode === "one") for (const id of ids.slice(warm)) await services.conversations.processEvent(id);
  else if (mode === "vs-ask") {
    const assistant = await services.knowledge.assistant();
    const asWard = await services.wards.byId(ward.id);
    let groupCpu = 0;
    let askCpu = 0;
    let sink = 0;
    for (let i = warm, k = 0; i < ids.length; i += GROUP_MAX, k++) {
      const chunk = ids.slice(i, i + GROUP_MAX);
      const runGroup = async () => {
        const c0 = mainThreadCpuMs();
        await groups.process(chunk);
        await groups.settled();
        groupCpu += mainThreadCpuMs() - c0;
      };
      const runAsk = () => {
        const c0 = mainThreadCpuMs();
        for (let j = i; j < i + chunk.length; j++) sink += assistant.ask(texts[j % texts.length]!, asWard, Date.now()).reply.length;
        askCpu += mainThreadCpuMs() - c0;
      };
      if (k % 2 === 0) {
        await runGroup();
        runAsk();
      } else {
        runAsk();
        await runGroup();
      }
    }
    if (sink < 0) console.log(sink);
    console.log(`vs-ask: processing thread CPU ${(groupCpu / n).toFixed(3)} ms per event (groups), ask alone on the same messages ${(askCpu / n).toFixed(3)} ms: ${(groupCpu / n - askCpu / n).toFixed(3)} ms per event beyond one ask (${((100 * askCpu) / groupCpu).toFixed(0)}% ask)`);
  } else {
    for (let i = warm; i < ids.length; i += GROUP_MAX) await groups.process(ids.slice(i, i + GROUP_MAX));
    await groups.settled();
  }
  const ms = performance.now() - t0;
  const cpu = mainThreadCpuMs() - cpu0;
  const proc = process.cpuUsage(proc0);
  const procMs = (proc.user + proc.system) / 1000;
  if (mode !== "vs-ask") {
    const per = (x: number) => (x / n).toFixed(2);
    console.log(`counts per event (load-independent): statements ${per(counts.statements)} (batches ${per(counts.batches)}, single executes ${per(counts.executes)}), rows read ${per(counts.rows)}, cells ${per(counts.cells)}, Zalo HTTP requests ${per(counts.http)}`);
  }
  console.log(`${n} events in ${ms.toFixed(0)} ms: ${(ms / n).toFixed(2)} ms per event; processing thread CPU ${(cpu / n).toFixed(2)} ms per event; process CPU (all threads) ${(procMs / n).toFixed(2)} ms per event${profiling ? `; profile in ${out}` : ""}`);
  if (profiling) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(out, JSON.stringify(profile));
    const self = new Map<string, number>();
    const byFile = new Map<string, number>();
    const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
    profile.samples!.forEach((id, i) => {
      const node = nodes.get(id)!;
      const f = node.callFrame;
      const file = f.url ? f.url.replace(/^.*node_modules\//, "").replace(/^.*\/(server|tests|bench)\//, "$1/").split("/").slice(0, 2).join("/") : f.functionName;
      const dt = profile.timeDeltas![i] ?? 0;
      self.set(`${f.functionName || "(anonymous)"} (${file})`, (self.get(`${f.functionName || "(anonymous)"} (${file})`) ?? 0) + dt);
      byFile.set(file, (byFile.get(file) ?? 0) + dt);
    });
    const top = (m: Map<string, number>, k: number) =>
      [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, us]) => `  ${(us / 1000 / n).toFixed(3).padStart(7)} ms/event  ${name}`);
    console.log("self time by package or folder:\n" + top(byFile, 15).join("\n"));
    console.log("self time by function:\n" + top(self, 25).join("\n"));
    console.log("processing CPU by part (a sample counts as `ask` when server/assistant/ is on its stack; idle, (program) and the profiler's own `dispatch` left out):");
    for (const [part, us, share] of splitProfile(profile)) console.log(`  ${(us / 1000 / n).toFixed(3).padStart(7)} ms/event  ${share.toFixed(1).padStart(5)}%  ${part}`);
  }
} finally {
  opened.close();
  await fake.close();
  tmp.remove();
}

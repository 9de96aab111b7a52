/**
 * CPU per processed event, two source trees in ONE process (issue 15 on a loaded machine: wall
 * time and even separate processes' CPU move with the load; alternating groups in one process
 * see the same machine at the same moment).
 *   AB_BASE=/path/to/other/tree npx tsx bench/processing-cpu-ab.ts [events per tree=1024]
 * Each tree gets its own modules (imported from its own server/), its own database file (WAL,
 * synchronous NORMAL, as the processing child opens it), ward and services; one fake Zalo in a
 * process of its own serves both. Events go through each tree's intake, then AB_WARM events per
 * tree are processed in groups (JIT warm-up), then the measured ones: groups of GROUP_MAX,
 * alternating between the trees, the order swapped every pair, each group awaited with its sends
 * (`settled`), so a group's CPU is its own. CPU is the main thread's time on a CPU from
 * /proc/thread-self/schedstat (ns; the processing thread alone, not V8's helper threads).
 * Prints per tree the CPU per event, the pair ratios (this tree ÷ base) and their median; each
 * tree's statements per event; and checks that every event was answered exactly once.
 * AB_SWAP=1 sets this tree up first (the order of setting up leans the ratio: run both).
 * AB_SAME_RESIDENT (1): consecutive events per resident (as bench/processing.ts'
 * PROCESSING_SAME_RESIDENT; > 1 gives conversation memory and rounds within a group).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startFakeZaloThread } from "./fake-zalo-thread";
import { loadQuestions } from "./ask-latency";

const base = process.env.AB_BASE;
if (!base) throw new Error("AB_BASE: the other tree (its server/ and tests/support/ are imported)");
const n = Number(process.argv[2] ?? 1024);
const warm = Number(process.env.AB_WARM ?? 1024);
const sameResident = Math.max(1, Number(process.env.AB_SAME_RESIDENT ?? 1));
// AB_THIS: the tree compared with AB_BASE (this checkout by default). A/A runs on a loaded
// machine leaned ×1.1–1.2 against this checkout whichever tree was set up first, so compare two
// copies outside it (AB_BASE=/tmp/base AB_THIS=/tmp/change), and check with an A/A run.
const here = process.env.AB_THIS ?? resolve(import.meta.dirname, "..");

function threadCpuNs(): number {
  return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]);
}

const fake = await startFakeZaloThread({ ownSession: true });
const texts = loadQuestions()
  .filter((q) => q.expect === "answer")
  .map((q) => q.q);

type Tree = Awaited<ReturnType<typeof setUp>>;
async function setUp(root: string, tag: string) {
  const imp = (p: string) => import(pathToFileURL(resolve(root, p)).href);
  const { openNodeDatabase } = await imp("server/db/open-node-database.ts");
  const { readKnowledgeDir } = await imp("server/knowledge/knowledge-files.ts");
  const { MemoryBlobStore } = await imp("server/lib/blob-store.ts");
  const { systemClock } = await imp("server/lib/clock.ts");
  const { silentLogger } = await imp("server/lib/logger.ts");
  const { buildServices } = await imp("server/services.ts");
  const { createZaloApi } = await imp("server/zalo/zalo-api.ts");
  const { createPooledZaloHttp } = await imp("server/zalo/pooled-zalo-http.ts");
  const { EventGroups, GROUP_MAX } = await imp("server/conversations/event-groups.ts");
  const { EmbeddedClient } = await imp("server/db/embedded-client.ts");
  const f = await imp("tests/support/factories.ts");
  const { sql } = await import("drizzle-orm");
  // statements through this tree's client (batch items and single executes)
  const counts = { statements: 0 };
  const proto = EmbeddedClient.prototype;
  const execute = proto.execute;
  proto.execute = function (this: unknown, ...a: unknown[]) {
    counts.statements++;
    return execute.apply(this, a);
  };
  const batch = proto.batch;
  proto.batch = function (this: unknown, ...a: [unknown[], ...unknown[]]) {
    counts.statements += a[0].length;
    return batch.apply(this, a);
  };
  const tmp = f.makeTempDir(`bench-cpu-ab-${tag}`);
  const config = f.testConfig(tmp.dir, fake.url);
  const opened = await openNodeDatabase(config.databaseUrl, undefined, { synchronous: "NORMAL" });
  const pooled = createPooledZaloHttp();
  const zaloApi = createZaloApi({ openApiBase: fake.url, oauthBase: fake.url, timeoutMs: 3000, http: pooled.http });
  const services = await buildServices({ db: opened.db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
  await services.knowledge.replaceAll((await readKnowledgeDir(f.KNOWLEDGE_DIR, { strict: true })).kb);
  const appId = f.zaloId(tag === "base" ? "1" : "2");
  const secret = `app-secret-ab-${tag}`;
  await fake.registerApp(appId, secret);
  const ward = await f.createWard(services, { slug: `phuong-ab-${tag}`, appId, appSecret: secret, tokens: await fake.issueTokens(appId) });
  const groups = new EventGroups(opened.db, services.conversations, services.outbox, silentLogger);
  const ids: number[] = [];
  const run = `${tag === "base" ? 1 : 2}${String(Date.now()).slice(-8)}`;
  for (let i = 0; i < warm + n; i++) {
    const s = await f.signedEvent(ward, f.textEvent(ward, { userId: `8${run}${String(Math.floor(i / sameResident)).padStart(8, "0")}`, text: texts[i % texts.length]! }));
    ids.push((await services.intake.receive(s.body, s.signature)).eventId);
  }
  const processGroup = async (chunk: number[]) => {
    await groups.process(chunk);
    await groups.settled();
  };
  const check = async () => {
    const [row] = (await opened.db.all(sql`select
      (select count(*) from webhook_events where status = 'done') as done,
      (select count(*) from messages where direction = 'out') as replies,
      (select count(*) from outbox where status = 'sent') as sent,
      (select count(*) from outbox where status <> 'sent') as unsent`)) as Array<{ done: number; replies: number; sent: number; unsent: number }>;
    return row!;
  };
  return { tag, ids, processGroup, check, counts, groupMax: GROUP_MAX as number, close: async () => (opened.close(), await pooled.close(), tmp.remove()) };
}

// AB_SWAP=1: this tree is set up (and its modules loaded) first; A/A runs showed a lean with the order
const trees: Tree[] = process.env.AB_SWAP === "1" ? [await setUp(here, "this"), await setUp(base, "base")].reverse() : [await setUp(base, "base"), await setUp(here, "this")];
const groupMax = trees[0]!.groupMax;
try {
  // warm-up: the same groups as measured, not timed
  for (let i = 0; i < warm; i += groupMax) for (const t of trees) await t.processGroup(t.ids.slice(i, Math.min(warm, i + groupMax)));
  for (const t of trees) t.counts.statements = 0;
  const cpu = trees.map(() => [] as number[]);
  for (let i = warm, k = 0; i < warm + n; i += groupMax, k++) {
    const order = k % 2 === 0 ? [0, 1] : [1, 0];
    for (const j of order) {
      const t = trees[j]!;
      const chunk = t.ids.slice(i, Math.min(warm + n, i + groupMax));
      const c0 = threadCpuNs();
      await t.processGroup(chunk);
      cpu[j]!.push((threadCpuNs() - c0) / 1e6 / chunk.length);
    }
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const ratios = cpu[1]!.map((x, i) => x / cpu[0]![i]!);
  for (const [j, t] of trees.entries()) {
    const c = await t.check();
    const ok = c.done === warm + n && c.replies === warm + n && c.sent === warm + n && c.unsent === 0;
    console.log(
      `${t.tag.padEnd(4)}: main-thread CPU ${(sum(cpu[j]!) / cpu[j]!.length).toFixed(3)} ms per event (mean of ${cpu[j]!.length} groups; median group ${median(cpu[j]!).toFixed(3)}), statements ${(t.counts.statements / n).toFixed(2)} per event; done ${c.done}, replies ${c.replies}, sent ${c.sent}, unsent ${c.unsent}: answered exactly once ${ok ? "yes" : "NO"}`,
    );
  }
  const accepted = await fake.sentCount();
  console.log(`the fake Zalo accepted ${accepted} messages for ${2 * (warm + n)} events: ${accepted === 2 * (warm + n) ? "none sent twice" : "MISMATCH"}`);
  console.log(`this/base per pair of groups: median ${median(ratios).toFixed(3)}, ratio of means ${(sum(cpu[1]!) / sum(cpu[0]!)).toFixed(3)} (pairs: ${ratios.map((r) => r.toFixed(2)).join(" ")})`);
} finally {
  for (const t of trees) await t.close();
  await fake.close();
}

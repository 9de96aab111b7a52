/**
 * Splits a CPU profile of the processing path into parts by what is on each sample's stack (used by
 * bench/profile-process-event.ts): the answer engine (`ask`: any frame under server/assistant/),
 * the Zalo HTTP send (undici, sockets, the pooled client, zalo-api), SQLite's native work (the
 * profiler names libsql's native calls by a nearby Rust symbol: `libsql_js::…::js_authorizer`,
 * `…::js_in_transaction`), the libSQL client's and drizzle's JS,
 * the project's own JS (conversations, outbox, …) and GC. Returns [part, µs, % of the parts].
 */
type CpuProfile = { nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[]; samples?: number[]; timeDeltas?: number[] };

const LEFT_OUT = new Set(["(idle)", "(program)", "dispatch"]);

export function splitProfile(profile: CpuProfile): [string, number, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  const parts = new Map<string, number>();
  for (const [id, us] of self) {
    const leaf = byId.get(id)!.callFrame;
    if (LEFT_OUT.has(leaf.functionName)) continue;
    const stack: { functionName: string; url: string }[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) stack.push(byId.get(cur)!.callFrame);
    const on = (re: RegExp) => stack.some((f) => re.test(f.url));
    let part: string;
    if (leaf.functionName === "(garbage collector)") part = "gc";
    else if (stack.some((f) => f.url.includes("server/assistant/") && !f.url.includes("assistant/ask-result"))) part = "ask (server/assistant)";
    else if (on(/pooled-zalo-http|undici|node:net|stream_base|zalo-api/) || leaf.functionName === "writev") part = "Zalo HTTP send (undici, sockets)";
    else if (leaf.functionName.startsWith("libsql_js::")) part = "SQLite native (libsql's native calls)";
    else if (on(/libsql|embedded-client/)) part = "libSQL client JS (rows, args)";
    else if (on(/drizzle-orm/)) part = "drizzle JS";
    else if (on(/\/server\//)) part = "project JS (conversations, outbox, hot statements …)";
    else part = "other (microtasks, timers)";
    parts.set(part, (parts.get(part) ?? 0) + us);
  }
  const total = [...parts.values()].reduce((a, b) => a + b, 0);
  return [...parts].sort((a, b) => b[1] - a[1]).map(([p, us]) => [p, us, (100 * us) / total]);
}

import { describe, expect, it } from "vitest";
import { Session } from "node:inspector/promises";
import { splitProfile } from "../bench/profile-split";

// a CPU profile as node:inspector writes it: each node's callFrame, its children, the samples and their gaps
const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({ id, callFrame: { functionName, url }, children });

describe("splitProfile", () => {
  it("counts a sample under the answer engine as ask, whatever runs at its leaf", () => {
    const profile = {
      nodes: [
        frame(1, "(root)", ""),
        frame(2, "handleUserMessage", "file:///repo/server/conversations/conversation-service.ts", [3, 5]),
        frame(3, "ask", "file:///repo/server/assistant/assistant.ts", [4]),
        frame(4, "foldDiacritics", "file:///repo/server/assistant/text-analysis.ts"),
        frame(5, "iterate", "file:///repo/node_modules/libsql/index.js", [6]),
        frame(6, "libsql_js::database::Database::js_in_transaction", ""),
        frame(7, "resumeH1", "file:///repo/node_modules/undici/lib/dispatcher/client-h1.js"),
        frame(8, "(idle)", ""),
        frame(9, "(garbage collector)", ""),
      ],
      samples: [4, 4, 6, 6, 7, 8, 8, 8, 9, 2],
      timeDeltas: [100, 100, 50, 50, 100, 1000, 1000, 1000, 100, 100],
    };
    profile.nodes[0]!.children = [2, 7, 8, 9];
    const parts = Object.fromEntries(splitProfile(profile).map(([p, us, share]) => [p, { us, share }]));
    expect(parts["ask (server/assistant)"]!.us).toBe(200);
    expect(parts["SQLite native (libsql's native calls)"]!.us).toBe(100);
    expect(parts["Zalo HTTP send (undici, sockets)"]!.us).toBe(100);
    expect(parts["gc"]!.us).toBe(100);
    expect(parts["project JS (conversations, outbox, hot statements …)"]!.us).toBe(100);
    expect(Object.keys(parts)).not.toContain("(idle)");
    // shares of the counted parts (idle left out)
    expect(parts["ask (server/assistant)"]!.share).toBeCloseTo(100 * 200 / 600, 6);
  });

  it("splits a real profile taken by node:inspector", async () => {
    const session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 100 });
    await session.post("Profiler.start");
    let x = 0;
    const until = performance.now() + 50;
    while (performance.now() < until) x += Math.sqrt(x + 1);
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    const parts = splitProfile(profile as Parameters<typeof splitProfile>[0]);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.reduce((a, [, , share]) => a + share, 0)).toBeCloseTo(100, 6);
    expect(x).toBeGreaterThan(0);
  });
});

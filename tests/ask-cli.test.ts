/**
 * `npm run --silent ask -- --json --batch FILE`, the interface the evaluation scripts use: lines
 * sharing a "conversation" id are one resident's conversation (memory carried), other lines are
 * fresh conversations, and each output line keeps its shape {kind, reply, entries}.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR, makeTempDir, REPO_ROOT } from "./support/factories";

const tmp = makeTempDir("ask-cli");
afterAll(() => tmp.remove());

describe("ask --json --batch", () => {
  it("carries a conversation's memory between its lines, and only within it", () => {
    const file = join(tmp.dir, "questions.jsonl");
    const lines = [
      { q: "làm căn cước ở đâu", conversation: "a", turn: 1 },
      { q: "đăng ký kết hôn ở đâu", conversation: "b", turn: 1 },
      { q: "còn lệ phí?", conversation: "a", turn: 2 },
      { q: "còn lệ phí?", conversation: "b", turn: 2 },
      { q: "còn lệ phí?" },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const run = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "server/cli/ask.ts"), "--json", "--batch", file], {
      cwd: REPO_ROOT,
      env: { ...process.env, KNOWLEDGE_DIR, DATABASE_URL: `file:${join(tmp.dir, "none.db")}`, LOG_LEVEL: "silent" },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { kind: string; reply: string; entries: Array<{ id: string; title: string; score: number }> });
    expect(out).toHaveLength(lines.length);
    for (const o of out) expect(Object.keys(o)).toEqual(["kind", "reply", "entries"]);
    expect(out[2]!.entries[0]!.id).toBe("dvc-can-cuoc");
    expect(out[2]!.reply).toMatch(/^Lệ phí \(Làm, cấp đổi, cấp lại thẻ căn cước\)/);
    expect(out[3]!.entries[0]!.id).toBe("dvc-ket-hon");
    expect(out[4]!.entries[0]?.id).not.toBe("dvc-ket-hon"); // a line without an id starts fresh
  });
});

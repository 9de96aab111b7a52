/**
 * Every scam class in the official warnings 2024–2026 (shared research "Scams": fake police and
 * fake VNeID / Dịch vụ công apps, EVN cut-offs, fake-BTS bank texts, task and recruitment
 * deposits, investment groups, recovery services, "phạt nguội", deepfake borrowing, "SIM sẽ bị
 * khóa", plus relatives in hospital, parcels, prizes, loans), pasted or retold by a resident, with
 * or without diacritics, a link, a question before or after ("có phải lừa đảo không", "thật
 * không", "cái này là sao"): each gets the scam warning, not an entry that shares its bait words.
 * The messages (tests/fixtures/scam/scam-classes-probes.jsonl) were written for this test, session 6
 * wave 2, without reading any blind set; 20 of the 100 were answered otherwise before (checked on main 92b510a in a temporary worktree).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { asksAboutTheMessage } from "../server/assistant/scam/about-message";
import { foldForScam } from "../server/assistant/scam/normalize";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

const NOW = Date.UTC(2026, 10, 29, 3, 0);
const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm" });
let assistant: Assistant;

beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});

const probes: string[] = readFileSync("tests/fixtures/scam/scam-classes-probes.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

describe("scam classes of the official warnings, forwarded or retold", () => {
  it("warns on every one", () => {
    expect(probes.length).toBeGreaterThanOrEqual(100);
    const missed = probes.filter((q) => assistant.ask(q, ward, NOW).kind !== "scam_warning");
    expect(missed).toEqual([]);
  });

  it("reads a question about the message, not a question of the resident's own", () => {
    for (const q of ["có phải lừa đảo không", "tin này thật không ạ", "co nen lam theo ko", "cái này là sao", "la sao vay ad", "có đáng tin không"]) {
      expect(asksAboutTheMessage(foldForScam(q)), q).toBe(true);
    }
    for (const q of ["có nên gửi ảnh căn cước cho chủ nhà trọ không", "làm căn cước ở đâu", "ngoài giờ nhắn Zalo này bao giờ cán bộ trả lời", "lệ phí bao nhiêu"]) {
      expect(asksAboutTheMessage(foldForScam(q)), q).toBe(false);
    }
  });
});

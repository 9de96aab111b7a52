import { beforeAll } from "vitest";
import { Assistant } from "../../server/assistant/assistant";
import { readKnowledgeDir } from "../../server/knowledge/knowledge-files";
import { wardFixture } from "./ward-fixture";

/** Monday 2026-11-23 09:00 in Hanoi (UTC+7): working hours, so handoffs promise a reply today. */
export const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);

/**
 * The assistant over the repository's real knowledge, built once per test file, and an `ask` that
 * sends one fresh message (no conversation memory) to a test ward at MONDAY_9AM.
 */
export function knowledgeAssistant() {
  const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" });
  let assistant: Assistant | undefined;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  return { ward, ask: (text: string) => assistant!.ask(text, ward, MONDAY_9AM) };
}

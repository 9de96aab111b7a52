/**
 * "Is it a scam?" right after a scam entry was shown (issue 10 §3, session 20; scam-is-it-real.ts): the same scam's
 * entry answers, not the checking entry or another scam picked by bait words. Conversations written for this file.
 */
import { describe, expect, it } from "vitest";
import { asksIfScam } from "../server/assistant/scam-is-it-real";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("whether the scam just told is one (scam-is-it-real.ts)", () => {
  it("after an investment offer: 'vậy có phải lừa đảo không' and 'thế là lừa à' stay with the investment scam", () => {
    for (const next of ["vậy có phải lừa đảo không", "the la lua a", "dạ, thế chắc là lừa rồi nhỉ"]) {
      const turns = conversation("ông anh họ rủ tôi bỏ tiền vào sàn ngoại hối, hứa lãi 15% một tháng", next);
      expect(led(turns[0])).toMatch(/ld-dau-tu$/);
      expect(led(turns[1]), next).toMatch(/ld-dau-tu$/);
    }
  });
  it("after a task job offer: a story then 'vậy là thật à' is still about that job scam", () => {
    const turns = conversation("đứa cháu được mời làm cộng tác viên chốt đơn online, phải nạp tiền trước mới được rút hoa hồng", "nó rút được 50 nghìn thật rồi, vậy là thật à");
    expect(led(turns[0])).toMatch(/ld-viec-nhe-luong-cao$/);
    expect(led(turns[1])).toMatch(/ld-viec-nhe-luong-cao$/);
  });
  it("reads the shape on the last clause", () => {
    expect(asksIfScam("có phải lừa không")).toBe(true);
    expect(asksIfScam("cai do co phai lua dao ko")).toBe(true);
    expect(asksIfScam("họ bảo lãi 3% một tuần, có thật không")).toBe(true);
    expect(asksIfScam("thật hay giả vậy")).toBe(true);
    expect(asksIfScam("tôi bị lừa rồi")).toBe(false);
    expect(asksIfScam("là thật")).toBe(false);
    expect(asksIfScam("làm sao kiểm tra cái sàn đó có thật không")).toBe(false);
    expect(asksIfScam("báo công an ở đâu")).toBe(false);
  });
});

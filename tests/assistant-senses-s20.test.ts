/**
 * Words with several senses, session 20 (issue 10 §4, §3). Wordings written for this file (not tuning lines),
 * each through the real Assistant over the repository's knowledge.
 */
import { describe, expect, it } from "vitest";
import { readVictim } from "../server/assistant/scam/victim";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();

describe("'mất tiền' as a cost, not money lost to a scam (scam/victim.ts)", () => {
  const costs = [
    "quá hạn đăng ký khai sinh cho cháu 3 tháng rồi có mất tiền phạt không",
    "qua han khai sinh cho be 2 thang roi co mat tien phat ko",
    "cháu nhà tôi khai sinh muộn thì mất tiền phạt bao nhiêu",
    "con tôi làm căn cước có mất đồng nào không",
    "bé nhà em 4 tuổi có bảo hiểm y tế được cấp không mất tiền à",
    "dặn bố những gì để khỏi mất tiền khi dùng ngân hàng trên điện thoại",
  ];
  for (const q of costs)
    it(`not a loss: ${q}`, () => {
      expect(readVictim(q)).toBeUndefined();
      expect(ask(q).kind).not.toBe("scam_warning");
    });
  it("the fee of the procedure asked is shown", () => {
    const r = ask("quá hạn đăng ký khai sinh cho cháu 3 tháng rồi có mất tiền phạt không");
    expect(r.kind).toBe("answer");
    expect(["dvc-dang-ky-lai-ho-tich", "dvc-khai-sinh"]).toContain(r.entries[0]?.id);
    expect(r.reply).toMatch(/Lệ phí/);
  });
  const losses = [
    "tôi bị lừa mất 30 triệu rồi",
    "mẹ tôi mất hết tiền trong tài khoản sau khi bấm link",
    "bố em bị mất 20 triệu trong tài khoản sau cuộc gọi xưng công an",
    "tài khoản của tôi tự nhiên mất tiền bao nhiêu không biết",
  ];
  for (const q of losses)
    it(`still a loss: ${q}`, () => {
      expect(readVictim(q)).toBe("victim");
      expect(led(ask(q))).toMatch(/ld-bi-lua-roi/);
    });
});

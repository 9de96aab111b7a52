/**
 * Out of coverage, session 16 wave 2 (issue 10 §4; uncovered-custody-meter.ts): who raises the children after a divorce
 * and child support are the court's, not the adoption entry that "nuôi con" finds; a faulty power or water meter is the
 * utility's, not the entry "khiếu nại ở đâu" finds. Adoption itself, a poor single parent's support, and a caller about
 * the meter keep their answers. Messages are written for this file, not copied from the tuning sets or the entries.
 */
import { describe, expect, it } from "vitest";
import type { AskResult } from "../server/assistant/ask-result";
import { answerCheck, knowledgeAssistant } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const answers = answerCheck(ask);

function handedOff(result: AskResult | undefined, text: string) {
  expect(result?.kind, text).toBe("handoff");
  expect(result?.kind === "handoff" && result.handoff.reason, text).toBe("out_of_scope");
}

describe("custody and child support after a divorce", () => {
  it("hands them off instead of the adoption entry", () => {
    for (const text of [
      "tranh chấp quyền nuôi con thì nộp đơn ở đâu",
      "vo chong chia tay, ai duoc nuoi con, con 5 tuoi",
      "mức cấp dưỡng nuôi con sau ly hôn là bao nhiêu một tháng",
      "bố mẹ cháu sắp ly hôn, ai sẽ được nuôi con khi bé mới 4 tuổi",
    ])
      handedOff(ask(text), text);
  });
  it("still answers adopting a child and a single parent's support", () => {
    answers("thủ tục nhận nuôi con nuôi trong nước cần những gì", "dvc-nuoi-con-nuoi");
    answers("tôi là mẹ đơn thân nghèo đang nuôi con nhỏ, có được trợ cấp hằng tháng không", "dvc-tro-cap-xa-hoi");
  });
});

describe("a faulty meter", () => {
  it("hands it off instead of a look-alike entry", () => {
    for (const text of [
      "công tơ điện nhà tôi chạy nhanh bất thường, tháng này gấp ba, khiếu nại ở đâu",
      "dong ho nuoc nha em bi hong, nuoc chay ma so van nhay, bao ai",
      "muốn kiểm tra lại chỉ số công tơ vì hóa đơn lạ thì hỏi ở đâu",
    ])
      handedOff(ask(text), text);
  });
  it("keeps a caller about the meter with the scam check", () => {
    const text = "có người xưng nhân viên điện lực gọi bảo công tơ nhà tôi bị lỗi, phải chuyển 300 nghìn để thay";
    expect(ask(text)?.kind, text).toBe("scam_warning");
  });
});

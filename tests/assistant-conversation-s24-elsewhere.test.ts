/**
 * Conversation memory, session 24 (issue 10 §3): a later turn the rules carried on the previous entry, whose message
 * read alone is another entry's question (standalone-elsewhere.ts). Conversations written for this file (not tuning
 * lines), through the real Assistant. The learned switch (learned-turn-choice.ts) is turned off in the end-to-end
 * cases so that only this mechanism can move the turn; with it off too, the same turns are carried.
 */
import { describe, expect, it } from "vitest";
import { mayStandElsewhere, pointsBackTo } from "../server/assistant/standalone-elsewhere";
import { TURN_THRESHOLDS } from "../server/assistant/learned-turn-choice";
import { foldedText } from "../server/assistant/text-analysis";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const withElsewhere = knowledgeAssistant(undefined, { learnedTurns: { thresholds: { switchFollowup: -1 } } });
const withoutElsewhere = knowledgeAssistant(undefined, { learnedTurns: { thresholds: { switchFollowup: -1, elsewhereP: -1 } } });
const shipped = knowledgeAssistant();

describe("the cheap readings (mayStandElsewhere)", () => {
  const turn = { carried: true, leansOnPrevious: false, otherP: 0.95, previousP: 0.01, previousScore: 0, topScore: 0.4 };
  it("allows a carried turn the classifier is sure is another entry's, the search barely finding the previous one", () => {
    expect(mayStandElsewhere(turn, TURN_THRESHOLDS)).toBe(true);
    expect(mayStandElsewhere({ ...turn, previousScore: 0.09 }, TURN_THRESHOLDS)).toBe(true);
  });
  it("not when the turn leans on the previous one, the classifier is unsure, gives the previous entry some weight, or the search finds it close", () => {
    expect(mayStandElsewhere({ ...turn, leansOnPrevious: true }, TURN_THRESHOLDS)).toBe(false);
    expect(mayStandElsewhere({ ...turn, otherP: 0.6 }, TURN_THRESHOLDS)).toBe(false);
    expect(mayStandElsewhere({ ...turn, previousP: 0.2 }, TURN_THRESHOLDS)).toBe(false);
    expect(mayStandElsewhere({ ...turn, previousScore: 0.2 }, TURN_THRESHOLDS)).toBe(false);
    expect(mayStandElsewhere({ ...turn, carried: false }, TURN_THRESHOLDS)).toBe(false);
    expect(mayStandElsewhere(turn, { ...TURN_THRESHOLDS, elsewhereP: -1 })).toBe(false);
  });
});

describe("words pointing back at the previous turn (pointsBackTo)", () => {
  it("reads 'cũng vậy', 'trong đó', 'trên đó', 'cái đó', 'như thế' as pointing back", () => {
    for (const q of ["người ở nhờ cũng vậy à", "làm giấy tạm vắng có trong đó không", "nộp trên đó được không", "cái đó làm ở đâu", "như thế thì có bị phạt không"])
      expect(pointsBackTo(foldedText(q)), q).toBe(true);
  });
  it("not content words that fold alike ('sắp đổ', 'vay tiền', 'hôm nay')", () => {
    for (const q of ["cây to trước nhà sắp đổ ra đường", "họ vay tiền bằng tên tôi", "hôm nay phường có làm không"])
      expect(pointsBackTo(foldedText(q)), q).toBe(false);
  });
});

describe("a carried turn that alone is another entry's question is answered there", () => {
  const cases: Array<[string, string, string]> = [
    ["chứng thực bản sao sổ đỏ cần gì", "phường mình ở chỗ nào, mấy giờ thì mở cửa", "phuong-lien-he"],
    ["chứng thực bản sao sổ đỏ cần gì", "ủy ban phường ở chỗ nào, sáng mấy giờ mở cửa", "phuong-lien-he"],
    ["làm căn cước cho con 14 tuổi cần gì", "ủy ban phường ở chỗ nào, mấy giờ mở cửa", "phuong-lien-he"],
  ];
  it("switches with the mechanism, carries without it", () => {
    for (const [first, later, other] of cases) {
      const on = withElsewhere.conversation(first, later);
      const off = withoutElsewhere.conversation(first, later);
      expect(led(on[0]), first).toBe(led(off[0]));
      expect(led(off[1]), later).toBe(led(off[0]));
      expect(led(on[1]), later).toBe(`answer ${other}`);
      expect(on[1]!.explanation, later).toContain("câu hỏi đứng riêng");
    }
  });
  it("the shipped assistant answers them from that entry too", () => {
    for (const [first, later, other] of cases) expect(led(shipped.conversation(first, later)[1]), later).toBe(`answer ${other}`);
  });
  it("leaves follow-ups that point back or ask a part of the previous entry where they are", () => {
    expect(led(withElsewhere.conversation("chứng thực bản sao sổ đỏ cần gì", "cũng vậy à")[1])).toBe("answer dvc-chung-thuc");
    expect(led(withElsewhere.conversation("đăng ký tạm trú cho người thuê trọ cần gì", "làm xong thì mấy ngày có kết quả")[1])).toBe("answer dvc-tam-tru");
    expect(led(withElsewhere.conversation("chứng thực bản sao sổ đỏ cần gì", "mất bao lâu")[1])).toBe("answer dvc-chung-thuc");
  });
});

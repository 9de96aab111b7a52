/**
 * Conversation memory, session 23, second pass (issue 10 §3): follow-ups that tell a condition of the resident or the
 * person the matter is for, asking nothing new. Conversations written for this file (not tuning lines), each through the
 * real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { followsThrough } from "../server/assistant/follow-through";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("a state told with 'rồi' and a bare 'thì sao' is a condition, not an action done (follow-through.ts)", () => {
  it("reads the bare tail apart from a question of what comes next", () => {
    for (const q of ["tôi đã ly hôn rồi thì sao", "em ly hon roi thi sao a", "tôi gửi rồi, có sao không", "chị đã từng ly dị rồi thì có được không"]) expect(followsThrough(q), q).toBe(false);
    for (const q of ["gửi rồi thì bao lâu có người sửa", "có giấy rồi thì cháu được trợ cấp hằng tháng không", "nộp xong rồi thì sao", "đăng nhập được rồi, giờ nộp hồ sơ thế nào"]) expect(followsThrough(q), q).toBe(true);
  });
  it("after the single-status certificate, being divorced stays its case; asking the next procedure switches", () => {
    expect(led(conversation("xin giấy độc thân để mua nhà cần gì", "tôi đã ly hôn rồi thì sao")[1])).toBe("answer dvc-xac-nhan-hon-nhan");
    expect(led(conversation("xin giấy độc thân ở đâu", "có giấy rồi thì đăng ký kết hôn ở đâu")[1])).toBe("answer dvc-ket-hon");
  });
});

describe("a child named by birth order is a person, not a topic", () => {
  it("'thằng út 4 tuổi thì sao' after the household health insurance stays on it", () => {
    expect(led(conversation("muốn mua bảo hiểm y tế hộ gia đình", "thằng út nhà tôi mới 4 tuổi thì sao")[1])).toBe("answer dvc-bhyt-ho-gia-dinh");
    expect(led(conversation("muốn mua bhyt cho cả nhà", "con út 2 tuổi thì sao")[1])).toBe("answer dvc-bhyt-ho-gia-dinh");
  });
});

describe("an offered part picked by a near label (choice-label-variant.ts)", () => {
  it("'thời gian làm việc' after an entry offering its 'Thời gian giải quyết' is that part", () => {
    const turns = conversation("em cần chứng thực bản sao bằng đại học", "thời gian làm việc");
    expect(led(turns[1])).toBe("answer dvc-chung-thuc");
    expect(turns[1]!.explanation).toContain("Thời gian giải quyết");
  });
});

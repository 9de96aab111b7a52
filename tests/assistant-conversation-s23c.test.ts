/**
 * Conversation memory, session 23, second pass (issue 10 §3): follow-ups that tell a condition of the resident or the
 * person the matter is for, asking nothing new. Conversations written for this file (not tuning lines), each through the
 * real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { followsThrough } from "../server/assistant/follow-through";
import { personCondition } from "../server/assistant/followup-shape";
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

describe("a person's condition, then a question in the previous entry's own words (followup-shape.ts)", () => {
  it("reads where the person is before the condition", () => {
    expect(personCondition("ong ba o que khong co can cuoc gan chip thi khai the nao")).toEqual({ condition: "co can cuoc gan chip", tail: "khai the nao" });
    expect(personCondition("me toi o xa chua ve duoc thi sao")).toEqual({ condition: "ve duoc", tail: "sao" });
  });
  it("stays on the previous entry when it holds every word of the question after the condition", () => {
    expect(led(conversation("kích hoạt vneid mức 2 cho mẹ", "mẹ tôi không có điện thoại thông minh thì dùng số của em được không")[1])).toBe("answer dvc-vneid-muc-2");
    expect(led(conversation("nhà có khách ở lại qua đêm thì báo thế nào", "bố mẹ tôi ở quê chưa có căn cước gắn chip thì khai báo thế nào")[1])).toBe("answer dvc-luu-tru");
  });
  it("a question the previous entry does not hold is not kept on it", () => {
    expect(led(conversation("kích hoạt vneid mức 2 cho mẹ", "mẹ tôi không có smartphone thì học dùng điện thoại ở đâu")[1])).not.toBe("answer dvc-vneid-muc-2");
    expect(led(conversation("xin giấy xác nhận cư trú", "con tôi chưa đăng ký tạm trú ở đây thì sao")[1])).toBe("answer dvc-tam-tru");
  });
});

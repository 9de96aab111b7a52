/**
 * Conversation memory, session 23, third pass (issue 10 §3): later turns whose class the rules carried or switched
 * wrongly — the green lane's siblings by the part asked, a procedure's place on the green-lane list, a deposit lost
 * in a task or investment scam, and the resident's own VNeID trouble told after a scam turn. Conversations written for
 * this file (not tuning lines), each through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { depositLostAfterScam } from "../server/assistant/act-after-scam";
import { foldForScam } from "../server/assistant/scam/normalize";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("the green lane's time asked after a sibling (facet-titled-sibling.ts)", () => {
  it("a time part asked with the green lane's words after the list or the definition is the time entry's", () => {
    expect(led(conversation("ở phường thủ tục gì được làn xanh", "hồ sơ đi làn xanh thì mấy ngày xong")[1])).toBe("answer lx-thoi-gian");
    expect(led(conversation("làn xanh nghĩa là sao", "làm theo làn xanh thì bao lâu có kết quả")[1])).toBe("answer lx-thoi-gian");
  });
  it("a bare time part after the how-to entry, which has no time part, is the time entry's", () => {
    expect(led(conversation("muốn hồ sơ được làn xanh thì làm thế nào", "thường thì mấy ngày là xong")[1])).toBe("answer lx-thoi-gian");
  });
  it("a bare time part after the list stays with the list (its lines carry each procedure's time)", () => {
    expect(led(conversation("thủ tục nào được làn xanh", "mất bao lâu")[1])).toBe("answer lx-danh-muc");
  });
  it("filing online with the green lane stays the how-to entry's", () => {
    expect(led(conversation("làn xanh là gì", "nộp online có được làn xanh không")[1])).toBe("answer lx-cach-dung");
  });
});

describe("a procedure's place on the green-lane list asked after a green-lane entry (green-lane-list-turn.ts)", () => {
  it("is the list entry's, whichever green-lane entry came before", () => {
    for (const q of ["thế chứng thực bản sao có đi làn xanh được không", "còn đăng ký tạm trú có thuộc làn xanh không"])
      expect(led(conversation("làn xanh nghĩa là sao", q)[1]), q).toBe("answer lx-danh-muc");
    expect(led(conversation("muốn hồ sơ được làn xanh thì làm thế nào", "khai sinh có được đi làn xanh không")[1])).toBe("answer lx-danh-muc");
  });
  it("a green-lane question naming no procedure is not the list's", () => {
    expect(led(conversation("làn xanh nghĩa là sao", "người già có được ưu tiên làn xanh không")[1])).not.toBe("answer lx-danh-muc");
  });
});

describe("a deposit lost after a task or investment scam turn (act-after-scam.ts)", () => {
  it("reads an amount put in, told done, and stuck or asked what now as lost", () => {
    for (const q of ["mình lỡ nạp 3 triệu rồi, bây giờ làm sao", "nó không cho rút, mẹ tôi nạp 80 triệu rồi", "nạp thêm 10 triệu nữa rồi vẫn không rút được", "cháu nạp 4 triệu làm đơn rồi, giờ họ bắt nạp tiếp"])
      expect(depositLostAfterScam(foldForScam(q)), q).toBe(true);
  });
  it("leaves a deposit asked for, weighed, paid out or told with nothing wrong", () => {
    for (const q of ["họ bảo nạp 20 triệu để lên cấp", "có nên nạp 5 triệu không", "nạp thử 100k rút được 130k rồi", "con tôi đã nạp 1 triệu làm nhiệm vụ rồi", "nếu nạp 5 triệu rồi không rút được thì sao", "chưa nạp 2 triệu nào, giờ làm gì", "nạp mấy lần rồi mà không rút được"])
      expect(depositLostAfterScam(foldForScam(q)), q).toBe(false);
  });
  it("after a task scam, the lost deposit gets the victim's steps", () => {
    expect(led(conversation("có người rủ tôi làm nhiệm vụ like video nhận hoa hồng, phải nạp tiền trước", "mình lỡ nạp 3 triệu rồi, bây giờ làm sao")[1])).toBe("scam_warning ld-bi-lua-roi");
  });
});

describe("the resident's own VNeID trouble after a scam turn (vneid-trouble-turn.ts)", () => {
  it("is the VNeID trouble entry's", () => {
    expect(led(conversation("có người gửi tin nhắn kèm link tải ứng dụng thuế", "sáng nay vneid của tôi bị khóa rồi")[1])).toBe("answer dvc-vneid-su-co");
  });
  it("a threat relayed stays the scam's", () => {
    expect(led(conversation("có người gọi bảo phải cập nhật vneid", "họ nói vneid của tôi sẽ bị khóa")[1])).not.toBe("answer dvc-vneid-su-co");
  });
});

describe("a part asked first, then the resident's circumstance in the previous title's words (part-then-circumstance.ts)", () => {
  const correcting = "tên trên giấy khai sinh của con tôi bị sai một chữ, sửa thế nào";
  it("stays on the previous entry though the message alone prefers another", () => {
    expect(led(conversation(correcting, "nộp ở đâu, cháu đăng ký khai sinh ở Nam Định")[1])).toBe("answer dvc-cai-chinh-ho-tich");
  });
  it("a circumstance naming another title's own word switches as before", () => {
    expect(led(conversation(correcting, "làm ở đâu, tôi muốn xin trích lục kết hôn")[1])).toBe("answer dvc-trich-luc");
  });
});

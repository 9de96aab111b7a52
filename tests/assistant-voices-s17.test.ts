/**
 * Residents' voices, session 17 (issue 10, tuning-s17's writer): an acknowledgement before the next question,
 * regional words and raw Telex typing. Conversations and questions written for this file (not tuning lines),
 * each through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { afterAcknowledgment } from "../server/assistant/acknowledgment-opener";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("an acknowledgement before the next question", () => {
  it("'vâng, bao lâu' after the residence confirmation: its time, not 'tạm vắng'", () => {
    const turns = conversation("làm giấy xác nhận cư trú ở đâu", "vâng, bao lâu");
    expect(led(turns[0])).toBe("answer dvc-xac-nhan-cu-tru");
    expect(led(turns[1])).toBe("answer dvc-xac-nhan-cu-tru");
  });
  it("'vang, may ngay co' after the birth registration stays on it", () => {
    const turns = conversation("đăng ký khai sinh cho con", "vang, may ngay co");
    expect(led(turns[1])).toBe("answer dvc-khai-sinh");
  });
  it("'vang, vay la lua a' after a scam warning is about that scam", () => {
    const turns = conversation("tôi nhận tin nhắn mời làm việc nhẹ lương cao, chỉ cần like video", "vang, vay la lua a");
    expect(led(turns[0])).toBe("scam_warning ld-viec-nhe-luong-cao");
    expect(led(turns[1])).toBe("answer ld-viec-nhe-luong-cao");
  });
  it("only an opener that cannot be another word, and only before a question of its own", () => {
    expect(afterAcknowledgment("vâng, bao lâu thì có")).toBe("bao lâu thì có");
    expect(afterAcknowledgment("Vâng mất bao nhiêu tiền")).toBe("mất bao nhiêu tiền");
    expect(afterAcknowledgment("thế à, mảnh đấy có tách được không")).toBe("mảnh đấy có tách được không");
    expect(afterAcknowledgment("vang, mat bao lau")).toBe("mat bao lau");
    // unaccented "vang" without a break is "vắng"/"vàng"; "dạ dày" is the stomach; "vâng ạ" asks nothing
    expect(afterAcknowledgment("vang mat bao lau")).toBeUndefined();
    expect(afterAcknowledgment("vàng, bạc có phải khai không")).toBeUndefined();
    expect(afterAcknowledgment("dạ dày đau thì khám ở đâu")).toBeUndefined();
    expect(afterAcknowledgment("vâng ạ")).toBeUndefined();
    expect(afterAcknowledgment("ok, thanks")).toBeUndefined();
  });
});

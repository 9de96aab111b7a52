/**
 * Understanding classes, session 17 (issue 10 §4, from tuning14's misses, judged on every tuning set):
 * - a person wanted impatiently: no one named ("gặp trực tiếp ai đó") or "không ai trả lời" as a complaint beside a request
 *   for a person (person-wanted-impatiently.ts): handed off like the "Gặp cán bộ" button; a question about the channel
 *   ("có ai trả lời không") is still answered;
 * - a fear is no loss: "sợ bị hack (tiền)" is a worry about paying safely, not a victim's report (scam/victim.ts);
 * - a stolen phone ("bị mất cắp, mất trộm") is a theft, not an account taken over: the VNeID trouble entry answers, and a
 *   loss told with it still gets the victim's steps (scam/victim.ts);
 * - a victim scammed again by a "money recovery" service: the victim's steps and a person, led by the recovery scam's
 *   entry (scam/victim-of-recovery.ts); an ordinary victim keeps the general entry.
 * - the resident's own road accident with the other side fled or compensation wanted is no scam (scam/own-road-accident.ts)
 *   but a matter no entry covers, handed off, also told at length (uncovered-services.ts); the "relative in hospital"
 *   script, which asks for money, is still warned.
 * Messages are written for this file, not copied from the tuning sets or the entries' sample questions.
 */
import { describe, expect, it } from "vitest";
import { answerCheck, knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const answers = answerCheck(ask);

describe("a person wanted impatiently", () => {
  it("hands off a request for someone unnamed, or for a person beside a complaint that nobody answers", () => {
    for (const text of [
      "mình muốn nói chuyện trực tiếp với ai đó ở phường, nhắn máy chán lắm",
      "cho tôi gặp một ai đó ngay",
      "nhắn từ sáng chẳng thấy ai trả lời, cho tôi gặp cán bộ",
    ]) {
      const r = ask(text);
      expect(r.kind, text).toBe("handoff");
      expect(r.kind === "handoff" && r.handoff.reason, text).toBe("asked_for_person");
    }
  });
  it("still answers a question about the channel", () => {
    answers("nhắn tin ngoài giờ thì có ai trả lời không", "phuong-gap-can-bo");
  });
});

describe("a fear of being hacked is no loss", () => {
  it("answers paying safely instead of a victim's steps", () => {
    answers("bố tôi mới dùng ví điện tử, sợ bị hack tiền trong ví", "kns-thanh-toan-khong-tien-mat");
    answers("mẹ tôi ngại bị hack tài khoản ngân hàng nên không dám chuyển khoản, có cách nào an toàn", "kns-thanh-toan-khong-tien-mat");
  });
  it("still gives the victim's steps for money taken by a hack", () => {
    const r = ask("tôi bị hack tài khoản ngân hàng mất 10 triệu rồi");
    expect(led(r)).toBe("scam_warning ld-bi-lua-roi");
    expect(r.kind === "scam_warning" && r.handoff?.reason).toBe("scam_victim");
  });
});

describe("a stolen phone is a theft, not an account taken over", () => {
  it("answers the VNeID trouble entry", () => {
    answers("điện thoại của tôi bị mất trộm hôm qua, sợ kẻ gian vào được VNeID thì làm sao", "dvc-vneid-su-co");
    answers("điện thoại của tôi bị mất cắp, sợ kẻ gian mở VNeID của tôi", "dvc-vneid-su-co");
  });
  it("still gives the victim's steps when money was taken with it", () => {
    const r = ask("điện thoại của tôi bị mất cắp, kẻ gian rút hết tiền trong tài khoản");
    expect(led(r)).toBe("scam_warning ld-bi-lua-roi");
    expect(r.kind === "scam_warning" && r.handoff?.reason).toBe("scam_victim");
  });
});

describe("a victim scammed again by a money recovery service", () => {
  it("gets the victim's steps and a person, led by the recovery scam's entry", () => {
    for (const text of [
      "bác bị lừa xong lại chuyển 3 triệu cho bên thu hồi tiền, giờ họ chặn Zalo bác rồi",
      "chị tôi mất 30 triệu vì lừa đảo, rồi còn đóng thêm phí giải ngân 4 triệu cho nhóm trên Facebook, giờ họ block luôn",
    ]) {
      const r = ask(text);
      expect(r.kind === "scam_warning" && r.handoff?.reason, text).toBe("scam_victim");
      expect(r.entries.map((e) => e.id), text).toEqual(["ld-lay-lai-tien", "ld-bi-lua-roi"]);
    }
  });
  it("keeps the general entry for a victim with no such service", () => {
    expect(led(ask("bị lừa mất 20 triệu qua Zalo rồi"))).toBe("scam_warning ld-bi-lua-roi");
  });
});

describe("the resident's own road accident", () => {
  it("is handed off as a matter no entry covers, not warned as a scam", () => {
    for (const text of [
      "tôi bị tai nạn giao thông, người gây tai nạn bỏ chạy, muốn đòi bồi thường",
      "mẹ em đi chợ bị tai nạn giao thông, xe kia bỏ chạy mất, nhà em muốn được bồi thường",
      "tôi bị tai nạn giao thông lúc đang chở hàng cho khách ở ngã tư, bên kia bỏ chạy, giờ bồi thường sao",
    ]) {
      const r = ask(text);
      expect(r.kind, text).toBe("handoff");
      expect(r.kind === "handoff" && r.handoff.reason, text).toBe("out_of_scope");
    }
  });
  it("still warns of the accident script that asks for money", () => {
    expect(ask("Con chị bị tai nạn giao thông đang cấp cứu, chị chuyển gấp 30 triệu vào tài khoản 0123456789 cho bác sĩ mổ").kind).toBe("scam_warning");
  });
});

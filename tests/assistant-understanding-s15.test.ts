/**
 * Questions residents ask that the right entry should answer (issue 10 §4, session 15). Each class is
 * checked with messages written for this file, not the tuning lines:
 * - how long until the result, in the words residents wait with ("mất bao nhiêu ngày mới xong",
 *   "mấy hôm thì lấy được", "sáng nộp thì chiều có lấy được không"): the time of the named procedure,
 *   not a handoff because "mất" read as a death or a loss and "xong", "lấy" as words no entry has
 *   (waiting-time-cues.ts); a figure ("được 2 tuần", "5 ngày rồi") tells how long it has been, not a question;
 * - handing a secret code over or being asked for it ("đọc mã OTP cho shipper có sao không", "nhân
 *   viên ngân hàng xin mật khẩu") is the OTP entry, not the safe-payment or delivery entries the people
 *   named pull; the resident's own login trouble ("báo sai mật khẩu", "không nhận được OTP") is not
 *   (secret-code-asked.ts);
 * - a civil-status paper gone for good (burnt, flooded, eaten, the register lost) or never made by an adult
 *   is the re-registration and late-registration entry, not the extract copy or the registration the story
 *   names; a copy asked stays the copy, a paper to correct stays the correction (re-registration-asked.ts);
 * - a shop's QR code pasted over by someone else ("dán đè mã QR") is the safe-payment entry: its keywords
 *   now carry the words residents use for it (knowledge/entries/ky-nang-so/kns-thanh-toan-khong-tien-mat.md).
 */
import { describe, expect, it } from "vitest";
import { readFacet } from "../server/assistant/facet-cues";
import { reRegistrationEntry } from "../server/assistant/re-registration-asked";
import { secretCodeEntry } from "../server/assistant/secret-code-asked";
import { foldedText } from "../server/assistant/text-analysis";
import { knowledgeAssistant, offeredFirst } from "./support/knowledge-assistant";

const { ask, answeredBy } = knowledgeAssistant();
// the rules alone: the mechanism a case pins down, before the learned classifier reads the message
const rules = knowledgeAssistant(undefined, { learned: false });

describe("how long until the result", () => {
  it("answers the named procedure's time", () => {
    for (const [text, id] of [
      ["nhập hộ khẩu về nhà mới thì mất mấy ngày mới xong", "dvc-thuong-tru"],
      ["lam can cuoc cho con het may ngay thi lay duoc", "dvc-can-cuoc"],
      ["nộp hồ sơ tạm trú hôm nay thì mai có lấy được không", "dvc-tam-tru"],
    ] as const) {
      const result = answeredBy(text, id);
      expect(result.kind === "answer" && result.shown, text).toBe("time");
    }
  });

  it("takes the whole waiting phrase out of the topic words", () => {
    expect(readFacet(foldedText("đăng ký kết hôn mất mấy ngày mới xong")).topicText).toBe("dang ky ket hon");
    expect(readFacet(foldedText("sáng nộp chứng thực thì chiều có lấy được không")).facet).toBe("time");
  });

  it("does not read a figure of time passed as the time asked", () => {
    expect(readFacet(foldedText("con tôi sinh được 2 tháng thì làm thẻ bảo hiểm thế nào")).facet).not.toBe("time");
    expect(readFacet(foldedText("nộp hồ sơ được 5 ngày thì phường gọi lại")).facet).not.toBe("time");
  });
});

describe("a secret code handed over or asked for", () => {
  it("is the OTP entry", () => {
    for (const text of [
      "đọc mã otp cho nhân viên tiki để hủy đơn hàng có sao không",
      "đưa mật khẩu ngân hàng cho người quen nhờ chuyển tiền hộ có sao không",
      "nhân viên ví điện tử hỏi mã pin để xác minh, có nên nói không",
    ]) {
      // the rules alone (secret-code-asked.ts); with the learned classifier, which may doubt it (it reads the
      // bank, the wallet and the transfer as the safe-payment entry) and ask back, the OTP entry is offered first
      rules.answeredBy(text, "ld-otp");
      expect([text, offeredFirst(ask(text))]).toEqual([text, "ld-otp"]);
    }
  });

  it("is not the resident's own login trouble nor a SIM swap", () => {
    for (const text of [
      "vssid bao sai mat khau hoai khong vao duoc",
      "không nhận được mã otp khi đăng nhập dịch vụ công",
      "vneid gui otp ve so cu, toi doi so roi",
      "họ gọi bảo đổi sim 4g miễn phí rồi xin mã otp",
      "tôi quên mật khẩu vneid rồi",
    ]) {
      expect(secretCodeEntry(foldedText(text)), text).toBeUndefined();
    }
    const result = ask("vneid bao sai mat khau bi khoa roi");
    expect(result.kind === "answer" ? result.entry.id : result.kind).not.toBe("ld-otp");
  });
});

describe("a civil-status paper gone for good or never made", () => {
  it("is the re-registration entry", () => {
    for (const text of [
      "giấy khai sinh của tôi bị lũ cuốn trôi mất rồi, giờ xin làm lại thế nào",
      "giay ket hon bi chuot can nat het, dang ky lai o dau",
      "mẹ tôi năm nay 68 tuổi mà chưa bao giờ có giấy khai sinh, giờ làm sao",
      "bà tôi sinh năm 1950, hồi đó không làm khai sinh, giờ cần thì đăng ký ở đâu",
    ]) {
      answeredBy(text, "dvc-dang-ky-lai-ho-tich");
    }
  });

  it("leaves a copy asked, a paper to correct and a newborn alone", () => {
    for (const text of [
      "mất giấy khai sinh thì xin bản sao trích lục ở đâu",
      "giấy khai sinh ghi sai tên mẹ, không cần đăng ký lại mà chỉ sửa thôi được không",
      "con tôi mới sinh được 1 tuần, chưa có giấy khai sinh thì làm ở đâu",
    ]) {
      expect(reRegistrationEntry(foldedText(text)), text).toBeUndefined();
    }
  });
});

describe("a QR code pasted over", () => {
  it("is the safe-payment entry", () => {
    answeredBy("kẻ gian dán đè mã QR khác lên bảng của quán thì phải làm sao", "kns-thanh-toan-khong-tien-mat");
  });
});

/**
 * Session 22, second scam pass (s22-scam2), issue 11 ("Forwarded text found wherever it is", "Three honest
 * outcomes"). Every text here is an own wording, not a corpus or tuning row.
 *  1. A resident's own "is it so that …" question about an agency's or a brand's app and a benefit ("cài VssID để
 *     nhận tiền … phải không ạ") was warned as the gift lure it repeats (own-claim.ts; forwarded.ts no longer cuts
 *     a bare "phải không" off as the resident's question about a received text).
 *  2. Where the forwarded text is: a short line set apart from a question about it ("… -- có nên làm theo không")
 *     was not split from the question; a scam's own "xem có phải … không …:" lead-in was taken for the resident's
 *     question when a question followed the text (forwarded.ts).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const outcome = (t: string) => checkScam(t).outcome;

describe("a resident's own question about an official app and a benefit", () => {
  it.each([
    "Cài VssID thì được nhận tiền bảo hiểm thất nghiệp phải không ạ",
    "Cài ứng dụng VssID để được nhận tiền trợ cấp thất nghiệp phải không ạ",
    "cai ung dung vneid de duoc nhan tien ho tro phai ko a",
    "Tải ứng dụng Thuế điện tử về để được hoàn thuế đúng không ạ?",
    "Mình cài app VssID để nhận lương hưu hằng tháng phải không ạ",
    "Cài đặt VNeID để được nhận quà của phường đúng không nhỉ",
  ])("is answered normally: %s", (t) => {
    expect(outcome(t), t).toBe("not_forwarded");
  });

  it.each([
    // the same lure written to the reader
    "Bạn cài ứng dụng VssID để nhận tiền trợ cấp thất nghiệp nhé",
    "Bác cài ứng dụng VssID để nhận tiền trợ cấp ngay hôm nay nhé",
    "Quý khách vui lòng cài đặt ứng dụng VNeID để nhận quà tri ân",
    // told as it was received, no question
    "Cài đặt VssID để nhận tiền",
    "Cài ứng dụng VssID phiên bản mới để nhận tiền trợ cấp",
    // a link, or a demand beside the install, is the sender's
    "Cài đặt ứng dụng VNeID tại vneid-hotro.top để nhận tiền hỗ trợ phải không ạ",
    "Cài ứng dụng VNeID để nhận tiền hỗ trợ, gửi mã OTP cho cán bộ phải không",
    // asked about as a message
    "Cài ứng dụng VssID để được nhận tiền trợ cấp thất nghiệp -- có nên làm theo không",
  ])("stays warned: %s", (t) => {
    expect(outcome(t), t).toBe("scam");
  });
});

describe("the forwarded text set apart from the resident's question after it", () => {
  it.each([
    ["Cài đặt VssID để nhận tiền", " -- có nên làm theo không"],
    ["Cập nhật VNeID để nhận tiền hỗ trợ", " -- có nên làm theo không"],
    ["Cài đặt VssID để nhận tiền", "\ncó phải lừa đảo không"],
  ])("keeps a short line apart from the question: %s", (line, question) => {
    expect(outcome(line), line).toBe("scam");
    const v = checkScam(line + question);
    expect(v.outcome, line + question).toBe("scam");
    expect(v.shape.question).toBe("after");
    expect(v.body).toBe(line);
  });

  it.each([
    "Bấm vào xem có phải video của bạn không, đang bị phát tán: https://tinyurl.com/xyz123",
    "Vào đây xem có phải ảnh của em không nhé, mọi người đang chia sẻ: https://bit.ly/xem-anh-2026",
  ])("does not take a scam's own 'xem có phải … không' lead-in for the resident's question: %s", (text) => {
    expect(outcome(text), text).toBe("scam");
    for (const question of [" -- có nên làm theo không", "\ntin này thật không mọi người", " có phải lừa đảo không?"]) {
      const v = checkScam(text + question);
      expect(v.outcome, text + question).toBe("scam");
      expect(v.shape.question, text + question).not.toBe("before");
    }
  });

  it.each([
    "Tin này có phải lừa đảo không: có phải nộp tiền trước rồi mới được nhận hàng không, người giao hàng bảo thế là đúng không",
    "mn ơi check giúp: có phải đăng ký ở phường thì mới được nhận gạo cứu trợ không",
  ])("keeps a resident's question after 'có phải lừa đảo không:' a question: %s", (t) => {
    expect(outcome(t), t).not.toBe("scam");
  });

  it("a two-part question of the resident's own is not split into a text and a question", () => {
    for (const t of ["Nhà tôi ở ngõ 12. Có phải đăng ký tạm trú không ạ?", "Con tôi 16 tuổi -- có nên làm căn cước không"]) {
      expect(outcome(t), t).not.toBe("scam");
    }
  });
});

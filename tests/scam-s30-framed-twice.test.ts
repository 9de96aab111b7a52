/**
 * Session 30 (s30-scam), issue 11: a pasted text with the resident's words on both sides of it, or two of their
 * questions stacked before it (forwarded.ts framedAgain). Found in the held-out-by-source checks of the training
 * split (bench/scam-cv-misses.ts: three scams read as the resident's own question). Every text here is an own
 * wording, not a corpus or tuning row.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { splitForwarded } from "../server/assistant/scam/forwarded";

const outcome = (t: string) => checkScam(t).outcome;

describe("a scam framed twice is still judged", () => {
  it.each([
    // two questions stacked before the text
    "Tin này có phải lừa đảo không: phường ơi cho hỏi: Vietinbank: Tai khoan cua Quy khach co dau hieu bat thuong. Vui long cung cap ma OTP vua nhan cho nhan vien de khoa giao dich.",
    "Mẹ tôi nhận được tin này: cho hỏi: Vietcombank thông báo tài khoản của quý khách sẽ bị khóa, vui lòng cung cấp mã OTP để xác minh.",
    "mn ơi: Phường mình có thu khoản này không: UBND phuong thong bao: cac ho dong phi lam lai so ho khau 300.000d/nguoi, gui anh can cuoc 2 mat qua Zalo 0912 xxx xxx cho can bo truoc thu Hai.",
  ])("warns: %s", (text) => {
    expect(outcome(text)).toBe("scam");
  });

  it("peels the second frame and keeps the text whole", () => {
    const s = splitForwarded("Tin này có phải lừa đảo không: phường ơi cho hỏi: Vietinbank: Tai khoan cua Quy khach co dau hieu bat thuong. Vui long cung cap ma OTP.");
    expect(s.question).toBe("before");
    expect(s.body).toBe("Vietinbank: Tai khoan cua Quy khach co dau hieu bat thuong. Vui long cung cap ma OTP.");
  });

  it("takes the resident's words off both sides of the text", () => {
    const text = "Cháu chị bị tai nạn giao thông, đang được đưa vào bệnh viện, cần chuyển gấp 30 triệu để làm phẫu thuật.";
    const s = splitForwarded(`Tin này có phải lừa đảo không: ${text} Có người nhắn cho tôi như vậy, làm sao đây`);
    expect(s.body.startsWith(text)).toBe(true);
    expect(s.body).not.toContain("làm sao");
    expect(checkScam(`Tin này có phải lừa đảo không: ${text} Có người nhắn cho tôi như vậy, làm sao đây`).outcome).toBe("scam");
  });
});

describe("a text's own question or closing line is not taken for a second frame", () => {
  it("keeps a scam's own '…, đúng không ạ?' and closing 'em không biết làm sao cả'", () => {
    const text = "Chị ơi, chị là mẹ bé Nam đúng không ạ? Em là cô giáo chủ nhiệm, bé bị ngã cầu thang đang cấp cứu, chị chuyển trước 10 triệu viện phí giúp em. Em run quá em không biết làm sao cả";
    expect(splitForwarded(`mn ơi check giúp tin này: ${text}`).body).toBe(text);
  });

  it("keeps a notice's own closing line", () => {
    const text = "EVNHANOI: Hoa don dien tu thang 11 da phat hanh. Xem hoa don tai evnhanoi.vn hoac ung dung EVNHANOI.";
    expect(splitForwarded(`Cho hỏi tin nhắn này thật không ạ: ${text}`).body).toBe(text);
  });

  it.each([
    "Tin này có phải lừa đảo không: cho hỏi: Techcombank: Ma OTP cua Quy khach la 482913. TUYET DOI KHONG chia se ma nay voi bat ky ai, ke ca nhan vien ngan hang.",
    "Mẹ tôi nhận được tin này: phường ơi xem giúp: Viettel tang Quy khach 20% gia tri the nap khi nap qua ung dung My Viettel. Chi tiet goi 198 (mien phi).",
  ])("does not warn a genuine notice framed twice: %s", (text) => {
    expect(outcome(text)).not.toBe("scam");
  });

  it("one sentence asking about a kind of offer stays a question, whatever was asked before it", () => {
    expect(splitForwarded("Tin này có phải lừa đảo không: tuyển cộng tác viên bán hàng online có phải lừa đảo không").body).toBe(
      "tuyển cộng tác viên bán hàng online có phải lừa đảo không",
    );
  });
});

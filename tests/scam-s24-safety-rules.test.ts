/**
 * A message explaining safety rules is not a scam (session 24, issue 11). A ward or police warning forwarded by a
 * resident closes with a sentence that states and advises, addressed to the public ("Đây là thủ đoạn lừa đảo, bà con
 * không làm theo."). Its "lừa đảo" was read as the resident's own question after a pasted text, so the sentence that
 * marks the text as a warning was cut off and the warning itself was warned about. A resident's real question after a
 * pasted text (a "?", "không ạ", "có phải … không", "phải không", "thật không", "đúng không") is still split off, and
 * the scam it asks about is still warned. Own wordings; each warning below lost its closing sentence on a30cc95.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { splitForwarded } from "../server/assistant/scam/forwarded";

const warnings = [
  {
    text: "Công an phường: Một số người dân phản ánh nhận được cuộc gọi xưng cán bộ điện lực…, yêu cầu chuyển tiền. Đây là thủ đoạn lừa đảo, bà con không làm theo.",
    closing: "bà con không làm theo.",
  },
  {
    text: "UBND phường thông báo: thời gian gần đây có đối tượng giả danh nhân viên ngân hàng gọi điện đề nghị cập nhật sinh trắc học qua đường link lạ. Đây là hình thức lừa đảo, đề nghị người dân không cung cấp mã OTP cho bất kỳ ai.",
    closing: "không cung cấp mã OTP cho bất kỳ ai.",
  },
  {
    text: "Ban chỉ huy công an phường khuyến cáo: xuất hiện tin nhắn mạo danh điện lực báo cắt điện, yêu cầu thanh toán tiền điện vào tài khoản cá nhân. Thủ đoạn lừa đảo này đã lặp lại nhiều lần, các hộ gia đình tuyệt đối không chuyển tiền.",
    closing: "tuyệt đối không chuyển tiền.",
  },
  {
    text: "Thông báo của tổ dân phố: có người gọi xưng cán bộ thuế yêu cầu cài ứng dụng để hoàn thuế. Đó là lừa đảo, quý khách và bà con không làm theo, không bấm vào đường link.",
    closing: "không bấm vào đường link.",
  },
  {
    text: "Công an phường: đối tượng giả danh cán bộ BHXH gọi điện yêu cầu chuyển tiền để nhận trợ cấp. Chiêu lừa đảo này nhằm chiếm đoạt tài sản, bà con cảnh giác.",
    closing: "bà con cảnh giác.",
  },
];

const residentsQuestions = [
  {
    text: "Điện lực thông báo quý khách nợ tiền điện, chuyển khoản 1.250.000đ vào số tài khoản 0123456789 trước 17h hôm nay để tránh cắt điện. Cái này có phải lừa đảo không ạ?",
    question: "Cái này có phải lừa đảo không ạ?",
  },
  {
    text: "Tài khoản của quý khách đã bị khóa, vui lòng truy cập http://vietcom-bank.top để xác minh. Lừa đảo phải không bà con?",
    question: "Lừa đảo phải không bà con?",
  },
  {
    text: "Bạn đã trúng thưởng xe máy SH, nộp phí 2 triệu vào tài khoản để nhận giải. Lừa đảo đúng không ạ, bà con ơi",
    question: "Lừa đảo đúng không ạ, bà con ơi",
  },
  {
    text: "Cục thuế thông báo bạn được hoàn thuế 3.500.000đ, bấm vào link thue-vn.cc để nhận. Tin này lừa đảo phải không người dân ơi",
    question: "Tin này lừa đảo phải không người dân ơi",
  },
];

describe("a warning's closing advice to the public stays part of the forwarded text", () => {
  for (const w of warnings) {
    it(w.closing, () => {
      const shape = splitForwarded(w.text);
      expect(shape.question).toBe("none");
      expect(shape.body.endsWith(w.closing)).toBe(true);
      expect(checkScam(w.text).isScam).toBe(false);
    });
  }
});

describe("a resident's question after a pasted scam is still split off and the scam still warned", () => {
  for (const q of residentsQuestions) {
    it(q.question, () => {
      const shape = splitForwarded(q.text);
      expect(shape.question).toBe("after");
      expect(shape.framing).toBe(q.question);
      expect(shape.body.includes(q.question)).toBe(false);
      expect(checkScam(q.text).isScam).toBe(true);
    });
  }
});

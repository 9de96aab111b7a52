/**
 * Session 26 (s26-scam), issue 11, recall: the job / task scam's offer and the money-mule offer (job-offer-classes.ts).
 * Every text here is an own wording, not a corpus or tuning row.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { jobOfferReasons } from "../server/assistant/scam/job-offer-classes";
import { foldForScam } from "../server/assistant/scam/normalize";

const outcome = (t: string) => checkScam(t).outcome;
const framed = (t: string) => `Tin này có phải lừa đảo không ạ: ${t}`;

describe("job / task offers are warned, alone and with a question in front", () => {
  it.each([
    "Cần 10 bạn làm nhiệm vụ online, chỉ cần điện thoại, thu nhập 300-800k/ngày, ib ngay",
    "Shopee tuyển cộng tác viên đặt đơn ảo tăng tương tác, nhận hoa hồng 10-15% mỗi đơn, rút tiền về tài khoản ngay",
    "Công việc nhẹ nhàng lương cao, chỉ cần có smartphone, làm tại nhà, LH zalo 0901xxxxxx",
    "Tuyen cong tac vien chot don cho san TMDT, hoa hong cao, lam 1-2h moi ngay kiem 500k, nhan tin zalo 0987654321",
  ])("%s", (t) => {
    expect(outcome(t), t).toBe("scam");
    expect(outcome(framed(t)), t).toBe("scam");
  });
});

describe("money-mule offers (renting, buying accounts, receiving money for others) are warned", () => {
  it.each([
    "Cần thuê tài khoản ngân hàng chính chủ, trả 3 triệu/tháng, không ảnh hưởng gì, liên hệ zalo 0909123456",
    "Thu mua tài khoản ngân hàng, tài khoản Momo giá cao, đã eKYC, giao dịch nhanh, ib ngay",
    "Nhận tiền hộ, chuyển khoản hộ, mỗi giao dịch trả công 200k, chỉ cần có tài khoản ngân hàng",
    "Ai có tài khoản ngân hàng không dùng cho thuê lại, 5 triệu/tháng, bên mình chỉ dùng để nhận tiền hàng",
    "Bên mình cần người đứng tên mở tài khoản ngân hàng giúp, trả công 1,5 triệu mỗi tài khoản, chỉ cần mang CCCD",
    "Can mua tai khoan ngan hang chinh chu, gia 2tr/tk, bao an toan, lh 0868xxxxxx",
  ])("%s", (t) => {
    expect(outcome(t), t).toBe("scam");
    expect(outcome(framed(t)), t).toBe("scam");
  });

  it("says why in plain words", () => {
    const why = jobOfferReasons(foldForScam("Cần thuê tài khoản ngân hàng chính chủ, trả 3 triệu/tháng"));
    expect(why.join(" ")).toMatch(/tài khoản ngân hàng/);
  });
});

describe("rules against it, job fairs and residents' own questions are not warned", () => {
  it.each([
    "Công an phường khuyến cáo: không cho thuê, cho mượn, mua bán tài khoản ngân hàng, đây là hành vi vi phạm pháp luật.",
    "Vietcombank khuyến cáo: Quý khách tuyệt đối không cho thuê, cho mượn hoặc mua bán tài khoản, thẻ ngân hàng. Hotline 1900545413",
    "UBND phường thông báo: Trung tâm Dịch vụ việc làm Hà Nội tổ chức phiên giao dịch việc làm ngày 15/12 tại trụ sở phường, người lao động mang theo CCCD.",
    "Cho thuê tài khoản ngân hàng có bị phạt không ạ?",
    "Phường có tuyển cộng tác viên dân số không ạ?",
    "Tôi muốn tìm việc làm thêm ở phường thì hỏi ở đâu?",
  ])("%s", (t) => {
    expect(outcome(t), t).not.toBe("scam");
  });
});

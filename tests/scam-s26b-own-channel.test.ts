/**
 * Bills paid through the payee's own channels are no scam (session 26b, issue 11: false alarms): own-channel-payment.ts.
 * Probes written for this test (own wordings, private numbers and accounts invented), never validation rows. The same
 * shapes with a way out of the payee's channels — a link off the registry, a mobile number, an account number written
 * out, a QR code in the message — stay warned.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { ownChannelPayment } from "../server/assistant/scam/own-channel-payment";
import { readSignals } from "../server/assistant/scam/signals";
import { foldDiacritics } from "../server/assistant/vietnamese-text";

const genuine = [
  "EVNHANOI thông báo: tiền điện tháng 11 của khách hàng PD0123456789 là 1.245.000 đồng. Quý khách vui lòng thanh toán qua ứng dụng EVNHANOI hoặc tại quầy giao dịch của Điện lực trước ngày 25/12. Quá hạn sẽ tạm ngừng cấp điện.",
  "Công ty Nước sạch Hà Nội thông báo tiền nước kỳ 11/2026: 186.000đ. Đề nghị quý khách thanh toán qua ứng dụng ngân hàng hoặc tại điểm thu của công ty trước ngày 20/12.",
  "Viettel thông báo: cước tháng 11 của thuê bao là 320.000đ. Quý khách vui lòng thanh toán qua ứng dụng My Viettel hoặc tại cửa hàng Viettel gần nhất trước ngày 15/12 để tránh bị tạm ngừng dịch vụ.",
  "VNPT thông báo cước Internet tháng 11: 245.000đ. Quý khách thanh toán qua ứng dụng My VNPT hoặc tại điểm giao dịch VNPT trước ngày 20/12, quá hạn dịch vụ sẽ bị tạm ngừng.",
  "MobiFone thông báo: cước trả sau tháng 11 là 210.000đ. Quý khách vui lòng thanh toán qua ứng dụng My MobiFone hoặc tại cửa hàng MobiFone trước 20/12, quá hạn thuê bao sẽ bị tạm khóa một chiều.",
  "Trường Tiểu học thông báo: học phí tháng 12 là 450.000đ. Phụ huynh nộp tiền tại phòng tài vụ của trường hoặc chuyển khoản qua ứng dụng của nhà trường trước ngày 15/12.",
  "Tổ dân phố số 5 thông báo: thu quỹ vệ sinh môi trường năm 2026 mức 120.000đ/hộ. Các hộ nộp tại nhà văn hóa tổ dân phố tối thứ Bảy hoặc nộp cho tổ trưởng.",
];
/** warned on c796a97 (the office or counter option; a due date with "tạm ngừng cấp điện") */
const warnedBefore = [
  "Ban quản lý tòa nhà thông báo phí dịch vụ tháng 12 là 850.000đ/căn. Cư dân chuyển khoản vào tài khoản công ty ghi trên thông báo hoặc nộp tiền mặt tại văn phòng ban quản lý trước ngày 10.",
  "Điện lực Long Biên thông báo: khách hàng chưa thanh toán tiền điện kỳ 11 số tiền 612.000đ. Đề nghị thanh toán trước 25/12 qua ngân hàng hoặc tại điểm thu, quá hạn sẽ tạm ngừng cấp điện.",
];
const scams = [
  "EVNHANOI thông báo: tiền điện tháng 11 của quý khách chưa thanh toán 1.245.000 đồng. Vui lòng thanh toán qua ứng dụng hoặc tại quầy, hoặc thanh toán ngay tại evnhanoi-thanhtoan.com để tránh bị cắt điện trong hôm nay.",
  "Điện lực thông báo quý khách nợ tiền điện 2 tháng, sẽ cắt điện lúc 17h hôm nay. Thanh toán tại quầy giao dịch hoặc liên hệ nhân viên 0987654321 để được hỗ trợ thanh toán ngay.",
  "Nước sạch Hà Nội: quý khách nợ tiền nước 560.000đ, sẽ ngừng cấp nước sáng mai. Thanh toán qua ứng dụng ngân hàng vào tài khoản 1903456789012 Nguyen Van Hung hoặc tại điểm thu.",
  "Viettel: thuê bao của quý khách sẽ bị khóa 2 chiều sau 2 giờ do nợ cước. Vui lòng thanh toán tại cửa hàng hoặc nhắn Zalo 0912345678 để được hỗ trợ gia hạn.",
  "EVN thông báo hoàn tiền điện do tính sai. Quý khách thanh toán phí xử lý 50.000đ tại quầy hoặc quét mã QR trong tin nhắn này để nhận lại 1.200.000đ.",
  "Điện lực Long Biên thông báo: khách hàng chưa thanh toán tiền điện kỳ 11 số tiền 612.000đ. Đề nghị thanh toán trước 17h hôm nay qua số tài khoản 0451000123456 hoặc tại điểm thu, quá hạn sẽ tạm ngừng cấp điện.",
  "Ban quản lý tòa nhà thông báo phí dịch vụ tháng 12 là 850.000đ/căn. Cư dân nộp tiền mặt tại văn phòng ban quản lý hoặc chuyển khoản nhanh qua link bql-thanhtoan.top trước 17h hôm nay.",
  "Thông báo: phí gửi xe tháng 12 là 150.000đ/xe máy. Cư dân đóng tiền tại văn phòng hoặc liên hệ chị Lan 0978123456 để chuyển khoản.",
];
const shapes = (t: string) => [t, `Tin này có thật không mọi người: ${t}`, `${t} - có phải lừa đảo không ạ?`, foldDiacritics(t)];

describe("session 26b: bills paid through the payee's own channels", () => {
  it("does not warn genuine bill notices that offer the brand's app, the counter or the office", () => {
    const wrong = [...genuine, ...warnedBefore].flatMap(shapes).filter((t) => checkScam(t).isScam);
    expect(wrong).toEqual([]);
  });

  it("reads the office or counter option and the printed account as the payee's own channel", () => {
    for (const t of warnedBefore) expect(ownChannelPayment(readSignals(t)), t).toBe(true);
  });

  it("still warns the same shapes with an off-domain link, a mobile number, a written account or a QR code in the message", () => {
    const missed = scams.flatMap(shapes).filter((t) => !checkScam(t).isScam);
    expect(missed).toEqual([]);
    for (const t of scams) expect(ownChannelPayment(readSignals(t)), t).toBe(false);
  });
});

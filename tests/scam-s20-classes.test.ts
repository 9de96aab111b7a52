/**
 * Session 20 classes (issue 11), found on the training split's family CV (bench/scam-cv-family.ts) and the brief's
 * list; every text below is an own wording written for the test, not a corpus or tuning row:
 * - a failed delivery or a traffic violation whose only ask is a link ("bấm vào đường link", "click để xem lỗi");
 * - an English "your power will be disconnected tonight … call / click" over an unpaid bill;
 * - an English police script ("investigation … case number … call back"), a debt collector's threat ("thanh toán
 *   nợ … khởi kiện … gửi giấy báo nợ về UBND"), a bare "nhận quà tặng 500.000đ", a stranger introduced by an
 *   acquaintance ("bạn của chú Hùng … đưa số này của anh cho em");
 * - safety tips that state a rule ("không bao giờ cung cấp OTP", "hãy cảnh giác") are not scams.
 * Residents' own questions on the same topics stay unwarned. Points only (notice-scripts.ts): no training row's
 * signals move, the trained model is unchanged.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const framings = (t: string) => [t, `tin này có phải lừa đảo ko: ${t}`];
const warned = (t: string) => {
  for (const text of framings(t)) expect(checkScam(text).outcome, text).toBe("scam");
};
const notWarned = (t: string) => expect(checkScam(t).outcome, t).not.toBe("scam");

describe("a failed delivery or a traffic violation with only a link to follow", () => {
  it.each([
    "Kiện hàng bị giữ lại do chưa giao được, nhấn vào đường link để xác nhận lại địa chỉ nhận hàng",
    "Don hang khong the giao do thieu so nha, bam vao link de bo sung dia chi",
    "Your parcel could not be delivered because the address is incomplete. Please update your details in the link.",
    "Bạn có biên bản phạt nguội chưa nộp, bấm link để tra cứu và nộp phạt",
    "Thong bao vi pham giao thong: xe cua ban bi ghi hinh vuot den do, click de xem chi tiet loi",
  ])("warned: %s", warned);

  it.each([
    "GHN: Đơn hàng 8812 giao không thành công do không liên lạc được. Shipper sẽ giao lại vào ngày mai.",
    "Viettel Post: Bưu phẩm của quý khách giao không thành công, vui lòng liên hệ bưu cục gần nhất.",
    "giao hàng không thành công thì làm sao để nhận lại hàng?",
    "Làm sao tra cứu phạt nguội xe máy?",
    "xe tôi bị phạt nguội, nộp phạt online qua link nào?",
    "Your package could not be delivered today. We will try again tomorrow. Track it in the app.",
  ])("not warned: %s", notWarned);
});

describe("the English power cut tonight over an unpaid bill", () => {
  it.each([
    "URGENT: Your power supply will be disconnected tonight due to unpaid bill. Call our officer 0901234567 now.",
    "Notice: your electricity will be cut off at 10pm as your last payment was not received. Click the link to pay.",
  ])("warned: %s", warned);

  it.each([
    "Power will be cut tomorrow 8am-4pm for scheduled maintenance of the grid. We apologise for the inconvenience.",
    "How do I pay my electricity bill so my power will not be disconnected?",
  ])("not warned: %s", notWarned);
});

describe("police and debt scripts, gift bait, an acquaintance's introduction", () => {
  it.each([
    "You are under investigation, case number 44781. Failure to call back will lead to an arrest warrant.",
    "There is a criminal case against you. Please call the investigator to cooperate.",
    "[CIC] Thong bao: ong/ba co khoan no qua han, neu khong thanh toan no ngay chung toi se khoi kien va gui giay bao no ve UBND phuong. Lien he ngay.",
    "Cảnh báo: ông/bà vi phạm hợp đồng vay, yêu cầu thanh toán nợ trong hôm nay và nghe máy, nếu không chúng tôi lập biên bản gửi về địa phương.",
    "Em là bạn của chú Hùng, chú Hùng có giới thiệu em với anh, đưa số này của anh cho em để làm quen.",
    "Chào chị, em là cháu của bác Ba, bác Ba nói với chị chưa? Bác cho em xin số để làm quen ạ",
  ])("warned: %s", warned);

  it("a bare gift of money is warned when framed", () => {
    expect(checkScam("tin này có phải lừa đảo ko: Nhận ngay quà tặng 500.000đ").outcome).toBe("scam");
  });

  it.each([
    "The police opened an investigation against my neighbour, how do I report what I saw?",
    "Tôi nợ thẻ tín dụng quá hạn, ngân hàng dọa khởi kiện, tôi phải làm sao?",
    "Nhận quà tặng 100.000 đồng khi mua hóa đơn từ 500.000 đồng tại cửa hàng",
    "nhận quà tặng 100k ở phường thì cần giấy tờ gì",
    "Cô Lan giới thiệu cháu đến phường làm thủ tục tạm trú, cháu cần mang gì?",
    "bác Tư giới thiệu em qua đây hỏi về thủ tục khai sinh",
    "Chị Hoa giới thiệu em làm quen với anh Tuấn ở tổ 5, anh ấy hiền lắm.",
  ])("not warned: %s", notWarned);
});

describe("safety tips that state a rule are no scam", () => {
  it.each([
    "Canh giac: ke gian gia danh nhan vien dien luc goi dien doi cat dien, yeu cau chuyen tien. Khong bao gio chuyen tien theo yeu cau qua dien thoai.",
    "Mẹ nhớ nhé: đừng bao giờ đọc mã OTP cho ai qua điện thoại, ai xưng công an gọi đòi chuyển tiền là lừa đảo đấy.",
    "khong bao gio cung cap otp cho nguoi la, hay canh giac voi cac cuoc goi mao danh ngan hang",
  ])("not warned: %s", (t) => {
    for (const text of framings(t)) expect(checkScam(text).outcome, text).not.toBe("scam");
  });

  it.each([
    "Ngân hàng không bao giờ yêu cầu OTP. Tuy nhiên tài khoản của bạn sắp bị khóa, vui lòng đọc mã OTP vừa gửi cho nhân viên 0912345678 để giữ tài khoản.",
    "Hãy cảnh giác! Tài khoản của bạn đã bị lộ, chuyển toàn bộ tiền sang tài khoản an toàn 1903456789 Techcombank ngay.",
  ])("a tip's words with a channel and a demand stay warned: %s", warned);
});

describe("the police summoning the reader over a case, to be handled online or in secret", () => {
  it.each([
    "Công an quận thông báo: ông/bà có tên trong vụ án lừa đảo đang điều tra, đề nghị kết nối Zalo với điều tra viên Trần Văn Long số 08xx.xxx.219 để làm việc trực tuyến, không cần đến trụ sở.",
    "CA phuong: ba co giay trieu tap lien quan duong day rua tien, lien he can bo dieu tra qua so 09xx xxx 771, khong duoc tiet lo cho nguoi nha.",
  ])("warned, by the hand weights too: %s", (t) => {
    warned(t);
    expect(checkScam(t, { scorer: { kind: "hand" } }).outcome).toBe("scam");
  });

  it("'không được tiết lộ cho người khác' is the script's secrecy, not a safety rule", () => {
    const t = "Công an phường thông báo: ông/bà liên quan vụ án rửa tiền. Đề nghị liên hệ cán bộ điều tra qua số 0xxx.xxx.204 để phối hợp. Không được tiết lộ cho người khác.";
    warned(t);
  });

  it.each([
    "Công an phường khuyến cáo: Công an không làm việc qua điện thoại, không triệu tập qua Zalo. Ai nhận cuộc gọi như vậy hãy báo 113.",
    "Công an phường mời ông Nguyễn Văn A đến trụ sở lúc 8h ngày 5/12 để làm việc về vụ va chạm giao thông. Mang theo căn cước.",
    "Tôi nhận giấy triệu tập của công an, có cần đến trụ sở không hay làm việc qua điện thoại được?",
    "Con tôi bị công an triệu tập điều tra vụ đánh nhau, tôi cần làm gì?",
  ])("not warned: %s", notWarned);
});

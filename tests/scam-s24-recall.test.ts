/**
 * Session 24 (s24-scam), issue 11, recall: script classes found by probing the check with own wordings of the
 * families in police, bank and telecom warnings (money-offer-classes.ts; check.ts parcel "bị hải quan giữ" and
 * "lúc nào cũng"), and residents' questions around a pasted text that hid it (forwarded.ts). Every text here is
 * an own wording, not a corpus or tuning row.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { splitForwarded } from "../server/assistant/scam/forwarded";
import { moneyOfferReasons } from "../server/assistant/scam/money-offer-classes";
import { foldForScam } from "../server/assistant/scam/normalize";

const outcome = (t: string) => checkScam(t).outcome;
const framed = (t: string) => `Bác xem giúp tin này thật hay giả: ${t}`;

describe("money offers and alerts off the official channels are warned, alone and with a question in front", () => {
  it.each([
    // pooled money paying interest by the day
    "Góp vốn 10 triệu nhận lãi 300 nghìn mỗi ngày, rút vốn bất cứ lúc nào, an toàn tuyệt đối",
    "Ủy thác đầu tư vàng, góp vốn từ 3 triệu, nhận lãi hằng ngày, rút gốc lúc nào cũng được",
    "G0p v0n nh4n l4i m0i ng4y 5%, r_u_t bat cu luc nao",
    // money to collect at a link that is not a brand's, or by scanning a QR code
    "Tai khoan ban vua duoc cong 5.000.000d tu chuong trinh khuyen mai, rut tien tai http://rut-tien-nhanh.com",
    "Quét mã QR này để nhận tiền trợ cấp thất nghiệp",
    "Quỹ hỗ trợ người có hoàn cảnh khó khăn chi trả 5 triệu đồng cho mỗi hộ, đăng ký nhận qua đường link",
    // a credit limit raised off the bank's channels
    "Quy khach duoc nang han muc the tin dung len 80 trieu. Dang ky ngay tai: http://nanghanmuc-the.com",
    // a loan with only the ID card through a private number
    "Ho tro vay von 10-500tr, giai ngan nhanh trong 2h, chi can CCCD. LH 0903xxxxxx",
    // a bank's "unusual transaction" alert sending the reader to a mobile number
    "Ngân hàng thông báo thẻ của quý khách phát sinh giao dịch bất thường 15.000.000đ, nếu không phải quý khách thực hiện vui lòng gọi ngay 0868123456",
    // a prize claimed by calling a private number
    "Thue bao cua ban da trung 1 giai thuong tri gia 50tr, goi 0869xxxxxx de nhan giai",
    // a parcel held by customs, a fee into an account
    "Bưu cục thông báo: bưu phẩm của bạn từ nước ngoài đang bị hải quan giữ, vui lòng nộp phí thông quan 2.850.000đ vào tài khoản 1903xxxx",
  ])("%s", (t) => {
    expect(outcome(t), t).toBe("scam");
    expect(outcome(framed(t)), t).toBe("scam");
  });
});

describe("genuine messages near those classes are not warned", () => {
  it.each([
    "Gửi tiết kiệm online lãi suất 6%/năm, lãi nhập gốc, tất toán bất kỳ lúc nào trên ứng dụng VCB Digibank",
    "Vietcombank: Thẻ của Quý khách phát sinh giao dịch 1.250.000đ tại SHOPEE. Nếu không phải Quý khách thực hiện, vui lòng gọi 1900545413",
    "TPBank: Quy khach vua duoc cong 5.000.000 VND vao tai khoan. Noi dung: Luong thang 11. So du 12.345.000 VND",
    "Quét mã QR để thanh toán tiền điện tháng 11 qua ứng dụng ngân hàng",
    "Phường thông báo: hộ nghèo được hỗ trợ 500.000 đồng mỗi hộ dịp Tết, nhận tại UBND phường từ ngày 20/1, mang theo căn cước",
    "Ngân hàng BIDV: nâng hạn mức thẻ tín dụng ngay trên ứng dụng SmartBanking, không cần đến quầy",
    "FE Credit: Vay tiêu dùng đến 70 triệu, chỉ cần CCCD, duyệt trong 15 phút. Tu choi QC soan TC gui 9115",
    "Shopee: Don hang 2311ABC da duoc hoan tien 150.000d vao Vi ShopeePay. Chi tiet xem tai ung dung Shopee",
    "Bưu điện Hà Nội: bưu phẩm của ông/bà bị hải quan giữ để kiểm tra, vui lòng mang giấy tờ tùy thân đến bưu cục Cầu Giấy để làm thủ tục",
  ])("%s", (t) => {
    expect(outcome(t), t).not.toBe("scam");
    expect(outcome(framed(t)), t).not.toBe("scam");
  });
});

describe("a resident's question around a pasted text does not hide it", () => {
  const text = "Con gặp tai nạn đang ở bệnh viện cấp cứu, cần chuyển tiền ngay để nhập viện";
  it.each([
    `${text} ??? thật ko`,
    `${text} Tin này có đáng tin không ạ?`,
    `Tin nhắn này đáng tin không ạ? ${text}`,
  ])("%s", (t) => {
    expect(outcome(t)).toBe("scam");
  });

  // a bare "có phải lừa không" run on after one sentence may end the resident's own telling: it is not split off (the
  // assistant answers from the entry, "Dạ có" first: tests/assistant-yes-no-s24.test.ts)
  it("leaves a bare 'có phải lừa không' after one sentence to the resident's own question", () => {
    expect(splitForwarded(`${text} có phải lừa không ạ`).question).toBe("none");
  });

  it("keeps the question marks with the resident's words", () => {
    expect(splitForwarded(`${text} ??? thật ko`).body).toBe(text);
  });

  it("does not take a text's own plea for the resident's question", () => {
    const plea = "Anh chị ơi, anh chị giúp em mỗi người 2 triệu được không? Em hứa tháng sau trả đủ cho anh chị";
    expect(splitForwarded(plea).question).toBe("none");
  });
});

it("says why in plain words", () => {
  const v = checkScam("Góp vốn 10 triệu nhận lãi 300 nghìn mỗi ngày, rút vốn bất cứ lúc nào");
  expect(moneyOfferReasons(foldForScam(v.body)).join("\n")).toMatch(/lãi theo ngày/);
  expect(moneyOfferReasons(foldForScam("Quét mã QR này để nhận tiền trợ cấp")).join("\n")).toMatch(/mã QR chỉ dùng để trả tiền/);
});

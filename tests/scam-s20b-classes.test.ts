/**
 * Session 20 (s20-scam2) classes, issue 11; every text is an own wording, not a corpus or tuning row:
 * - a bare gift of money to the reader ("Nhận quà tặng 200.000đ", "Bạn được tặng 1 triệu, nhận tại …"): bait even
 *   without a question in front (a 5-word line naming an amount is no resident's search topic);
 * - a composed borrow text from an acquaintance's account ("ck giùm em 2tr vào stk này, mai em trả");
 * - an automated call in an agency's name asking to press a key or call a number, and the "card misused,
 *   contact the police at this number" hand-over;
 * - a teacher, school or landlord asking for a payment into a "new" account.
 * Residents' own questions on the same topics stay unwarned. Points only (notice-scripts.ts): the trained model is unchanged.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const warned = (t: string) => expect(checkScam(t).outcome, t).toBe("scam");
const notWarned = (t: string) => expect(checkScam(t).outcome, t).not.toBe("scam");

describe("a bare gift of money", () => {
  it.each([
    "Nhận quà tặng 200.000 đồng",
    "nhan qua tang 300k",
    "Quý khách được tặng 700k, nhận tại quatang-khachhang.vn",
    "Chuc mung ban duoc tang 250.000d, bam vao day de nhan",
    "Bạn vừa được nhận 2 triệu đồng, nhận ngay tại uudai-vip.com",
  ])("warned: %s", warned);
  it.each([
    "nhận quà tặng",
    "tôi nhận quà tặng 200 nghìn từ công ty, có phải khai thuế không",
    "mẹ tôi được tặng 300k",
    "nhận quà tặng 500k ở đâu",
  ])("not warned: %s", notWarned);
});

describe("a composed borrow text", () => {
  it.each([
    "chị ck giùm em 2tr vào stk này nhé, mai em trả",
    "cho e muon 3 trieu gap, chuyen vao tk 0123456789 nhe, toi e tra",
    "anh chuyển tạm cho em 1tr5 vào số tk 190345678 techcombank, chiều em gửi lại",
    "a ơi ck hộ e 4 củ vào tk này với, tối e gửi lại",
    "chi bank truoc cho em 800k vao stk nay nhe, tuan sau em tra",
  ])("warned: %s", warned);
  it.each([
    "em chuyển cho chị 2 triệu rồi, chị kiểm tra giúp em",
    "ck hộ tôi 2 triệu vào tk này rồi mai tôi trả có sao không",
  ])("not warned: %s", notWarned);
});

describe("an automated call in an agency's name, the hand-over to the police", () => {
  it.each([
    "có cuộc gọi tự động bảo bấm phím 9 để gặp tổng đài BHXH",
    "Có cuộc gọi tự động tự xưng Bộ Công an, bảo bấm 9 để nghe chi tiết, nói tài khoản sẽ bị phong toả",
    "cuoc goi tu dong noi toa an co giay trieu tap, nhan phim 1 de gap can bo",
    "Bảo hiểm xã hội thông báo, thẻ BHYT của ông bà đã bị sử dụng trái phép, đề nghị ông bà liên hệ công an theo số sau",
  ])("warned: %s", warned);
  it.each([
    "BHXH có gọi điện tự động cho người dân không?",
    "công an phường có gọi tự động nhắc lịch làm căn cước không",
    "the bhyt cua toi bi su dung trai phep thi bao cong an o dau",
  ])("not warned: %s", notWarned);
});

describe("a payee the reader knows asking for a payment into a new account", () => {
  it.each([
    "Thầy chủ nhiệm nhắn: phụ huynh chuyển tiền học thêm vào tk mới 1903xxxx của thầy, tk cũ bị khoá",
    "nha truong thong bao tu nay phu huynh dong hoc phi vao stk moi 0123456789",
  ])("warned: %s", warned);
  it.each([
    "học phí năm nay nộp vào tài khoản nào của trường",
    "trường đổi sang tài khoản mới thì phụ huynh cần làm gì",
  ])("not warned: %s", notWarned);
});

/**
 * Session 16 (issue 11): classes of the real texts added to the corpus' training split (real-press-16.yaml) that the
 * check missed, and of tuning13's two forwarded scams it missed, each tested with phrasings written here (not the
 * corpus rows, not the tuning lines), with genuine messages of the same shape that must stay unwarned. Every
 * number, name and domain below is invented for the test.
 * - A gift, greeting or prize "waiting" that is fetched by texting or calling a paid number (premium-gift-lure.ts).
 * - A casting call for child models or actors that asks the family for a fee (audition-fee.ts).
 * - A link whose dot has a space on one side only after a hyphenated name ("sacombank-ekyc. xyz", links.ts).
 * Two more rules written for the same rows (a debt collector's threat to tell the ward or family; a stranger's "a mutual
 * acquaintance gave me your number") raised training recall and no validation figure, so they were dropped (notes/s16-scam.md).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { findLinks } from "../server/assistant/scam/links";

const check = (text: string) => checkScam(text);
const warned = (text: string) => check(text).outcome === "scam";

describe("a waiting gift fetched through a paid number", () => {
  it.each([
    "Chuc mung TB 0912xxxxxx, ban nhan duoc 1 loi nhan thoai tu nguoi giau ten. De nghe loi nhan soan NGHE gui 8579",
    "Bạn vừa được tặng 1 bài hát kèm lời chúc từ một thuê bao bí mật. Để nghe, soạn tin BH gửi 6758",
    "Quý khách đã nhận được quà tặng năm mới. Để nhận quà vui lòng gọi 1900 561234",
  ])("is warned: %s", (text) => {
    expect(check(text).signals).toContain("stranger_payment");
    expect(warned(text)).toBe(true);
  });
  it.each([
    "VinaPhone: Soan DK gui 9999 de nhan 20 co hoi trung 200 trieu",
    "MobiFone: Chuc mung Quy khach da nhan duoc 1GB data mien phi. Chi tiet LH 9090",
  ])("an operator's own promotion is not: %s", (text) => {
    expect(check(text).signals).not.toContain("stranger_payment");
    expect(warned(text)).toBe(false);
  });
});

describe("a casting call that asks the family for a fee", () => {
  it.each([
    "Tuyển người mẫu nhí cho thương hiệu thời trang, bé được chọn sẽ có cát-xê 5 triệu. Phụ huynh chuyển phí casting 800.000đ để giữ suất",
    "Đài truyền hình tuyển diễn viên nhí, đăng ký cho bé ngay, nộp lệ phí hồ sơ 500k qua tài khoản của chị quản lý",
    "tuyen mau nhi chup quang cao, be duoc tra 3tr/buoi, bo me dong tien chup anh thu 950k truoc",
  ])("asks a fee first: %s", (text) => {
    expect(check(text).signals).toContain("fee_to_receive");
    expect(warned(text)).toBe(true);
  });
  it("a free class for young models at the ward's cultural house is not", () => {
    const text = "Nhà văn hóa phường mở lớp năng khiếu người mẫu nhí miễn phí, phụ huynh đăng ký tại văn phòng tổ dân phố";
    expect(check(text).signals).not.toContain("fee_to_receive");
    expect(warned(text)).toBe(false);
  });
});

describe("a link whose dot has a space on one side", () => {
  it.each([
    ["Vietcombank: tai khoan cua quy khach tam khoa, xac thuc tai vcb-xacthuc. top", "vcb-xacthuc.top"],
    ["MB Bank thong bao cap nhat sinh trac hoc tai mbbank-ekyc .vip de tranh gian doan", "mbbank-ekyc.vip"],
    ["Techcombank: the cua ban sap het han, gia han tai tcb-giahan. xyz/the", "tcb-giahan.xyz"],
  ])("is read as the link it is: %s", (text, host) => {
    expect(findLinks(text).map((l) => l.host)).toContain(host);
    expect(warned(text)).toBe(true);
  });
  it("a sentence that ends before a word is no link", () => {
    expect(findLinks("Chúc mừng năm mới. Top 10 món ăn ngày Tết")).toEqual([]);
    expect(findLinks("Xin cảm ơn bà con. Com bình dân giá 30 nghìn")).toEqual([]);
  });
});

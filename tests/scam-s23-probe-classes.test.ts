/**
 * Session 23 (s23-scam), issue 11: script classes found by probing the check with own wordings of the issue's
 * families in real-SMS style (no accents, abbreviations), not corpus or tuning rows (probe-classes.ts; check.ts
 * favourAsked and "bất cứ lúc nào"). Every text here is an own wording.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { foldForScam } from "../server/assistant/scam/normalize";
import { probeClassReasons } from "../server/assistant/scam/probe-classes";

const outcome = (t: string) => checkScam(t).outcome;
const framed = (t: string) => `Tin này có phải lừa đảo không: ${t}`;

describe("scripts the check missed before, warned alone and with a question in front", () => {
  it.each([
    // top-up card codes handed to someone
    "Nap the 500k nhan 5tr, ong anh lam o Viettel chi cho. Gui ma the vao so 0912xxx",
    "Em dang can gap 5 the cao Viettel 100k, chi mua giup em roi gui ma the qua tin nhan, mai em tra",
    // a deposit that comes back multiplied
    "Sàn giao dịch vàng quốc tế, nạp 10 triệu nhận 15 triệu sau 7 ngày, rút tiền bất cứ lúc nào",
    "Nạp 2 triệu vào hệ thống nhận về 6 triệu chỉ sau 3 ngày, uy tín 100%",
    // a paid package "registered", cancelled at a link that is not the operator's
    "Thue bao cua ban da bi dang ky goi cuoc 499.000d/thang. Neu khong dang ky, huy ngay tai http://huy-dv.info",
    "Quy khach vua bi tru 199.000d cho dich vu xem phim. Neu khong su dung, huy dich vu tai http://dv-huy.site",
    // a voice message waiting at a short link
    "Ban co 1 tin nhan thoai chua nghe. Nghe ngay tai http://bit.ly/3xYzAb",
    // paid tasks from home with a private contact
    "Tuyen 10 ban lam don online tai nha, moi don duoc 50k, lam 3-5 don/ngay, tra luong cuoi ngay. Lien he Zalo 0707xxxxxx",
    // "staff" of a utility, BHXH or a bank asking for money into their account, ID photos or the card's digits
    "Alo co phai chu Ba khong, em ben dien luc, cong to nha chu bi hong, phai thay gap, chu chuyen 1,8 trieu tien cong to vao tai khoan em nhe",
    "Bac oi chau ben BHXH, bac duoc tang luong huu 2 trieu/thang, bac cho chau xin anh can cuoc 2 mat de lam ho so",
    "Anh oi em ben ngan hang, the tin dung cua anh duoc nang han muc len 100 trieu, anh doc giup em 16 so tren the va ngay het han",
    "Anh ơi để nâng hạn mức thẻ, anh đọc giúp em số in trên mặt sau của thẻ với ạ",
    // a new friend abroad bringing up an investment
    "Chao ban, minh thay ban dep qua, minh la doanh nhan o Singapore, muon ket ban lau dai. Minh co du an dau tu vang lai cao muon chia se voi ban",
  ])("%s", (t) => {
    expect(outcome(t), t).toBe("scam");
    expect(outcome(framed(t)), t).toBe("scam");
  });
});

describe("genuine notices and promotions near those classes are not warned", () => {
  it.each([
    "Nạp thẻ Viettel 100.000đ nhận thêm 50% giá trị thẻ trong ngày vàng 15/12. Chi tiết 18008098",
    "Nap the Viettel 100k nhan them 20k vao tai khoan khuyen mai trong ngay 10/12. Tu choi QC soan TC gui 199.",
    "Gui tiet kiem online 100 trieu, lai suat 5,5%/nam, tat toan bat ky luc nao tren app VCB Digibank.",
    "Viettel: Ban co 2 tin nhan thoai moi. Goi 1313 de nghe (mien phi).",
    "Viettel: Quy khach co 1 tin nhan thoai moi tu so 0912xxx. Goi 1313 de nghe. Chi tiet LH 18008098",
    "Ban da dang ky thanh cong goi cuoc ST90 (90.000d/30 ngay). De huy soan HUY ST90 gui 191.",
    "Cong ty may Thanh Cong tuyen 50 cong nhan may, luong 8-10tr/thang, lam viec tai xuong KCN Thach That. LH phong nhan su 0243xxxxxxx",
    "Bưu điện Việt Nam không bao giờ yêu cầu khách chuyển tiền vào tài khoản của nhân viên hay gửi ảnh căn cước qua Zalo.",
    "Khong doc 16 so tren the, ngay het han hay ma CVV cho bat ky ai goi dien tu xung ngan hang.",
    "Tuyet doi khong cung cap 16 so tren the, ngay het han, ma CVV cho bat ky ai, ke ca nhan vien ngan hang.",
    "Em bên phường đây chị ơi, mai chị mang căn cước lên phường ký giấy xác nhận nhé.",
    "Anh oi mai em chuyen tra anh 2 trieu tien hom truoc nhe, cam on anh",
  ])("%s", (t) => {
    expect(outcome(t), t).not.toBe("scam");
    expect(outcome(framed(t)), t).not.toBe("scam");
  });
});

describe("residents' own questions near those classes are answered normally", () => {
  it.each([
    "tôi muốn mua thẻ cào Viettel cho con thì mua ở đâu",
    "em đang cần tìm việc làm thêm tại nhà, phường có giới thiệu không",
    "nạp tiền vào ví MoMo có mất phí không",
    "em đang cần vay tiền mua xe thì vay ngân hàng nào lãi thấp",
    "tôi muốn nạp thẻ điện thoại cho mẹ thì làm thế nào",
    "Tôi nộp hồ sơ bất cứ lúc nào trong giờ hành chính được không?",
  ])("%s", (t) => {
    expect(outcome(t), t).toBe("not_forwarded");
  });
});

describe("the warning says why in plain words", () => {
  it.each([
    ["Anh ơi để nâng hạn mức thẻ, anh đọc giúp em số in trên mặt sau của thẻ với ạ", /số thẻ, ngày hết hạn/],
    ["Nap the 500k nhan 5tr, ong anh lam o Viettel chi cho. Gui ma the vao so 0912xxx", /mã thẻ cào/],
    ["Ban co 1 tin nhan thoai chua nghe. Nghe ngay tai http://bit.ly/3xYzAb", /tin nhắn thoại/],
    ["Thue bao cua ban da bi dang ky goi cuoc 499.000d/thang. Neu khong dang ky, huy ngay tai http://huy-dv.info", /hủy qua đường link/],
  ])("%s", (t, why) => {
    const v = checkScam(t);
    expect(v.outcome).toBe("scam");
    expect(probeClassReasons(foldForScam(v.body)).join("\n")).toMatch(why);
  });
});

/**
 * Session 27 (issue 11): classes the check missed, found with own wordings (numbers invented), never validation rows:
 *  - a caller's gag order read as the resident's own words or as a loss told ("Ông cần chuyển toàn bộ tiền…, không được
 *    nói với ai": check.ts gagOrder, instructed-gag.ts), and the isolation order of an "online kidnapping";
 *  - renting, lending or selling an ID card, a bank account, a SIM or a chat account (signal id_account_trade);
 *  - a payout against the bank account AND ID numbers sent by message; returns per month no deposit pays;
 *  - genuine local job adverts (a place of work, a wage by the hour or the month) no longer warned;
 *  - victims who paid and got nothing, told without "bị lừa", given the steps.
 * Each against its genuine near-class: rules, residents' questions, a shop's advert with a phone, a delay in a payment.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { checkReceivedMessage } from "../server/assistant/scam/reply";
import { readSignals } from "../server/assistant/scam/signals";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { foldDiacritics } from "../server/assistant/vietnamese-text";
import { wardFixture } from "./support/ward-fixture";

const shapes = (t: string) => [t, `tin này có phải lừa đảo ko: ${t}`, `Nhờ xem giúp "${t}"`, foldDiacritics(t)];
const warnedNot = (texts: string[]) => texts.flatMap(shapes).filter((t) => checkScam(t).outcome !== "scam");
const warned = (texts: string[]) => texts.flatMap(shapes).filter((t) => checkScam(t).isScam);

const gagScripts = [
  "Ông cần chuyển toàn bộ tiền tiết kiệm vào tài khoản an toàn do cơ quan điều tra chỉ định, không được nói với ai kể cả con cháu.",
  "Bà phải rút hết tiền trong sổ tiết kiệm chuyển vào tài khoản của Viện kiểm sát để xác minh, tuyệt đối không được nói cho người nhà biết.",
  "Chú cần đến nơi vắng người, thuê phòng khách sạn một mình để làm việc qua video với cán bộ, không được cho ai biết.",
  "Em phải ở một mình trong phòng, tắt liên lạc với gia đình và làm theo hướng dẫn của cán bộ, không được nói với bố mẹ.",
];
const trades = [
  "Bên mình cần mua SIM chính chủ đã đăng ký thông tin, giá 200k một SIM, liên hệ 0987654321.",
  "Bạn cho thuê CCCD và số điện thoại để đăng ký tài khoản ví điện tử, mỗi tháng nhận 1 triệu.",
  "Mở hộ tài khoản ngân hàng bằng căn cước của bạn, bên mình giữ thẻ, trả 1,5 triệu một lần.",
  "Thuê tài khoản Facebook, Zalo lâu năm 300k/tháng, liên hệ ngay.",
];
const payoutsAndReturns = [
  "Cơ quan thuế thông báo bạn được hoàn thuế thu nhập cá nhân 3.250.000đ, vui lòng cung cấp số tài khoản và CCCD để nhận tiền.",
  "Cơ hội đầu tư dự án điện mặt trời, mỗi cổ phần 5 triệu nhận lãi 15% mỗi tháng, liên hệ 0903xxxxxx.",
  "Nhóm kín phím hàng chứng khoán, đảm bảo lãi 300%, phí tham gia 2 triệu, vào ngay kẻo lỡ.",
];
const jobScams = [
  "Tuyển nhân viên bán hàng online tại nhà, lương 300k/ngày, liên hệ Zalo 0912345678.",
  "Tuyển nhân viên phục vụ nhà hàng, lương 15 triệu/tháng, cần đóng phí đồng phục 500k trước khi nhận việc, liên hệ 0987654321.",
  "Tuyển phục vụ quán cà phê, lương 25k/giờ, kết bạn Zalo 0912345678 để nhận việc.",
  "Nhà hàng cần tuyển 5 nhân viên phục vụ làm tại Nhật, lương 40 triệu/tháng, phí hồ sơ 15 triệu.",
];
const genuine = [
  "Tuyển nhân viên phục vụ quán cà phê, lương 25k/giờ, làm ca tối, liên hệ 0912345678 gặp chị Hoa.",
  "Siêu thị mini cần tuyển 2 nhân viên bán hàng, lương 7 triệu/tháng, làm xoay ca, phỏng vấn trực tiếp tại cửa hàng số 45 phố Huế.",
  "Gara ô tô tuyển thợ phụ, lương từ 6-8 triệu, bao ăn trưa, liên hệ anh Tuấn 0913456789.",
  "Nhà mình không cho thuê, không cho mượn CCCD, tài khoản ngân hàng với bất kỳ ai nhé mọi người.",
  "Cho thuê phòng trọ 25m2 ngõ 12, giá 2,5 triệu/tháng, xem phòng trực tiếp, liên hệ chủ nhà 0912345678.",
  "Cho thuê xe máy theo ngày 150k, cần đặt cọc CCCD bản gốc, nhận xe tại cửa hàng số 8.",
  "Công an phường cảnh báo: đối tượng rủ cho thuê tài khoản ngân hàng 3 triệu một tháng, người dân không cho thuê, cho mượn tài khoản.",
  "Người dân mang CCCD đến bộ phận một cửa UBND phường, cung cấp số tài khoản và CCCD để nhận tiền hỗ trợ.",
  "Ngân hàng thông báo lãi suất tiết kiệm 12 tháng là 5,5%/năm, chi tiết tại quầy giao dịch.",
];
const victims = [
  "Bà tôi bị người ta gọi dọa là công an, đã chuyển 200 triệu vào tài khoản của họ",
  "Tôi đóng phí giải ngân khoản vay 5 triệu rồi mà không được giải ngân, họ còn đòi thêm",
  "Mình chuyển tiền mua vé máy bay qua một trang trên Facebook, giờ không thấy vé đâu, fanpage chặn luôn",
  "Tôi nộp phí nhận thưởng 2 triệu rồi mà không thấy quà",
];
const notVictims = [
  "Tôi chuyển khoản học phí rồi mà chưa thấy nhà trường cập nhật, hỏi ở đâu ạ?",
  "Đã nộp lệ phí cấp đổi căn cước rồi, bao giờ có kết quả?",
  "Chuyển tiền cọc thuê nhà rồi thì hợp đồng ký thế nào ạ?",
  "Mình đặt hàng trên Shopee đã thanh toán rồi mà chưa nhận được hàng thì làm sao?",
];

describe("session 27: gag and isolation orders", () => {
  it("warns a caller's order to move money in secret, even opened like the resident's own words", () => {
    expect(warnedNot(gagScripts)).toEqual([]);
  });
  it("keeps a resident who tells the same order after the fact a victim", () => {
    expect(checkScam("Họ bảo tôi phải chuyển toàn bộ tiền vào tài khoản an toàn, không được nói với ai, tôi chuyển rồi giờ không liên lạc được").outcome).toBe("victim");
  });
});

describe("session 27: renting, lending or selling an ID card, account or SIM", () => {
  it("warns the offers, with the signal set", () => {
    expect(warnedNot(trades)).toEqual([]);
    expect(trades.filter((t) => !readSignals(t).set.has("id_account_trade"))).toEqual([]);
  });
  it("does not read a rule, a warning, a room or a motorbike to rent as the offer", () => {
    expect(genuine.filter((t) => readSignals(t).set.has("id_account_trade"))).toEqual([]);
  });
});

describe("session 27: payouts against account and ID numbers, returns no deposit pays, job adverts", () => {
  it("warns them", () => {
    expect(warnedNot(payoutsAndReturns)).toEqual([]);
    expect(warnedNot(jobScams)).toEqual([]);
  });
  it("does not warn local job adverts, rules, in-person procedures or a bank's yearly rate", () => {
    expect(warned(genuine)).toEqual([]);
  });
});

describe("session 27: victims who paid and got nothing", () => {
  it("are given the victim's steps", () => {
    expect(victims.filter((t) => checkScam(t).outcome !== "victim")).toEqual([]);
  });
  it("a payment that is merely late or a question about one is not a loss", () => {
    expect(notVictims.filter((t) => checkScam(t).outcome === "victim")).toEqual([]);
  });
});

describe("session 27: the warning says why in plain words", () => {
  let kb: KnowledgeBase;
  const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm" });
  const now = Date.UTC(2026, 10, 29, 16, 40);
  beforeAll(async () => {
    kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  });
  const text = (t: string) => checkReceivedMessage(t, { kb, ward, now, related: () => [] }).reply;
  it("names the trade, the isolation and the payout", () => {
    expect(text(trades[0]!)).toContain("cho thuê, cho mượn hoặc bán căn cước");
    expect(text(gagScripts[3]!)).toContain("bắt cóc online");
    expect(text(payoutsAndReturns[0]!)).toContain("số tài khoản và số căn cước");
    expect(text(payoutsAndReturns[1]!)).toContain("không nơi gửi tiền");
  });
});

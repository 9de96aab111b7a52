/**
 * Session 28 (issue 11): residents' own questions that got a scam warning (tuning-s28, studied by class; own wordings
 * here), each with the script it must still tell apart:
 *  - folded collisions: "lỡ để" read as the lottery "lô đề", "chủ đầu tư" (a developer) as an investment offer,
 *    "người già" as "người giả" (an impostor), "lao động … tháng trước" as "đóng … trước" (a fee before a payout);
 *  - a payment reported failed though the account was charged, and a lost ID card "vẫn còn hạn", read as losses;
 *  - the safety rule "không được cho ai biết mã OTP" read as a gag; "Tôi là mẹ / bố…" read as a caller's introduction;
 *  - a resident's own matter told in the first person, with nothing of a sender's in it (own-story.ts).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { foldDiacritics } from "../server/assistant/vietnamese-text";

const residents = [
  "Tôi lỡ để quên thẻ căn cước ở quán cà phê, giờ làm lại ở đâu ạ?",
  "lỡ để lộ số tài khoản trên mạng rồi thì phải làm sao",
  "Tiền quỹ bảo trì chung cư nộp cho chủ đầu tư hay ban quản trị ạ?",
  "Bố tôi là người già sống một mình, tháng trước bị mất ví có cả thẻ căn cước vẫn còn hạn, giờ làm lại ở đâu ạ?",
  "Tôi đóng học phí cho con qua ứng dụng ngân hàng, báo giao dịch không thành công mà tài khoản vẫn bị trừ tiền, giờ tôi phải làm sao?",
  "Tôi là mẹ đi làm cả ngày, con tôi mới 3 tuổi mà chưa xin được chỗ học, không gửi thì bị muộn làm, phường có nhóm trẻ nào không ạ?",
  "Mẹ tôi dặn không được cho ai biết mật khẩu, nhưng tôi quên mật khẩu VNeID rồi, muốn lấy lại thì làm thế nào ạ?",
  "Tôi làm công nhân xưởng may, bị tai nạn lao động tháng trước phải mổ, công ty mới trả tiền viện phí. Tôi còn được hưởng trợ cấp gì không ạ?",
  "Nhà bên cạnh xây nhà làm nứt tường nhà tôi, bố tôi phải đi viện vì ngã, tôi đòi họ bồi thường mà họ không chịu",
];
const scripts = [
  "Bà cần chuyển toàn bộ tiền vào tài khoản do cán bộ điều tra chỉ định, không được cho ai biết.",
  "Soi cầu lô đề chuẩn 100%, bạch thủ lô hôm nay, nạp đầu tặng 50k, vào nhóm Zalo ngay.",
  "Tôi là giáo viên chủ nhiệm của con chị, cháu bị ngã đang cấp cứu ở bệnh viện, chị chuyển ngay 20 triệu viện phí vào số tài khoản 0123456789 để mổ gấp.",
  "Mình đang tuyển cộng tác viên làm tại nhà, mỗi ngày kiếm 500k, tôi hướng dẫn tận tình, liên hệ Zalo 0912345678.",
  "Dự án của chủ đầu tư Vingroup mở bán suất ngoại giao, đầu tư 100 triệu lãi 5%/tháng, liên hệ Zalo 0987654321.",
  "Chúc mừng bạn được hưởng trợ cấp 5 triệu, vui lòng nộp phí hồ sơ 500k trước để nhận tiền, liên hệ 0903123456.",
];

describe("session 28: residents' own questions are not warned", () => {
  it("answers each as written and without accents", () => {
    const warned = residents.flatMap((t) => [t, foldDiacritics(t)]).filter((t) => checkScam(t).isScam);
    expect(warned).toEqual([]);
  });
  it("gives none of them the victim's steps", () => {
    expect(residents.filter((t) => checkScam(t).outcome === "victim")).toEqual([]);
  });
  it("still warns the scripts they sound like, alone and asked about", () => {
    const missed = scripts.flatMap((t) => [t, `Tin này có phải lừa đảo không: ${t}`]).filter((t) => !checkScam(t).isScam);
    expect(missed).toEqual([]);
  });
});

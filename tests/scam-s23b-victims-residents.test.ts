/**
 * Session 23, second scam pass (s23-scam2), issue 11: the other side of the check. Every text is an own wording (not a
 * corpus, tuning or validation row). Victims told in residents' words get the steps (victim.ts); residents' own
 * questions that name a scheme's words are answered normally (check.ts asking / ownIntro / residentVoice,
 * signals.ts "mã số BHXH", "thuê luật sư bào chữa").
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { readVictim } from "../server/assistant/scam/victim";

describe("a loss told in residents' words is a victim's", () => {
  it.each([
    "em đã nạp 3 lần rồi mà không rút được",
    "e nap 2 lan roi ma k rut dc",
    "nạp vào sàn 4 lần rồi giờ không rút ra được",
    "nạp 5 lần rồi vẫn không rút được tiền",
    "mẹ em lỡ chuyển khoản cho nó 20 triệu rồi",
    "ck cho nó rồi giờ nó chặn zalo",
    "lo ck roi",
    "em dính lừa rồi",
    "mắc lừa rồi ad ơi",
    "tôi bị sập bẫy lừa đảo rồi",
    "mất trắng 50 triệu vì đầu tư",
    "vừa bị rút sạch tài khoản",
    "nó rút hết tiền trong tk của tôi rồi",
    "sáng nay tài khoản về 0 đồng, tôi có bấm link lạ hôm qua",
    "ông nhà tôi chuyển cho người xưng công an 200 triệu rồi",
    "chuyen r ma ko thay hang dau",
  ])("%s", (t) => expect(readVictim(t)).toBe("victim"));
});

describe("a risky act with no loss told is at risk", () => {
  it.each(["đã cài app nó gửi", "tôi đã cài cái app nó gửi qua zalo rồi", "lỡ cài app lạ rồi giờ làm sao", "lỡ quét mã QR nó gửi", "lỡ bấm vào link nó gửi rồi giờ phải làm gì"])("%s", (t) =>
    expect(readVictim(t)).toBe("at_risk"),
  );
});

describe("questions and ordinary slips are no victim", () => {
  it.each([
    "có nên nạp tiền vào app đầu tư không, sợ không rút được",
    "nếu lỡ chuyển khoản nhầm thì làm sao lấy lại",
    "nạp tiền điện thoại nhầm số thì làm sao",
    "tôi đã nộp hồ sơ 3 lần rồi mà chưa được duyệt",
    "đặt hàng rồi mà chưa thấy hàng giao",
    "đã cài VNeID rồi giờ làm sao để lên mức 2",
    "nạp tiền vào ví momo 2 lần rồi mà không thấy cộng",
  ])("%s", (t) => expect(readVictim(t)).toBeUndefined());
});

describe("residents' own questions are not warned", () => {
  it.each([
    "Ông bà tôi ở một mình, có người của phường xuống nhà cài app giúp không hả cháu",
    "Bố tôi ở một mình, có cán bộ tới cài ứng dụng giúp không vậy em",
    "Mẹ tôi cần kích hoạt tài khoản định danh mức 2 để nhận trợ cấp qua ngân hàng",
    "Chồng tôi muốn kích hoạt VNeID để nhận tiền hỗ trợ",
    "Tôi là người khuyết tật, thu nhập 3 triệu một tháng, có được trợ cấp không",
    "Em là sinh viên, làm thêm giao hàng buổi tối kiếm 4 triệu, có phải đóng thuế không",
    "đăng nhập vssid báo sai mã số bhxh dù em nhập đúng",
    "thuê luật sư bào chữa cho chồng tôi bị tạm giam thì liên hệ đâu",
    "con tôi bị bắt vì đánh nhau, gia đình muốn thuê luật sư thì tìm ở đâu",
  ])("%s", (t) => expect(checkScam(t).outcome).not.toBe("scam"));
});

describe("scripts in the same words stay warned", () => {
  it.each([
    "Chị ơi em đang cần gấp, chị chuyển giúp em 3 triệu được không chị, mai em trả",
    "Anh cho em mượn 5 triệu được không anh, em gửi số tài khoản nhé 0123456789",
    "Em là nhân viên ngân hàng, anh cung cấp mã OTP vừa gửi để hoàn tất được không anh",
    "Em là nhân viên điện lực, nhà mình nợ tiền điện, chuyển khoản vào số 0987654321 trong hôm nay không sẽ cắt điện",
    "Bạn có muốn kiếm thêm thu nhập 300k mỗi ngày không, liên hệ zalo 0912345678",
    "Luật sư hỗ trợ lấy lại tiền bị lừa, cam kết 100%, liên hệ zalo 0911222333",
  ])("%s", (t) => expect(checkScam(t).outcome).toBe("scam"));
});

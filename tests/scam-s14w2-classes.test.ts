/**
 * Session 14, second wave (issue 11): classes from tuning-s14, tuning11 and tuning-s13 (scam lines missed,
 * residents' own questions warned or answered with the wrong reply), each tested with phrasings written here,
 * not the tuning lines. Every number below is invented for the test.
 * - A code, card data or ID photos given away with no money told gone: at risk (lock it now, led by the OTP
 *   entry), not a victim (credential-given.ts).
 * - "cá nhân" (personal) is no "cả nhà" (everyone): a forwarded text with "Zalo cá nhân", "thông tin cá nhân"
 *   in its last sentence is not cut there as the resident's question (forwarded.ts).
 * - "Zalo cá nhân/riêng" is a private chat; "bạn nhận được tiền trợ cấp/hỗ trợ" is a sum offered (prize).
 * - The task scheme's job offer: daily pay, "không cần vốn", "chỉ cần điện thoại", "làm tại nhà".
 * - The card's security code (CVV) handed over to someone: no bank asks for it.
 * - Teen-code "e … r" (em … rồi) tells the resident's own act as done; "kích hoạt sao v" asks how.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { handoffOf, scamOf } from "../server/assistant/ask-result";
import { checkScam } from "../server/assistant/scam/check";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm" });
const now = Date.UTC(2026, 10, 30, 9, 0);
let assistant: Assistant;
beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});

describe("a code given away, no money told gone", () => {
  it.each([
    "mẹ tôi lỡ đọc mã xác thực cho người gọi xưng nhân viên ngân hàng rồi, giờ phải làm sao",
    "con tôi lỡ đọc mã OTP cho người gọi tự xưng shipper rồi",
  ])("is at risk, led by the OTP entry, no victim's handoff: %j", (text) => {
    expect(checkScam(text).outcome).toBe("at_risk");
    const r = assistant.ask(text, ward, now);
    expect(r.kind).toBe("scam_warning");
    expect(scamOf(r)?.outcome).toBe("at_risk");
    expect(r.entries[0]?.id).toBe("ld-otp");
    expect(handoffOf(r)).toBeUndefined();
    expect(r.reply).toMatch(/khóa tài khoản/);
  });
  it.each(["lỡ đọc mã OTP cho người gọi, giờ tài khoản trống trơn", "tôi đã gửi mã OTP cho người lạ, bị trừ 5 triệu", "bố tôi lỡ đọc mã OTP cho người gọi rồi lại chuyển thêm 5 triệu cho họ"])(
    "money told gone or sent stays a victim: %j",
    (text) => {
      expect(checkScam(text).outcome).toBe("victim");
    },
  );
});

describe("'cá nhân' is not 'cả nhà'", () => {
  it("a subsidy claimed through a personal Zalo is read whole and warned", () => {
    const v = checkScam("Kho bạc Nhà nước: Bạn nhận được tiền trợ cấp 1.800.000đ. Vào Zalo cá nhân 0912345678 để làm thủ tục nhận tiền");
    expect(v.shape.question).toBe("none");
    expect(v.signals).toContain("private_chat");
    expect(v.outcome).toBe("scam");
  });
  it("the same with the resident's question in front", () => {
    expect(checkScam("tin này thật không: Bạn được nhận tiền hỗ trợ 1.500.000đ từ BHXH. Kết bạn Zalo riêng của cán bộ để làm thủ tục nhận tiền").outcome).toBe("scam");
  });
  it("a family message to everyone still reads 'cả nhà' as its question", () => {
    expect(checkScam("Mẹ ơi con về muộn, cả nhà ăn cơm trước nhé").outcome).not.toBe("scam");
  });
});

describe("the task scheme's job offer", () => {
  it.each(["Tuyển cộng tác viên làm online, chỉ cần điện thoại, không cần vốn, thu nhập 500k/ngày", 'em nhận được tin "Tuyen CTV lam tai nha, thao tac don gian, khong can von, thu nhap 400k-900k/ngay" co lua khong'])(
    "is warned: %j",
    (text) => {
      expect(checkScam(text).outcome).toBe("scam");
    },
  );
  it("an ordinary job advert with a monthly wage is not", () => {
    expect(checkScam("Tuyển nhân viên bán hàng tại cửa hàng, lương 7 triệu/tháng, làm việc tại nhà hàng Hương Sen").outcome).not.toBe("scam");
  });
});

describe("the card's security code handed over", () => {
  it("asked for by a 'bank' through a staff number is warned", () => {
    expect(checkScam("Ngân hàng thông báo: quý khách được nâng hạn mức thẻ tín dụng. Xác nhận bằng cách cung cấp số thẻ và mã CVV cho nhân viên qua số 0987654321").outcome).toBe("scam");
  });
  it("a bank's rule naming the CVV is not", () => {
    expect(checkScam("VCB không bao giờ yêu cầu cung cấp số thẻ, mã CVV qua điện thoại").outcome).not.toBe("scam");
  });
});

describe("teen-code told as done, 'sao v' asking how", () => {
  it("a resident's VNeID question with 'e cài app r' is answered, not warned", () => {
    const text = "vneid mức 2 kích hoạt sao vậy, e cài app r mà nó bắt lên công an";
    expect(checkScam(text).outcome).toBe("not_forwarded");
    expect(assistant.ask(text, ward, now).kind).not.toBe("scam_warning");
  });
  it("a retold call asked about with 'là sao vậy' is still warned", () => {
    expect(checkScam("thầy giáo gọi báo con bị ngộ độc đang phẫu thuật, bảo chuyển tiền cho bác sĩ, là sao vậy").outcome).toBe("scam");
  });
});

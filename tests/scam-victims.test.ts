/**
 * A resident saying they (or family) were just scammed gets the immediate steps, every time:
 * first-person (or family) statements, past or just-completed, of money, codes, cards or an
 * account lost to someone. Phrasings written for this test (not from the corpus' validation
 * split): with and without diacritics, teen-code, typos, family members, hacked accounts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { handoffOf, scamOf } from "../server/assistant/ask-result";
import { checkScam } from "../server/assistant/scam/check";
import { isVictimReport } from "../server/assistant/scam/victim";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

const victims = [
  "tôi bị lừa mất 50 triệu rồi",
  "lỡ chuyển tiền cho kẻ gian",
  "bị hack zalo bị lừa tiền",
  "Tôi vừa chuyển khoản 12 triệu cho người tự xưng công an, giờ không liên lạc được",
  "mẹ em bị lừa hết tiền tiết kiệm rồi phường ơi",
  "toi bi lua roi, chuyen 5tr cho shop online ma no chan facebook",
  "em lo bam vao link la, tai khoan bi tru sach tien",
  "bố tôi đọc mã OTP cho người gọi xưng ngân hàng, mất 80 triệu",
  "Zalo của tôi bị chiếm, nó nhắn vay tiền bạn bè tôi, mấy người đã chuyển rồi",
  "bi lua dao qua mang mat 200 trieu giup toi voi",
  "tôi bị lừa đảo, làm sao lấy lại tiền",
  "Chồng tôi bị lừa góp vốn đầu tư, mất hơn 1 tỷ",
  "Con bị lừa làm nhiệm vụ online, nạp mất 30 triệu không rút được",
  "tui bị người ta lừa cọc thuê nhà 10 triệu, giờ nó tắt máy",
  "mình vừa bị lừa 3 triệu mua vé máy bay trên mạng",
  "Bà nhà tôi cài ứng dụng theo hướng dẫn của người lạ, tài khoản mất hết tiền",
  "e bi lua mat 7 cu r",
  "facebook của tôi bị hack, kẻ gian mượn tiền người thân tôi mất 20 triệu",
  "Hôm qua tôi bị giả danh nhân viên điện lực lừa chuyển 2 triệu",
  "ba tôi bị lừa rồi, chuyển 150 triệu vào tài khoản an toàn theo lời công an giả",
  "Tài khoản ngân hàng của tôi tự nhiên bị rút hết tiền sau khi bấm link",
  "minh da chuyen tien cho nguoi ban hang online, gio bi block roi",
  "Cứu với, tôi bị lừa mất 15 triệu",
  "Tôi bị lừa tiền qua Zalo",
  "bị lừa đảo mất tiền rồi phải làm gì",
  "em bị lừa chuyển khoản nhầm cho kẻ lừa đảo 4 triệu",
  "Nhà tôi bị lừa bán đất, đã đặt cọc 300 triệu mà người bán biến mất",
  "hôm qua tôi chuyển 20 triệu cho bên tự nhận là điện lực, giờ gọi lại thuê bao",
  "Mẹ tôi nghe điện thoại xong đã đưa hết sổ tiết kiệm cho người lạ",
  "em đặt cọc phòng trọ 3 triệu qua mạng mà chủ nhà chặn số rồi",
  "Ông tôi bị mấy đứa giả công an dọa, ông chuyển 200 triệu rồi",
  "vừa bị trừ 9 triệu sau khi đọc mã cho nhân viên tự xưng Viettel",
  "toi da nop phi 2 trieu de nhan buu kien ma khong thay hang dau",
];

const notVictims = [
  "Nếu bị lừa chuyển tiền thì phải làm gì?",
  "Làm sao để bố mẹ không bị lừa qua điện thoại",
  "Sợ bị lừa khi mua hàng online, có cách nào kiểm tra không?",
  "tin này có phải lừa đảo không: Tài khoản của quý khách bị trừ 2.000.000đ, bấm link để hủy",
  "Bị lừa rồi? Chúng tôi hỗ trợ lấy lại tiền 100%, liên hệ Zalo 0912345678",
  "Cách phòng tránh bị lừa đảo qua mạng",
  "tôi sắp chuyển tiền cọc nhà cho chủ nhà, có nên không?",
  "làm thẻ căn cước ở đâu",
  "nộp hồ sơ online có mất tiền không",
  "tôi sợ mất tiền nếu đưa số tài khoản cho chủ nhà",
  "đã bị trừ tiền rồi mà hồ sơ vẫn báo chưa thanh toán",
  "tôi đã chuyển 2 triệu rồi, khi nào thì nhận được giấy chứng nhận",
  "đã nộp lệ phí 500 nghìn rồi, bao giờ có kết quả",
  // advice and hypotheticals about sending money to scammers (session 6 guards)
  "đừng chuyển tiền cho kẻ gian",
  "Tuyệt đối không chuyển tiền cho kẻ lừa đảo",
  "ko chuyen tien cho ke lua dao nhe",
  "khi lỡ chuyển tiền cho kẻ lừa đảo thì làm gì",
];

/** A resident asking what a procedure costs: a question for the knowledge base, never a loss. */
const costQuestions = [
  "làm sổ đỏ có mất tiền không",
  "lam so do co mat tien khong",
  "đăng ký tạm trú có mất phí không",
  "dang ky tam tru co mat phi ko",
  "nộp hồ sơ online mất tiền ko",
  "đăng ký khai sinh cho con có phải mất tiền không",
  "dang ky khai sinh co phai mat tien k",
  "doi can cuoc co mat tien ko a",
  "cấp lại căn cước có tốn tiền không",
];

/**
 * A risky act with nothing lost yet: the warning's "what to do now" (lock through the bank, 113),
 * never the victim's reply. (Until this pass "vừa cho người lạ điều khiển…, sợ mất tiền quá" was
 * asserted as a victim; it is this class now: nothing is gone yet.)
 */
const atRisk = [
  "lỡ đọc mã OTP cho người lạ nhưng chưa bị trừ tiền",
  "lo doc ma otp cho nguoi la nhung chua bi tru tien",
  "lỡ cài app lạ chưa mất tiền",
  "lo cai app la chua mat tien",
  "mẹ tôi lỡ bấm vào link lạ, tài khoản vẫn còn tiền",
  "em vừa đưa số thẻ cho người gọi xưng ngân hàng, chưa thấy trừ tiền",
  "lỡ đọc OTP rồi có mất tiền không",
  "vừa cho người lạ điều khiển điện thoại qua ứng dụng, sợ mất tiền quá",
  "bố tôi lỡ nói số tài khoản và mã OTP cho người gọi, may mà chưa bị rút",
  "chet roi toi vua cai app theo nguoi la huong dan, tien trong tai khoan chua sao",
  // (session 14) a code, card data or ID photos given away with no money told gone: at risk (lock it now), not a
  // loss — until then "Tôi đã lỡ gửi ảnh căn cước và mã OTP…" was asserted a victim (credential-given.ts)
  "Tôi đã lỡ gửi ảnh căn cước và mã OTP cho người xưng cán bộ phường",
  "Tôi lỡ đọc mã OTP cho người gọi rồi, giờ làm gì",
  "tôi lỡ đọc mã otp cho người gọi tự xưng tổng đài rồi",
  "me toi lo doc ma otp cho nguoi xung ngan hang roi",
  "bố tôi vừa đọc số thẻ với mã cvv cho người gọi xưng ngân hàng, giờ sao",
];

/** Real losses stay victims, also when said without a scam word. */
const lossesWithoutContext = ["bị trừ 9 triệu rồi", "bi tru 9 trieu roi", "bị trừ 9 triệu rồi, chưa chuyển thêm gì"];

describe("victims get the steps", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm" });
  const now = Date.UTC(2026, 10, 29, 15, 0); // a Sunday night: no staff on duty

  it.each(victims)("%j", (text) => {
    expect(checkScam(text).outcome).toBe("victim");
    const result = assistant.ask(text, ward, now);
    expect(result.kind).toBe("scam_warning");
    expect(scamOf(result)?.outcome).toBe("victim");
    expect(result.entries[0]?.id).toBe("ld-bi-lua-roi");
    expect(handoffOf(result)?.reason).toBe("scam_victim");
    expect(result.reply).toMatch(/khóa tài khoản/);
    expect(result.reply).toMatch(/113/);
  });

  // (session 16) ID photos alone, no code, card, app, link or money: the personal-data entry answers (what to do
  // when one's ID is out: watch for misuse, tell the ward police); the scam check still reads it at risk
  it.each(["lỡ chụp căn cước gửi cho người lạ, chưa mất gì"])("ID photos only: the personal-data entry: %j", (text) => {
    expect(checkScam(text).outcome).toBe("at_risk");
    const result = assistant.ask(text, ward, now);
    expect(result.kind).toBe("answer");
    expect(result.entries[0]?.id).toBe("kns-du-lieu-ca-nhan");
    expect(result.reply).toMatch(/Công an phường/);
  });

  it.each(lossesWithoutContext)("a loss said bare: %j", (text) => {
    expect(checkScam(text).outcome).toBe("victim");
    expect(handoffOf(assistant.ask(text, ward, now))?.reason).toBe("scam_victim");
  });

  it.each(atRisk)("at risk, not a victim: %j", (text) => {
    expect(checkScam(text).outcome).toBe("at_risk");
    const result = assistant.ask(text, ward, now);
    expect(result.kind).toBe("scam_warning");
    expect(scamOf(result)?.outcome).toBe("at_risk");
    expect(handoffOf(result)).toBeUndefined();
    expect(result.reply).toMatch(/khóa tài khoản/);
    expect(result.reply).toMatch(/113/);
    // nothing was lost: the reply must not say so, nor promise to "keep back" money
    expect(result.reply).not.toMatch(/giữ lại được tiền|đã mất|bị lừa/);
  });

  it.each(costQuestions)("a cost question, answered from the knowledge base: %j", (text) => {
    expect(checkScam(text).outcome).toBe("not_forwarded");
    const result = assistant.ask(text, ward, now);
    expect(["answer", "clarify"]).toContain(result.kind);
    expect(result.entries[0]?.id).toMatch(/^dvc-/);
  });

  it.each(["zalo bị hack", "zalo bi hack", "nick zalo cua em bi hack", "facebook của tôi bị hack rồi"])("an account taken, no money told: a person, not a scam loss: %j", (text) => {
    expect(checkScam(text).outcome).not.toBe("victim");
    const result = assistant.ask(text, ward, now);
    expect(result.kind).toBe("handoff");
    expect(handoffOf(result)?.reason).toBe("out_of_scope");
    expect(result.reply).toMatch(/cán bộ/);
    expect(result.reply).toMatch(/đổi mật khẩu/);
  });

  it.each(["Zalo của tôi bị chiếm, kẻ gian đang nhắn vay tiền bạn bè", "fb cua em bi hack, no nhan tin hoi vay tien moi nguoi trong danh ba"])(
    "an account misused to borrow, nobody has paid: the knowledge base's advice, not a victim: %j",
    (text) => {
      expect(checkScam(text).outcome).not.toBe("victim");
      const result = assistant.ask(text, ward, now);
      expect(result.kind).toBe("answer");
      expect(result.entries[0]?.id).toBe("ld-muon-tien");
    },
  );

  it.each(["nộp lệ phí rồi mà dịch vụ công chưa thấy cập nhật", "nop le phi roi ma dich vu cong chua thay cap nhat"])("a fee paid, a record lagging: a procedure question: %j", (text) => {
    expect(checkScam(text).outcome).toBe("not_forwarded");
    expect(["answer", "clarify"]).toContain(assistant.ask(text, ward, now).kind);
  });

  it.each(notVictims)("not a victim: %j", (text) => {
    expect(isVictimReport(text)).toBe(false);
    expect(checkScam(text).outcome).not.toBe("victim");
  });
});

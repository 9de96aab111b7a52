/**
 * Session 8, wave 2 classes (found on tests/fixtures/validation-questions.jsonl's "gửi ảnh căn
 * cước", the notes' comma case and own probes; no validation row of the scam corpus was read):
 * - a resident's own question or topic about their own action ("gửi ảnh căn cước", "… cho phường
 *   qua Zalo được không") is answered normally, while a forwarded demand for the same photos —
 *   with a purpose, a first-person recipient, urgency or both sides of the card — is still warned;
 * - a script's rule sentence followed by its demand after a comma ("Anh tuyệt đối không tin ai khác,
 *   chuyển 50 triệu vào tài khoản tạm giữ…") keeps the demand, while a warning that lists forbidden
 *   actions after commas ("không cung cấp OTP, chuyển tiền vào tài khoản lạ…") stays a warning.
 * - a resident who did what was asked ("họ bắt cài ứng dụng qua link, tôi cài rồi thì sao", tuning5
 *   conversation c5-009) is at risk (the immediate steps), not forwarding a scam.
 * On main bd3730f (temporary worktree /tmp/i11s8w2/base) the three classes fail (10 of 23 tests).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { checkScam } from "../server/assistant/scam/check";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

const NOW = Date.UTC(2026, 10, 30, 3, 30);
const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm" });
let assistant: Assistant;

beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});

describe("a resident's question about sending an ID photo is no forwarded demand", () => {
  const own = ["gửi ảnh căn cước", "gui anh can cuoc", "gửi ảnh căn cước cho phường qua zalo được không", "nộp ảnh cccd có sao không", "cung cap anh chan dung"];
  const demands = [
    "Gửi ảnh CCCD 2 mặt để xác minh",
    "Gửi ảnh CCCD 2 mặt",
    "gửi ảnh căn cước cho em",
    "Bà gửi ảnh căn cước 2 mặt cho cháu nhé",
    "gửi ảnh căn cước để nhận tiền hỗ trợ",
    "Đề nghị ông bà gửi ảnh căn cước",
    "Tin này có phải lừa đảo không: gửi ảnh căn cước 2 mặt qua zalo để nhận hỗ trợ",
  ];
  it.each(own)("answers %s normally", (text) => {
    expect(checkScam(text).outcome).toBe("not_forwarded");
    expect(assistant.ask(text, ward, NOW).kind).not.toBe("scam_warning");
  });
  it.each(demands)("warns about %s", (text) => {
    const v = checkScam(text);
    expect(v.outcome).toBe("scam");
    expect(v.signals).toContain("id_photo_request");
  });
});

describe("a demand after a comma in a script's rule sentence", () => {
  const scripts = [
    "Anh tuyệt đối không tin ai khác, chuyển 50 triệu vào tài khoản tạm giữ của cơ quan điều tra",
    "Tuyệt đối không tin ai khác, chuyển 50 triệu vào tài khoản tạm giữ",
    "Anh tuyệt đối không tin ai khác, chuyển tiền vào tài khoản sau: 0123456789 Nguyễn Văn A",
  ];
  const warnings = [
    "Tuyệt đối không cung cấp OTP, không bấm link lạ, không chuyển tiền cho người không quen.",
    "Công an phường khuyến cáo: tuyệt đối không cung cấp mã OTP, chuyển tiền vào tài khoản lạ theo yêu cầu của người gọi.",
    "Cảnh báo: không cung cấp OTP, chuyển tiền ngay cho người lạ",
  ];
  it.each(scripts)("keeps the demand of %s", (text) => {
    const v = checkScam(text);
    expect(v.signals).toContain("money_to_person");
    expect(v.outcome).toBe("scam");
  });
  it.each(warnings)("keeps %s a warning", (text) => {
    const v = checkScam(text);
    expect(v.signals).toContain("protective");
    expect(v.signals).not.toContain("money_to_person");
    expect(v.outcome).not.toBe("scam");
  });
});

describe("a resident who did what a scammer asked and asks what now is at risk, not forwarding a scam", () => {
  it.each(["ho bat cai ung dung qua link, toi cai roi thi sao", "họ bắt gửi ảnh căn cước, tôi gửi rồi thì sao", "ho bao gui anh can cuoc, toi gui roi"])("%s", (text) => {
    expect(checkScam(text).outcome).toBe("at_risk");
  });
  it.each(["Tôi đã gửi link rồi, anh bấm vào để nhận quà", "Em gửi ảnh căn cước rồi, anh chuyển tiền cho em nhé"])("a sender's own 'đã gửi rồi' is no resident at risk: %s", (text) => {
    expect(checkScam(text).outcome).not.toBe("at_risk");
  });
  // no stranger asked and nothing hints a scam: an official app installed, a file sent to the ward, a code that did not work
  it.each([
    "em tải ứng dụng VNeID rồi thì sao",
    "em gửi link hồ sơ cho cán bộ phường rồi thì sao",
    "tôi đã nhập mã rồi mà vẫn chưa vào được dịch vụ công thì sao",
    "tôi cài VssID rồi thì sao",
  ])("a resident's own ordinary act is neither at risk nor warned: %s", (text) => {
    expect(checkScam(text).outcome).not.toBe("at_risk");
    expect(assistant.ask(text, ward, NOW).kind).not.toBe("scam_warning");
  });
  it.each(["người lạ bảo tải ứng dụng, em tải rồi thì sao", "kẻ gian xưng công an bắt đọc mã, tôi đọc rồi thì sao", "họ bảo tải VNeID qua link này, em tải rồi thì sao"])("a stranger's demand done is still at risk: %s", (text) => {
    expect(checkScam(text).outcome).toBe("at_risk");
  });
});

describe("money that will not come back is a scam loss, unless it is a top-up or transfer to a wrong number with no platform named", () => {
  it.each(["tôi nạp 100k tiền điện thoại vào nhầm số không lấy lại được", "em chuyển 200k vào nhầm tài khoản không lấy lại được"])("a mistaken top-up or transfer is no victim: %s", (text) => {
    expect(checkScam(text).outcome).not.toBe("victim");
  });
  it.each(["tôi nạp 30 triệu vào app rồi không rút được", "em làm nhiệm vụ nạp 5 triệu mà không rút ra được", "mẹ tôi đầu tư 50 triệu vào sàn giờ không rút được", "tôi đã nạp 10 triệu rồi giờ không rút được"])("a deposit kept by a platform (named earlier in the conversation) is a victim: %s", (text) => {
    expect(checkScam(text).outcome).toBe("victim");
  });
});

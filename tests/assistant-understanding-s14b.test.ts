/**
 * Session 14, second wave (issue 10 §4): classes left in tuning-s14's single messages (other voices: codes typed
 * glued, workers telling their trade first, the action asked deciding between entries on one paper). Phrasings of
 * our own, not the tuning lines; run through the real Assistant over knowledge/.
 */
import { describe, expect, it } from "vitest";
import { readGluedCode } from "../server/assistant/glued-codes";
import { withoutOwnWork, withoutWorkWords } from "../server/assistant/work-words-aside";
import { entryOfAskedAction } from "../server/assistant/asked-action-entry";
import { reportNotAnswered } from "../server/assistant/report-not-answered";
import { answerCheck, knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const expectAnswer = answerCheck(ask);

describe("shorthand and form codes typed glued (glued-codes.ts, lexicon.ts)", () => {
  const known = (w: string) => ["xin", "lam", "ct07", "mat"].includes(w);
  it("reads a word glued to a known code, and shorthand or a word glued to a number", () => {
    expect(readGluedCode("xinct07", known)).toBe("xin ct07");
    expect(readGluedCode("cccd2", known)).toBe("can cuoc 2");
    expect(readGluedCode("mat2", known)).toBe("mat 2");
  });
  it("leaves tokens that are no such thing", () => {
    expect(readGluedCode("b2", known)).toBeUndefined(); // a licence class, one letter
    expect(readGluedCode("abc123", known)).toBeUndefined();
    expect(readGluedCode("vneid", known)).toBeUndefined();
    expect(readGluedCode("12h30", known)).toBeUndefined();
  });
  it("answers messages with a code or an ID card glued to its neighbour", () => {
    expectAnswer("xinct07 cho con di hoc", "dvc-xac-nhan-cu-tru");
    expectAnswer("cccd2 mat roi lam lai o dau", "dvc-can-cuoc");
  });
  it("reads residents' shorthand for the criminal record and the household registration", () => {
    expectAnswer("llpt lam bao lau", "dvc-ly-lich-tu-phap");
    expectAnswer("dkhk o phuong nao", "dvc-thuong-tru");
  });
});

describe("a worker's trade told first does not sink the entry the rest names (work-words-aside.ts)", () => {
  it("sets aside one's own trade, not a trade sought, hired or asked about", () => {
    expect(withoutWorkWords("em làm thợ hồ, nhà chủ định đổ thêm một tầng")).toBe(", nhà chủ định đổ thêm một tầng");
    expect(withoutWorkWords("anh chạy grab, mất bằng lái")).toBe(", mất bằng lái");
    expect(withoutWorkWords("tôi bán rau ngoài chợ, nghe nói bỏ thuế khoán")).toBe(", nghe nói bỏ thuế khoán");
    expect(withoutWorkWords("cần người làm giúp việc theo giờ")).toBeUndefined();
    expect(withoutWorkWords("muốn làm thợ xây thì học ở đâu")).toBeUndefined();
    expect(withoutWorkWords("xin giấy phép xây dựng nhà")).toBeUndefined();
  });
  it("does not read one's trade as an off-topic subject ('làm thợ' folded is 'làm thơ', poetry)", () => {
    expect(withoutOwnWork("toi lam tho xay chu nha muon", "tôi làm thợ xây chủ nhà muốn").folded).not.toContain("lam tho");
    expect(withoutOwnWork("lam tho ve mua thu", "làm thơ về mùa thu").folded).toBe("lam tho ve mua thu");
  });
  it("answers the entry the rest of the message names", () => {
    expectAnswer("em làm thợ hồ, nhà chủ định đổ thêm một tầng thì có cần giấy phép không", "dvc-giay-phep-xay-dung");
    expectAnswer("chị làm giúp việc theo giờ, thu nhập thấp có được xét hộ cận nghèo không", "dvc-ho-ngheo");
    expectAnswer("anh chạy grab, mất bằng lái trên vneid có xem được không", "dvc-vneid-tich-hop-giay-to");
  });
  it("still hands off a hire or a poem", () => {
    expect(ask("cần người làm giúp việc theo giờ").kind).toBe("handoff");
    expect(ask("làm thơ về mùa thu").kind).toBe("handoff");
  });
});

describe("the action asked decides between entries on one paper (asked-action-entry.ts)", () => {
  it("reads a copy of a civil-status paper and deleting a residence, not a certified copy or the death registration's case", () => {
    expect(entryOfAskedAction("con toi dang ky khai sinh o que gio can xin them 2 ban sao")).toBe("dvc-trich-luc");
    expect(entryOfAskedAction("can chung thuc ban sao giay khai sinh cua con")).toBeUndefined();
    expect(entryOfAskedAction("dang ky ket hon xong co duoc cap ban sao luon khong")).toBeUndefined();
    expect(entryOfAskedAction("nha da ban ho khau van de o do thi xoa di duoc khong")).toBe("dvc-xoa-dang-ky-cu-tru");
    expect(entryOfAskedAction("lam khai tu cho bo xong thi ho khau co tu xoa khong")).toBeUndefined();
    expect(entryOfAskedAction("lam sao xoa tai khoan vneid")).toBeUndefined();
  });
  it("answers the extract copy after a story of the registration", () => {
    expectAnswer("con tôi đăng ký khai sinh ở quê, giờ cần xin thêm 2 bản sao", "dvc-trich-luc");
    expectAnswer("ông bà tôi đăng ký kết hôn từ năm 1970, giờ muốn xin bản sao giấy kết hôn", "dvc-trich-luc");
  });
  it("answers the deregistration when a residence is to be deleted", () => {
    expectAnswer("mẹ tôi mất rồi, giờ xóa hộ khẩu cho mẹ thế nào", "dvc-xoa-dang-ky-cu-tru");
    expectAnswer("nhà đã bán, hộ khẩu vẫn để ở đó thì xóa đi được không", "dvc-xoa-dang-ky-cu-tru");
  });
  it("leaves the death registration's own case and a certified copy to their entries", () => {
    expect(led(ask("làm khai tử cho bố xong thì hộ khẩu có tự xóa không"))).toBe("answer dvc-khai-tu");
    expect(led(ask("cần chứng thực bản sao giấy khai sinh của con"))).not.toBe("answer dvc-trich-luc");
  });
});

describe("a report sent before with nothing heard since is the tracking entry's (report-not-answered.ts)", () => {
  it("reads a report told as sent before and unanswered, not a file, a scam or a problem told for the first time", () => {
    expect(reportNotAnswered("em bao den duong hong tu 3 hom truoc roi ma van chua ai sua")).toBe(true);
    expect(reportNotAnswered("nha toi da phan anh rac o dau ngo may tuan nay ma chang thay xu ly")).toBe(true);
    expect(reportNotAnswered("ho so toi nop tuan truoc ma chua thay gi")).toBe(false);
    expect(reportNotAnswered("hom qua toi bao cong an bi lua ma chua thay gi")).toBe(false);
    expect(reportNotAnswered("den duong hong may hom roi chua ai sua")).toBe(false);
  });
  it("answers with the tracking entry, not the sending entry nor a handoff for staff to check a file", () => {
    expectAnswer("hôm trước tôi báo cống tắc ở ngõ 12 rồi mà chưa thấy ai đến, kiểm tra giúp đến đâu rồi", "pa-theo-doi");
    expectAnswer("nhà tôi đã phản ánh rác ở đầu ngõ mấy tuần nay mà chẳng thấy xử lý", "pa-theo-doi");
  });
  it("leaves a first report and a file's progress to their entries", () => {
    expect(led(ask("đèn đường hỏng mấy hôm rồi chưa ai sửa"))).toBe("answer pa-gui-phan-anh");
    expect(led(ask("hồ sơ tôi nộp tuần trước mà chưa thấy gì"))).toBe("answer dvc-tra-cuu-ho-so");
  });
});

describe("a baby just born, asked what must be done for it, is the birth registration (situation-entry.ts)", () => {
  it("answers the birth registration for the family's situation told first", () => {
    expectAnswer("vợ em vừa sinh được một tuần, em đi làm công trình xa, giờ phải làm giấy tờ gì cho cháu", "dvc-khai-sinh");
    expectAnswer("con dâu tôi mới đẻ hôm kia, nhà không ai rành, cần làm thủ tục gì cho cháu bé", "dvc-khai-sinh");
  });
  it("leaves another subject named to its entry", () => {
    expect(led(ask("vừa sinh con xong muốn nhập khẩu cho con thì làm gì"))).toBe("answer dvc-thuong-tru");
    expect(led(ask("tôi mới mua nhà, cần làm gì"))).not.toBe("answer dvc-khai-sinh");
  });
});

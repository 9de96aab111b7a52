/**
 * Classes of misses found on tuning-s13-questions (session 13, second wave, issue 10 §4: voice
 * dictation by older residents, grandchildren asking, offices elsewhere), each tested with
 * phrasings of its own (not the tuning lines).
 */
import { describe, expect, it } from "vitest";
import { readSpokenNumbers } from "../server/assistant/spoken-numbers";
import { officeElsewhere } from "../server/assistant/office-elsewhere";
import { readFacet } from "../server/assistant/facet-cues";
import { chitChat } from "../server/assistant/chit-chat";
import { foldedText, tokenize } from "../server/assistant/text-analysis";
import { answerCheck, knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const expectAnswer = answerCheck(ask);
const spoken = (text: string) => readSpokenNumbers(tokenize(text)).map((t) => t.folded).join(" ");

describe("numbers said in words, as voice typing writes them (spoken-numbers.ts)", () => {
  it("reads tens, hundreds, years and spoken short forms as the figure", () => {
    expect(spoken("mảnh đất một trăm hai mươi mét")).toBe("manh dat 120 met");
    expect(spoken("hết hạn từ hai nghìn không trăm hai mươi tư")).toBe("het han tu 2024");
    expect(spoken("năm mươi hai tuổi")).toBe("52 tuoi");
    expect(spoken("ngõ bốn lăm")).toBe("ngo 45");
    expect(spoken("một trăm linh năm")).toBe("105");
    expect(spoken("mới mức một, cần mức hai")).toBe("moi muc 1 can muc 2");
    expect(spoken("bé được sáu tuổi")).toBe("be duoc 6 tuoi");
  });
  it("reads an amount said in words as money", () => {
    expect(spoken("mất sạch ba mươi lăm triệu")).toBe("mat sach tien");
    expect(spoken("mat sach hai lam trieu")).toBe("mat sach tien");
  });
  it("leaves words that only look like numbers", () => {
    expect(spoken("ba tôi làm giấy tờ")).toBe("ba toi lam giay to");
    expect(spoken("ba lam giay to")).toBe("ba lam giay to");
    expect(spoken("bộ phận một cửa")).toBe("bo phan mot cua");
    expect(spoken("năm nay mức năm nay")).toBe("nam nay muc nam nay");
    expect(spoken("hai ngân hàng")).toBe("hai ngan hang");
    expect(spoken("bay gio sau ngay sinh")).toBe("bay gio sau ngay sinh");
    expect(spoken("rút bảo hiểm xã hội một lần")).toBe("rut bao hiem xa hoi mot lan");
    // years stay years: "mười năm", "hai mươi năm" (five after a ten is "lăm")
    expect(spoken("mười năm")).toBe("10 nam");
    expect(spoken("hai mươi năm")).toBe("20 nam");
  });
  it("answers a procedure whose message says its figures in words, as it answers typed figures", () => {
    expectAnswer("thẻ căn cước của bố tôi hết hạn từ hai nghìn không trăm hai mươi tư rồi giờ đổi ở đâu", "dvc-can-cuoc", "where");
    expectAnswer("mảnh đất nhà tôi chín mươi lăm mét vuông có tách thửa cho con được không", "dvc-tach-thua");
    expectAnswer("tài khoản định danh điện tử của mẹ tôi mới mức một thì lên mức hai thế nào", "dvc-vneid-muc-2");
    expectAnswer("con tôi sáu tuổi rồi vào lớp một cần giấy xác nhận cư trú không", "dvc-xac-nhan-cu-tru");
  });
});

describe("a procedure asked of an office in another city (office-elsewhere.ts)", () => {
  it("hands off: this ward's office and hours would be wrong there", () => {
    expect(led(ask("ủy ban phường ở Cần Thơ làm khai sinh có cần hẹn trước không"))).toMatch(/^handoff/);
    expect(led(ask("cho hỏi thủ tục đăng ký kết hôn ở phường Bến Thành quận 1 Sài Gòn"))).toMatch(/^handoff/);
    expect(led(ask("công an phường bên Đà Nẵng làm căn cước cho người già có đến tận nhà không"))).toMatch(/^handoff/);
    expect(led(ask("ubnd phuong o can tho dang ky ket hon can giay to gi"))).toMatch(/^handoff/);
  });
  it("leaves a place that is a home town, a past registration or beside Hà Nội, and a person there", () => {
    expect(officeElsewhere(foldedText("bố mẹ đăng ký kết hôn ở UBND xã bên Nghệ An, giờ xin bản sao ở Hà Nội được không"))).toBeUndefined();
    expect(officeElsewhere(foldedText("ngày xưa làm khai sinh ở ủy ban xã quê Thanh Hóa, giờ mất bản chính"))).toBeUndefined();
    expectAnswer("con tôi đang học ở Đà Nẵng, làm lý lịch tư pháp online được không", "dvc-ly-lich-tu-phap");
  });
});

describe("'tiếp dân' is the reception, not 'tiếp' (next) and a people word", () => {
  it("answers the citizens' reception entry instead of asking which procedure", () => {
    expectAnswer("tiếp dân ở phòng nào vậy", "phuong-tiep-cong-dan", "where");
    expectAnswer("tiếp dân vào thứ mấy ạ", "phuong-tiep-cong-dan");
  });
});

describe("the part asked, in older residents' words (facet-cues.ts, part-shown.ts)", () => {
  it("reads 'hết/mất/nộp … nhiều tiền' as the fee asked", () => {
    expectAnswer("đăng ký kết hôn có mất nhiều tiền không", "dvc-ket-hon", "fee");
    expectAnswer("mua bảo hiểm y tế hộ gia đình ba người hết nhiều tiền không", "dvc-bhyt-ho-gia-dinh", "fee");
    expectAnswer("cấp lại thẻ căn cước phải nộp tiền nhiều không", "dvc-can-cuoc", "fee");
  });
  it("reads 'ai xác định', 'ai đánh giá' as who decides", () => {
    expectAnswer("ai xác định mức độ khuyết tật cho con tôi", "dvc-khuyet-tat", "who");
  });
  it("does not read 'chưa bao giờ' (never) as a time asked", () => {
    expect(readFacet(foldedText("ông tôi chưa bao giờ có giấy khai sinh giờ làm thế nào")).facet).not.toBe("time");
    expect(readFacet(foldedText("đăng ký khai sinh bao giờ thì có")).facet).toBe("time");
  });
  it("shows the steps when a place or the online way is asked of an entry that has neither but has steps", () => {
    expectAnswer("muốn kiểm tra số điện thoại lạ có phải lừa đảo thì tra ở đâu", "ld-kiem-tra", "steps");
    expectAnswer("phản ánh gửi rồi thì xem kết quả xử lý ở đâu", "pa-theo-doi", "steps");
  });
});

describe("chit-chat with the assistant itself (chit-chat.ts)", () => {
  it("is handed off as off-topic, not answered from an entry sharing an everyday word", () => {
    expect(led(ask("bạn có khỏe không"))).toMatch(/^handoff/);
    expect(led(ask("anh ơi anh ăn cơm chưa"))).toMatch(/^handoff/);
    expect(chitChat(foldedText("ad năm nay bao nhiêu tuổi thế"))).toBeDefined();
  });
  it("leaves a question that only opens with a call, and a question about this channel", () => {
    expectAnswer("bạn ơi tôi muốn hỏi làm căn cước", "dvc-can-cuoc");
    expect(chitChat(foldedText("bạn là người hay máy vậy"))).toBeUndefined();
  });
});

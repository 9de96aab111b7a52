/**
 * Residents' voices, session 17 (issue 10, tuning-s17's writer): an acknowledgement before the next question,
 * regional words and raw Telex typing. Conversations and questions written for this file (not tuning lines),
 * each through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { afterAcknowledgment } from "../server/assistant/acknowledgment-opener";
import { analyze } from "../server/assistant/text-analysis";
import { withoutProperNames } from "../server/assistant/proper-names";
import { readTelexMessage, telexWord } from "../server/assistant/telex-message";
import { knowledgeAssistant, led, shown } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("an acknowledgement before the next question", () => {
  it("'vâng, bao lâu' after the residence confirmation: its time, not 'tạm vắng'", () => {
    const turns = conversation("làm giấy xác nhận cư trú ở đâu", "vâng, bao lâu");
    expect(led(turns[0])).toBe("answer dvc-xac-nhan-cu-tru");
    expect(led(turns[1])).toBe("answer dvc-xac-nhan-cu-tru");
  });
  it("'vang, may ngay co' after the birth registration stays on it", () => {
    const turns = conversation("đăng ký khai sinh cho con", "vang, may ngay co");
    expect(led(turns[1])).toBe("answer dvc-khai-sinh");
  });
  it("'vang, vay la lua a' after a scam warning is about that scam", () => {
    const turns = conversation("tôi nhận tin nhắn mời làm việc nhẹ lương cao, chỉ cần like video", "vang, vay la lua a");
    expect(led(turns[0])).toBe("scam_warning ld-viec-nhe-luong-cao");
    expect(led(turns[1])).toBe("answer ld-viec-nhe-luong-cao");
  });
  it("only an opener that cannot be another word, and only before a question of its own", () => {
    expect(afterAcknowledgment("vâng, bao lâu thì có")).toBe("bao lâu thì có");
    expect(afterAcknowledgment("Vâng mất bao nhiêu tiền")).toBe("mất bao nhiêu tiền");
    expect(afterAcknowledgment("thế à, mảnh đấy có tách được không")).toBe("mảnh đấy có tách được không");
    expect(afterAcknowledgment("vang, mat bao lau")).toBe("mat bao lau");
    // unaccented "vang" without a break is "vắng"/"vàng"; "dạ dày" is the stomach; "vâng ạ" asks nothing
    expect(afterAcknowledgment("vang mat bao lau")).toBeUndefined();
    expect(afterAcknowledgment("vàng, bạc có phải khai không")).toBeUndefined();
    expect(afterAcknowledgment("dạ dày đau thì khám ở đâu")).toBeUndefined();
    expect(afterAcknowledgment("vâng ạ")).toBeUndefined();
    expect(afterAcknowledgment("ok, thanks")).toBeUndefined();
  });
});

describe("Southern and Central words read as the standard ones", () => {
  const read = (text: string) => analyze(text).map((t) => t.folded).join(" ");
  it("'chừng nào có' asks when: the time of the procedure", () => {
    const turns = conversation("làm căn cước chừng nào có");
    expect(led(turns[0])).toBe("answer dvc-can-cuoc");
    expect(shown(turns[0])).toBe("time");
  });
  it("xài, giùm/dùm, coi giùm, thiệt, mệ, bả, lẹ, nhiêu, bữa nay, mí ngày, nỏ biết, hỉ, hén, rùi, zô, bên tê", () => {
    expect(read("bả xài điện thoại cục gạch")).toBe("ba dung dien thoai cuc gach");
    expect(read("xai dien thoai cuc gach")).toBe("dung dien thoai cuc gach");
    expect(read("coi giùm em hồ sơ")).toBe("xem giup em ho so");
    expect(read("nộp dùm được hông")).toBe("nop giup duoc khong");
    expect(read("tin này có thiệt không")).toBe("tin nay co that khong");
    expect(read("mệ tôi 85 tuổi")).toBe("ba toi 85 tuoi");
    expect(read("làm lẹ giùm tui")).toContain("lam nhanh giup");
    expect(read("hết nhiêu tiền")).toBe("het bao nhieu tien");
    expect(read("bữa nay phường có làm không")).toBe("hom nay phuong co lam khong");
    expect(read("mí ngày có kết quả")).toBe("may ngay co ket qua");
    expect(read("nỏ biết làm răng")).toBe("khong biet lam sao");
    expect(read("zô phường làm")).toBe("vao phuong lam");
    expect(read("ở phường bên tê")).toBe("o phuong ben kia");
    expect(read("làm căn cước chừng nào có")).toBe("lam can cuoc khi nao co");
  });
  it("the standard words spelt alike keep their own meaning", () => {
    // the elderly spelling "ghi xai" is "ghi sai"; "mồ côi hộ nghèo"; "thiệt hại"; "bả chuột"; "bao nhiêu"; "tê tay"
    expect(read("giấy khai sinh ghi xai ngày sinh")).toContain("ghi xai ngay");
    expect(read("trẻ mồ côi hộ nghèo")).toBe("tre mo coi ho ngheo");
    expect(read("bồi thường thiệt hại")).toContain("thiet hai");
    expect(read("mua bả chuột")).toContain("ba chuot");
    expect(read("mất bao nhiêu tiền")).toBe("mat bao nhieu tien");
    expect(read("bị tê tay")).toContain("te tay");
    expect(read("mí mắt bị sưng")).toContain("mi mat");
    expect(read("nhieu tien qua")).toBe("nhieu tien qua");
  });
});

describe("a message typed in raw Telex", () => {
  it("'xin xacs nhaanj tinhf tranghj hoon nhaan owr ddaau' is read as Vietnamese: where to get the marital status paper", () => {
    const turns = conversation("xin xacs nhaanj tinhf tranghj hoon nhaan owr ddaau");
    expect(led(turns[0])).toBe("answer dvc-xac-nhan-hon-nhan");
    expect(shown(turns[0])).toBe("where");
  });
  it("converts the keys: dd, aa, aw, ee, oo, ow, uw, uow, a tone key at the end or before the last letters", () => {
    expect(readTelexMessage("cho em hoir thur tucj lamf cawn cuwowcs")).toBe("cho em hỏi thủ tục làm căn cước");
    expect(readTelexMessage("vneid cuar tooi bij khoas roofi")).toBe("vneid của tôi bị khoá rồi");
    expect(readTelexMessage("Ddawng kys thuwowngf truss")).toMatch(/^Đăng ký thường/);
    expect(telexWord("ddaats")).toBe("đất");
    expect(telexWord("nguwowif")).toBe("người");
  });
  it("never touches plain unaccented Vietnamese, English, a message with diacritics, or a single keyed word", () => {
    for (const text of ["toi muon hoi ve thu tuc", "xa so ba nho", "cos ai giup khong", "My wife is Vietnamese, what does she need", "bus has yes", "làm căn cước thur tucj ddawng kys", "gplx het han lam lai o dau", "sdt cua phuong la bao nhieu"])
      expect(readTelexMessage(text)).toBe(text);
    // a final stop takes only the acute or the dot: "tucf" is no syllable
    expect(telexWord("tucf")).toBeUndefined();
    expect(telexWord("xa")).toBeUndefined();
  });
});

describe("words of the former rural communes", () => {
  const rules = knowledgeAssistant(undefined, { learned: false });
  const read = (text: string) => analyze(text).map((t) => t.folded).join(" ");
  it("'chia mảnh vườn … ở xóm Trại' is dividing a plot (on the rules alone): the garden land and the hamlet's name read", () => {
    const turns = rules.conversation("bà muốn chia mảnh vườn 300m2 ở xóm Trại cho hai đứa cháu");
    expect(led(turns[0])).toBe("answer dvc-tach-thua");
  });
  it("farmland phrases as the entries name it; 'làm ruộng' (farming) keeps its own", () => {
    expect(read("tranh chấp bờ ruộng")).toBe("tranh chap ranh gioi dat");
    expect(read("đám ruộng nhà tôi")).toBe("dat nong nghiep nha toi");
    expect(read("chuyển đất lúa lên đất ở")).toBe("chuyen dat nong nghiep len dat o");
    expect(read("chia mảnh vườn")).toBe("chia dat vuon");
    expect(read("cả đời làm ruộng")).toBe("ca doi lam ruong");
  });
  it("a hamlet's name after xóm / ấp is no topic word", () => {
    expect(withoutProperNames("nhà tôi ở xóm Đình")).toBe("nhà tôi ở xóm ,");
    expect(withoutProperNames("ở ấp Tân Phú")).toBe("ở ấp ,");
  });
});

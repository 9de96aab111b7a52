/**
 * Classes of misses found on tuning9 (session 12, issue 10 §4), each tested with phrasings of
 * its own (not the tuning lines): a spelling correction chosen by a pair with a function word,
 * "mất bn ngày" read as died and as a fee, a death told after a story, and a confusable spelling
 * that makes a rare known pair ("trung thực" for "chứng thực").
 */
import { describe, expect, it } from "vitest";
import { resolveWordSenses } from "../server/assistant/word-senses";
import { analyze } from "../server/assistant/text-analysis";
import { answerCheck, knowledgeAssistant, offeredFirst } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const expectAnswer = answerCheck(ask);
// the rules alone: the mechanism a case pins down, before the learned classifier reads the message
const rules = knowledgeAssistant(undefined, { learned: false });

describe("a misspelt word corrected by the pair it makes with a content word", () => {
  it("reads 'khai sin' as 'khai sinh' even when a function word after it pairs with 'xin'", () => {
    expectAnswer("làm khai sin cho cháu nội cần những gì", "dvc-khai-sinh");
    expectAnswer("dang ky khai sin cho be nha toi o dau", "dvc-khai-sinh");
  });
});

describe("'mất' with a duration after it", () => {
  it("is how long it takes, not died and not a fee ('mất bn ngày', 'hết bao nhiêu ngày')", () => {
    expectAnswer("đăng ký tạm trú cho con mất bn ngày vậy", "dvc-tam-tru", "time");
    expectAnswer("đổi căn cước hết bao nhiêu ngày thì có", "dvc-can-cuoc", "time");
  });
  it("keeps 'hết bao nhiêu' alone as the fee", () => {
    expectAnswer("lam lai can cuoc het bao nhieu", "dvc-can-cuoc", "fee");
  });
});

describe("a death told some words after the relative", () => {
  it("reads 'đã/vừa mất' followed by when or where as died", () => {
    expectAnswer("bố tôi bệnh lâu năm, tuần trước nhập viện và đã mất tối qua tại bệnh viện, giờ gia đình cần làm giấy tờ gì", "dvc-khai-tu");
    expectAnswer("bà nội tôi ốm nặng, nằm viện lâu rồi và vừa mất đêm qua, nhà tôi cần làm những gì ạ", "dvc-khai-tu");
  });
  it("leaves a lost thing lost", () => {
    const result = ask("mẹ tôi đi chợ đã mất ví tiền, có cả căn cước trong đó");
    expect(result.kind === "answer" && result.entry.id).not.toBe("dvc-khai-tu");
  });
});

describe("a confusable spelling that makes a rare known pair", () => {
  it("reads 'trung thuc' / 'trứng thực' as 'chứng thực' when entries write 'trung thực' (honest) only once", () => {
    expectAnswer("trung thuc giay to o dau", "dvc-chung-thuc", "where");
    expectAnswer("trứng thực chữ ký hết bao nhiêu tiền", "dvc-chung-thuc", "fee");
    expectAnswer("xin trứng thực bằng tốt nghiệp", "dvc-chung-thuc");
    expectAnswer("có trứng thực bản dịch được không", "dvc-chung-thuc");
  });
});

describe("where someone died: 'mất tại' is a death, 'mất tài khoản' a loss", () => {
  const read = (text: string) => resolveWordSenses(analyze(text)).map((t) => t.folded).join(" ");
  it("reads 'đã mất tại nhà' after a relative as died, and 'mất tài khoản' as lost", () => {
    expect(read("bố tôi ốm lâu năm và đã mất tại nhà")).toContain("qua doi tai nha");
    expect(read("ông nội cháu bệnh nặng, vừa mất tại bệnh viện tỉnh")).toContain("qua doi tai benh vien");
    expect(read("bố tôi đã mất tài khoản ngân hàng")).toContain("mat tai khoan");
  });
});

describe("a known pair of a function word is never taken for a common look-alike", () => {
  it("'trua co' (trưa có) typed without accents stays the lunch break, not 'chưa có'", () => {
    for (const text of ["trua co nghi khong", "buoi trua phuong co nghi ko"]) {
      const result = ask(text);
      expect(result.entries[0]?.id, text).toBe("phuong-lien-he");
      expect(result.reply, text).toMatch(/^Dạ có, .* nghỉ trưa/);
    }
  });
});

describe("a couple without children asking to adopt (words the adoption entry lacked)", () => {
  it("answers from adoption, not from splitting a household ('vợ chồng') nor handing off", () => {
    expectAnswer("hai vợ chồng già không có con muốn nhận nuôi một đứa trẻ", "dvc-nuoi-con-nuoi");
    expectAnswer("nhà tôi hiếm muộn, muốn xin nhận nuôi một bé ở trung tâm bảo trợ xã hội", "dvc-nuoi-con-nuoi");
  });
});

describe("splitting land named without 'thửa'", () => {
  it("answers from splitting a plot, not from splitting a household", () => {
    expectAnswer("bo me toi muon tach dat cho anh em toi moi nguoi mot phan", "dvc-tach-thua");
    expectAnswer("muốn tách đất chia cho các con thì làm sao", "dvc-tach-thua");
  });
  it("keeps splitting a household with its own words", () => {
    expectAnswer("tôi muốn tách hộ khẩu ra ở riêng", "dvc-tach-ho");
    expectAnswer("vợ chồng tôi muốn tách hộ ra ở riêng", "dvc-tach-ho");
    expectAnswer("con trai cưới vợ muốn tách hộ riêng nhưng vẫn ở chung đất nhà tôi được không", "dvc-tach-ho");
  });
});

describe("'tiếng' counted is hours", () => {
  it("reads 'mấy tiếng' as how long, not the language word of the foreigners' entry", () => {
    expectAnswer("làm căn cước mấy tiếng thì xong", "dvc-can-cuoc", "time");
    expectAnswer("đăng ký kết hôn ở phường mất mấy tiếng", "dvc-ket-hon", "time");
  });
  it("keeps 'tiếng' as a sound where nothing counts it", () => {
    expectAnswer("hàng xóm hát karaoke tiếng ồn quá", "pa-gui-phan-anh");
  });
});

describe("temporary residence of a foreign guest", () => {
  it("is the foreigners' declaration, not the residents' temporary residence", () => {
    // the rules alone (the mechanism pinned here); with the learned classifier, which may doubt it (it reads
    // "khách … thuê phòng … tạm trú" as the residents' entry) and ask back, the foreigners' entry is offered first
    for (const q of ["nhà tôi cho khách tây thuê phòng thì khai tạm trú thế nào", "chủ nhà khai tạm trú cho khách nước ngoài trên mạng thế nào"]) {
      answerCheck(rules.ask)(q, "dvc-nguoi-nuoc-ngoai-tam-tru");
      expect([q, offeredFirst(ask(q))]).toEqual([q, "dvc-nguoi-nuoc-ngoai-tam-tru"]);
    }
  });
  it("keeps a Vietnamese tenant's temporary residence", () => {
    expectAnswer("tôi thuê trọ ở đây 3 tháng có phải đăng ký tạm trú không", "dvc-tam-tru");
  });
});

describe("how the green lane differs from the ordinary procedure", () => {
  it("is what the green lane is, not its processing time (an entry titled for one facet)", () => {
    expectAnswer("lan xanh khac thu tuc binh thuong cho nao vay", "lx-la-gi");
  });
  it("keeps the time entry when the time is asked", () => {
    expectAnswer("thủ tục bình thường 15 ngày thì làn xanh còn mấy ngày", "lx-thoi-gian");
  });
});

/**
 * Out of coverage by the message's matter word (issue 10 §4, session 27): a matter no entry is about ("lương cơ sở",
 * "chế độ ốm đau", "ly thân", "giảm trừ gia cảnh") found a look-alike entry by its syllables and was answered
 * confidently. The entry about to answer must say the matter word where it says what it is about, else the message
 * is handed off honestly; a matter word said as the resident's circumstance ("về hưu rồi", "để vay thế chấp", "không
 * có lương hưu") leaves the entry the rest of the message names. Messages written for this file, not tuning lines.
 */
import { describe, expect, it } from "vitest";
import { uncoveredMatterWord } from "../server/assistant/uncovered-matter-word";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, answeredBy, titled } = knowledgeAssistant();
const entry = (id: string, title: string, keywords: string[] = []) => ({ ...titled(id, title), summary: title, keywords });

describe("a matter word the top entry does not speak of", () => {
  it("hands the message off, naming the matter, instead of answering from a look-alike", () => {
    for (const text of [
      "Lương cơ sở từ tháng 7 tăng lên bao nhiêu vậy ạ",
      "luong co so nam sau la bao nhieu",
      "che do om dau khi nam vien duoc huong may ngay",
      "ly thân bao lâu thì được ly hôn",
      "giảm trừ gia cảnh cho mẹ già thì đăng ký thế nào",
    ]) {
      const r = ask(text);
      expect(r.kind, text).toBe("handoff");
      expect(r.reply, text).toMatch(/chưa có thông tin về/);
      // (queued for staff as an unanswered matter, not a person asked for)
      expect(r.kind === "handoff" && r.handoff.reason, text).toBe("out_of_scope");
    }
  });

  it("is read from the entries: an entry that says the word covers it", () => {
    const about = entry("x-luong", "Mức lương cơ sở và cách tính phụ cấp");
    const other = entry("x-bhxh", "Tham gia bảo hiểm xã hội tự nguyện để có lương hưu");
    expect(uncoveredMatterWord("lương cơ sở năm nay là bao nhiêu", about)).toBeUndefined();
    expect(uncoveredMatterWord("lương cơ sở năm nay là bao nhiêu", other)).toBe("lương cơ sở");
  });

  it("needs the accents the resident typed: a folded look-alike is no matter word", () => {
    const other = entry("x-tt", "Đăng ký tạm trú cho người thuê trọ");
    // "chứng cứ" folds to "chung cu" (a flat), and "giữ chứng cứ" has no flat's context either
    expect(uncoveredMatterWord("giữ chứng cứ thế nào khi bị chủ nhà đuổi", other)).toBeUndefined();
    expect(uncoveredMatterWord("mua chung cư ở quận nào thì tốt", other)).toBe("chung cư");
  });
});

describe("a matter word that is the resident's circumstance", () => {
  it("leaves the entry the rest of the message names", () => {
    answeredBy("Tôi về hưu rồi, giờ muốn làm lại căn cước thì đến đâu", "dvc-can-cuoc");
    answeredBy("mẹ tôi không có lương hưu, có được hưởng trợ cấp người cao tuổi không", "dvc-tro-cap-xa-hoi");
    answeredBy("xin giấy xác nhận độc thân để vay thế chấp ngân hàng", "dvc-xac-nhan-hon-nhan");
    answeredBy("bố tôi mất không để lại di chúc, giờ sang tên sổ đỏ cho mẹ thế nào", "dvc-dat-dai");
    answeredBy("chứng thực chữ ký giấy ủy quyền cho con đi nhận lương hưu hộ", "dvc-chung-thuc");
    answeredBy("tôi ly hôn xong rồi, muốn tách hộ khẩu ra ở riêng với con", "dvc-tach-ho");
  });

  it("is told apart in the word checks: negated, a purpose, a state reached, the entry's subject named", () => {
    const can = entry("x-cc", "Làm, cấp đổi, cấp lại thẻ căn cước", ["căn cước", "thẻ căn cước"]);
    expect(uncoveredMatterWord("không có hợp đồng lao động thì làm căn cước được không", entry("x-o", "Đăng ký hộ kinh doanh"))).toBeUndefined();
    expect(uncoveredMatterWord("cần giấy tờ gì để làm thừa kế", entry("x-o", "Đăng ký lại khai sinh"))).toBeUndefined();
    expect(uncoveredMatterWord("bố tôi nghỉ hưu 3 năm rồi", entry("x-o", "Đăng ký thường trú"))).toBeUndefined();
    expect(uncoveredMatterWord("tôi là bộ đội nghỉ hưu, làm thẻ căn cước ở đâu", can)).toBeUndefined();
    // …but a matter opening the message, or a benefit asked ("chế độ …"), is the question whatever else it names
    expect(uncoveredMatterWord("ly hôn thuận tình có phải qua thẻ căn cước không", can)).toBe("ly hôn");
    expect(uncoveredMatterWord("chế độ thai sản khi làm thẻ căn cước", can)).toBe("thai sản");
  });
});

/**
 * Conversations of session 16, second wave (issue 10): installing or using the one app named, where the home-help
 * team's entry (kind "assistance") came first on its shared "cài", "bố mẹ" and the conversation then went on with the
 * team (app-over-assistance.ts); a short turn in the previous title's own words asked back (previous-title-words.ts).
 * Conversations written for this file (other phrasings than the tuning lines), each through
 * the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { appOverAssistance } from "../server/assistant/app-over-assistance";
import { inPreviousTitleWordsOnly } from "../server/assistant/previous-title-words";
import { foldedText } from "../server/assistant/text-analysis";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("the app named decides over the home-help entry when no helper is asked for (app-over-assistance.ts)", () => {
  it("'cài ihanoi về máy' then 'máy cũ quá không cài được thì sao': iHanoi's entry both times", () => {
    const turns = conversation("cài ihanoi về máy", "máy cũ quá không cài được thì sao");
    expect(led(turns[0])).toBe("answer dvc-ihanoi");
    expect(led(turns[1])).toBe("answer dvc-ihanoi");
  });
  it("'cài iHanoi cho ông bà ở nhà kiểu gì' then 'đăng nhập bằng gì': iHanoi's entry", () => {
    const turns = conversation("cài iHanoi cho ông bà ở nhà kiểu gì", "đăng nhập bằng gì");
    expect(led(turns[0])).toBe("answer dvc-ihanoi");
    expect(led(turns[1])).toBe("answer dvc-ihanoi");
  });
  it("asking for someone to come and install it stays with the home-help team", () => {
    const turns = conversation("có ai đến nhà cài ihanoi cho bà tôi không");
    expect(led(turns[0])).toBe("answer kns-ho-tro-tai-nha");
  });
  it("reads a helper asked for, and only over an assistance entry", () => {
    const f = (q: string) => foldedText(q);
    expect(appOverAssistance("assistance", f("cài ihanoi cho bố mẹ thế nào"))).toBe(true);
    expect(appOverAssistance("assistance", f("ai hướng dẫn cài ihanoi cho người lớn tuổi"))).toBe(false);
    expect(appOverAssistance("assistance", f("tổ công nghệ số có đến nhà cài VssID không"))).toBe(false);
    expect(appOverAssistance(undefined, f("cài ihanoi"))).toBe(false);
  });
});

describe("a short message in the previous title's own words goes on with it, not asked back (previous-title-words.ts)", () => {
  it("'mỗi tháng nhận bao nhiêu' after the monthly allowance: that entry, not a question with voluntary insurance", () => {
    const turns = conversation("ông tôi 81 tuổi được trợ cấp không", "mỗi tháng nhận bao nhiêu");
    expect(led(turns[0])).toBe("answer dvc-tro-cap-xa-hoi");
    expect(led(turns[1])).toBe("answer dvc-tro-cap-xa-hoi");
  });
  it("'moi thang dc bao nhieu' unaccented, after the same question", () => {
    const turns = conversation("ông tôi 81 tuổi được trợ cấp không", "moi thang dc bao nhieu");
    expect(led(turns[1])).toBe("answer dvc-tro-cap-xa-hoi");
  });
  it("'một tháng nhận được bao nhiêu' after the allowance asked another way stays with it too", () => {
    const turns = conversation("mẹ tôi 85 tuổi xin trợ cấp hằng tháng thế nào", "một tháng nhận được bao nhiêu");
    expect(led(turns[1])).toBe("answer dvc-tro-cap-xa-hoi");
  });
  it("reads the title words: uncommon words all the previous title's, none the other's", () => {
    const entry = (title: string) => ({ title }) as never;
    const previous = entry("Trợ cấp xã hội hằng tháng cho người cao tuổi");
    const other = entry("Tham gia bảo hiểm xã hội tự nguyện để có lương hưu");
    const idf = (w: string) => ({ moi: 0.5 })[w] ?? 3;
    expect(inPreviousTitleWordsOnly(["moi", "thang"], previous, other, idf, 0.8)).toBe(true);
    expect(inPreviousTitleWordsOnly(["thang", "luong"], previous, other, idf, 0.8)).toBe(false);
    expect(inPreviousTitleWordsOnly(["thang", "huu"], previous, other, idf, 0.8)).toBe(false);
    expect(inPreviousTitleWordsOnly(["moi"], previous, other, idf, 0.8)).toBe(false);
  });
});

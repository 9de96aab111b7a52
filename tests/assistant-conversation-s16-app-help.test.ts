/**
 * Installing or using the one app named, session 16 (issue 10): the home-help team's entry (kind "assistance") came
 * first on its shared "cài", "bố mẹ" and kept the app's own entry out, and the conversation then went on with the team
 * (app-over-assistance.ts). Conversations written for this file (other phrasings than the tuning lines), each through
 * the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { appOverAssistance } from "../server/assistant/app-over-assistance";
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

import { describe, expect, it } from "vitest";
import { withoutLetterFrame } from "../server/assistant/letter-frame";
import { letterFrameTaken } from "../server/assistant/learned-answer-choice";

describe("a letter's frame read once per text (session 20)", () => {
  const letter = "Kính gửi phường, tôi tên là Phạm Văn Tư, sinh năm 1971. Cho hỏi làm lại sổ đỏ bị cháy thế nào? Xin trân trọng cảm ơn";
  const plain = "làm lại sổ đỏ bị cháy thì cần giấy tờ gì";

  it("gives each text its own reading however the texts alternate", () => {
    const matter = withoutLetterFrame(letter);
    expect(matter).toBe("Cho hỏi làm lại sổ đỏ bị cháy thế nào?");
    expect(withoutLetterFrame(letter)).toBe(matter);
    expect(withoutLetterFrame(plain)).toBeUndefined();
    expect(letterFrameTaken(plain)).toBe(false);
    expect(letterFrameTaken(letter)).toBe(true);
    expect(withoutLetterFrame(plain)).toBeUndefined();
    expect(withoutLetterFrame(letter)).toBe(matter);
  });
});

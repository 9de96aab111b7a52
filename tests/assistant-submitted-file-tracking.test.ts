/**
 * A file already handed in, named by its procedure, whose progress is asked (submitted-file-tracking.ts): the look-up
 * entry of files handed in answers, not the procedure's own entry; how long the procedure takes stays with the
 * procedure. Messages written for this file, not copied from the tuning sets or the entries' sample questions.
 */
import { describe, expect, it } from "vitest";
import { knowledgeAssistant, led, shown } from "./support/knowledge-assistant";
import { tracksSubmittedFile } from "../server/assistant/submitted-file-tracking";

const { ask, conversation } = knowledgeAssistant();

describe("following a file handed in, named by its procedure", () => {
  it("answers with the look-up entry, wherever the procedure's words rank it", () => {
    for (const text of [
      "tôi nộp hồ sơ cấp lại sổ đỏ được 3 tuần, tra cứu tiến độ ở đâu",
      "đã nộp hồ sơ chuyển nhượng đất tháng trước, giờ đang ở khâu nào",
      "hồ sơ giấy phép xây dựng nộp rồi, xem tình trạng ở đâu",
    ]) expect(led(ask(text)), text).toBe("answer dvc-tra-cuu-ho-so");
  });
  it("also as a later turn of a conversation on another procedure", () => {
    const [, second] = conversation("đăng ký tạm trú cần giấy tờ gì", "tôi nộp hồ sơ cấp đổi sổ đỏ từ đầu tháng, giờ muốn biết đến đâu rồi");
    expect(led(second)).toBe("answer dvc-tra-cuu-ho-so");
  });
  it("keeps the procedure's own time part when how long it takes is asked", () => {
    const r = ask("đăng ký khai sinh nộp xong bao lâu thì có giấy");
    expect(led(r)).toBe("answer dvc-khai-sinh");
    expect(shown(r)).toBe("time");
    expect(led(ask("nộp hồ sơ cấp đổi sổ đỏ rồi thì bao lâu có"))).toBe("answer dvc-cap-lai-so-do");
  });
  it("reads the intent: handed in and its progress asked, not a pasted notice", () => {
    expect(tracksSubmittedFile("hồ sơ tách thửa nộp hôm qua, xem tiến độ ở đâu")).toBe(true);
    expect(tracksSubmittedFile("làm sổ đỏ mất mấy ngày")).toBe(false);
    expect(tracksSubmittedFile("nộp hồ sơ tách thửa ở đâu, tra cứu được không")).toBe(false);
    expect(tracksSubmittedFile('tin này thật không: "Hồ sơ đã nộp, tra cứu tại dichvucong-gov.top"')).toBe(false);
  });
});

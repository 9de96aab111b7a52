/**
 * "còn X" naming another entry's title after an answer (issue 10 §3, session 20; contrast-title-named.ts).
 * Conversations written for this file, through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { contrastOpens } from "../server/assistant/contrast-title-named";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("'còn X' in another title's words (contrast-title-named.ts)", () => {
  it("after the birth registration, 'thế còn thẻ bảo hiểm y tế thì sao' is the health insurance entry", () => {
    const turns = conversation("vợ tôi mới sinh, làm khai sinh cho bé thế nào", "thế còn thẻ bảo hiểm y tế thì sao");
    expect(led(turns[0])).toBe("answer dvc-khai-sinh");
    expect(led(turns[1])).toBe("answer dvc-bhyt-ho-gia-dinh");
  });
  it("after the residence certificate, 'còn làm căn cước thì ở phường luôn hả' is the ID card entry", () => {
    const turns = conversation("xin giấy xác nhận cư trú ở đâu", "còn làm căn cước thì ở phường luôn hả");
    expect(led(turns[1])).toBe("answer dvc-can-cuoc");
  });
  it("reads the opener", () => {
    expect(contrastOpens("thế còn thẻ bảo hiểm y tế thì sao")).toBe(true);
    expect(contrastOpens("à còn hợp đồng thuê nhà")).toBe(true);
    expect(contrastOpens("the con the bhyt thi sao")).toBe(true);
    expect(contrastOpens("mất bao lâu còn lệ phí")).toBe(false);
  });
});

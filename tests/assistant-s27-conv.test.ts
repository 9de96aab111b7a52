/**
 * Later turns of a conversation (issue 10 §3, session 27, s27-conv). Conversations written for this file, through the
 * real Assistant over the repository's knowledge.
 * - An aspect of a matter just handed off as out of the ward's coverage ("thế chia tài sản thì sao" after a divorce) is
 *   handed off too, not answered from a look-alike entry; a subject of an entry's own named in it is answered
 *   (handed-off-matter.ts). The matter is remembered in the conversation memory, which the service stores as JSON.
 * - A later turn answered from a new entry on its own words, that alone is handed off outright (a request for a person,
 *   or the learned reading of first questions: no entry), is handed off (switched-but-uncovered.ts).
 * - "có phải lừa hông chị" after a scam warning: a word of address closing the question keeps it about the scam warned
 *   of (scam-is-it-real.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { emptyMemory, type AskResult, type ConversationMemory } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { askedAspect } from "../server/assistant/handed-off-matter";
import { asksIfScam } from "../server/assistant/scam-is-it-real";
import { handedOffOutright, switchedOnOwnWords } from "../server/assistant/switched-but-uncovered";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { conversationWith, led, MONDAY_9AM } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" });
let assistant: Assistant;
beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});
const conversation = (...messages: string[]) => conversationWith(assistant, ward, ...messages);
const ask = (text: string) => assistant.ask(text, ward, MONDAY_9AM);

/** One resident's messages, the memory going through JSON between turns as the conversation store keeps it. */
function storedConversation(...messages: string[]): AskResult[] {
  let stored = JSON.stringify(emptyMemory());
  return messages.map((text, i) => {
    const result = assistant.ask(text, ward, MONDAY_9AM + i * 60_000, JSON.parse(stored) as ConversationMemory);
    stored = JSON.stringify(result.memory);
    return result;
  });
}

describe("an aspect of a matter just handed off (handed-off-matter.ts)", () => {
  it("'thế chia tài sản thì sao' after a divorce was handed off is handed off, not answered from the certification entry", () => {
    for (const [first, next] of [
      ["Vợ chồng tôi muốn ly hôn, nộp đơn ở đâu", "thế chia tài sản thì sao"],
      ["cho hoi thu tuc ly hon", "con chia tai san thi sao"],
    ] as const) {
      const turns = conversation(first, next);
      expect(turns[0]!.kind, first).toBe("handoff");
      expect(turns[1]!.kind, next).toBe("handoff");
      expect(turns[1]!.kind === "handoff" && turns[1]!.handoff.reason).toBe("out_of_scope");
    }
  });
  it("alone, the same shape is still answered (only the matter before makes it one)", () => {
    // ("thế chia tài sản thì sao" alone is handed off too since s27-ooc: "chia tài sản" names a matter no entry speaks of)
    expect(led(ask("thế văn bản thỏa thuận thì sao"))).toBe("answer dvc-chung-thuc-hop-dong");
    expect(conversation("Vợ chồng tôi muốn ly hôn", "thế văn bản thỏa thuận thì sao").map((t) => t.kind)).toEqual(["handoff", "handoff"]);
  });
  it("the matter is remembered through stored (JSON) memory, and a further aspect is handed off too", () => {
    const turns = storedConversation("Vợ chồng tôi muốn ly hôn", "thế chia tài sản thì sao", "còn con cái thì sao");
    expect(turns[0]!.memory.handedOffMatter).toBe("Vợ chồng tôi muốn ly hôn");
    expect(turns.map((t) => t.kind)).toEqual(["handoff", "handoff", "handoff"]);
  });
  it("is remembered for one turn only: a question after an answer is read as always", () => {
    const turns = conversation("Vợ chồng tôi muốn ly hôn", "làm căn cước ở đâu", "thế văn bản thỏa thuận thì sao");
    expect(led(turns[1])).toBe("answer dvc-can-cuoc");
    expect(turns[1]!.memory.handedOffMatter).toBeUndefined();
    expect(turns[2]!.kind).not.toBe("handoff");
  });
  it("an aspect naming an entry's own subject is answered from it", () => {
    const turns = conversation("Vợ chồng tôi muốn ly hôn", "thế tặng cho nhà cho con thì sao");
    expect(led(turns[1])).toBe("answer dvc-chung-thuc-hop-dong");
    const school = conversation("Con tôi sắp vào lớp 6, nộp hồ sơ chuyển trường ở đâu", "còn tiêm phòng cho em bé thì đi đâu");
    expect(school[1]!.kind).toBe("answer");
  });
  it("a part asked plainly after a handed-off story is not an aspect: read as before", () => {
    expect(askedAspect("sửa ở đâu")).toBeUndefined();
    expect(askedAspect("nộp thuế hạn chót khi nào")).toBeUndefined();
    expect(askedAspect("thế chia tài sản thì sao")).toBe("chia tai san");
    expect(askedAspect("con chia tai san thi sao a")).toBe("chia tai san");
    expect(askedAspect("còn con cái thì thế nào?")).toBe("con cai");
  });
});

describe("a later turn switched to a new entry that alone is handed off (switched-but-uncovered.ts)", () => {
  it("'tôi muốn gặp người có trách nhiệm giải quyết' after tracking a report is handed off, as it is alone", () => {
    expect(ask("tôi muốn gặp người có trách nhiệm giải quyết").kind).toBe("handoff");
    const turns = conversation("phản ánh đèn đường hỏng gửi tuần trước mà chưa ai trả lời", "tôi muốn gặp người có trách nhiệm giải quyết");
    expect(led(turns[0])).toBe("answer pa-theo-doi");
    expect(turns[1]!.kind).toBe("handoff");
  });
  it("a short turn leaning on the conversation, weak alone, is still answered", () => {
    const turns = conversation("mua bảo hiểm y tế hộ gia đình ở đâu", "mua xong có xem thẻ trên điện thoại được không");
    expect(led(turns[1])).toBe("answer dvc-bhyt-ho-gia-dinh");
  });
  it("asks the alone reading only for a switch on the turn's own words, and hands off only an outright handoff", () => {
    expect(switchedOnOwnWords({ answered: { entryId: "b", followup: false }, previous: "a" })).toBe(true);
    expect(switchedOnOwnWords({ answered: { entryId: "a", followup: false }, previous: "a" })).toBe(false);
    expect(switchedOnOwnWords({ answered: { entryId: "b", followup: true }, previous: "a" })).toBe(false);
    expect(switchedOnOwnWords({ answered: { entryId: "b", followup: false }, previous: undefined })).toBe(false);
    expect(handedOffOutright({ reason: "asked_for_person", learned: false })).toBe(true);
    expect(handedOffOutright({ reason: "out_of_scope", learned: true })).toBe(true);
    expect(handedOffOutright({ reason: "out_of_scope", learned: false })).toBe(false);
  });
});

describe("'có phải lừa không' closed by a word of address (scam-is-it-real.ts)", () => {
  it("asks about the scam just warned of", () => {
    for (const q of ["có phải lừa hông chị", "vậy là lừa đảo không bác ơi", "thế có phải lừa không anh"]) expect(asksIfScam(q), q).toBe(true);
    expect(asksIfScam("chị ơi")).toBe(false);
  });
  it("after a delivery scam's warning, the delivery scam leads the answer", () => {
    const turns = conversation("shipper gọi báo có đơn hàng 250k, bắt chuyển khoản trước mới giao, mà tôi có đặt gì đâu", "có phải lừa hông chị");
    expect(turns[0]!.kind).toBe("scam_warning");
    expect(turns[1]!.entries[0]?.id).toBe("ld-giao-hang");
  });
});

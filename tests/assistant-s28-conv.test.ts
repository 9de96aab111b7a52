/**
 * Later turns of a conversation (issue 10 §3, session 28, s28-conv). Conversations written for this file, through the
 * real Assistant over the repository's knowledge.
 * - The residence registered again after a deletion suffered ("hộ khẩu bị xóa rồi, đăng ký thường trú lại") is the
 *   registration, not the deregistration entry its "xóa" named; the conversation's next parts follow it
 *   (asked-action-entry.ts).
 * - A later turn switched to a new entry on its own words, that the learned reading of first questions answers alone
 *   from a third entry, is answered from that entry (switched-learned-answer.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { entryOfAskedAction } from "../server/assistant/asked-action-entry";
import { learnedElsewhere } from "../server/assistant/switched-learned-answer";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { conversationWith } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" });
let assistant: Assistant;
beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});
const conversation = (...messages: string[]) => conversationWith(assistant, ward, ...messages);
const answeredFrom = (r: ReturnType<typeof conversation>[number]) => (r.kind === "answer" ? r.entry.id : r.kind);

describe("the residence registered again after it was deleted (asked-action-entry.ts)", () => {
  it("answers the registration, and the next parts asked follow it", () => {
    for (const first of [
      "mình đi làm ở Hàn Quốc 7 năm, về thì hộ khẩu đã bị xóa, giờ muốn đăng ký thường trú lại",
      "chồng tôi đi Đức về, hộ khẩu bị xóa rồi, đăng ký thường trú lại thế nào",
    ]) {
      const turns = conversation(first, "cần giấy tờ gì", "nộp ở đâu");
      expect(turns.map(answeredFrom), first).toEqual(["dvc-thuong-tru", "dvc-thuong-tru", "dvc-thuong-tru"]);
    }
  });

  it("never answers the deregistration entry when the registration is asked again (asked back is honest)", () => {
    const [first] = conversation("ho khau cua bo toi bi xoa roi, gio nhap khau lai cho bo the nao");
    expect(first!.kind === "answer" && first!.entry.id === "dvc-xoa-dang-ky-cu-tru").toBe(false);
  });

  it("a deletion asked for is still the deregistration entry", () => {
    expect(entryOfAskedAction("nha da ban roi, ho khau van o do thi xoa the nao")).toBe("dvc-xoa-dang-ky-cu-tru");
    expect(entryOfAskedAction("bo toi mat roi, co phai xoa thuong tru cho bo khong")).toBe("dvc-xoa-dang-ky-cu-tru");
    expect(conversation("nhà bán rồi mà hộ khẩu vẫn còn, giờ xóa kiểu gì").map(answeredFrom)).toEqual(["dvc-xoa-dang-ky-cu-tru"]);
  });

  it("a deletion suffered with no registration asked again is left to the ranking", () => {
    expect(entryOfAskedAction("ho khau cua toi bi xoa ma khong ai bao")).toBe("dvc-xoa-dang-ky-cu-tru");
    expect(entryOfAskedAction("ho khau bi xoa roi, gio dang ky lai thuong tru")).toBe("dvc-thuong-tru");
  });
});

describe("a topic change read as the message alone would be (switched-learned-answer.ts)", () => {
  it("'chứng thực vài bản sao thì vào phòng nào' after the office hours is the certified copies, not the citizens' reception", () => {
    const turns = conversation("trụ sở phường ở đâu", "mấy giờ mở cửa", "tôi cần chứng thực vài bản sao thì vào phòng nào");
    expect(turns.map(answeredFrom)).toEqual(["phuong-lien-he", "phuong-lien-he", "dvc-chung-thuc"]);
    expect(turns[2]!.kind === "answer" && turns[2]!.shown).toBe("where");
  });

  const alone = (entryId: string | undefined, learned = true, kind = "answer") => ({ kind, entryId, learned });
  it("takes only a learned answer of a third entry", () => {
    expect(learnedElsewhere({ answered: "b", previous: "a", alone: alone("c") })).toBe("c");
    // the rules' own entry, or the previous one read alone (the turn model's call), or no learned reading: left
    expect(learnedElsewhere({ answered: "b", previous: "a", alone: alone("b") })).toBeUndefined();
    expect(learnedElsewhere({ answered: "b", previous: "a", alone: alone("a") })).toBeUndefined();
    expect(learnedElsewhere({ answered: "b", previous: "a", alone: alone("c", false) })).toBeUndefined();
    expect(learnedElsewhere({ answered: "b", previous: "a", alone: alone(undefined, true, "handoff") })).toBeUndefined();
  });
});

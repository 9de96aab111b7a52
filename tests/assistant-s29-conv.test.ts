/**
 * Later turns of a conversation (issue 10 §3, session 29, s29-conv). Conversations written for this file, through the
 * real Assistant over the repository's knowledge.
 * - A yes/no follow-up that leaves out its subject (the entry just answered) gets the fact that entry states, first,
 *   and stays on it (fact-in-previous-context.ts); a question asking more than the fact, or after a scam entry, does not.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { factInPreviousContext } from "../server/assistant/fact-in-previous-context";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { conversationWith } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" });
let kb: KnowledgeBase;
let assistant: Assistant;
beforeAll(async () => {
  kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  assistant = new Assistant(kb);
});
const conversation = (...messages: string[]) => conversationWith(assistant, ward, ...messages);
const answeredFrom = (r: ReturnType<typeof conversation>[number]) => (r.kind === "answer" ? r.entry.id : r.kind);
const entry = (id: string) => kb.entries.find((e) => e.id === id)!;
const everyWordInformative = () => true;

describe("a yes/no follow-up answered by the previous entry's fact, its title the subject (fact-in-previous-context.ts)", () => {
  it("a late birth registration: asked whether there is a fine, in several wordings, says so first", () => {
    for (const asked of ["có bị phạt tiền không ạ", "co bi phat tien ko", "giờ đi làm có bị phạt không"]) {
      const turns = conversation("con tôi 3 tuổi chưa làm khai sinh, giờ làm quá hạn thế nào", "cần mang giấy tờ gì", asked);
      expect(turns.map(answeredFrom), asked).toEqual(["dvc-dang-ky-lai-ho-tich", "dvc-dang-ky-lai-ho-tich", "dvc-dang-ky-lai-ho-tich"]);
      expect(turns[2]!.reply.startsWith("Dạ có, khai sinh quá hạn có thể bị nhắc nhở hoặc xử phạt"), asked).toBe(true);
    }
  });

  it("level 2 of VNeID: done from home is answered no, from the entry's own words", () => {
    const turns = conversation("kích hoạt vneid mức 2 thế nào", "ngồi nhà làm được không");
    expect(turns.map(answeredFrom)).toEqual(["dvc-vneid-muc-2", "dvc-vneid-muc-2"]);
    expect(turns[1]!.reply.startsWith("Dạ không, mức 2 phải đăng ký trực tiếp")).toBe(true);
  });

  it("the subject supplied by the title alone never answers: the message must name a part of the ask itself", () => {
    // "Khai báo tạm vắng khi đi làm ăn xa": "đi làm + tạm vắng" lies whole in the title
    expect(factInPreviousContext(entry("dvc-tam-vang"), "lam online duoc khong", [], everyWordInformative)).toBeUndefined();
  });

  it("a question asking more than the fact gets no fact", () => {
    // "phải đi" is an ask of level 2, "cùng" (with the parents) is not in it
    expect(factInPreviousContext(entry("dvc-vneid-muc-2"), "bo me co phai di cung khong", ["cung"], everyWordInformative)).toBeUndefined();
    // a pension named: the allowance fact is about those without one
    expect(factInPreviousContext(entry("dvc-tro-cap-xa-hoi"), "bo toi 78 tuoi co luong huu thi co duoc khong", ["luong", "huu"], everyWordInformative)).toBeUndefined();
    // the same ask without the extra words is the fact
    expect(factInPreviousContext(entry("dvc-vneid-muc-2"), "co lam o nha duoc khong", [], everyWordInformative)).toMatch(/^Dạ không, /);
  });

  it("no fact of a scam entry is borrowed for a follow-up", () => {
    // after the investment scam, a question about a recovery service: "tin được" is an ask's part, "lãi cao" only the title's
    expect(factInPreviousContext(entry("ld-dau-tu"), "co nguoi nhan lay lai tien giup tin duoc khong", [], everyWordInformative)).toBeUndefined();
  });

  it("a yes/no turn that names another procedure still switches to it", () => {
    const turns = conversation("khai sinh quá hạn làm thế nào", "thế khai tử muộn có bị phạt không");
    expect(answeredFrom(turns[1]!)).not.toBe("dvc-dang-ky-lai-ho-tich");
  });
});

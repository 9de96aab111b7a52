/**
 * Session 27 (issue 10 §2): the first reply answers the part asked. "… ở phường được không" with the paper named before
 * the place asks where it is done (the place part first); "làm hộ chiếu/hộ khẩu" is the paper, not doing it for someone
 * (no special case read); "có trang/app nào tra số lừa đảo không" is answered "Dạ có" from the entry's own words (nTrust,
 * in kb-facts.md); an age named with "làm thế nào" asks the steps, while a person who cannot come or a lost paper keeps
 * the special case first. Our own wordings, not the tuning lines.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readFacet } from "../server/assistant/facet-cues";
import { foldedText } from "../server/assistant/text-analysis";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });
const read = (q: string) => readFacet(foldedText(q));

describe("the place asked as 'ở phường được không' (session 27)", () => {
  it.each([
    "giấy độc thân xin ở phường được không",
    "đăng ký kết hôn ở đây được không ạ",
    "chứng thực hợp đồng tặng cho thì ra phường làm luôn được không",
    "phiếu lý lịch tư pháp làm ở ủy ban phường được không hay phải lên sở",
    "kết hôn làm ở phường bên nhà trai hay nhà gái",
  ])("%s → where", (q) => {
    const r = read(q);
    expect(r.facet).toBe("where");
    expect(r.strength).toBe(2);
  });

  it("keeps the topic words for the search (the shape spans them)", () => {
    expect(read("đăng ký kết hôn ở đây được không").topicText).toContain("dang ky ket hon");
  });

  it("a place named without asking whether it is done there is not read as this shape", () => {
    expect(read("tôi đang ở phường này, con tôi 5 tuổi").facet).not.toBe("where");
    expect(read("ở phường có lớp học dùng điện thoại không").facet).not.toBe("where");
  });

  it("'làm hộ chiếu', 'làm hộ khẩu' name a paper, not a favour: no special case", () => {
    expect(read("làm hộ chiếu ở phường được không").facet).toBe("where");
    expect(read("làm hộ chiếu thế nào").facet).not.toBe("special");
    // doing it for someone is still the special case
    expect(read("tôi làm hộ bố được không").facet).toBe("special");
  });
});

describe("first replies (session 27)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  it.each([
    ["xin giấy xác nhận độc thân ở phường mình được không", "dvc-xac-nhan-hon-nhan"],
    ["đăng ký kết hôn ở phường em được không", "dvc-ket-hon"],
  ])("%s → the place part of %s first", (q, id) => {
    const r = ask(q);
    expect(r.kind).toBe("answer");
    if (r.kind !== "answer") return;
    expect(r.entries[0]?.id).toBe(id);
    expect(r.shown).toBe("where");
    expect(r.reply).toMatch(/^Nơi làm/u);
  });

  it("'có app nào tra số điện thoại lừa đảo không' gets 'Dạ có' with the app the entry names", () => {
    for (const q of ["có ứng dụng nào kiểm tra số điện thoại lạ không", "có trang web nào tra số tài khoản lừa đảo không ạ"]) {
      const r = ask(q);
      expect(r.kind).toBe("answer");
      expect(r.entries[0]?.id).toBe("ld-kiem-tra");
      expect(r.reply).toMatch(/^Dạ có, có thể dùng ứng dụng nTrust/u);
      expect(r.reply.length).toBeLessThan(700);
    }
  });

  it("no 'Dạ có' from that fact to a question about reporting or blocking", () => {
    const r = ask("có trang nào để báo cáo số điện thoại lừa đảo không");
    expect(r.reply).not.toMatch(/^Dạ có, có thể dùng ứng dụng nTrust/u);
  });

  it.each([
    ["bố tôi 80 tuổi muốn làm trợ cấp hằng tháng thì làm sao", "dvc-tro-cap-xa-hoi", "steps"],
    ["con tôi 6 tuổi gia hạn thẻ bảo hiểm y tế thế nào", "dvc-bhyt-ho-gia-dinh", "steps"],
    // the circumstance is the question: the person cannot come, the paper is lost
    ["mẹ tôi 85 tuổi không đi được, làm căn cước thế nào", "dvc-can-cuoc", "special"],
    ["em làm mất giấy biên nhận, tra cứu hồ sơ thế nào", "dvc-tra-cuu-ho-so", "special"],
  ])("%s → %s, its %s first", (q, id, part) => {
    const r = ask(q);
    expect(r.kind).toBe("answer");
    if (r.kind !== "answer") return;
    expect(r.entries[0]?.id).toBe(id);
    expect(r.shown).toBe(part);
  });
});

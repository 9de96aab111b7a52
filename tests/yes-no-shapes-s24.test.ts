/**
 * Session 24 (issue 10 §2, "a yes/no question gets 'Dạ có'/'Dạ không' first; the first reply answers the part asked"),
 * from the tuning sets' misses (our own wordings):
 * - two yes/no shapes: the question first and what it is about after "không ạ" ("… không ạ, bố tôi 82"), and a duty
 *   asked in surprise ("… phải ra công an à"), never a "what" question ending in "ạ";
 * - "is it a scam" never answered by a "Dạ không" fact (stated-yes-no.ts), "… không hay là lừa" still answered;
 * - the part asked in regional and spoken words ("mất đồng nào", "đóng nhiêu", "giấy chi").
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

describe("yes/no shapes (session 24)", () => {
  const yesno = (q: string) => readFacet(foldedText(q)).yesno;
  it.each([
    "có nên cho cửa hàng chụp căn cước không ạ, họ bảo để làm sim",
    "con tôi có được cấp thẻ miễn phí không ạ, cháu mới 3 tuổi",
    "đăng ký mức 2 phải lên công an à",
    "ở trọ có 2 tuần cũng phải khai báo à",
    "giờ bắt buộc dùng vneid à",
  ])("\"%s\" is a yes/no question", (q) => expect(yesno(q), q).toBe(true));
  it.each([
    "tôi phải làm gì ạ",
    "phải mang giấy tờ gì ạ",
    "nộp ở phường hay phải lên quận ạ",
    "trong bao lâu phải đi đăng ký khai tử ạ",
    "phải nộp ở đâu ạ",
    "vâng, cảm ơn ạ",
  ])("\"%s\" is not", (q) => expect(yesno(q), q).toBe(false));
});

describe("the part asked in regional and spoken words (session 24)", () => {
  const facet = (q: string) => readFacet(foldedText(q)).facet;
  it.each([
    ["làm cái này có mất đồng nào không", "fee"],
    ["mỗi tháng đóng nhiêu", "fee"],
    ["cần nộp giấy chi để xin hoãn", "documents"],
    ["đi làm thì mang chi theo", "documents"],
  ])("\"%s\" asks %s", (q, f) => expect(facet(q), q).toBe(f));
});

describe("is it a scam (session 24)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);
  // "is it a scam" never gets the "Dạ không" of a fact saying it is one (stated-yes-no.ts)
  it.each([
    "sàn forex hứa lãi 20% một tháng có phải lừa đảo không",
    "nhắn tin dọa cắt nước ngay nếu không chuyển khoản thì có phải lừa không",
    "tin nhắn phạt nguội kèm đường link có phải lừa đảo không",
  ])("\"%s\": no \"Dạ không, … lừa đảo\"", (q) => {
    expect(ask(q).reply, q).not.toMatch(/^Dạ không, [^\n]*lừa đảo/u);
  });

  // the scam as the alternative after "hay": the question before it is answered as before
  it("\"nhà mạng có gọi bắt chuẩn hóa thuê bao không hay là lừa\": Dạ không first", () => {
    expect(ask("nhà mạng có gọi bắt chuẩn hóa thuê bao không hay là lừa").reply).toMatch(/^Dạ không, /u);
  });
});

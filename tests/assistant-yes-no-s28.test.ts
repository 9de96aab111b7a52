/**
 * Session 28 (issue 10 §2): yes/no first on how the reply leads. After a scam entry, the bare question "is it a scam /
 * is it real" gets "Dạ có" / "Dạ không" from the entry's own opening when that opening says the script IS a scam
 * (scam-script-yes-no.ts); a hedged opening ("thường là lừa đảo"), a first question naming its own case and a question
 * turned round get no yes or no. Our own wordings, not the tuning sets'.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { emptyMemory } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { scamOrRealAsked } from "../server/assistant/scam-script-yes-no";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });
const yesOrNo = /^Dạ (có|không)(?!\p{L})/u;

describe("is it a scam, asked after a scam entry (session 28)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  /** every turn of a conversation, in order */
  const talk = (...turns: string[]) => {
    let memory = emptyMemory();
    return turns.map((q, i) => {
      const r = assistant.ask(q, ward, MONDAY_9AM + i * 60_000, memory);
      memory = r.memory;
      return r;
    });
  };

  it.each([
    ["có người xưng shipper gọi bảo có bưu kiện, bắt chuyển khoản trước rồi mới giao", "vậy có phải lừa đảo không ạ", "ld-giao-hang", /^Dạ có, giả shipper đòi chuyển khoản trước/u],
    ["có cuộc gọi báo thuê bao của tôi sắp bị khóa sim", "cái đó có thật không", "ld-sim-bi-khoa", /^Dạ không, cuộc gọi báo "SIM sắp bị khóa"/u],
    ["tin nhắn báo tôi trúng thưởng tủ lạnh, bảo nộp phí vận chuyển", "thật hay giả vậy bạn", "ld-trung-thuong", /^Dạ không, báo trúng thưởng rồi bắt nộp phí để nhận quà là lừa đảo/u],
    ["có người gửi link bảo tải ứng dụng dịch vụ công mới về cài", "là giả phải không", "ld-ung-dung-gia", /^Dạ có, người lạ gửi đường link bảo cài VNeID/u],
  ])("\"%s\" then \"%s\" → %s, yes/no first", (first, then, id, lead) => {
    const r = talk(first, then)[1]!;
    expect(r.kind, then).toBe("answer");
    if (r.kind !== "answer") return;
    expect(r.entry.id).toBe(id);
    expect(r.reply).toMatch(lead);
    // one "Dạ" opening: the summary's own "Dạ, …" became the yes or no, not repeated after it
    expect(r.reply.match(/Dạ/gu)?.length ?? 0).toBe(1);
  });

  it("a hedged opening (a relative in hospital: 'thường là lừa đảo') decides nothing", () => {
    const r = talk("người lạ gọi báo con tôi bị tai nạn cần chuyển tiền mổ gấp", "có phải lừa đảo không")[1]!;
    expect(r.reply).not.toMatch(yesOrNo);
  });

  it("a first question naming its own case is not the script: cash on delivery", () => {
    const r = talk("shipper giao hàng cod thu tiền mặt có phải lừa không")[0]!;
    expect(r.reply).not.toMatch(yesOrNo);
  });

  it.each([
    ["co phai lua ko ad", "scam"],
    ["day la lua dao phai ko", "scam"],
    ["that ko a", "real"],
    ["thật hay giả vậy", "real"],
    ["không phải lừa đảo đúng không", undefined],
    ["làm sao biết là lừa hay thật", undefined],
    ["tôi gọi lại tổng đài chính thức, có phải lừa không", undefined],
  ])("\"%s\" asks %s", (q, asked) => {
    const folded = q.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").toLowerCase();
    expect(scamOrRealAsked(folded)).toBe(asked);
  });
});

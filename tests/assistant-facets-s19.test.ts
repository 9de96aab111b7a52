/**
 * Session 19 (issue 10 §2): the part asked comes first in more everyday wordings, and more yes/no
 * questions get "Dạ có"/"Dạ không" first where an entry's own words settle them.
 * - "how" asked across topic words or in regional spellings ("đăng ký … cho người thuê trọ thế
 *   nào", "kiểu gì", "làm khai tử sao ba", "trình tự thế nào", "cách …", "vào mục nào") shows
 *   the steps; a comparison, a "why", "thì sao" or a person's circumstance hinted does not;
 * - "ai là người bình xét …" shows the deciding body, "ai được làm …" (who may go) does not;
 * - the shipped facts added this session answer their questions and not the ones whose yes and
 *   no would be the other way round ("có sao không").
 * The cue part builds its own entry; the facts part reads the shipped knowledge (the facts are data).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readFacet } from "../server/assistant/facet-cues";
import { partAskedPlainly } from "../server/assistant/part-asked-plainly";
import { foldedText } from "../server/assistant/text-analysis";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { entryFrontMatterSchema, type KnowledgeBase, type KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { wardFixture } from "./support/ward-fixture";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });

function stallEntry(): KnowledgeEntry {
  return {
    ...entryFrontMatterSchema.parse({
      id: "thu-thue-quay-cho",
      title: "Đăng ký thuê quầy chợ dân sinh",
      category: "dich-vu-cong",
      status: "published",
      questions: ["đăng ký thuê quầy chợ", "thuê quầy ở chợ phường", "xin thuê quầy chợ dân sinh"],
      keywords: ["quầy chợ", "chợ dân sinh", "thuê quầy"],
      sources: [{ title: "UBND Thành phố Hà Nội", url: "https://hanoi.gov.vn" }],
      last_reviewed: "2026-12-01",
      verified: false,
      unverified: "Mục thử của bài kiểm tra.",
      summary: "Dạ, hộ kinh doanh thuê quầy chợ dân sinh nộp đơn tại Ban quản lý chợ; kết quả có sau khi bốc thăm.",
    }),
    body: [
      "Thuê quầy chợ dân sinh của phường.",
      "## Các bước",
      "1. Viết đơn theo mẫu của Ban quản lý chợ.",
      "2. Nộp đơn, chờ bốc thăm.",
      "## Cơ quan giải quyết",
      "Hội đồng bốc thăm của Ban quản lý chợ bình xét đơn thuê quầy.",
      "## Nơi làm",
      "Ban quản lý chợ, tầng 2 nhà điều hành chợ.",
      "## Trường hợp đặc biệt",
      "Người khuyết tật được ưu tiên xếp quầy tầng một.",
    ].join("\n"),
  };
}

describe("the steps and the deciding body asked in everyday words", () => {
  const read = (q: string) => partAskedPlainly(foldedText(q));

  it("reads 'how' across topic words, in regional spellings and as 'cách …', 'trình tự', 'vào mục nào'", () => {
    expect(read("dang ky tam tru cho nguoi thue tro the nao")).toBe("steps");
    expect(read("lam can cuoc the nao")).toBe("steps");
    expect(read("dang nhap cong dich vu cong bang vneid the nao, em bam mai khong vao")).toBe("steps");
    expect(read("gia hạn bhyt hộ gia đình như nào")).toBe("steps");
    expect(read("Gia hạn rồi thì xem thẻ trên VssID kiểu gì")).toBe("steps");
    expect(read("ba tui mới mất hôm qua, làm khai tử sao ba")).toBe("steps");
    expect(read("làm văn bản thỏa thuận phân chia di sản ở phường thì trình tự thế nào")).toBe("steps");
    expect(read("kích hoạt VNeID mức 2 thì làm những bước nào ạ")).toBe("steps");
    expect(read("Cách tích hợp thẻ BHYT vào VNeID")).toBe("steps");
    expect(read("có cách nào tự xem hồ sơ đang ở khâu nào không")).toBe("steps");
    expect(read("xem thẻ bảo hiểm y tế ở mục nào")).toBe("steps");
  });

  it("does not read a comparison, a 'why', 'thì sao', 'có sao', conditions, or a circumstance hinted", () => {
    expect(read("tạm trú với lưu trú khác nhau thế nào")).toBeUndefined();
    expect(read("chủ nhà bảo phải đăng ký tạm trú, là sao ạ")).toBeUndefined();
    expect(read("thế con tôi 5 tuổi thì sao")).toBeUndefined();
    expect(read("chuyển khoản trước có sao không")).toBeUndefined();
    expect(read("điều kiện thế nào")).toBeUndefined();
    // a person's circumstance read weakly (special): how it goes for them is the special cases
    const hinted = "mẹ tôi không có smartphone thì kích hoạt mức 2 kiểu gì";
    expect(readFacet(foldedText(hinted)).facet).toBe("special");
    expect(partAskedPlainly(foldedText(hinted), "special")).toBeUndefined();
  });

  it("reads who decides, not who may or must go (the deciding body does not answer that)", () => {
    expect(read("ai là người bình xét hộ nghèo ở tổ dân phố vậy ạ")).toBe("who");
    expect(read("ai có quyền xác định mức độ khuyết tật")).toBe("who");
    expect(read("ai được làm người giám hộ cho trẻ mồ côi")).toBeUndefined();
    expect(read("chủ trọ phải làm tạm trú cho người thuê hay người thuê tự làm")).toBeUndefined();
    expect(read("ngoài giờ nhắn có ai đọc không")).toBeUndefined();
  });

  it("the first reply shows that part, from the same entry as the plain topic", () => {
    const kb: KnowledgeBase = { entries: [stallEntry()], procedures: new Map(), version: "facets-s19" };
    const assistant = new Assistant(kb);
    const cases: Array<[string, string, RegExp]> = [
      ["đăng ký thuê quầy chợ dân sinh cho mẹ em thế nào", "steps", /^Các bước \(Đăng ký thuê quầy chợ dân sinh\):\n1\. Viết đơn/],
      ["thuê quầy chợ dân sinh kiểu gì ạ", "steps", /^Các bước \(/],
      ["cách đăng ký thuê quầy chợ", "steps", /^Các bước \(/],
      ["thuê quầy chợ thì ai là người bình xét", "who", /^Cơ quan giải quyết \(Đăng ký thuê quầy chợ dân sinh\):\nHội đồng bốc thăm/],
    ];
    for (const [q, part, head] of cases) {
      expect(readFacet(foldedText(q)).strength, q).toBeLessThan(2);
      const r = assistant.ask(q, ward, MONDAY_9AM);
      expect(r.kind, q).toBe("answer");
      if (r.kind !== "answer") continue;
      expect(r.entry.id, q).toBe("thu-thue-quay-cho");
      expect(r.shown, q).toBe(part);
      expect(r.reply, q).toMatch(head);
      expect(r.reply.length, q).toBeLessThanOrEqual(450);
    }
    const plain = assistant.ask("thuê quầy chợ dân sinh", ward, MONDAY_9AM);
    expect(plain.kind === "answer" && plain.shown).toBe("summary");
  });
});

describe("yes/no facts added in session 19 (shipped entries, their own words)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  const settled: Array<[string, string, string]> = [
    ["dvc-tach-ho", "có", "Vợ chồng tôi ở chung nhà bố mẹ có tách hộ được không"],
    ["dvc-tach-ho", "có", "tach ho co can chu ho dong y ko"],
    ["ld-tram-bts-gia", "không", "tin nhắn hiện tên brandname ngân hàng thì có chắc là thật không"],
    ["ld-tram-bts-gia", "có", "tin nhắn brandname ngân hàng có bị giả mạo được không"],
    ["ld-giao-hang", "không", "nhận bưu kiện không đặt mà shipper đòi chuyển khoản thì có nên chuyển không"],
    ["dvc-so-suc-khoe", "có", "Đi khám bệnh có dùng sổ sức khỏe điện tử thay cho sổ khám giấy được không?"],
    ["kns-du-lieu-ca-nhan", "không", "co nen dang anh can cuoc len facebook de ban hang online khong"],
  ];
  it.each(settled)("%s: \"Dạ %s\" to \"%s\"", (id, answer, q) => {
    const r = ask(q);
    expect(r.entries?.[0]?.id, q).toBe(id);
    expect(r.reply, q).toMatch(new RegExp(`^Dạ ${answer}, (?!\\p{Lu}\\p{Ll})`, "u"));
  });

  /** the quote does not settle these, or its yes and no would be the other way round */
  const unsettled: Array<[string, string]> = [
    // (session 28: the entry now says it in a sentence of its own, "… không đồng ý thì không tách hộ được, trừ người đã ly
    // hôn …", asserted in assistant-yes-no-s28.test.ts; after a divorce it stays unsettled)
    ["dvc-tach-ho", "đã ly hôn mà bố mẹ không đồng ý thì có tách được không"],
    ["ld-giao-hang", "Nhận hàng không đặt mà shipper bảo chuyển khoản trước có sao không"],
    ["dvc-so-suc-khoe", "sổ sức khỏe điện tử dùng thay giấy khám sức khỏe lái xe được ko"],
  ];
  it.each(unsettled)("%s: no yes or no to \"%s\"", (id, q) => {
    const r = ask(q);
    expect(r.entries?.[0]?.id, q).toBe(id);
    expect(r.reply, q).not.toMatch(/^Dạ (có|không)[,.]/);
  });
});

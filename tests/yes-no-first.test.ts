import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readFacet, strongFacetsIn } from "../server/assistant/facet-cues";
import { partShown } from "../server/assistant/part-shown";
import { statedYesNo } from "../server/assistant/stated-yes-no";
import { foldedText } from "../server/assistant/text-analysis";
import { checkEntryYesNo } from "../server/knowledge/entry-yes-no";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { entryFrontMatterSchema, type KnowledgeBase, type KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { entryDraftSchema } from "../server/staff/knowledge-editor";
import { wardFixture } from "./support/ward-fixture";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });

/** An entry of this test's own, about staying in a rented room. */
function stayEntry(yes_no: KnowledgeEntry["yes_no"]): KnowledgeEntry {
  return {
    ...entryFrontMatterSchema.parse({
      id: "thu-o-tro",
      title: "Đăng ký tạm trú khi thuê trọ",
      category: "dich-vu-cong",
      status: "published",
      questions: ["thuê trọ đăng ký tạm trú", "tạm trú ở đâu", "đăng ký tạm trú cần gì"],
      sources: [{ title: "Bộ Công an", url: "https://bocongan.gov.vn" }],
      last_reviewed: "2026-11-22",
      verified: false,
      unverified: "Mốc 30 ngày chưa đối chiếu.",
      summary: "Dạ, ai ở ngoài nơi thường trú từ 30 ngày trở lên thì phải đăng ký tạm trú (chưa xác nhận). Ông/bà làm trên VNeID hoặc nộp trực tiếp tại Công an phường, kèm hợp đồng thuê nhà hoặc giấy tờ chỗ ở; chủ nhà xác nhận đồng ý trên ứng dụng.",
      yes_no,
    }),
    body: "Ở dưới 30 ngày thì chủ nhà thông báo lưu trú.\n\n## Nơi làm\nCông an phường: {{ward.police}}",
  };
}

const fact = (over: Partial<NonNullable<KnowledgeEntry["yes_no"]>[number]> = {}) => ({
  asks: ["phải đăng ký tạm trú", "bắt buộc + tạm trú"],
  unless: ["hôm"],
  answer: "có" as const,
  says: "ai ở ngoài nơi thường trú từ 30 ngày trở lên thì phải đăng ký tạm trú (chưa xác nhận)",
  ...over,
});

describe("yes/no facts an entry states (front-matter yes_no)", () => {
  it("kb:check accepts a fact quoting the entry's own text, with its unverified marker", () => {
    expect(checkEntryYesNo(stayEntry([fact()]))).toEqual([]);
  });

  it("kb:check refuses a fact the entry does not say, and a quote that drops its \"(chưa xác nhận)\"", () => {
    const invented = checkEntryYesNo(stayEntry([fact({ says: "ai ở trọ thì phải đăng ký tạm trú trong 3 ngày" })]));
    expect(invented).toHaveLength(1);
    expect(invented[0]).toContain("not a verbatim part");
    const unmarked = checkEntryYesNo(stayEntry([fact({ says: "ai ở ngoài nơi thường trú từ 30 ngày trở lên thì phải đăng ký tạm trú" })]));
    expect(unmarked).toHaveLength(1);
    expect(unmarked[0]).toContain("(chưa xác nhận)");
  });

  it("answers a yes/no question naming the fact (any spelling, every phrase of an \"a + b\" ask), and not one naming a condition it does not settle", () => {
    const entry = stayEntry([fact()]);
    const lead = "Dạ có, ai ở ngoài nơi thường trú từ 30 ngày trở lên thì phải đăng ký tạm trú (chưa xác nhận).";
    expect(statedYesNo(entry, foldedText("Em thuê trọ 2 tháng có phải đăng ký tạm trú không ạ?"))).toBe(lead);
    expect(statedYesNo(entry, foldedText("thue tro co bat buoc lam tam tru ko"))).toBe(lead);
    expect(statedYesNo(entry, foldedText("khách ở 3 hôm có phải đăng ký tạm trú không"))).toBeUndefined();
    expect(statedYesNo(entry, foldedText("đăng ký tạm trú có mất phí không"))).toBeUndefined();
  });

  it("puts the fact first without lengthening the reply: \"Dạ, <fact>\" becomes \"Dạ có, <fact>\", or the text after it is cut", () => {
    const base = stayEntry([fact()]);
    const kb: KnowledgeBase = { entries: [base], procedures: new Map(), version: "t1" };
    const q = "Em thuê trọ 2 tháng có phải đăng ký tạm trú không ạ?";
    const merged = new Assistant(kb).ask(q, ward, MONDAY_9AM);
    const without = new Assistant({ ...kb, entries: [stayEntry(undefined)], version: "t0" }).ask(q, ward, MONDAY_9AM);
    expect(merged.reply.startsWith("Dạ có, ai ở ngoài nơi thường trú từ 30 ngày trở lên")).toBe(true);
    expect(merged.reply.length).toBe(without.reply.length + 3);
    // a fact quoted from the body: its own line first, the summary after it without a second "Dạ"
    const fromBody = stayEntry([fact({ answer: "không", asks: ["3 tuần"], unless: [], says: "ở dưới 30 ngày thì chủ nhà thông báo lưu trú" })]);
    const quoted = new Assistant({ ...kb, entries: [fromBody], version: "t2" }).ask("Em thuê trọ 3 tuần có phải đăng ký tạm trú không ạ?", ward, MONDAY_9AM);
    expect(quoted.reply).toMatch(/^Dạ không, ở dưới 30 ngày thì chủ nhà thông báo lưu trú.\nAi ở ngoài/);
    expect(quoted.reply.length).toBeLessThanOrEqual(without.reply.length);
  });
});

describe("the communicators' editor", () => {
  it("keeps an entry's yes/no facts through an edit", () => {
    const { body, ...front } = stayEntry([fact()]);
    const draft = entryDraftSchema.parse({ ...front, body });
    expect(draft.yes_no).toEqual([fact()]);
  });
});

describe("yes/no first over the knowledge base", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    const kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
    assistant = new Assistant(kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  it("answers stated facts: obligations, scams, what is not done at the ward", () => {
    expect(ask("Em ở nhờ nhà cô ruột 2 tháng để ôn thi thì có phải đăng ký tạm trú không ạ?").reply).toMatch(/^Dạ có, ai đến ở ngoài nơi thường trú từ 30 ngày/);
    expect(ask("Nhân viên ngân hàng gọi xin mã OTP để hủy giao dịch lỗi, có đưa không?").reply).toMatch(/^Dạ không, ngân hàng, công an, nhà mạng không bao giờ hỏi mã OTP/);
    expect(ask("làm hộ chiếu ở phường được không").reply).toMatch(/^Dạ không, hộ chiếu do Công an thành phố/);
    // small houses may be exempt (chưa xác nhận): the entry does not settle a plain "có" for building
    expect(ask("nâng thêm 1 tầng nhà có phải xin phép không").reply).not.toMatch(/^Dạ (có|không)/);
    expect(ask("sơn lại nhà có cần xin phép không").reply).toMatch(/^Dạ không, sửa chữa nhỏ bên trong/);
    expect(ask("sửa nhà thay mái tôn có cần xin giấy phép không").reply).not.toMatch(/^Dạ (có|không)/);
  });

  it("says yes or no about a fee or online only to the question it answers", () => {
    // "gia" of "gia đình"/"giá trị" is not a fee question; paying by MoMo is not "is there a fee"
    for (const q of ["bhyt ho gia dinh co mua cho 1 nguoi trong nha duoc khong", "hop dong mua ban nha chung thuc o phuong co gia tri nhu cong chung ko", "tra le phi tren dich vu cong bang momo duoc khong", "nộp hồ sơ online xong thì có phải mang bản giấy lên phường nữa không"]) {
      expect(ask(q).reply, q).not.toMatch(/^Dạ (có|không)\./);
    }
    // "miễn phí" for a person named: the fee record's general rule does not settle it
    expect(ask("Người trên 80 tuổi có được cấp thẻ BHYT miễn phí không?").reply).not.toMatch(/^Dạ (có|không)/);
  });

  it("answers a lunch-break question from the profile's working periods", () => {
    expect(ask("trưa phường có nghỉ không").reply.startsWith("Dạ có, Phường Thử nghỉ trưa từ 12h00 đến 13h30.")).toBe(true);
    expect(ask("buổi trưa phường có làm việc không").reply.startsWith("Dạ không, Phường Thử nghỉ trưa từ 12h00 đến 13h30.")).toBe(true);
    const noBreak = wardFixture({ name: "Phường Liền", profile: { working_hours: { days: [1, 2, 3, 4, 5], periods: [["08:00", "17:00"]] } } });
    expect(assistant.ask("trưa phường có nghỉ không", noBreak, MONDAY_9AM).reply).not.toMatch(/^Dạ (có|không)/);
  });
});

describe("the part asked", () => {
  const read = (q: string) => {
    const r = readFacet(foldedText(q));
    return `${r.facet}/${r.strength}`;
  };

  it("reads documents, time, who and fee asked in residents' words", () => {
    expect(read("dang ky ket hon can giay gi ad")).toBe("documents/2");
    expect(read("nhập hộ khẩu thường chú cần dấy tờ dì")).toBe("documents/2");
    expect(read("khách đến lúc 11h đêm thì phải khai báo lưu trú trước mấy giờ")).toBe("time/2");
    // "đóng bao nhiêu tháng" (how long one has paid) is not a fee; "đến bước nào rồi" (the file's stage) not the steps
    expect(read("xem mình đã đóng bao nhiêu tháng bảo hiểm")).not.toBe("fee/2");
    expect(read("ho so xin giay phep xay dung den buoc nao roi")).not.toBe("steps/2");
    expect(read("lich tiep cong dan vao thu may")).toBe("time/2");
    expect(read("kham tuyen nghia vu quan su thuong vao thang may")).toBe("time/2");
    expect(read("ai xet duyet ho ngheo")).toBe("who/2");
    expect(read("hoa giai o phuong thi ai chu tri")).toBe("who/2");
    expect(read("dong bhxh tu nguyen it nhat bao nhieu")).toBe("fee/2");
    expect(read("chung thuc ban sao bao nhieu 1 trang")).toBe("fee/2");
    expect(read("Phí trước bạ khi sang tên sổ đỏ tính thế nào?")).toBe("fee/2");
  });

  it("reads \"<verb> … thế nào\" as the steps and \"ở X hay Y\" as the place, keeping the topic words", () => {
    const steps = readFacet(foldedText("giay khai sinh bi rach, xin ban sao the nao"));
    expect(`${steps.facet}/${steps.strength}`).toBe("steps/2");
    expect(steps.topicText).toContain("khai sinh bi rach xin sao");
    const where = readFacet(foldedText("đăng ký tạm trú ở công an phường hay ủy ban phường"));
    expect(`${where.facet}/${where.strength}`).toBe("where/2");
    expect(where.topicText).toContain("tam tru");
    expect(read("lam giay doc than o day hay phai ve que")).toBe("where/2");
    // "tài khoản" is not "làm tại"
    expect(strongFacetsIn(foldedText("làm tài khoản định danh mức 2 có mất phí không"))).toEqual(["fee"]);
    // "là thế nào" (what is it) stays a hint
    expect(read("lan xanh la the nao")).not.toBe("steps/2");
  });

  it("shows the next part asked when the first is not in the entry, and the steps when the special words are the entry's own subject", () => {
    const entry = (title: string, keywords: string[] = []) => ({ title, keywords }) as unknown as KnowledgeEntry;
    const has = (facets: string[]) => (f: string) => facets.includes(f);
    const online = entry("Nộp hồ sơ trực tuyến");
    expect(partShown(online, foldedText("nop ho so truc tuyen thi lam tung buoc the nao"), "online", has(["steps", "where"]))).toBe("steps");
    expect(partShown(online, foldedText("nop ho so truc tuyen thi lam tung buoc the nao"), "online", has(["where"]))).toBeUndefined();
    // never falls back to the special cases ("bị mất thêm phí" is not a lost paper)
    expect(partShown(online, foldedText("thanh toan phi tren cong bi mat them phi ko"), "online", has(["special"]))).toBeUndefined();
    const lost = entry("Cấp lại sổ đỏ bị mất", ["bị mất"]);
    expect(partShown(lost, foldedText("so do bi mat trom roi lam lai the nao"), "special", has(["special", "steps"]))).toBe("steps");
    const other = entry("Đăng ký khai sinh");
    expect(partShown(other, foldedText("giay khai sinh bi mat roi lam lai the nao"), "special", has(["special", "steps"]))).toBe("special");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { checkScam } from "../server/assistant/scam-detector";
import { SearchIndex } from "../server/assistant/search-index";
import { analyze } from "../server/assistant/text-analysis";
import { editDistance, foldDiacritics, foldTelex } from "../server/assistant/vietnamese-text";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase, KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { wardFixture } from "./support/ward-fixture";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const SATURDAY_NOON = Date.UTC(2026, 10, 28, 5, 0, 0);

let assistant: Assistant;
let kb: KnowledgeBase;
const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" });

beforeAll(async () => {
  kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  assistant = new Assistant(kb);
});

describe("Vietnamese text", () => {
  it("folds diacritics including đ/Đ, which NFD does not decompose", () => {
    expect(foldDiacritics("Đăng ký khai sinh ở đâu")).toBe("Dang ky khai sinh o dau");
  });

  it("reads teen-code and abbreviations", () => {
    const folded = analyze("lam cccd ko dc thi sao").map((t) => t.folded);
    expect(folded).toEqual(["lam", "can", "cuoc", "khong", "duoc", "thi", "sao"]);
  });

  it("maps residents' words to the knowledge base's words", () => {
    expect(analyze("nhập hộ khẩu cho con").map((t) => t.folded).join(" ")).toContain("thuong tru");
    expect(analyze("làm sổ đỏ").map((t) => t.folded).join(" ")).toContain("giay chung nhan quyen su dung dat");
    expect(analyze("xin giay chung tu").map((t) => t.folded).join(" ")).toContain("khai tu");
  });

  it("undoes Telex leftovers and measures small typos", () => {
    expect(foldTelex("lamf")).toBe("lam");
    expect(foldTelex("cuowcs")).toBe("cuoc");
    expect(editDistance("tahnh", "thanh", 1)).toBe(1);
    expect(editDistance("khai", "sinh", 1)).toBeGreaterThan(1);
  });
});

describe("answers", () => {
  const top = (text: string) => assistant.ask(text, ward, MONDAY_9AM);

  it.each([
    ["Cho bác hỏi đi làm cái căn cước mới thì lên đâu", "dvc-can-cuoc"],
    ["lam cmnd o dau vay", "dvc-can-cuoc"],
    ["nhập hộ khẩu cho vợ thì cần giấy tờ gì", "dvc-thuong-tru"],
    ["lamf giay khai sinh cho con", "dvc-khai-sinh"],
    ["me toi mat roi lam giay chung tu the nao", "dvc-khai-tu"],
    // issue 14 added a dedicated entry for reissuing a lost or damaged land certificate
    ["làm lại sổ đỏ bị mất", "dvc-cap-lai-so-do"],
    ["quen mk vneid phai lam sao", "dvc-vneid-su-co"],
  ])("answers %j with %s", (question, id) => {
    const result = top(question);
    expect(result.kind).toBe("answer");
    expect(result.entries[0]?.id).toBe(id);
  });

  it("ranks an exact-accent match above a folded homograph", () => {
    // "chuyển" (transfer) and "chuyện" (story) fold to the same letters
    const entry = (id: string, title: string, questions: string[]): KnowledgeEntry => ({
      ...kb.entries[0]!,
      id,
      title,
      questions,
      keywords: [],
      procedures: [],
      body: title,
    });
    const index = new SearchIndex([
      entry("chuyen-tien", "Chuyển tiền an toàn", ["chuyển tiền cho người thân", "chuyen tien qua ngan hang"]),
      entry("chuyen-cuoi", "Câu chuyện vui của phường", ["kể chuyện vui", "ke chuyen vui"]),
    ]);
    expect(index.search("chuyện").ranked[0]?.entry.id).toBe("chuyen-cuoi");
    expect(index.search("chuyển").ranked[0]?.entry.id).toBe("chuyen-tien");
    // without accents both are candidates
    expect(index.search("chuyen").ranked).toHaveLength(2);
  });

  it("fills ward facts from the ward profile and never leaves a placeholder", () => {
    const result = top("số điện thoại đường dây nóng của phường");
    expect(result.kind).toBe("answer");
    expect(result.reply).toContain("Đường dây nóng của phường thử");
    expect(result.reply).not.toMatch(/\{\{/);
  });

  it("hands off what is out of scope, saying when staff will reply", () => {
    const weekday = top("giá vàng hôm nay bao nhiêu một chỉ");
    expect(weekday.kind).toBe("handoff");
    expect(weekday.handoff?.reason).toBe("out_of_scope");
    expect(weekday.reply).toContain("ngay trong giờ làm việc hôm nay");
    const weekend = assistant.ask("giá vàng hôm nay bao nhiêu một chỉ", ward, SATURDAY_NOON);
    expect(weekend.reply).toContain("thứ Hai");
  });

  it("passes a request for a person to staff", () => {
    const result = top("gặp cán bộ");
    expect(result.handoff?.reason).toBe("asked_for_person");
    expect(result.entries[0]?.id).toBe("phuong-gap-can-bo");
  });

  it("greets and thanks without searching", () => {
    expect(top("xin chào").kind).toBe("smalltalk");
    expect(top("cam on nhieu nha").kind).toBe("smalltalk");
  });

  it("offers choices when a question fits several entries", () => {
    const result = top("làn xanh");
    expect(["clarify", "answer"]).toContain(result.kind);
    if (result.kind === "clarify") {
      expect(result.suggestions.length).toBeGreaterThanOrEqual(2);
      expect(result.entries.every((e) => e.id.startsWith("lx-"))).toBe(true);
    }
  });

  it("only uses entries that apply to the ward", () => {
    const onlyElsewhere: KnowledgeEntry = {
      ...kb.entries.find((e) => e.id === "dvc-can-cuoc")!,
      id: "dvc-can-cuoc-rieng",
      title: "Làm căn cước tại điểm riêng của phường khác",
      wards: ["phuong-khac"],
    };
    const scoped = new Assistant({ ...kb, entries: [...kb.entries.filter((e) => e.id !== "dvc-can-cuoc"), onlyElsewhere], version: "x" });
    const result = scoped.ask("làm căn cước ở đâu", ward, MONDAY_9AM);
    expect(result.entries.map((e) => e.id)).not.toContain("dvc-can-cuoc-rieng");
  });
});

describe("scam check from signals", () => {
  it.each([
    "[EVN] Quy khach no tien dien 2 thang, se bi cat dien trong 2h. Thanh toan ngay tai evn-hanoi-pay.top",
    "Cục CSGT thông báo: phương tiện của bạn bị phạt nguội. Tra cứu và nộp phạt trước 24h tại csgt-phatnguoi.xyz để tránh bị khóa đăng kiểm.",
    "Vietcombank: Tai khoan cua quy khach tam khoa. Vui long cung cap ma OTP cho nhan vien de mo khoa.",
    "Chuc mung ban duoc chon nhan qua tri an khach hang. Nop phi van chuyen 35k vao stk 0123456789 de nhan qua.",
  ])("flags %j", (message) => {
    const verdict = checkScam(message);
    expect(verdict.isScam).toBe(true);
    const result = assistant.ask(message, ward, MONDAY_9AM);
    expect(result.kind).toBe("scam_warning");
    expect(result.reply).toContain("LỪA ĐẢO");
    expect(result.reply).toMatch(/113/);
  });

  it.each([
    "UBND phường thông báo: Chủ nhật này tổ chức tổng vệ sinh môi trường, mời bà con tham gia từ 7h.",
    "Tin nhắn báo nợ tiền điện có phải lừa đảo không?",
    "Co nen cung cap ma OTP cho nguoi la khong",
    "Cong Dich vu cong: ho so cua ban da duoc tiep nhan. Tra cuu tai https://dichvucong.gov.vn",
  ])("does not flag %j", (message) => {
    expect(checkScam(message).isScam).toBe(false);
  });

  it("names the look-alike domain in the warning", () => {
    const result = assistant.ask("VNeID: tai khoan cua ban sap bi khoa, cap nhat tai vneid-xacthuc.com ngay", ward, MONDAY_9AM);
    expect(result.kind).toBe("scam_warning");
    expect(result.reply).toContain("vneid-xacthuc.com");
  });
});

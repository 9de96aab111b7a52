import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { asksForRecommendation } from "../server/assistant/recommendation-request";
import { namesOtherHead } from "../server/assistant/close-call";
import { asksPerUnitPrice } from "../server/assistant/per-unit-price";
import { checkScam } from "../server/assistant/scam-detector";
import { SearchIndex } from "../server/assistant/search-index";
import { analyze } from "../server/assistant/text-analysis";
import { pickChoice } from "../server/assistant/choice-picking";
import { editDistance, foldDiacritics, foldTelex, toneKey } from "../server/assistant/vietnamese-text";
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
    // shorthand typed with đ, and chat shorthand ("bây h", "zậy")
    expect(analyze("đk hộ kd bây h zậy").map((t) => t.folded).join(" ")).toBe("dang ky ho kinh doanh bay gio vay");
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
    expect(weekday.kind === "handoff" && weekday.handoff.reason).toBe("out_of_scope");
    expect(weekday.reply).toContain("ngay trong giờ làm việc hôm nay");
    const weekend = assistant.ask("giá vàng hôm nay bao nhiêu một chỉ", ward, SATURDAY_NOON);
    expect(weekend.reply).toContain("thứ Hai");
  });

  it("reads a real phrase as typed, not as a ward word that folds or repairs alike", () => {
    // "xổ số" is a lottery question (off topic, kindly to staff), not "sổ số" → a dossier lookup
    for (const text of ["ket qua xo so hom nay", "kết quả xổ số hôm nay"]) {
      const result = top(text);
      expect(result.kind, text).toBe("handoff");
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("out_of_scope");
    }
    // "bị mất phí" is a cost, not "bí mật" (personal data): the căn cước fee
    for (const text of ["lam can cuoc co bi mat phi khong", "làm căn cước có bị mất phí không"]) {
      const result = top(text);
      expect(result.kind === "answer" && `${result.entry.id}/${result.shown}`, text).toBe("dvc-can-cuoc/fee");
    }
  });

  it("passes a request for a person to staff, honestly as a handoff", () => {
    const result = top("gặp cán bộ");
    expect(result.kind).toBe("handoff"); // it used to be counted as an answer
    expect(result.kind === "handoff" && result.handoff.reason).toBe("asked_for_person");
    expect(result.entries[0]?.id).toBe("phuong-gap-can-bo");
  });

  it("hears a request for a person however it is phrased, but answers a question about help", () => {
    for (const text of [
      "đừng trả lời tự động nữa",
      "dung tra loi tu dong nua",
      "Tôi cần người hỗ trợ gấp",
      "toi can nguoi ho tro gap",
      "cho tôi nói chuyện với người thật",
      "cho toi noi chuyen voi nguoi that",
      "muốn gặp người trực",
      "muon gap nguoi truc",
    ]) {
      const result = top(text);
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("asked_for_person");
    }
    // who helps with online filing is a question the knowledge base answers
    for (const text of ["ai hỗ trợ tôi nộp hồ sơ online", "ai ho tro toi nop ho so online"]) {
      expect(["answer", "clarify"], text).toContain(top(text).kind);
    }
  });

  it("greets and thanks without searching", () => {
    expect(top("xin chào").kind).toBe("smalltalk");
    expect(top("cam on nhieu nha").kind).toBe("smalltalk");
  });

  it("offers choices when a question fits several entries", () => {
    const result = top("làn xanh");
    expect(["clarify", "answer"]).toContain(result.kind);
    if (result.kind === "clarify") {
      expect(result.choices.length).toBeGreaterThanOrEqual(3);
      expect(result.choices.at(-1)).toEqual({ n: 0, label: "Gặp cán bộ" });
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

describe("short answers, facet first", () => {
  const ask = (text: string, memory?: Parameters<Assistant["ask"]>[3]) => assistant.ask(text, ward, MONDAY_9AM, memory);

  it("answers the part asked first, in a few lines, with numbered choices for the rest", () => {
    const result = ask("lệ phí khai sinh bao nhiêu");
    expect(result.kind === "answer" && [result.entry.id, result.shown]).toEqual(["dvc-khai-sinh", "fee"]);
    expect(result.reply).toMatch(/^Lệ phí \(Đăng ký khai sinh cho con\):\n/);
    expect(result.reply.length).toBeLessThanOrEqual(700);
    const labels = result.choices.map((c) => c.label);
    expect(labels).toContain("Giấy tờ cần mang");
    expect(labels).toContain("Xem đầy đủ");
    expect(labels).not.toContain("Lệ phí");
    expect(result.choices.at(-1)).toEqual({ n: 0, label: "Gặp cán bộ" });
    expect(result.reply).toMatch(/\nÔng\/bà nhắn số để chọn:\n1\. .+\n/);
  });

  it("answers a plain topic with the entry's summary", () => {
    const result = ask("khai sinh");
    const entry = kb.entries.find((e) => e.id === "dvc-khai-sinh")!;
    expect(result.kind === "answer" && result.shown).toBe("summary");
    expect(result.reply.startsWith(entry.summary!.slice(0, 40))).toBe(true);
  });

  it("shows the whole entry, split at Zalo's limit by the sender, when \"Xem đầy đủ\" is picked", () => {
    const first = ask("lệ phí khai sinh bao nhiêu");
    const full = first.choices.find((c) => c.label === "Xem đầy đủ")!;
    const result = ask(String(full.n), first.memory);
    expect(result.kind === "answer" && result.shown).toBe("full");
    expect(result.reply).toContain("Lệ phí:\n"); // facet markers become plain-text labels
    expect(result.reply).not.toContain("##");
  });

  it('says "Dạ có"/"Dạ không" first where the data says so', () => {
    const saturday = ask("Thứ Bảy phường có làm việc không?");
    expect(saturday.reply.startsWith(`Dạ không, ${ward.name} không làm việc vào thứ Bảy.`)).toBe(true);
    const monday = ask("thu 2 phuong co lam viec khong");
    expect(monday.reply.startsWith(`Dạ có, ${ward.name} có làm việc vào thứ Hai.`)).toBe(true);
  });

  it("gathers the ward's sample-data markers into one note at the end", () => {
    const sample = wardFixture({ profile: { address: "(dữ liệu mẫu) trụ sở UBND phường", office_hours: "Thứ Hai đến Thứ Sáu (dữ liệu mẫu, phường cần xác nhận)", hotline: "(dữ liệu mẫu) chưa có số" } });
    const result = assistant.ask("địa chỉ và giờ làm việc của phường", sample, MONDAY_9AM);
    expect(result.body.match(/dữ liệu mẫu/g)).toHaveLength(1);
    expect(result.body.trimEnd().endsWith("(dữ liệu mẫu: phường cần xác nhận các thông tin trên)")).toBe(true);
  });
});

describe("a conversation's memory", () => {
  const ask = (text: string, memory?: Parameters<Assistant["ask"]>[3]) => assistant.ask(text, ward, MONDAY_9AM, memory);
  /** Each [first turn, its entry, later turn]: the first turn is about the entry (answered or warned), the later one is handed off as out of scope. */
  const expectLaterHandedOff = (cases: Array<[string, string, string]>) => {
    for (const [first, entryId, later] of cases) {
      const before = ask(first);
      expect(before.entries[0]?.id, first).toBe(entryId);
      const after = ask(later, before.memory);
      expect(after.kind === "handoff" && after.handoff.reason, later).toBe("out_of_scope");
    }
  };

  it("answers a follow-up without a topic of its own from the previous entry", () => {
    const first = ask("làm căn cước ở đâu");
    for (const [followup, facet] of [["còn lệ phí?", "fee"], ["mất bao lâu", "time"], ["làm online được không", "online"]] as const) {
      const result = ask(followup, first.memory);
      expect(result.kind === "answer" && [result.entry.id, result.shown, result.followup]).toEqual(["dvc-can-cuoc", facet, true]);
    }
    // the same words without a previous turn do not bring back that topic
    expect(ask("còn lệ phí?").entries[0]?.id).not.toBe("dvc-can-cuoc");
    // "thời gian" folds to "thoi gian", not the opener "thôi" that sets a new matter apart
    for (const [q, followup] of [["làm căn cước ở đâu", "thời gian làm bao lâu"], ["lam can cuoc o dau", "thoi gian lam bao lau"]] as const) {
      const result = ask(followup, ask(q).memory);
      expect(result.kind === "answer" && [result.entry.id, result.shown, result.followup], followup).toEqual(["dvc-can-cuoc", "time", true]);
    }
  });

  it("switches topic on a new self-contained question, and takes a correction", () => {
    const first = ask("làm căn cước ở đâu");
    const other = ask("đăng ký kết hôn cần giấy tờ gì", first.memory);
    expect(other.kind === "answer" && [other.entry.id, other.followup]).toEqual(["dvc-ket-hon", false]);
    const corrected = ask("không phải, ý tôi là xin giấy xác nhận độc thân", other.memory);
    expect(corrected.kind === "answer" && corrected.entry.id).toBe("dvc-xac-nhan-hon-nhan");
    // opened by an interjection ("à không, …") it is still a correction
    const land = ask("làm sổ đỏ lần đầu ở đâu");
    const lost = ask("à không, ý tôi là sổ đỏ bị cháy mất rồi", land.memory);
    expect(lost.kind === "answer" && lost.entry.id).toBe("dvc-cap-lai-so-do");
  });

  it("moves to a sibling entry the message prefers by far, though the previous entry shares its words", () => {
    const cases = [
      ["làn xanh là gì", "thủ tục nào được đi làn xanh", "lx-danh-muc"],
      ["phường mình sáp nhập với phường nào", "trụ sở phường giờ ở chỗ nào", "phuong-lien-he"],
    ] as const;
    for (const [first, next, id] of cases) {
      const result = ask(next, ask(first).memory);
      expect(result.kind === "answer" && [result.entry.id, result.followup]).toEqual([id, false]);
    }
    // a case of the same subject stays with it
    const birth = ask("làm khai sinh cho cháu");
    const unmarried = ask("bố mẹ cháu chưa đăng ký kết hôn thì sao", birth.memory);
    expect(unmarried.kind === "answer" && [unmarried.entry.id, unmarried.followup]).toEqual(["dvc-khai-sinh", true]);
  });

  it("answers a part of the previous entry asked with a word or two around it from that entry", () => {
    const cases = [
      ["làm sổ đỏ lần đầu", "thuế với phí hết bao nhiêu", "dvc-dat-dai", "fee"],
      ["đăng ký khai sinh cho con", "có làm online được không, tôi bận buôn bán", "dvc-khai-sinh", "online"],
    ] as const;
    for (const [first, next, id, facet] of cases) {
      const result = ask(next, ask(first).memory);
      expect(result.kind === "answer" && [result.entry.id, result.shown, result.followup]).toEqual([id, facet, true]);
    }
    // words that name another entry's subject are a new question
    const other = ask("lệ phí khai sinh bao nhiêu", ask("làm căn cước ở đâu").memory);
    expect(other.kind === "answer" && [other.entry.id, other.followup]).toEqual(["dvc-khai-sinh", false]);
  });

  it("stays with the previous entry's special cases for a person and a condition of theirs, whatever else those words match", () => {
    const cases = [
      ["đăng ký vneid mức 2 ở đâu", "bà tôi không dùng điện thoại thông minh", "dvc-vneid-muc-2"],
      ["xin chứng thực bản sao giấy tờ", "người nhà tôi không đọc được chữ thì sao", "dvc-chung-thuc"],
    ] as const;
    for (const [first, next, id] of cases) {
      const result = ask(next, ask(first).memory);
      expect(result.kind === "answer" && [result.entry.id, result.shown, result.followup]).toEqual([id, "special", true]);
    }
    // the resident's own trouble told as a statement is a matter of its own
    const trouble = ask("tôi không nhận được tin nhắn kích hoạt vneid", ask("đăng ký khai sinh cho con").memory);
    expect(trouble.kind === "answer" && [trouble.entry.id, trouble.followup]).toEqual(["dvc-vneid-muc-2", false]);
    // a person who does not know where something is done asks a new question
    const other = ask("tôi không biết làm căn cước ở đâu", ask("làm khai sinh cho con").memory);
    expect(other.kind === "answer" && [other.entry.id, other.followup]).toEqual(["dvc-can-cuoc", false]);
  });

  it("goes to a sibling entry whose title names the part asked, keeping the accents the resident typed", () => {
    const cases = [
      ["đăng ký hộ kinh doanh ở đâu", "còn thuế thì sao", "dvc-thue-ho-kinh-doanh"],
      ["những thủ tục nào được làn xanh", "mấy ngày thì giải quyết xong", "lx-thoi-gian"],
      ["danh sach thu tuc lan xanh", "giai quyet mat bao lau", "lx-thoi-gian"],
    ] as const;
    for (const [first, next, id] of cases) {
      const result = ask(next, ask(first).memory);
      expect(result.kind === "answer" && result.entry.id).toBe(id);
    }
    // "thuê" (rent) is not "thuế" (tax): the registration entry goes on
    const rent = ask("thuê mặt bằng thì có phải đăng ký không", ask("đăng ký hộ kinh doanh ở đâu").memory);
    expect(rent.kind === "answer" && rent.entry.id).toBe("dvc-ho-kinh-doanh");
  });

  it("switches topic for a long question of its own that another entry answers clearly better", () => {
    const marriage = ask("đăng ký kết hôn cần gì");
    const single = ask("chồng sắp cưới của tôi đang ở tỉnh khác, anh ấy phải xin giấy xác nhận tình trạng hôn nhân ở đâu", marriage.memory);
    expect(single.kind === "answer" && [single.entry.id, single.followup]).toEqual(["dvc-xac-nhan-hon-nhan", false]);
    // a long message leaning on the previous turn ("… thì sao") stays with it — the rules alone
    const rules = new Assistant(kb, { learnedTurns: false });
    const birth = rules.ask("khai sinh cho con cần giấy tờ gì", ward, MONDAY_9AM);
    const card = rules.ask("cháu dưới 6 tuổi thì sao", ward, MONDAY_9AM, birth.memory);
    expect(card.kind === "answer" && [card.entry.id, card.followup]).toEqual(["dvc-khai-sinh", true]);
    // (session 20) but "còn <another entry's title words> thì sao" names that entry: the health-insurance card is its own
    // entry (contrast-title-named.ts), though the birth entry also says the card comes with the registration
    const other = rules.ask("còn thẻ bảo hiểm y tế cho cháu dưới 6 tuổi thì sao", ward, MONDAY_9AM, birth.memory);
    expect(other.kind === "answer" && other.entry.id).toBe("dvc-bhyt-ho-gia-dinh");
    // the learned turn model may switch it to the health-insurance entry, whose own sample question asks
    // exactly this (and says the card is usually made with the birth registration): either entry answers
    const learned = ask("còn thẻ bảo hiểm y tế cho cháu dưới 6 tuổi thì sao", ask("khai sinh cho con cần giấy tờ gì").memory);
    expect(learned.kind === "answer" && learned.entry.id).toMatch(/^(dvc-khai-sinh|dvc-bhyt-ho-gia-dinh)$/);
  });

  it("answers a follow-up that asks what, with no part named, from the previous entry instead of asking back", () => {
    const disability = ask("xin xác nhận mức độ khuyết tật cho con");
    const what = ask("thế được hưởng gì", disability.memory);
    expect(what.kind === "answer" && [what.entry.id, what.followup]).toEqual(["dvc-khuyet-tat", true]);
    // nothing asked ("thế à"): the parts of that entry are offered again
    const nothing = ask("thế à", disability.memory);
    expect(nothing.kind).toBe("clarify");
  });

  it("switches topic for a short question the previous entry is not found for at all, though its text has the words", () => {
    const hours = ask("giờ làm việc của phường", ask("lam can cuoc").memory);
    expect(hours.kind === "answer" && [hours.entry.id, hours.followup]).toEqual(["phuong-lien-he", false]);
    // a part of the previous entry still stays with it
    const where = ask("làm ở đâu", ask("cấp lại sổ đỏ").memory);
    expect(where.kind === "answer" && [where.entry.id, where.followup]).toEqual(["dvc-cap-lai-so-do", true]);
  });

  it("switches topic for a question of its own whose words only pass through the previous entry", () => {
    // the scam-reporting entry says "mang theo căn cước" in its body and "cuộc gọi" (folds like "cước") in its keywords
    const report = ask("tố giác lừa đảo ở đâu");
    expect(report.kind === "answer" && report.entry.id).toBe("ld-bao-cao");
    for (const question of ["làm căn cước ở đâu", "lam can cuoc o dau"]) {
      const card = ask(question, report.memory);
      expect(card.kind === "answer" && [card.entry.id, card.followup]).toEqual(["dvc-can-cuoc", false]);
    }
    // a follow-up cue, or only a part asked, still stays with the previous entry
    const card = ask("làm căn cước ở đâu");
    const child = ask("làm căn cước cho con thì sao", card.memory);
    expect(child.kind === "answer" && [child.entry.id, child.followup]).toEqual(["dvc-can-cuoc", true]);
    const where = ask("ở đâu", ask("tố giác lừa đảo").memory);
    expect(where.kind === "answer" && [where.entry.id, where.followup]).toEqual(["ld-bao-cao", true]);
  });

  it("reads a follow-up after a scam warning as about that scam", () => {
    const warned = ask("có người gọi tự xưng công an bảo tôi chuyển tiền vào tài khoản tạm giữ");
    expect(warned.kind).toBe("scam_warning");
    const report = ask("thế tôi báo cho ai", warned.memory);
    expect(report.kind === "answer" && report.entry.id).toBe("ld-bao-cao");
    // "giờ" opening a follow-up is "now", not the hours
    const now = ask("bây giờ em phải làm sao", ask("co nguoi goi bao ngan hang, doi toi doc ma 6 so vua gui ve dien thoai").memory);
    expect(now.kind === "answer" && [now.entry.id, now.followup]).toEqual(["ld-otp", true]);
    // nothing asked but "and then?": the warning's own entry
    const otp = ask("co nguoi goi bao ngan hang, doi toi doc ma 6 so vua gui ve dien thoai");
    const then = ask("vay thi sao", otp.memory);
    expect(then.kind === "answer" && [then.entry.id, then.followup]).toEqual(["ld-otp", true]);
    // a question of its own is still that question
    const other = ask("làm căn cước ở đâu", warned.memory);
    expect(other.kind === "answer" && other.entry.id).toBe("dvc-can-cuoc");
  });

  it("keeps a scam story told on after a warning with that scam, not a look-alike or a handoff", () => {
    // the scammer is the subject ("họ", "ho noi"): their details (account number, a licence) are the same scam
    const otp = ask("co nguoi goi bao ngan hang, doi toi doc ma 6 so vua gui ve dien thoai");
    const knows = ask("họ còn biết cả tên và số tài khoản của tôi", otp.memory);
    expect(knows.kind === "answer" && [knows.entry.id, knows.followup]).toEqual(["ld-otp", true]);
    const invest = ask("nhóm đầu tư chứng khoán mời vào zalo");
    expect(invest.kind === "answer" && invest.entry.id).toBe("ld-dau-tu");
    const licence = ask("ho noi co giay phep cua nha nuoc", invest.memory);
    expect(licence.kind === "answer" && licence.entry.id).toBe("ld-dau-tu");
    // more of the story that nothing else answers clearly, in the scam's own words
    const job = ask("con gái tôi làm cộng tác viên online bị bắt nạp tiền");
    expect(job.kind).toBe("scam_warning");
    // (session 23) deposits already made that cannot be withdrawn are money lost: the victim's immediate steps (victim.ts)
    const more = ask("nạp mấy lần rồi mà không rút ra được", job.memory);
    expect([more.kind, more.entries[0]?.id]).toEqual(["scam_warning", "ld-bi-lua-roi"]);
    // "hộ nghèo" is no "họ": a question of its own is still that question
    const own = ask("hộ nghèo có được hỗ trợ gì không", otp.memory);
    expect(own.kind === "answer" && own.entry.id).toBe("dvc-ho-ngheo");
  });

  it("asks between the previous entry and another one the turn names when both have a claim, and a number resolves it", () => {
    // the previous entry (help with online filing) has the words, the message alone clearly prefers the home-visit
    // entry whose title it names: a short question between the two, not a confident guess
    const before = ask("tôi không biết nộp hồ sơ trực tuyến");
    expect(before.kind === "answer" && before.entry.id).toBe("dvc-ho-tro-nop-ho-so");
    // (naming the case too, "… giúp người cao tuổi", the other entry's title case, answers it outright: case-entry-elsewhere.ts;
    // so does a request to come home and help, "… có đến tận nhà giúp không": help-request.ts; and, session 30, a question
    // the message alone gets the named entry's answer for, "tổ công nghệ số có giúp không": named-close-call-alone.ts)
    const named = ask("tổ công nghệ số có giúp không", before.memory);
    expect(named.kind === "answer" && named.entry.id).toBe("kns-ho-tro-tai-nha");
    const asked = ask("tổ công nghệ số giúp được", before.memory);
    expect(asked.kind).toBe("clarify");
    const offered = asked.memory.choices.map((c) => (c.action.do === "show" ? c.action.entryId : c.action.do));
    expect(offered).toEqual(["kns-ho-tro-tai-nha", "dvc-ho-tro-nop-ho-so", "staff"]);
    expect(asked.reply).toContain("0. Gặp cán bộ");
    expect(asked.reply.length).toBeLessThanOrEqual(450);
    const picked = ask("1", asked.memory);
    expect(picked.kind === "answer" && picked.entry.id).toBe("kns-ho-tro-tai-nha");
    const other = ask("2", asked.memory);
    expect(other.kind === "answer" && other.entry.id).toBe("dvc-ho-tro-nop-ho-so");
    // the other way round: a short message all in the previous entry's words that another entry scores higher
    // without naming its subject was asked about too; when its uncommon words are the previous title's own ("tháng"
    // of "Trợ cấp xã hội hằng tháng"), it goes on with the previous entry (previous-title-words.ts, session 16:
    // three tuning writers expect that entry)
    const allowance = ask("ông tôi 85 tuổi có được trợ cấp xã hội không");
    expect(allowance.kind === "answer" && allowance.entry.id).toBe("dvc-tro-cap-xa-hoi");
    const monthly = ask("mỗi tháng nhận được bao nhiêu", allowance.memory);
    expect(monthly.kind === "answer" && monthly.entry.id).toBe("dvc-tro-cap-xa-hoi");
    const where = ask("nộp hồ sơ ở đâu", monthly.memory);
    expect(where.kind === "answer" && where.entry.id).toBe("dvc-tro-cap-xa-hoi");
    // a short yes/no question in words most entries use ("có phải ra công an không" after integrating a card into
    // VNeID) names no subject of its own: asked of the previous entry (session 9: it was asked back between the two before)
    const card = ask("tich hop bhyt vao vneid");
    const police = ask("có phải ra công an không", card.memory);
    expect(police.kind === "answer" && [police.entry.id, police.followup]).toEqual(["dvc-vneid-tich-hop-giay-to", true]);
    // two questions in one message are each answered, never asked back between (no close call across them)
    const both = ask("tôi không biết nộp hồ sơ trực tuyến? tổ công nghệ số có đến tận nhà giúp người cao tuổi không?");
    expect(both.kind === "answer" && both.also.length).toBe(1);
    // a negated condition of the previous procedure is its own case, not a close call
    const marriage = ask("đăng ký kết hôn ở phường cần gì");
    const unmarried = ask("chua dang ky ket hon thi sao", marriage.memory);
    expect(unmarried.kind === "answer" && unmarried.entry.id).toBe("dvc-ket-hon");
  });

  it("hands off a later turn whose own subject no entry covers, as the same question alone would be, and keeps real follow-ups", () => {
    // a new question sharing a few common words with the previous entry ("giấy phép", "cưới", "làm … thế nào"):
    // asked alone it is handed off; after that entry it is no follow-up of it either
    const cases: Array<[string, string, string]> = [
      ["làm giấy phép xây dựng nhà ở", "dvc-giay-phep-xay-dung", "xin giấy phép mở phòng khám tư"],
      ["đăng ký kết hôn cần gì", "dvc-ket-hon", "thuê váy cưới chụp ảnh cưới ở đâu đẹp"],
      ["làm căn cước cho con", "dvc-can-cuoc", "làm hộ chiếu đi du lịch Nhật Bản thế nào"],
      // most of the words are the entry's ("lớp", "học"), but its key word ("hình") is nowhere in what the entry is about
      ["lớp học kỹ năng số cho người cao tuổi", "kns-lop-hoc", "giải giúp cháu bài tập hình học lớp 9"],
    ];
    for (const [first, entryId, later] of cases) {
      const before = ask(first);
      expect(before.kind === "answer" && before.entry.id, first).toBe(entryId);
      const alone = ask(later);
      expect(alone.kind === "handoff" && alone.handoff.reason, later).toBe("out_of_scope");
      const after = ask(later, before.memory);
      expect(after.kind === "handoff" && after.handoff.reason, later).toBe("out_of_scope");
      expect(after.reply).toContain("chưa có thông tin về");
    }
    // follow-ups stay with their entry: a part asked, a case in the entry's own words, a person's condition
    const permit = ask("làm giấy phép xây dựng nhà ở");
    for (const text of ["cần mang giấy tờ gì", "nâng thêm tầng có phải xin phép không", "sửa mái tôn thì sao"]) {
      const result = ask(text, permit.memory);
      expect(result.kind === "answer" && result.entry.id, text).toBe("dvc-giay-phep-xay-dung");
    }
    const residence = ask("đăng ký tạm trú cho người thuê trọ");
    const owner = ask("chủ nhà không ở đây thì sao", residence.memory);
    expect(owner.kind === "answer" && owner.entry.id).toBe("dvc-tam-tru");
    // one odd word is the case's circumstance, not a subject of its own
    const marriage = ask("đăng ký kết hôn cần gì");
    const foreign = ask("chồng tôi là người Hàn Quốc thì sao", marriage.memory);
    expect(foreign.kind === "answer" && foreign.entry.id).toBe("dvc-ket-hon");
  });

  it("hands off a later turn about something else after a scam entry, and keeps the scam story on it", () => {
    // the scam story rule leaned any unclear turn on the scam entry when that entry happened to spell its words
    // ("thời tiết" in "chi tiết"); a subject of its own that nothing covers is handed off as the question alone is
    const cases: Array<[string, string, string]> = [
      ["Người lạ gọi báo mẹ tôi ngã phải đi cấp cứu", "ld-nguoi-than-cap-cuu", "ngày mai thời tiết có lạnh không"],
      ["co nguoi gui link cai vneid", "ld-ung-dung-gia", "điện thoại bị vỡ màn hình thay ở đâu rẻ"],
    ];
    // (a warning or an answer: either way the scam entry is what the conversation is about)
    expectLaterHandedOff(cases);
    // more of the story, or what to do now, stays with the scam entry
    const call = ask("Người lạ gọi báo mẹ tôi ngã phải đi cấp cứu");
    const now = ask("giờ tôi phải làm gì", call.memory);
    expect(now.kind === "answer" && now.entry.id).toBe("ld-nguoi-than-cap-cuu");
  });

  it("switches on a contrast opener that names another entry's subject, and keeps contrasted parts and people on the previous entry", () => {
    // "thế X thì …": X is the turn's subject; it names the app entry, which the message alone prefers
    const card = ask("làm thẻ bhyt hộ gia đình");
    expect(card.kind === "answer" && card.entry.id).toBe("dvc-bhyt-ho-gia-dinh");
    const app = ask("thế vssid thì cài thế nào", card.memory);
    expect(app.kind === "answer" && app.entry.id).toBe("dvc-vssid");
    // a part or a person set against the previous turn names no other subject: still a follow-up
    const permit = ask("xin giấy phép xây dựng");
    const fee = ask("còn lệ phí thì bao nhiêu", permit.memory);
    expect(fee.kind === "answer" && fee.entry.id).toBe("dvc-giay-phep-xay-dung");
    const idCard = ask("làm căn cước cho con");
    const elder = ask("thế người già thì sao", idCard.memory);
    expect(elder.kind === "answer" && elder.entry.id).toBe("dvc-can-cuoc");
  });

  it("hands off a later turn on a subject known to be outside the ward's work, as alone, unless an entry speaks of it", () => {
    // the follow-up rules used to lean these on the previous entry for its common words ("giờ", "phòng", "bao nhiêu")
    const cases: Array<[string, string, string]> = [
      ["giờ làm việc của phường", "phuong-lien-he", "lịch chiếu phim tối nay mấy giờ"],
      ["đăng ký tạm trú cho người thuê trọ", "dvc-tam-tru", "giá thuê phòng khu này bao nhiêu"],
    ];
    expectLaterHandedOff(cases);
    // "học phí" is on the list, but an entry (school-fee help) speaks of it: the class's fee stays a follow-up
    const lesson = ask("lớp học dùng điện thoại cho người già");
    const fee = ask("học phí bao nhiêu", lesson.memory);
    expect(fee.kind === "answer" && fee.entry.id).toBe(lesson.kind === "answer" ? lesson.entry.id : "");
  });

  it("keeps a yes/no or part question in words most entries use on the previous entry, and still switches for a list of another entry", () => {
    // "nộp", "phường", "công an" name no subject: retrieval alone ranked whichever entry repeats them first
    for (const [first, entryId, later] of [
      ["con tôi 3 tuổi chưa có giấy khai sinh", "dvc-dang-ky-lai-ho-tich", "vậy nộp ở phường luôn hả"],
      ["đăng ký thường trú cho vợ về nhà chồng", "dvc-thuong-tru", "có cần ra công an không"],
    ] as const) {
      const before = ask(first);
      expect(before.kind === "answer" && before.entry.id, first).toBe(entryId);
      const after = ask(later, before.memory);
      expect(after.kind === "answer" && [after.entry.id, after.followup], later).toEqual([entryId, true]);
    }
    // "which procedures" is no yes/no question of the time limits: the green lane's list answers it; a subject's own title words switch too
    const time = ask("làn xanh giải quyết mất bao lâu");
    expect(ask("những thủ tục nào được", time.memory).entries[0]?.id).toBe("lx-danh-muc");
    const account = ask("đăng ký tài khoản dịch vụ công");
    expect(ask("nộp hồ sơ trực tuyến thế nào", account.memory).entries[0]?.id).toBe("dvc-nop-ho-so");
  });

  it("keeps a part asked after a topic-change opener on the previous entry when it brings no topic of its own", () => {
    const id = ask("làm căn cước ở đâu");
    const fee = ask("tiện thể cho hỏi lệ phí bao nhiêu", id.memory);
    expect(fee.kind === "answer" && [fee.entry.id, fee.shown, fee.followup]).toEqual(["dvc-can-cuoc", "fee", true]);
  });

  it("remembers the topic across a question nothing answers, so a part asked next is of that topic, but not across a subject outside the ward's work", () => {
    for (const [first, entryId, unanswered, part] of [
      ["làm căn cước cho con gái 8 tuổi ở đâu", "dvc-can-cuoc", "chụp ảnh cháu có phải mặc áo sơ mi trắng không", "mất bao nhiêu tiền"],
      ["đăng ký khai sinh cho con ở đâu", "dvc-khai-sinh", "đặt tên con có dấu gạch ngang được không", "lệ phí bao nhiêu"],
    ] as const) {
      const before = ask(first);
      expect(before.kind === "answer" && before.entry.id, first).toBe(entryId);
      const handed = ask(unanswered, before.memory);
      expect(handed.kind === "handoff" && handed.handoff.reason, unanswered).toBe("out_of_scope");
      const after = ask(part, handed.memory);
      expect(after.kind === "answer" && [after.entry.id, after.followup], part).toEqual([entryId, true]);
    }
    // a subject of its own outside the ward's work ends the topic: a bare part asked next is not answered from the old entry
    const id = ask("làm căn cước cho con gái 8 tuổi ở đâu");
    const weather = ask("ngày mai thời tiết có lạnh không", id.memory);
    expect(weather.kind).toBe("handoff");
    const fee = ask("mất bao nhiêu tiền", weather.memory);
    expect(fee.kind === "answer" && fee.entry.id).not.toBe("dvc-can-cuoc");
  });

  it("hands off a later turn asking the ward to recommend a private provider, and keeps asking advice on the procedure", () => {
    // the previous entry shares the subject's words, but recommends no one
    const cases: Array<[string, string, string]> = [
      ["làm giấy phép xây dựng nhà ở", "dvc-giay-phep-xay-dung", "giới thiệu giúp tôi nhà thầu xây dựng nào uy tín"],
      ["hang xom lan sang dat nha toi", "dvc-hoa-giai-dat-dai", "chi giup toi luat su nao gioi ve tranh chap dat"],
    ];
    expectLaterHandedOff(cases);
    const permit = ask("làm giấy phép xây dựng nhà ở");
    const advice = ask("tư vấn giúp tôi cần chuẩn bị giấy tờ gì", permit.memory);
    expect(advice.kind === "answer" && advice.entry.id).toBe("dvc-giay-phep-xay-dung");
  });

  it("keeps a follow-up that only opens politely, names land \"thổ cư\" or asks which office issues a paper", () => {
    // "chị cho em hỏi" is an opener, "thổ" is no builder, and "nào" about a paper or an office chooses no provider
    const cases: Array<[string, string, string]> = [
      ["đăng ký tạm trú ở đâu", "dvc-tam-tru", "chị cho em hỏi công ty em cần giấy tờ nào để đăng ký tạm trú cho công nhân"],
      ["tách thửa đất thế nào", "dvc-tach-thua", "tư vấn giúp tôi lên đất thổ cư thì cần giấy tờ nào"],
    ];
    // (answered on its own, "which hospital issues the birth paper" goes to staff by another rule; the recommendation rule must not take it)
    expect(asksForRecommendation("chỉ giúp tôi bệnh viện nào cấp giấy chứng sinh")).toBe(false);
    for (const [first, id, later] of cases) {
      const start = ask(first);
      expect(start.kind === "answer" && start.entry.id, first).toBe(id);
      const next = ask(later, start.memory);
      expect(next.kind, later).not.toBe("handoff");
      expect(next.kind === "answer" && next.entry.id, later).toBe(id);
    }
  });

  it("still hands off a choice among providers said after the subject's words", () => {
    const cases: Array<[string, string, string]> = [
      ["đăng ký tạm vắng", "dvc-tam-vang", "tư vấn giúp tôi công ty xuất khẩu lao động uy tín"],
      ["làm giấy phép xây dựng nhà ở", "dvc-giay-phep-xay-dung", "giới thiệu giúp tôi thợ xây nào làm tốt"],
    ];
    expectLaterHandedOff(cases);
  });

  it("asks which entry is meant when a new question retrieval is unsure of names another entry that holds more of its words", () => {
    // the app entry has a few of the words (bảo hiểm, tự nguyện), so the turn used to go on with it
    const app = ask("đăng nhập vssid thế nào");
    expect(app.kind === "answer" && app.entry.id).toBe("dvc-vssid");
    if (app.kind !== "answer") return;
    const card = ask("mua bảo hiểm y tế tự nguyện cho ông", app.memory);
    expect(card.kind).toBe("clarify");
    if (card.kind !== "clarify") return;
    // the previous entry, the insurance entry the turn names (which of the two insurance entries is retrieval's call), a person
    expect(card.choices).toHaveLength(3);
    expect(card.choices.at(-1)).toEqual({ n: 0, label: "Gặp cán bộ" });
    expect(card.choices.map((c) => c.label)).toContain(app.entry.title);
    const insurance = kb.entries.filter((e) => e.id === "dvc-bhyt-ho-gia-dinh" || e.id === "dvc-bhxh-tu-nguyen");
    const other = insurance.find((e) => card.choices.some((c) => c.label === e.title));
    expect(other).toBeDefined();
    const n = card.choices.find((c) => c.label === other?.title)?.n;
    const picked = ask(String(n), card.memory);
    expect(picked.kind === "answer" && picked.entry.id).toBe(other?.id);
  });

  it("does not ask which entry is meant when the other title is named only by a common folded word", () => {
    // "kết quả" folds to "ket qua", and "quá hạn" of the overdue entry's title to "qua han": a word most entries have names nothing
    const filing = ask("nộp hồ sơ trên dịch vụ công thế nào");
    expect(filing.kind === "answer" && filing.entry.id).toBe("dvc-nop-ho-so");
    const after = ask("sau khi nộp thì bao lâu có kết quả", filing.memory);
    expect(after.kind === "answer" && after.entry.id).toBe("dvc-nop-ho-so");
    // "an" of "công an" is "ăn" of "làm ăn xa" (temporary absence) once folded
    const card = kb.entries.find((e) => e.id === "dvc-can-cuoc")!;
    const absence = kb.entries.find((e) => e.id === "dvc-tam-vang")!;
    expect(namesOtherHead(["cong", "an"], card, absence)).toBe(true);
    expect(namesOtherHead(["cong", "an"], card, absence, () => 0.42)).toBe(false);
    expect(namesOtherHead(["vang"], card, absence, () => 2.5)).toBe(true);
  });

  it("goes on with the previous entry when the message alone only finds a scam entry by its bait words", () => {
    // "chụp", "điện thoại" are words of the fake-job scam; nothing here speaks of a scam, so that entry is no answer (it used to be a hand-off)
    const filing = ask("nộp hồ sơ online trên cổng dịch vụ công thế nào");
    expect(filing.kind === "answer" && filing.entry.id).toBe("dvc-nop-ho-so");
    const photo = ask("ảnh chụp giấy tờ bằng điện thoại có dùng được không", filing.memory);
    expect(photo.kind === "answer" && photo.entry.id).toBe("dvc-nop-ho-so");
    // a message that does speak of a scam is still read as one
    expect(ask("có người nhắn tin bảo chuyển tiền để hồ sơ được duyệt nhanh, có phải lừa đảo không", filing.memory).kind).not.toBe("answer");
  });

  it("reads a turn as a new topic when another entry's core holds its words and the previous entry's core hardly any", () => {
    // "học" is the class entry's subject; the home-help entry's body only mentions it in passing
    const home = ask("có ai đến nhà hướng dẫn ông bà dùng điện thoại không");
    expect(home.kind === "answer" && home.entry.id).toBe("kns-ho-tro-tai-nha");
    const fee = ask("học có mất tiền không", home.memory);
    expect(fee.kind === "answer" && fee.entry.id).toBe("kns-lop-hoc");
    // a person's condition that is another entry's subject, named by its title ("tạm trú")
    const certificate = ask("xin giấy xác nhận cư trú cho con đi học");
    expect(certificate.kind === "answer" && certificate.entry.id).toBe("dvc-xac-nhan-cu-tru");
    const unregistered = ask("nhưng cháu chưa đăng ký tạm trú ở đây thì sao", certificate.memory);
    expect(unregistered.kind === "answer" && unregistered.entry.id).toBe("dvc-tam-tru");
    // a person's condition naming no title stays a case of the previous entry
    const allowance = ask("mẹ tôi muốn xin trợ cấp người cao tuổi");
    const phone = ask("mẹ tôi không có smartphone thì sao", allowance.memory);
    expect(phone.kind === "answer" && phone.entry.id).toBe("dvc-tro-cap-xa-hoi");
  });

  it("reads a statement about the person spoken of ('nó đang học cao học') as the previous entry's special cases, not a hand-off", () => {
    const service = ask("con tôi 18 tuổi có phải đăng ký nghĩa vụ quân sự không");
    expect(service.kind === "answer" && service.entry.id).toBe("dvc-nghia-vu-quan-su");
    const student = ask("nó đang học cao học ở Đà Nẵng", service.memory);
    expect(student.kind === "answer" && [student.entry.id, student.followup, student.shown]).toEqual(["dvc-nghia-vu-quan-su", true, "special"]);
    const stay = ask("chồng tôi muốn đăng ký tạm trú");
    const works = ask("anh ấy làm việc ở Bắc Ninh, cuối tuần mới về", stay.memory);
    expect(works.kind === "answer" && [works.entry.id, works.shown]).toEqual(["dvc-tam-tru", "special"]);
    // a question about the person, or a folded "no" that is "nợ" among accented words, is not such a statement
    const asked = ask("nó đang học cao học thì có được hoãn không", service.memory);
    expect(asked.kind === "answer" && asked.entry.id).toBe("dvc-nghia-vu-quan-su");
  });

  it("asks which on a contrast opener naming another entry's title word when retrieval ties the two", () => {
    const moveIn = ask("muốn nhập hộ khẩu vào nhà mới mua");
    expect(moveIn.kind === "answer" && moveIn.entry.id).toBe("dvc-thuong-tru");
    // "xóa" names the removal entry; the registration entry mentions removal in passing: not a confident answer from it
    // (or the removal entry answers it: deleting a residence asked, asked-action-entry.ts; its note says the old one goes with the new registration)
    const old = ask("còn hộ khẩu cũ ở tỉnh thì ai xóa cho", moveIn.memory);
    expect(old.kind === "answer" ? old.entry.id : old.kind).toMatch(/^(?:clarify|dvc-xoa-dang-ky-cu-tru)$/);
    expect(old.entries.map((e) => e.id)).toContain("dvc-xoa-dang-ky-cu-tru");
  });

  it("does not count a syllable of another compound ('sinh' of 'học sinh') as naming another entry's title ('giấy khai sinh')", () => {
    for (const [first, then] of [
      ["gia hạn bhyt hộ gia đình", "thế thẻ học sinh thì thế nào"],
      ["mua bảo hiểm y tế hộ gia đình", "còn thẻ học sinh thì sao"],
      ["mua bhyt ho gia dinh", "the the hoc sinh thi the nao"],
    ] as const) {
      const card = ask(first);
      expect(card.kind === "answer" && card.entry.id, first).toBe("dvc-bhyt-ho-gia-dinh");
      const student = ask(then, card.memory);
      expect(student.kind === "answer" && student.entry.id, then).toBe("dvc-bhyt-ho-gia-dinh");
    }
    // the title's own compound still names it: the copy of a birth certificate is not the insurance card's follow-up
    const card = ask("gia han bhyt ho gia dinh");
    const copy = ask("con ban sao khai sinh thi xin o dau", card.memory);
    expect(copy.kind === "answer" && copy.entry.id).not.toBe("dvc-bhyt-ho-gia-dinh");
  });

  it("reads 'thế còn X thì sao' as a question of its own when the previous entry's core has none of X", () => {
    // the allowance entry's body mentions health insurance in passing: that is no reason to answer the card from it
    const allowance = ask("mẹ tôi muốn xin trợ cấp người cao tuổi");
    expect(allowance.kind === "answer" && allowance.entry.id).toBe("dvc-tro-cap-xa-hoi");
    const card = ask("thế còn đăng ký thẻ bảo hiểm y tế cho mẹ thì sao", allowance.memory);
    expect(card.kind === "answer" && card.entry.id).not.toBe("dvc-tro-cap-xa-hoi");
    // a part or a case of the previous procedure, in its own words, stays with it
    const birth = ask("đăng ký khai sinh cho con");
    const foreign = ask("thế còn người nước ngoài thì sao", birth.memory);
    expect(foreign.kind === "answer" && foreign.entry.id).toBe("dvc-khai-sinh");
  });

  it("takes a turn saying the previous action is done to what comes next, and leaves cases and ages with the previous entry", () => {
    // the report is sent: tracking it is the next entry's subject, though the words ("gửi", "xử lý") are the report entry's too
    const report = ask("muốn phản ánh ổ gà trước ngõ");
    expect(report.kind === "answer" && report.entry.id).toBe("pa-gui-phan-anh");
    const sent = ask("gửi rồi thì mấy ngày có người xuống xử lý", report.memory);
    expect(sent.kind === "answer" && sent.entry.id).toBe("pa-theo-doi");
    // "bao giờ có người sửa" asks about the report, not for a person: never the staff handover
    expect(ask("báo rồi, bao giờ thì có người sửa", report.memory).kind).toBe("answer");
    // logged in: filing is next
    const account = ask("đăng ký tài khoản dịch vụ công");
    const filed = ask("có tài khoản rồi thì nộp hồ sơ các bước ra sao", account.memory);
    expect(filed.kind === "answer" && filed.entry.id).toBe("dvc-nop-ho-so");
    // a case of the same procedure ("ký ở nhà rồi mang ra") and an age ("2 tháng rồi") stay with it
    const copy = ask("chứng thực bản sao ở đâu");
    const signed = ask("ký ở nhà rồi mang ra được không", copy.memory);
    expect(signed.kind === "answer" && signed.entry.id).toBe("dvc-chung-thuc");
    const birth = ask("khai sinh cho con");
    const age = ask("con tôi 2 tháng rồi thì sao", birth.memory);
    expect(age.kind === "answer" && age.entry.id).toBe("dvc-khai-sinh");
  });

  it('reads "không phải, ý tôi là …" naming only a part as that part of the previous entry', () => {
    const cases = [
      ["làm giấy khai tử cho bố tôi", "không phải, tôi hỏi là làm ở đâu", "dvc-khai-tu", "where"],
      ["đăng ký tạm trú cho sinh viên thuê trọ", "không phải, ý tôi là lệ phí bao nhiêu", "dvc-tam-tru", "fee"],
    ] as const;
    for (const [first, next, id, facet] of cases) {
      const result = ask(next, ask(first).memory);
      expect(result.kind === "answer" && [result.entry.id, result.shown, result.followup]).toEqual([id, facet, true]);
    }
    // words that nothing else fits but the previous entry: the resident corrected what of it they asked
    const date = ask("không phải, ý tôi là sửa ngày sinh", ask("cải chính họ tên trong giấy khai sinh").memory);
    expect(date.kind === "answer" && [date.entry.id, date.followup]).toEqual(["dvc-cai-chinh-ho-tich", true]);
    // …even when another entry would answer them weakly once the previous one is set aside
    for (const [first, next, id] of [
      ["đăng ký tạm trú cho sinh viên", "không phải, ý tôi là gia hạn tạm trú", "dvc-tam-tru"],
      ["xin giấy phép xây dựng nhà ở", "không phải, ý tôi là sửa chữa nhà có cần giấy phép không", "dvc-giay-phep-xay-dung"],
    ] as const) {
      const result = ask(next, ask(first).memory);
      expect(result.kind === "answer" && [result.entry.id, result.followup]).toEqual([id, true]);
    }
    // naming another topic still corrects the topic
    const other = ask("ko phải, ý tôi là chứng thực hợp đồng mua bán nhà", ask("xin chứng thực bản sao giấy tờ").memory);
    expect(other.kind === "answer" && other.entry.id).toBe("dvc-chung-thuc-hop-dong");
  });

  it("answers two questions in one message, briefly, each in turn", () => {
    const result = ask("Làm căn cước ở đâu? Lệ phí khai sinh bao nhiêu?");
    expect(result.kind).toBe("answer");
    if (result.kind !== "answer") return;
    expect([result.entry.id, ...result.also.map((a) => a.id)]).toEqual(["dvc-can-cuoc", "dvc-khai-sinh"]);
    expect(result.reply).toMatch(/^1\) Nơi làm \(Làm, cấp đổi, cấp lại thẻ căn cước\):[\s\S]*\n2\) Lệ phí \(Đăng ký khai sinh cho con\):/);
  });

  it("reads a part asked with common words only ('cần mang những giấy gì', 'ai ký giấy') as that part of the previous entry", () => {
    for (const [first, next, id, facet] of [
      ["hàng xóm lấn đất nhà tôi thì hòa giải ở đâu", "cần mang những giấy gì", "dvc-hoa-giai-dat-dai", "documents"],
      ["làm thẻ căn cước cho con 14 tuổi", "cần mang những giấy gì", "dvc-can-cuoc", "documents"],
      ["làm thẻ căn cước cho con 14 tuổi", "ai ký giấy", "dvc-can-cuoc", "who"],
    ] as const) {
      const result = assistant.ask(next, ward, MONDAY_9AM, ask(first).memory);
      expect(result.kind === "answer" && [result.entry.id, result.followup, result.shown], next).toEqual([id, true, facet]);
    }
    // a word that names a topic still switches ("khai sinh" is not a common word)
    const named = assistant.ask("khai sinh cần mang giấy gì", ward, MONDAY_9AM, ask("làm thẻ căn cước cho con 14 tuổi").memory);
    expect(named.kind === "answer" && named.entry.id).toBe("dvc-khai-sinh");
  });

  it("does not take a yes/no follow-up to another category's entry that shares its words ('lấy lại' after a forgotten password)", () => {
    const result = ask("ra phường có lấy lại được không", ask("tôi quên mật khẩu vneid").memory);
    expect(result.kind === "answer" && [result.entry.id, result.followup]).toEqual(["dvc-vneid-su-co", true]);
    // siblings of one family still take over ("làn xanh là gì" → the list of green-lane procedures)
    const sibling = ask("những thủ tục nào được đi làn xanh", ask("làn xanh là gì").memory);
    expect(sibling.kind === "answer" && sibling.entry.id).toBe("lx-danh-muc");
  });

  it("answers danger told mid-conversation with the emergency numbers, not as a case of the previous topic", () => {
    const memory = ask("làm thẻ căn cước cho con 14 tuổi").memory;
    for (const text of ["ông tôi khó thở, tím tái", "mẹ tôi bị ngã đập đầu", "chồng say rượu đang đánh vợ con", "có trộm vào nhà tôi", "nhà hàng xóm đang cháy to lắm", "nha ben canh chay roi cuu voi"]) {
      const result = ask(text, memory);
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("emergency");
      expect(result.reply, text).toMatch(/115/);
    }
    // paperwork about such an event, or words that only look alike, are ordinary questions
    expect(ask("bố tôi bị tai nạn giao thông thì làm giấy tờ bảo hiểm thế nào", memory).kind).not.toBe("handoff");
    // ("tìm" is no "tim" of the heart; the question is out of coverage on its own and after the ID card alike)
    const find = ask("tìm tài khoản vneid ở đâu", memory);
    expect(find.kind === "handoff" ? find.handoff.reason : find.kind).not.toBe("emergency");
    expect(ask("đang chạy xe thì bị phạt nguội có phải lừa không").kind).not.toBe("handoff");
  });

  it("asks which procedure a part is asked of when nothing came before (or the memory expired), then answers that part", () => {
    for (const [text, part] of [["lệ phí bao nhiêu", "fee"], ["mất bao lâu", "time"], ["làm online được không", "online"]] as const) {
      const asked = ask(text);
      expect([asked.kind, asked.memory.partAsked], text).toEqual(["clarify", part]);
      expect(asked.reply, text).toMatch(/thủ tục nào/);
      expect(asked.reply, text).toMatch(/0\. Gặp cán bộ/);
    }
    const named = ask("khai sinh", ask("lệ phí bao nhiêu").memory);
    expect(named.kind === "answer" && [named.entry.id, named.shown]).toEqual(["dvc-khai-sinh", "fee"]);
    // one turn only
    const next = ask("tạm trú cho sinh viên", named.memory);
    expect(next.kind === "answer" && [next.entry.id, next.memory.partAsked]).toEqual(["dvc-tam-tru", undefined]);
    // a part asked with its topic is answered at once
    const whole = ask("lệ phí khai sinh bao nhiêu");
    expect(whole.kind === "answer" && whole.entry.id).toBe("dvc-khai-sinh");
  });

  it("switches when a turn names the subject of another entry's title, and stays when only common words are asked", () => {
    const cases: [string, string, string][] = [
      ["nhập hộ khẩu cho vợ về nhà chồng", "thế còn xoá hộ khẩu chỗ cũ", "dvc-xoa-dang-ky-cu-tru"],
      ["đăng ký kết hôn ở phường", "còn giấy xác nhận độc thân xin ở đâu", "dvc-xac-nhan-hon-nhan"],
      ["chứng thực bản sao căn cước", "còn hợp đồng mua bán nhà thì chứng thực ở đâu", "dvc-chung-thuc-hop-dong"],
    ];
    for (const [first, next, expected] of cases) {
      const result = ask(next, ask(first).memory);
      expect(result.kind === "answer" && result.entry.id, next).toBe(expected);
    }
    // a case the previous entry lists itself, though another title's tail names it ("Sự cố VNeID - quên mật khẩu")
    const vssid = ask("quen mat khau thi sao", ask("cai vssid the nao").memory);
    expect(vssid.kind === "answer" && vssid.entry.id).toBe("dvc-vssid");
    // common words only: the previous entry
    const residence = ask("đăng ký thường trú").memory;
    for (const text of ["thế còn lệ phí", "mất mấy ngày", "ai ký giấy"]) {
      const result = ask(text, residence);
      expect(result.kind === "answer" && result.entry.id, text).toBe("dvc-thuong-tru");
    }
  });

  it("reads a deadline asked in a conversation ('hạn chót là khi nào', 'đến bao giờ') as the previous entry's time", () => {
    const death = ask("đăng ký khai tử cho bố").memory;
    for (const text of ["hạn chót là khi nào", "phải làm đến bao giờ", "chậm nhất là mấy hôm"]) {
      const result = ask(text, death);
      expect(result.kind === "answer" && result.entry.id, text).toBe("dvc-khai-tu");
      expect(result.reply, text).toContain("Thời gian giải quyết");
    }
  });

  it("keeps a thing's negated condition ('điện thoại không có nfc thì sao') as a case of the previous entry", () => {
    const level2 = ask("kích hoạt vneid mức 2").memory;
    const result = ask("điện thoại không có nfc thì sao", level2);
    expect(result.kind === "answer" && result.entry.id).toBe("dvc-vneid-muc-2");
    // a new subject is still a new subject
    const other = ask("thế còn xoá hộ khẩu chỗ cũ", ask("đăng ký thường trú").memory);
    expect(other.kind === "answer" && other.entry.id).toBe("dvc-xoa-dang-ky-cu-tru");
  });

  it("asks which procedure for a bare part whose only other word restates it ('hết bao nhiêu tiền'), then answers that part", () => {
    const asked = ask("hết bao nhiêu tiền");
    expect(asked.kind).toBe("clarify");
    expect(asked.reply).toContain("lệ phí của thủ tục nào");
    const named = ask("khai sinh", asked.memory);
    expect(named.kind === "answer" && named.entry.id).toBe("dvc-khai-sinh");
    expect(named.reply).toContain("Lệ phí");
    // a topic word is still a topic
    const topic = ask("khai sinh hết bao nhiêu tiền");
    expect(topic.kind === "answer" && topic.entry.id).toBe("dvc-khai-sinh");
  });

  it("takes short closing replies as such, never as a question for staff or a look-alike entry, and keeps the topic", () => {
    const memory = ask("xin xác nhận cư trú ct07").memory;
    for (const text of ["thôi cảm ơn", "thôi", "thôi khỏi", "để mai tôi ra phường", "ok để tôi đi làm", "biết rồi", "hay quá"]) {
      const result = ask(text, memory);
      expect(result.kind, text).toBe("smalltalk");
      const after = ask("lệ phí bao nhiêu", result.memory);
      expect(after.kind === "answer" && after.entry.id, text).toBe("dvc-xac-nhan-cu-tru");
    }
    // "không hiểu", "nói rõ hơn": the previous entry again, never another entry
    for (const text of ["không hiểu", "chưa hiểu lắm", "nói rõ hơn được không"]) {
      const result = ask(text, memory);
      expect(result.kind !== "handoff" && result.entries[0]?.id, text).toBe("dvc-xac-nhan-cu-tru");
    }
    // a new question after "thôi" is still asked
    const next = ask("thôi tôi hỏi cái khác, làm khai sinh thế nào", memory);
    expect(next.kind === "answer" && next.entry.id).toBe("dvc-khai-sinh");
  });

  it("after a clarify, a part asked without a topic of its own is asked back with the same candidates (session 18: no guess of the first; part-after-clarify.ts)", () => {
    // (a bare subject several entries share; "tổ công nghệ số" was one until session 14 gave the team to its own entry alone)
    const asked = ask("sổ đỏ");
    expect(asked.kind).toBe("clarify");
    const next = ask("giấy tờ cần mang", asked.memory);
    expect([next.kind, next.entries.map((e) => e.id)]).toEqual(["clarify", asked.entries.map((e) => e.id)]);
    const picked = ask("1", next.memory);
    expect(picked.kind === "answer" && [picked.entry.id, picked.shown]).toEqual([asked.entries[0]!.id, "documents"]);
  });

  it("resolves a clarify by the number picked, and always offers 0 for a person", () => {
    const result = ask("làn xanh");
    if (result.kind !== "clarify") return; // decided without asking: nothing to pick
    expect(result.choices.at(-1)).toEqual({ n: 0, label: "Gặp cán bộ" });
    const picked = ask("1", result.memory);
    expect(picked.kind === "answer" && picked.entry.id).toBe(result.memory.choices[0]!.action.do === "show" ? (result.memory.choices[0]!.action as { entryId: string }).entryId : "");
    expect(ask("0", result.memory).kind).toBe("handoff");
  });

  it("reads choices the way residents type them", () => {
    const offered = [
      { n: 1, label: "Giấy tờ cần mang", action: { do: "staff" as const } },
      { n: 2, label: "Lệ phí", action: { do: "staff" as const } },
      { n: 3, label: "Xem đầy đủ", action: { do: "staff" as const } },
      { n: 0, label: "Gặp cán bộ", action: { do: "staff" as const } },
    ];
    expect(["2", "số 2", "so 2 a", "2 ạ", "2. Lệ phí", "le phi", "Lệ phí"].map((t) => pickChoice(t, offered)?.n)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(["xem day du", "số ba", "0"].map((t) => pickChoice(t, offered)?.n)).toEqual([3, 3, 0]);
    expect(["2 ngày", "lệ phí khai sinh bao nhiêu", "giấy"].map((t) => pickChoice(t, offered))).toEqual([undefined, undefined, undefined]);
  });

  it("carries a pending question set by another part of the system from turn to turn", () => {
    const first = ask("làm căn cước ở đâu", { choices: [], awaiting: { kind: "survey", handoffId: 7 } });
    expect(first.memory.awaiting).toEqual({ kind: "survey", handoffId: 7 });
    expect(ask("cảm ơn", first.memory).memory.awaiting).toEqual({ kind: "survey", handoffId: 7 });
  });
});

describe("understanding what residents mean", () => {
  const ask = (text: string) => assistant.ask(text, ward, MONDAY_9AM);

  it('reads "mất" after a relative as died, and an amount as money', () => {
    expect(analyze("bố tôi mới mất").map((t) => t.folded).join(" ")).toBe("bo toi moi qua doi");
    expect(analyze("tôi mất giấy tờ").map((t) => t.folded).join(" ")).toBe("toi mat giay to");
    expect(analyze("bị lừa mất 50 triệu rồi").map((t) => t.folded).join(" ")).toBe("bi lua mat tien roi");
    expect(ask("bố tôi mới mất").entries[0]?.id).toBe("dvc-khai-tu");
    expect(ask("bị lừa mất 50 triệu rồi").entries[0]?.id).toBe("ld-bi-lua-roi");
  });

  it("repairs the spellings elderly residents confuse (s/x, d/gi/r, l/n, a syllable cut short)", () => {
    const index = new SearchIndex(kb.entries.filter((e) => e.status === "published"));
    const read = (q: string) => index.analyzeQuery(q).map((t) => t.folded).join(" ");
    expect(read("sin giấy sác nhận")).toBe("xin giay xac nhan");
    expect(read("rấy tờ")).toBe("giay to");
    expect(read("nệ phí khai sin")).toBe("le phi khai sinh");
    expect(read("làm căn cướ")).toBe("lam can cuoc");
    expect(read("tiếp rân")).toBe("tiep dan");
    expect(toneKey("giấy tở") === toneKey("giấy tỡ")).toBe(true); // hỏi and ngã compare equal
  });

  it("repairs a word typed with accents only into a form the entries write with the same accents", () => {
    const index = new SearchIndex(kb.entries.filter((e) => e.status === "published"));
    const read = (q: string) => index.analyzeQuery(q).map((t) => t.folded).join(" ");
    // real words, typed as meant: not a consonant or final swap that makes some entry's pair
    expect(read("bác bấm mãi không vào được")).toBe("bac bam mai khong vao duoc");
    expect(read("trẻ đó có được làm căn cước không")).toBe("tre do co duoc lam can cuoc khong");
    expect(read("liên kết thẳng với tài khoản ngân hàng")).toBe("lien ket thang voi tai khoan ngan hang");
    expect(read("hàng xóm đánh chảy máu đầu")).toBe("hang xom danh chay mau dau");
    expect(read("gọi xin mã OTP để hủy giao dịch lỗi")).toContain("huy giao dich loi");
    // a consonant confused, the tone as meant: still repaired
    expect(read("nệ phí")).toBe("le phi");
    expect(read("sác nhận")).toBe("xac nhan");
  });

  it("reads syllables typed without spaces apart, and leaves foreign words that merely split into syllables", () => {
    const index = new SearchIndex(kb.entries.filter((e) => e.status === "published"));
    const read = (q: string) => index.analyzeQuery(q).map((t) => t.folded).join(" ");
    expect(read("lamcancuoc o dau")).toBe("lam can cuoc o dau");
    expect(read("dangkykhaisinh cho con")).toBe("dang ky khai sinh cho con");
    // a pair the entries write under another name ("công chứng" → "chứng thực")
    expect(read("congchung ban sao")).toContain("chung thuc");
    // "video" splits into "vi deo", a pair no entry has: kept as typed
    expect(read("xem video huong dan")).toBe("xem video huong dan");
    const answered = ask("lamcancuoc odau");
    expect(answered.kind === "answer" && answered.entry.id).toBe("dvc-can-cuoc");
  });

  it("never repairs a common word (greeting, particle, English) into another word", () => {
    const index = new SearchIndex(kb.entries.filter((e) => e.status === "published"));
    const read = (q: string) => index.analyzeQuery(q).map((t) => t.folded).join(" ");
    // unknown to the vocabulary but common: a greeting, English words
    expect(read("chào bạn")).toBe("chao ban");
    // …and weighs as a greeting, not as an unknown subject
    expect(assistant.ask("chào bạn, cho hỏi làm căn cước ở đâu", ward, MONDAY_9AM).entries[0]?.id).toBe("dvc-can-cuoc");
    expect(assistant.ask("chào bạn, cho hỏi làm căn cước ở đâu", ward, MONDAY_9AM).kind).toBe("answer");
    expect(read("I moved from Japan")).toBe("i moved from japan");
    expect(read("can I pay by bank")).toBe("can i pay by bank");
    expect(read("my wife and I live here")).toBe("my wife and i live here");
    // known words that a neighbour's pair would have "repaired": a particle, a word already in a pair
    expect(read("thay rồi")).toBe("thay roi");
    expect(read("đủ rồi")).toBe("du roi");
    expect(read("đăng ký được chứ hả")).toBe("dang ky duoc chu ha"); // the particle, typed with its tone, is not "trú"
    expect(read("mong sớm có kết quả")).toContain("mong");
    expect(read("tạm vắng thế nào")).toBe("tam vang the nao");
    expect(read("khai tam vang the nao")).toBe("khai tam vang the nao");
    // the repairs the class exists for still happen
    expect(read("sin giấy sác nhận")).toBe("xin giay xac nhan");
    expect(read("làm thủ tụt")).toBe("lam thu tuc");
  });

  it('reads "ck" as husband beside a person word, as a bank transfer beside money', () => {
    const read = (q: string) => analyze(q).map((t) => t.folded).join(" ");
    expect(read("ck e đi làm xa")).toBe("chong em di lam xa");
    expect(read("ck tôi là chủ hộ")).toBe("chong toi la chu ho");
    expect(read("vợ ck tôi muốn đăng ký kết hôn")).toBe("vo chong toi muon dang ky ket hon");
    expect(read("mình với ck sắp cưới")).toContain("voi chong");
    expect(read("vk ck e muốn tách hộ")).toBe("vo chong em muon tach ho");
    expect(read("ck e mất rồi")).toBe("chong em qua doi roi");
    // money, an amount or a bank nearby: a transfer, even with a person word
    expect(read("e ck le phi tren dvc")).toContain("em chuyen khoan le phi");
    expect(read("ck cho em 500k")).toContain("chuyen khoan");
    expect(read("ck e 2 triệu")).toContain("chuyen khoan");
    expect(read("toi vua ck cho lua dao")).toContain("chuyen khoan");
    expect(read("ck nhầm tài khoản")).toContain("chuyen khoan");
  });

  it("hands off honestly, naming the subject, when no entry is about it", () => {
    const result = ask("giá vàng hôm nay bao nhiêu một chỉ");
    expect(result.kind).toBe("handoff");
    expect(result.reply).toContain('chưa có thông tin về "giá vàng hôm nay bao nhiêu một chỉ"');
    expect(result.kind === "handoff" && result.handoff.topic).toBe("giá vàng hôm nay bao nhiêu một chỉ");
    // ward life no entry covers (recruitment, clubs) goes to staff, not to a look-alike entry
    expect(ask("phường có tuyển dụng nhân viên văn thư không").kind).toBe("handoff");
    expect(ask("câu lạc bộ cờ tướng của phường sinh hoạt ở đâu").kind).toBe("handoff");
    // nor do funerals, health checks, pets' shots or vehicle insurance (look-alikes: mai táng, sổ sức khỏe, tiêm chủng, đăng ký xe)
    for (const q of ["hỏa táng hết bao nhiêu tiền", "khám sức khỏe định kỳ cho người cao tuổi ở đâu", "tiem phong dai cho cho o dau", "bảo hiểm xe máy bắt buộc mua ở đâu"]) {
      expect([q, ask(q).kind]).toEqual([q, "handoff"]);
    }
    // …while the entries those words come near still answer their own questions
    expect(ask("trợ cấp mai táng cho người có công").entries[0]?.id).toBe("dvc-nguoi-co-cong");
    expect(ask("đăng ký xe máy mới mua ở đâu").kind).toBe("answer");
    // an everyday phrase an entry uses is no off-topic subject: "khám bệnh" with a health-insurance card, "người yêu" marrying
    expect(ask("đi khám bệnh quên thẻ BHYT giấy thì dùng thẻ trên VssID được không").entries[0]?.id).toBe("dvc-vssid");
    expect(ask("đi khám bệnh quên thẻ BHYT giấy thì dùng thẻ trên VssID được không").kind).toBe("answer");
    expect(ask("đăng ký kết hôn cần giấy tờ gì, người yêu em quê Nghệ An").kind).toBe("answer");
    expect(ask("khám bệnh ở bệnh viện nào tốt").kind).toBe("handoff");
  });

  it("answers with a scam entry only a message that speaks of a scam, not one that shares its bait words", () => {
    for (const q of ["học bổng cho học sinh nghèo xin ở đâu", "đăng ký mã số thuế cá nhân ở đâu", "quyết toán thuế thu nhập cá nhân làm thế nào"]) {
      const result = ask(q);
      expect([q, result.kind]).toEqual([q, "handoff"]);
      expect(result.kind === "handoff" && result.handoff.reason).toBe("out_of_scope");
    }
    for (const [q, id] of [
      ["làm sao nhận biết cuộc gọi giả danh công an", "ld-gia-danh-cong-an"],
      ["thẻ ATM bị người lạ hỏi mã CVV thì có đưa không", "ld-otp"],
      ["sàn ngoại hối có được cấp phép không, sao biết", "ld-dau-tu"],
    ] as const) {
      const result = ask(q);
      expect(result.kind === "answer" && result.entry.id).toBe(id);
    }
    // after a scam warning, the conversation is about that scam: its bait words are the scam's
    const warned = assistant.ask("Chúc mừng quý khách trúng thưởng xe SH, nộp phí 2 triệu vào tài khoản để nhận giải", ward, MONDAY_9AM);
    expect(warned.kind).toBe("scam_warning");
    const next = assistant.ask("giải thưởng thật thì có bắt nộp thuế trước không", ward, MONDAY_9AM + 60_000, warned.memory);
    expect(next.kind === "answer" && next.entry.id).toBe("ld-trung-thuong");
  });

  it("tells apps apart by the one the resident names", () => {
    expect(ask("cài VssID rồi mà quên mật khẩu đăng nhập").entries[0]?.id).toBe("dvc-vssid");
    expect(ask("quên mật khẩu VNeID").entries[0]?.id).toBe("dvc-vneid-su-co");
    // a task done in an app is still that task's entry
    expect(ask("gia hạn thẻ BHYT hộ gia đình trên VssID được không").entries[0]?.id).toBe("dvc-bhyt-ho-gia-dinh");
  });

  it("answers English from an entry's English summary, and hands off politely in English otherwise", () => {
    const hours = ask("Where is the ward office and what are the opening hours?");
    expect(hours.lang).toBe("en");
    expect(hours.kind === "answer" && hours.entry.id).toBe("phuong-lien-he");
    expect(hours.reply).not.toMatch(/\{\{/);
    expect(hours.reply).toContain("0. Talk to ward staff");
    // a part asked next ("How much does it cost?") stays with the previous entry, in English; the contacts entry
    // gives no fee, so staff are asked, in English (session 10 review S4: never its summary again);
    // a message naming nothing of the kind does not repeat it
    const cost = assistant.ask("How much does it cost?", ward, MONDAY_9AM, hours.memory);
    expect([cost.kind, cost.lang]).toEqual(["handoff", "en"]);
    expect(cost.reply).toMatch(/does not give the fee/);
    expect(assistant.ask("Tell me a joke", ward, MONDAY_9AM, hours.memory).kind).toBe("handoff");
    // an English message about a stay comes from a foreigner or a host of one
    const stay = ask("We have a German tenant from next month. Where do we declare her stay?");
    expect(stay.kind === "answer" && stay.entry.id).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    const permit = ask("How do I get a work permit for my company?");
    expect([permit.kind, permit.lang]).toEqual(["handoff", "en"]);
    expect(permit.reply).toMatch(/^Thank you for your message\./);
    // Vietnamese typed without diacritics is not English
    expect(ask("lam can cuoc o dau").lang).toBe("vi");
    // "what time does it open", "when does it close" after any English answer: in a ward's chat "it" is the ward
    // office, whose hours are in the contacts entry's English summary (not a handoff for want of a topic)
    const copies = ask("I need certified copies of my degree");
    expect(copies.kind === "answer" && copies.entry.id).toBe("dvc-chung-thuc");
    for (const text of ["what time does it open", "When does the office close?", "Is it open until 5 pm?"]) {
      const open = assistant.ask(text, ward, MONDAY_9AM, copies.memory);
      expect(open.kind === "answer" && [open.entry.id, open.lang], text).toEqual(["phuong-lien-he", "en"]);
      expect(open.reply, text).toMatch(/Office hours/);
    }
    // asked alone, the office's opening or closing time is its hours too
    for (const text of ["what time does the ward office open", "when does the office close"]) {
      const open = ask(text);
      expect(open.kind === "answer" && [open.entry.id, open.lang], text).toEqual(["phuong-lien-he", "en"]);
    }
    // "open at all" names neither a time nor the office: an app that will not start is no question of office hours
    const app = ask("my app won't open at all, what should I do?");
    expect([app.kind, app.lang]).toEqual(["handoff", "en"]);
    // "real" or "safe" is a scam check only of a link, message, number, account…: a real address is the ward's contacts
    const address = ask("Can you tell me if the real address of the ward office changed?");
    expect(address.kind === "answer" && address.entry.id).toBe("phuong-lien-he");
    for (const text of ["how can I check if this link is real", "can you tell me if this text message is safe", "how do I know if a website is fake"]) {
      const check = ask(text);
      expect(check.kind === "answer" && check.entry.id, text).toBe("ld-kiem-tra");
    }
  });

  it("after a scam warning, 'who do I report it to' is answered from the entry on reporting scams", () => {
    const warned = ask("tin nhắn này có phải lừa đảo ko: Bo Cong an thong bao ban lien quan vu an, chuyen tien vao tk an toan 0123");
    expect(warned.kind).toBe("scam_warning");
    for (const q of ["thế giờ tôi phải báo cho ai", "the gio toi bao cho ai"]) {
      const next = assistant.ask(q, ward, MONDAY_9AM, warned.memory);
      expect(next.kind === "answer" && next.entry.id, q).toBe("ld-bao-cao");
    }
  });

  it("in a scam conversation, where to report goes to the entry on reporting scams, not the bait's entry", () => {
    const cases = [
      ["làm việc online nhẹ lương cao có phải lừa đảo không", "báo công an ở đâu"],
      ["có người gọi xưng công an đòi chuyển tiền", "gọi số nào để báo"],
      ["tin nhắn báo trúng thưởng phải nộp phí", "trình báo ở đâu"],
    ] as const;
    for (const [first, next] of cases) {
      const result = assistant.ask(next, ward, MONDAY_9AM, ask(first).memory);
      expect(result.kind === "answer" && result.entry.id, next).toBe("ld-bao-cao");
    }
    // after a warning to a victim (no entry shown), the next message only: where to report is the victim entry's
    // place (session 22, victim-report-where.ts: the writers since tuning13 read it so)
    for (const next of ["giờ báo cho ai", "trình báo ở đâu ạ"]) {
      const victim = ask("bị lừa mua hàng online mất tiền");
      expect([victim.kind, victim.kind === "scam_warning" && victim.handoff?.reason]).toEqual(["scam_warning", "scam_victim"]);
      const result = assistant.ask(next, ward, MONDAY_9AM, victim.memory);
      expect(result.kind === "answer" && result.entry.id, next).toBe("ld-bi-lua-roi");
      expect(result.kind === "answer" && result.shown, next).toBe("where");
      expect(result.memory.scamVictim).toBeUndefined();
    }
    // "bao nhiêu" is not reporting
    const much = assistant.ask("mất phí bao nhiêu", ward, MONDAY_9AM, ask("tin nhắn báo trúng thưởng phải nộp phí").memory);
    expect(much.kind === "answer" && much.entry.id).not.toBe("ld-bao-cao");
  });

  it("answers the re-issue part of the previous entry when a correction asks it and the entry's own text covers it", () => {
    for (const [first, next, id] of [
      ["làm căn cước ở đâu", "ko phải, cấp lại do bị mất cơ", "dvc-can-cuoc"],
      ["làm căn cước", "ko phải, ý tôi là đổi thẻ hỏng", "dvc-can-cuoc"],
      ["cấp đổi sổ đỏ", "không phải, cấp lại do mất", "dvc-cap-lai-so-do"],
    ] as const) {
      const result = assistant.ask(next, ward, MONDAY_9AM, ask(first).memory);
      expect(result.kind === "answer" && [result.entry.id, result.followup], next).toEqual([id, true]);
    }
    // a re-issue of another thing is that thing
    const other = assistant.ask("không phải, ý tôi là cấp lại sổ đỏ", ward, MONDAY_9AM, ask("làm căn cước").memory);
    expect(other.kind === "answer" && other.entry.id).toBe("dvc-cap-lai-so-do");
    // a word typed with other accents is another word: "mật khẩu" is not "mất", "sổ hồng" is not "hỏng"
    const password = assistant.ask("ko phải, tôi quên mật khẩu vneid", ward, MONDAY_9AM, ask("kích hoạt VNeID mức 2 ở đâu").memory);
    expect(password.kind === "answer" && password.entry.id).toBe("dvc-vneid-su-co");
  });

  it("answers 'X là gì' only from an entry whose core names X, not from a title ending in 'là gì'", () => {
    const code = ask("ma xac thuc la cai gi ma ai cung bao khong duoc cho nguoi la");
    expect(code.kind === "answer" && code.entry.id).not.toBe("lx-la-gi");
    // the rules alone do not answer it; the learned classifier (session 16) answers it from the OTP entry
    expect(code.kind === "answer" && code.entry.id).toBe("ld-otp");
    const rulesOnly = new Assistant(kb, { learned: false }).ask("ma xac thuc la cai gi ma ai cung bao khong duoc cho nguoi la", ward, MONDAY_9AM);
    expect(rulesOnly.kind).not.toBe("answer");
    const lane = ask("lan xanh la gi");
    expect(lane.kind === "answer" && lane.entry.id).toBe("lx-la-gi");
    const otp = ask("ma otp la gi");
    expect(otp.kind === "answer" && otp.entry.id).toBe("ld-otp");
  });

  it("answers 'phường có [service] không' only from an entry that describes that service", () => {
    // the entry on digital-skills classes shares "lớp học" and "miễn phí", not the English class asked
    const english = ask("phường có lớp học tiếng anh miễn phí không");
    expect([english.kind, english.kind === "handoff" && english.handoff.reason]).toEqual(["handoff", "out_of_scope"]);
    // services the ward's entries describe are still answered
    const help = ask("phường có hỗ trợ nộp hồ sơ trực tuyến cho người già không");
    expect(help.kind === "answer" && help.entry.id).toBe("dvc-ho-tro-nop-ho-so");
    const classes = ask("phuong co lop hoc dung dien thoai cho nguoi gia ko");
    expect(classes.kind === "answer" && classes.entry.id).toBe("kns-lop-hoc");
  });

  it("reads a question about a planned power cut as no scam talk, a cut threatened or announced by a caller as scam talk", () => {
    // the fake-electricity-bill entry is about threats; "is there a power cut today" is not answered from it
    const today = ask("hôm nay có cắt điện không");
    expect([today.kind, today.kind === "handoff" && today.handoff.reason]).toEqual(["handoff", "out_of_scope"]);
    for (const q of ["có người báo sẽ cắt điện nhà tôi chiều nay", "bị dọa cắt điện"]) {
      const threat = ask(q);
      expect([q, threat.kind === "answer" && threat.entry.id]).toEqual([q, "ld-hoa-don-dien-nuoc"]);
    }
  });

  it("sends a foreign guest's stay to the foreigners' temporary-residence entry, a citizen guest's to the stay notice", () => {
    // the rules alone (the mechanism pinned here); with the learned classifier the foreigners' entry is still the
    // one offered first: answered, or first in an ask-back where the classifier doubts it (learned-answer-choice.ts)
    const rules = new Assistant(kb, { learned: false });
    const decided = (q: string, by = assistant) => {
      const r = by.ask(q, ward, MONDAY_9AM);
      return r.kind === "answer" ? r.entry.id : r.kind;
    };
    const offeredFirst = (q: string) => {
      const r = ask(q);
      return r.kind === "answer" ? r.entry.id : r.kind === "clarify" ? r.entries[0]?.id : r.kind;
    };
    for (const q of ["khai báo lưu trú cho người nước ngoài", "khai bao luu tru cho khach nuoc ngoai o nha minh"]) {
      expect([q, decided(q, rules)]).toEqual([q, "dvc-nguoi-nuoc-ngoai-tam-tru"]);
      expect([q, offeredFirst(q)]).toEqual([q, "dvc-nguoi-nuoc-ngoai-tam-tru"]);
    }
    expect(decided("khai báo lưu trú cho khách")).toBe("dvc-luu-tru");
    // after the stay notice, "the guest is a foreigner" moves to the foreigners' entry
    const first = ask("khai báo lưu trú cho khách");
    const next = assistant.ask("khách là người nước ngoài thì khai báo thế nào?", ward, MONDAY_9AM, first.memory);
    expect(next.kind === "answer" && next.entry.id).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
  });

  it("passes on a request for a person even when it reads like 'is it real?' or asks who is on duty now", () => {
    for (const q of ["ad oi co nguoi that ko, e can noi chuyen truc tiep", "co ai truc ko, goi so phuong ko ai nghe, viec gap lam"]) {
      const r = ask(q);
      expect([q, r.kind, r.kind === "handoff" && r.handoff.reason]).toEqual([q, "handoff", "asked_for_person"]);
    }
    // on-duty hours are a question about the ward's hours, answered
    const hours = ask("thứ bảy phường có ai trực không");
    expect(hours.kind === "answer" && hours.entry.id).toBe("phuong-lien-he");
    // "anyone on duty?" followed by a question the knowledge base answers: that answer
    const asked = ask("có ai trực không, cho tôi hỏi làm căn cước cần giấy tờ gì");
    expect(asked.kind === "answer" && asked.entry.id).toBe("dvc-can-cuoc");
  });

  it("does not answer founding a company from the household-business entry", () => {
    const company = ask("đăng ký kinh doanh công ty cổ phần");
    expect([company.kind, company.kind === "handoff" && company.handoff.reason]).toEqual(["handoff", "out_of_scope"]);
    const shop = ask("đăng ký hộ kinh doanh bán tạp hóa");
    expect(shop.kind === "answer" && shop.entry.id).toBe("dvc-ho-kinh-doanh");
  });

  it("reads letters Vietnamese does not write as the sounds typed for: f = ph, j = gi, w = qu, z = d/gi", () => {
    const decided = (q: string) => {
      const r = ask(q);
      return r.kind === "answer" ? r.entry.id : r.kind;
    };
    expect(decided("le fi lam can cuoc bao nhieu")).toBe("dvc-can-cuoc");
    expect(decided("jo lam viec cua phuong")).toBe("phuong-lien-he");
    expect(decided("ho so wa han thi sao")).toBe("lx-qua-han");
    // words that make no Vietnamese syllable that way stay as typed
    expect(new SearchIndex(kb.entries).analyzeQuery("gui file pdf qua zalo").map((t) => t.folded)).toEqual(["gui", "file", "pdf", "qua", "zalo"]);
  });

  it("answers a near tie whose first entry names the subject in its core while the second only mentions it", () => {
    const decided = (q: string) => {
      const r = ask(q);
      return r.kind === "answer" ? r.entry.id : r.kind;
    };
    // scores within a few percent, but only the first entry's title/questions/keywords hold the message's words
    expect(decided("làm chứng thực bản sao thì có được đi làn xanh ko")).toBe("lx-danh-muc");
    expect(decided("nhà tôi đi vắng dài ngày thì báo với công an phường thế nào")).toBe("dvc-tam-vang");
    expect(decided("giấy đăng ký kết hôn năm 1990 bị mất, ủy ban không còn lưu sổ, làm lại thế nào")).toBe("dvc-dang-ky-lai-ho-tich");
    // both entries name it in their core: still a question back
    expect(decided("muốn được giải quyết theo làn xanh thì báo với ai")).toBe("clarify");
  });

  it("reads an English question by the thing asked, not by who asks (foreigner, married to, landlord)", () => {
    const answer = (q: string) => {
      const r = ask(q);
      return [r.kind, r.lang, r.kind === "answer" ? r.entry.id : undefined];
    };
    // who is asking names no topic: the thing asked decides (the VNeID entry has an English summary since session 10)
    expect(answer("I'm a foreigner married to a Vietnamese man. How do I get a VNeID account?")).toEqual(["answer", "en", "dvc-vneid-muc-2"]);
    expect(answer("My landlord asked me for a certified copy of my degree. Where can I get one?")).toEqual(["answer", "en", "dvc-chung-thuc"]);
    expect(answer("Can I renew my passport at the ward office?")).toEqual(["answer", "en", "phuong-viec-khong-o-phuong"]);
    // alone, a descriptor still says what the message is about
    expect(answer("I am a foreign tenant, where do I declare my stay?")).toEqual(["answer", "en", "dvc-nguoi-nuoc-ngoai-tam-tru"]);
    // a scam: money already sent gets the victim's steps; "is this a scam?" is a check, not the entry on reporting;
    // the "relative in hospital" call is that scheme's entry; both have an English summary since session 7
    expect(answer("I transferred 5 million dong to a fake online shop. What should I do?")).toEqual(["answer", "en", "ld-bi-lua-roi"]);
    expect(answer("A man called saying my son is in hospital and I must send money now. Is this a scam?")).toEqual(["answer", "en", "ld-nguoi-than-cap-cuu"]);
    expect(answer("I got a text with a link saying my bank account is locked. Is this a scam?")).toEqual(["answer", "en", "ld-kiem-tra"]);
    // chat shorthand is not English ("bj", "ad", "z" are no English words)
    expect(ask("ad oi lam cccd bj sai ten thi sua o dau z").lang).toBe("vi");
  });

  it("hears a short English question whose words are also Vietnamese syllables typed without accents", () => {
    // "i", "got", "do", "it" read as Vietnamese; "where" and "report" do not
    const report = ask("I got scammed, where do I report it?");
    expect([report.kind, report.lang, report.kind === "answer" && report.entry.id]).toEqual(["answer", "en", "ld-bao-cao"]);
    const record = ask("how do I get a criminal record certificate?");
    expect([record.kind, record.lang, record.kind === "answer" && record.entry.id]).toEqual(["answer", "en", "dvc-ly-lich-tu-phap"]);
    // after an English reply, a follow-up made only of such words stays in English with the entry
    const online = assistant.ask("Can I do it online?", ward, MONDAY_9AM, record.memory);
    expect([online.kind, online.lang, online.kind === "answer" && online.entry.id]).toEqual(["answer", "en", "dvc-ly-lich-tu-phap"]);
    // the same words alone, without an English conversation, are not enough to call a message English
    expect(ask("can i do it").lang).toBe("vi");
    expect(ask("toi can lam cai do it thoi").lang).toBe("vi");
  });

  it("reads 'do I need paper X' after a procedure as that procedure's papers, though X names another entry", () => {
    const after = (first: string, then: string) => {
      const a = ask(first);
      const b = assistant.ask(then, ward, MONDAY_9AM, a.memory);
      return [a.kind === "answer" && a.entry.id, b.kind, b.kind === "answer" && b.entry.id, b.kind === "answer" && b.shown];
    };
    expect(after("đăng ký kết hôn làm ở đâu", "có cần giấy xác nhận tình trạng hôn nhân không")).toEqual(["dvc-ket-hon", "answer", "dvc-ket-hon", "documents"]);
    expect(after("làm giấy phép xây dựng nhà ở", "có phải nộp bản sao sổ đỏ không")).toEqual(["dvc-giay-phep-xay-dung", "answer", "dvc-giay-phep-xay-dung", "documents"]);
    // a statement that the resident needs a paper asks for that paper: another procedure
    const copy = after("làm giấy phép xây dựng nhà ở", "tôi cần bản sao giấy khai sinh");
    expect(copy[2]).not.toBe("dvc-giay-phep-xay-dung");
    // folded, "so" is also "số" and "anh" a brother: only a named book or photo is a paper
    const fee = after("cap ban sao giay khai sinh", "co phai so tien phi khong");
    expect(fee[3]).toBe("fee");
    const brother = after("thủ tục đăng ký khai sinh cho con", "có phải anh trai cháu đi cùng không");
    expect(brother[3]).not.toBe("documents");
    expect(after("làm giấy phép xây dựng nhà ở", "có cần sổ đỏ không")[3]).toBe("documents");
    expect(after("đăng ký tạm trú", "có cần ảnh thẻ không")[3]).toBe("documents");
  });

  it("goes on with the previous entry when nothing matches well but the message names that entry's subject", () => {
    const tax = ask("thuế hộ kinh doanh từ năm 2026 thay đổi gì");
    expect(tax.kind === "answer" && tax.entry.id).toBe("dvc-thue-ho-kinh-doanh");
    // "hóa đơn" is in the tax entry's title: its question, not one for staff
    const invoice = assistant.ask("xuất hóa đơn cho khách lẻ có bắt buộc không", ward, MONDAY_9AM, tax.memory);
    expect([invoice.kind, invoice.kind === "answer" && invoice.entry.id]).toEqual(["answer", "dvc-thue-ho-kinh-doanh"]);
    // a subject known to be outside the ward's work is still handed off
    expect(assistant.ask("thời tiết hôm nay thế nào", ward, MONDAY_9AM, tax.memory).kind).toBe("handoff");
  });

  it("hands off an English part question with no procedure to lean on instead of guessing one by its wording", () => {
    // the first message, or after a hand-off: "documents" alone used to find the certification entry
    for (const text of ["What documents do I need?", "How much does it cost?"]) {
      const alone = ask(text);
      expect([alone.kind, alone.lang], text).toEqual(["handoff", "en"]);
    }
    const weak = ask("How do I get a work permit for my company?");
    expect(weak.kind).toBe("handoff");
    expect(assistant.ask("What documents do I need?", ward, MONDAY_9AM, weak.memory).kind).toBe("handoff");
    // the office's hours name their own subject
    const hours = ask("What time is the ward office open?");
    expect(hours.kind === "answer" && hours.entry.id).toBe("phuong-lien-he");
  });

  it("reads a price per page, copy or time after a procedure as its fee", () => {
    const copies = ask("chứng thực bản sao học bạ ở đâu");
    expect(copies.kind === "answer" && copies.entry.id).toBe("dvc-chung-thuc");
    for (const text of ["mỗi trang tính bao nhiêu", "bao nhiêu 1 bản", "1 trang la bao nhieu"]) {
      const fee = assistant.ask(text, ward, MONDAY_9AM, copies.memory);
      expect(fee.kind === "answer" && [fee.entry.id, fee.shown], text).toEqual(["dvc-chung-thuc", "fee"]);
    }
    // an allowance's monthly amount is no fee per unit
    expect(asksPerUnitPrice(foldDiacritics("mỗi tháng được bao nhiêu"))).toBe(false);
  });

  it("does not read an amount received once (an allowance, a lump-sum payout) as a fee per time", () => {
    // review s10 M8: "một lần" after a receiving word (lĩnh, rút, nhận, hưởng) is how the money is received
    const burial = ask("nhà tôi có người mất, xin trợ cấp mai táng phí thế nào");
    expect(burial.kind === "answer" && burial.entry.id).toBe("dvc-nguoi-co-cong");
    const once = assistant.ask("vậy lĩnh 1 lần là bao nhiêu ạ", ward, MONDAY_9AM, burial.memory);
    expect(once.kind === "answer" && once.shown).not.toBe("fee");
    const voluntary = ask("đóng bảo hiểm xã hội tự nguyện ở đâu");
    expect(voluntary.kind === "answer" && voluntary.entry.id).toBe("dvc-bhxh-tu-nguyen");
    const payout = assistant.ask("sau này rút 1 lần là bao nhiêu", ward, MONDAY_9AM, voluntary.memory);
    expect(payout.kind === "answer" && payout.shown).not.toBe("fee");
    // a time paid for is still the fee
    const copies = ask("chứng thực bản sao học bạ ở đâu");
    const paid = assistant.ask("mỗi lần nộp là bao nhiêu", ward, MONDAY_9AM, copies.memory);
    expect(paid.kind === "answer" && [paid.entry.id, paid.shown]).toEqual(["dvc-chung-thuc", "fee"]);
  });

  it("reads English follow-ups about a paper to translate, the office's hours and reporting a message", () => {
    const en = (q: string, memory?: ReturnType<typeof ask>["memory"]) => {
      const r = memory ? assistant.ask(q, ward, MONDAY_9AM, memory) : ask(q);
      return [r.kind, r.lang, r.kind === "answer" && r.entry.id];
    };
    // a paper and what must be done to it is a part of the procedure at hand, not a topic of its own
    const marriage = ask("We want to register our marriage at the ward, my fiance is Vietnamese");
    expect(marriage.kind === "answer" && marriage.entry.id).toBe("dvc-ket-hon");
    expect(en("Should my divorce decree be translated too?", marriage.memory)).toEqual(["answer", "en", "dvc-ket-hon"]);
    // "what time is the ward open": the office's hours; then "where is it" goes on with that entry
    const hours = ask("What time is the one-stop office open tomorrow?");
    expect([hours.kind, hours.lang, hours.kind === "answer" && hours.entry.id]).toEqual(["answer", "en", "phuong-lien-he"]);
    expect(en("And where is it?", hours.memory)).toEqual(["answer", "en", "phuong-lien-he"]);
    // reporting a scam text or number is the reporting entry, not a resident's report to the ward
    expect(en("How do I report a spam text message?")).toEqual(["answer", "en", "ld-bao-cao"]);
    expect(en("how do I report a scam text message")).toEqual(["answer", "en", "ld-bao-cao"]);
    expect(en("where can I report this kind of message")).toEqual(["answer", "en", "ld-bao-cao"]);
    // a number or a message without a scam word is an ordinary report to the ward or a procedure
    expect(en("I want to report a broken street light, pole number 12")).toEqual(["answer", "en", "pa-gui-phan-anh"]);
    expect(en("How do I report a change of my house number?")[2]).not.toBe("ld-bao-cao");
  });

  it("answers a resident's own short question that the scam check flags, when an entry outside scams answers it", () => {
    const photo = ask("cô giáo chủ nhiệm xin ảnh căn cước của phụ huynh qua zalo, có nên gửi không");
    expect(photo.kind === "answer" && photo.entry.id).toBe("kns-du-lieu-ca-nhan");
    // about a scam itself, the warning stays
    expect(ask("có người gọi bảo tôi trúng thưởng xe máy, phải nộp phí 2 triệu để nhận, có thật không").kind).toBe("scam_warning");
  });

  it("tells a request for a person from a question about reaching staff", () => {
    expect(ask("kết nối tôi với cán bộ giúp tôi").kind).toBe("handoff");
    // a yes/no question about the channel is answered; the same shape as a request is passed on
    const channel = ask("Zalo này có cán bộ thật đọc tin không");
    expect(channel.kind === "answer" && channel.entry.id).toBe("phuong-gap-can-bo");
    expect(ask("cho tôi gặp cán bộ phường được không").kind).toBe("handoff");
    expect(ask("Bà tôi 85 tuổi nằm một chỗ, có cán bộ đến nhà làm căn cước không").kind).not.toBe("handoff");
  });

  /** The same knowledge base with one entry's front matter changed: proves the behaviour comes from the field. */
  const withEntry = (id: string, change: (e: KnowledgeEntry) => KnowledgeEntry, options: ConstructorParameters<typeof Assistant>[1] = {}) =>
    new Assistant({ ...kb, entries: kb.entries.map((e) => (e.id === id ? change(e) : e)), version: `${kb.version}+${id}` }, options);
  const decidedBy = (a: Assistant, q: string) => {
    const r = a.ask(q, ward, MONDAY_9AM);
    return r.kind === "answer" ? r.entry.id : r.kind;
  };

  it("does not answer from an entry a subject its front matter lists as not covered (look-alikes through a head word)", () => {
    // "bảo hiểm", "thuế", "trích lục" are the head words of entries about other things
    expect(decidedBy(assistant, "mua bảo hiểm nhân thọ ở đâu uy tín")).toBe("handoff");
    expect(decidedBy(assistant, "nop thue nha dat o dau")).toBe("handoff");
    expect(decidedBy(assistant, "xin trích lục bản đồ địa chính mảnh đất nhà tôi")).toBe("handoff");
    // the entries still answer their own subjects
    expect(decidedBy(assistant, "gia hạn thẻ bảo hiểm y tế cho cả nhà ở đâu")).toBe("dvc-bhyt-ho-gia-dinh");
    expect(decidedBy(assistant, "xin bản sao giấy khai sinh")).toBe("dvc-trich-luc");
    // without the field, the look-alike is answered as before
    // (the rules alone: since its tuning16 retrain the learned classifier hands the look-alike off by itself; still so after session 20's)
    const unscoped = withEntry("dvc-bhyt-ho-gia-dinh", ({ not_covers: _, ...e }) => e, { learned: false });
    expect(decidedBy(unscoped, "mua bảo hiểm nhân thọ ở đâu uy tín")).toBe("dvc-bhyt-ho-gia-dinh");
  });

  it("lets the procedure a resident names win over an entry of kind 'assistance' about the people it is for", () => {
    expect(decidedBy(assistant, "ông tôi già yếu nằm một chỗ, công an có đến nhà làm căn cước không")).toBe("dvc-can-cuoc");
    expect(decidedBy(assistant, "Mẹ tôi ngồi xe lăn, nhờ người nhà nộp hồ sơ xác nhận khuyết tật được không")).toBe("dvc-khuyet-tat");
    // the help entry still answers help asked for
    expect(decidedBy(assistant, "mẹ tôi 80 tuổi muốn tổ công nghệ số đến nhà cài VNeID giúp")).toBe("kns-ho-tro-tai-nha");
    expect(decidedBy(assistant, "trợ cấp cho trẻ mồ côi hằng tháng làm thế nào")).toBe("dvc-tro-cap-xa-hoi");
    // without the kind, the help entry out-votes the procedure named (the ID card no longer needs it: its own sample questions name a card made at home);
    // the rules alone: the learned classifier, trained on the real entries, would overrule that answer
    const plain = withEntry("kns-ho-tro-tai-nha", ({ kind: _, ...e }) => e, { learned: false });
    expect(decidedBy(plain, "Mẹ tôi ngồi xe lăn, nhờ người nhà nộp hồ sơ xác nhận khuyết tật được không")).toBe("kns-ho-tro-tai-nha");
  });

  it("lets the subject named after a generic title head ('xác nhận …') decide between entries whose titles share that head", () => {
    // "người khuyết tật" also reads as who the question is for; without it "làm xác nhận … có cần lên phường" found the marital-status certificate
    expect(decidedBy(assistant, "người khuyết tật đi lại khó, làm xác nhận khuyết tật có cần lên phường không")).toBe("dvc-khuyet-tat");
    expect(decidedBy(assistant, "làm xác nhận khuyết tật có cần lên phường không")).toBe("dvc-khuyet-tat");
    // the other titles with the same head still answer their own subject
    expect(decidedBy(assistant, "làm xác nhận tình trạng hôn nhân có cần lên phường không")).toBe("dvc-xac-nhan-hon-nhan");
    expect(decidedBy(assistant, "xin xác nhận độc thân để lấy vợ nước ngoài")).toBe("dvc-xac-nhan-hon-nhan");
    // the whole message's near tie goes to the other "xác nhận" title: asked between them, not answered
    const tie = assistant.ask("người khuyết tật xin xác nhận cư trú có cần đến phường không", ward, MONDAY_9AM);
    expect(tie.kind).toBe("clarify");
    expect(tie.entries.map((e) => e.id).slice(0, 2)).toEqual(["dvc-khuyet-tat", "dvc-xac-nhan-cu-tru"]);
  });
});

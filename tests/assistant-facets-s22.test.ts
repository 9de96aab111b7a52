/**
 * Session 22 (issue 10 §2): the part asked first, by classes of wording (our own wordings here).
 * - Teen-code and elderly spellings of the question words: "bao nhiu", "bnhieu", "xiền", "mag gì",
 *   "những bước nào" read as the fee, the time, the documents and the steps;
 * - when a class meets ("học vào hôm nào", "lịch học") and a filing period ("theo tháng hay theo quý")
 *   read as the time;
 * - the place asked as a yes/no follow-up with no topic of its own, the place last ("nộp ở phường luôn
 *   được à", "ra phường làm được không"), which of two wards ("phường nhà trai hay nhà gái") or going
 *   back home ("có phải về quê làm không") read as where; a resident's own circumstances ("ở phường này
 *   được hưởng …") do not, nor (for now) a question naming its own topic before the place ("xin lý lịch
 *   tư pháp ở phường được không": read as the place, it let the part take such turns over in conversations);
 * - an English summary reordered to lead with the asked hours or address reports that part as shown,
 *   "how long until someone replies" included;
 * - time parts quoted from three entries' own text (staff reply hours, VNeID level 2 activation, the
 *   digital-skills class schedule);
 * - "phường làm việc thứ 7 không" (the day after the verb, no "có") is a yes/no question on the ward's days; and one yes/no fact (an old-form land-use certificate need not be changed).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { askedWardFact } from "../server/assistant/english-asked-sentence";
import { readFacet } from "../server/assistant/facet-cues";
import { foldedText } from "../server/assistant/text-analysis";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });
const read = (q: string) => readFacet(foldedText(q));

describe("question words in teen-code and elderly spellings", () => {
  const cases: Array<[string, string]> = [
    ["làm giấy này bao nhiu tiền vậy", "fee"],
    ["xin cái đó hết bnhieu z", "fee"],
    ["làm cái này có tốn xiền ko cháu", "fee"],
    ["chờ bao nhiu ngày thì lấy được", "time"],
    ["đi làm thì cần mag gì theo", "documents"],
    ["giờ phải làm những bước nào", "steps"],
  ];
  it.each(cases)("\"%s\" asks the %s", (q, facet) => {
    const r = read(q);
    expect(r.facet, q).toBe(facet);
    expect(r.strength, q).toBe(2);
  });

  it("an age or a count of years with \"bao nhiu\" is not the fee", () => {
    for (const q of ["cháu bao nhiu tuổi thì được làm", "phải đóng bao nhiu năm mới được lĩnh"]) expect(read(q).facet, q).not.toBe("fee");
  });
});

describe("when a class meets and a filing period", () => {
  it.each(["lớp dạy điện thoại học vào hôm nào hả cháu", "lop vi tinh hoc gio nao", "cho xin lịch học với", "thuế khoán khai theo quý hay theo tháng"])(
    "\"%s\" asks the time",
    (q) => {
      expect(read(q).facet, q).toBe("time");
    },
  );
});

describe("the place asked as yes/no, or between two places", () => {
  const where = [
    "nộp ở phường luôn được à",
    "thế xin ở phường mình được không ạ",
    "phải ra công an phường à",
    "vậy thì làm ở đây được không hay phải về",
    "đăng ký ở phường bên vợ hay bên chồng, phường cua vo hay cua chong",
    "làm ở phường nhà gái hay nhà trai vậy ạ",
    "mẹ tôi có phải về quê làm không",
    "căn cước làm ở Hà Nội được không hay bắt buộc về quê",
    // the paper named before the place: whether it is done here (session 27: labelled "where" on the tuning sets)
    "xin xác nhận độc thân ở phường mình được không",
  ];
  it.each(where)("\"%s\" asks where", (q) => {
    expect(read(q).facet, q).toBe("where");
  });

  it("a resident's own circumstances with the ward named are not the place asked", () => {
    for (const q of ["mẹ tôi ở phường này được hưởng trợ cấp không", "nhà tôi ở phường này, làm căn cước mất bao lâu", "con tôi ở phường này được học lớp kỹ năng số không"]) {
      expect(read(q).facet, q).not.toBe("where");
    }
  });
});

describe("a weekday asked after the verb, with no \"có\"", () => {
  it("is a yes/no question", () => {
    for (const q of ["phường mình làm việc thứ bảy không ạ", "uy ban mo cua chu nhat ko", "bộ phận một cửa nhận hồ sơ sáng thứ 7 không"]) expect(read(q).yesno, q).toBe(true);
    expect(read("phường làm việc từ thứ mấy").yesno).toBe(false);
  });
});

describe("an English summary led by the asked ward fact", () => {
  const summary = "The ward office is at {{ward.address}}. Office hours: {{ward.office_hours}}. Hotline: {{ward.hotline}}.";
  it("reports the hours or the address it leads with, nothing when neither was asked", () => {
    expect(askedWardFact(summary, "what time do you open in the morning?")).toBe("time");
    expect(askedWardFact(summary, "how long until someone answers my message?")).toBe("time");
    expect(askedWardFact(summary, "where do I find the office?")).toBe("where");
    expect(askedWardFact(summary, "do I need to bring my passport?")).toBeUndefined();
    expect(askedWardFact("Bring your passport. Fees vary.", "what time do you open?")).toBeUndefined();
  });
});

describe("shipped knowledge: the part asked first", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  const cases: Array<[string, string, string, RegExp]> = [
    ["nhắn vào đây chờ bao lâu mới có cán bộ trả lời", "phuong-gap-can-bo", "time", /trong giờ làm việc/u],
    ["đăng ký định danh mức 2 xong chờ mấy ngày thì kích hoạt được", "dvc-vneid-muc-2", "time", /do cán bộ công an hẹn khi tiếp nhận/u],
    ["lớp bình dân học vụ số học vào hôm nào", "kns-lop-hoc", "time", /lịch học/u],
    ["ủy ban phường mình làm việc thứ bảy không cháu", "phuong-lien-he", "time", /^Dạ không, Phường Thử không làm việc vào thứ Bảy/u],
    ["How long until someone answers me here?", "phuong-gap-can-bo", "time", /^Staff reply here during office hours/u],
    ["What time does the ward office close?", "phuong-lien-he", "time", /^Office hours:/u],
    ["Where is the ward office?", "phuong-lien-he", "where", /^The ward People's Committee/u],
  ];
  it.each(cases)("\"%s\" → %s, %s first", (q, id, shown, text) => {
    const r = ask(q);
    expect(r.kind, q).toBe("answer");
    if (r.kind !== "answer") return;
    expect(r.entry.id, q).toBe(id);
    expect(r.shown, q).toBe(shown);
    expect(r.reply, q).toMatch(text);
    // (the English summaries are whole paragraphs, unchanged in length by the reordering)
    if (r.lang !== "en") expect(r.reply.length, q).toBeLessThanOrEqual(450);
  });

  it("\"nộp ở phường được không\" after a topic shows that topic's place", () => {
    const first = assistant.ask("sổ đỏ nhà tôi bị cháy mất, muốn xin cấp lại", ward, MONDAY_9AM);
    expect(first.entries?.[0]?.id).toBe("dvc-cap-lai-so-do");
    const r = assistant.ask("nộp ở phường luôn được không", ward, MONDAY_9AM + 60_000, first.memory);
    expect(r.kind === "answer" && r.entry.id).toBe("dvc-cap-lai-so-do");
    expect(r.kind === "answer" && r.shown).toBe("where");
  });

  it("a parcel never ordered, a promised daily or monthly rate: \"Dạ không\" to 'should I', not to 'is it a scam'", () => {
    const parcel = ask("shipper mang tới gói hàng tôi không đặt, đòi 200 nghìn, có nên nhận không");
    expect(parcel.entries?.[0]?.id).toBe("ld-giao-hang");
    expect(parcel.reply).toMatch(/^Dạ không, ông\/bà chỉ trả tiền khi đã nhận/u);
    const rate = ask("bạn trên mạng rủ đầu tư vàng lãi 4% một ngày, có nên tin không");
    expect(rate.entries?.[0]?.id).toBe("ld-dau-tu");
    // since session 24 a daily rate offered is a scam class of its own (money-offer-classes.ts): the warning, or the answer
    // with "Dạ không" first — never "Dạ có" to 'should I trust it'
    if (rate.kind === "scam_warning") expect(rate.reply).toMatch(/^CẢNH BÁO: tin nhắn này có dấu hiệu LỪA ĐẢO/u);
    else expect(rate.reply).toMatch(/^Dạ không, lời mời đầu tư qua mạng hứa lãi cao/u);
    const scam = ask("người quen rủ đầu tư lãi 2% một ngày có phải lừa đảo không");
    expect(scam.reply).not.toMatch(/^Dạ không/u);
  });

  it("an old-form land-use certificate need not be changed: \"Dạ không\"; a torn one is not settled by it", () => {
    const old = ask("sổ hồng mẫu cũ của nhà tôi có bắt buộc phải đổi sang mẫu mới không");
    expect(old.entries?.[0]?.id).toBe("dvc-cap-lai-so-do");
    expect(old.reply).toMatch(/^Dạ không, sổ mẫu cũ vẫn có giá trị/u);
    const torn = ask("sổ đỏ bị rách mất một góc có bắt buộc phải đổi không");
    expect(torn.entries?.[0]?.id).toBe("dvc-cap-lai-so-do");
    expect(torn.reply).not.toMatch(/^Dạ không/u);
  });
});

/**
 * Session 20 (issue 10 §2): when the ward itself is open comes first.
 * - The contact entry and the citizen-reception entry have a time part that is the ward's own
 *   schedule (office hours, reception days), filled from the ward profile;
 * - "when is the ward open" in everyday words (opening and closing hours, the lunch break, a
 *   Saturday or a Sunday, "thứ mấy tiếp dân", "12h trưa có ai làm không") shows that part first;
 * - the same words on a procedure's entry ("thứ bảy có làm căn cước không") do not show the
 *   procedure's processing time.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { foldedText } from "../server/assistant/text-analysis";
import { timeIsWardSchedule, wardHoursAsked } from "../server/assistant/ward-hours-part";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { wardFixture } from "./support/ward-fixture";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });

describe("when the ward is open, asked in everyday words", () => {
  const asked = (q: string) => wardHoursAsked(foldedText(q));

  it("reads opening and closing hours, the lunch break, weekend days and reception days", () => {
    for (const q of [
      "phường mình mấy giờ thì mở cửa ạ",
      "may h dong cua vay",
      "buổi trưa phường có nghỉ không",
      "mấy giờ nghỉ trưa",
      "thu bay uy ban co lam viec k",
      "chủ nhật có cán bộ trực không",
      "sáng thứ 7 còn nhận hồ sơ không",
      "thứ mấy thì tiếp dân",
      "5h chiều ra còn nhận hồ sơ không",
      "giờ hành chính của phường là mấy giờ",
    ])
      expect(asked(q), q).toBe(true);
  });

  it("does not read a procedure's processing time or unrelated questions", () => {
    for (const q of ["làm căn cước mất bao lâu", "đăng ký khai sinh cần giấy tờ gì", "phường ở đâu", "mở tài khoản dịch vụ công thế nào"]) expect(asked(q), q).toBe(false);
  });
});

describe("the ward's schedule first on the contact and reception entries (shipped knowledge)", () => {
  let kb: KnowledgeBase;
  let assistant: Assistant;
  beforeAll(async () => {
    kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
    assistant = new Assistant(kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  it("only entries whose time part states the ward's schedule (contact, reception, following a report up, staff replying in the chat) have it", () => {
    const ids = kb.entries.filter(timeIsWardSchedule).map((e) => e.id).sort();
    expect(ids).toEqual(["pa-theo-doi", "phuong-gap-can-bo", "phuong-lien-he", "phuong-tiep-cong-dan"]);
  });

  const cases: Array<[string, string, RegExp]> = [
    ["phuong minh may gio thi dong cua vay", "phuong-lien-he", /Thứ Hai đến Thứ Sáu, 8h00–17h00/],
    ["cho hỏi giờ mở cửa của ủy ban phường", "phuong-lien-he", /Thứ Hai đến Thứ Sáu, 8h00–17h00/],
    ["buổi trưa phường có nghỉ không ạ", "phuong-lien-he", /^Dạ có, Phường Thử nghỉ trưa/],
    ["chủ nhật ủy ban phường có ai trực không", "phuong-lien-he", /^Dạ không, Phường Thử không làm việc vào Chủ nhật/],
    ["chu tich phuong tiep dan vao thu may", "phuong-tiep-cong-dan", /Lịch tiếp công dân phuong-thu/],
    ["lãnh đạo phường tiếp công dân hôm nào trong tuần", "phuong-tiep-cong-dan", /Lịch tiếp công dân phuong-thu/],
  ];
  it.each(cases)("\"%s\" shows the time part of %s", (q, id, text) => {
    const r = ask(q);
    expect(r.kind, q).toBe("answer");
    if (r.kind !== "answer") return;
    expect(r.entry.id, q).toBe(id);
    expect(r.shown, q).toBe("time");
    expect(r.reply, q).toMatch(text);
    expect(r.reply.length, q).toBeLessThanOrEqual(450);
  });

  it("where the office is still shows the place; a procedure asked on a Saturday does not show its processing time", () => {
    const where = ask("ủy ban phường ở chỗ nào vậy");
    expect(where.kind === "answer" && where.shown).toBe("where");
    const id = ask("thứ bảy có làm căn cước không");
    expect(id.kind === "answer" && id.shown).not.toBe("time");
  });
});

describe("yes/no facts added in session 20 (shipped entries, their own words)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  const settled: Array<[string, string, string]> = [
    ["dvc-tro-cap-xa-hoi", "có", "ông ngoại tôi 83 tuổi thì có được lĩnh trợ cấp hằng tháng không ạ"],
    ["dvc-tro-cap-xa-hoi", "có", "ba em ko co luong huu, nam nay 79 tuoi, xin tro cap duoc ko"],
    ["dvc-tro-cap-xa-hoi", "có", "cháu tôi khuyết tật nặng thì có được nhận trợ cấp xã hội hằng tháng không"],
    ["lx-cach-dung", "không", "nộp hồ sơ theo làn xanh có phải đóng thêm phí không"],
  ];
  it.each(settled)("%s: \"Dạ %s\" to \"%s\"", (id, answer, q) => {
    const r = ask(q);
    expect(r.entries?.[0]?.id, q).toBe(id);
    expect(r.reply, q).toMatch(new RegExp(`^Dạ ${answer}, (?!\\p{Lu}\\p{Ll})`, "u"));
  });

  /** a younger age, an allowance cut or moved ("có bị cắt không": yes and no the other way round), a fee reduced */
  const unsettled: Array<[string, string]> = [
    ["dvc-tro-cap-xa-hoi", "bố tôi 68 tuổi không có lương hưu có được trợ cấp không"],
    ["dvc-tro-cap-xa-hoi", "bà tôi 85 tuổi chuyển về ở với con thì có bị cắt trợ cấp không"],
    // session 29: a pension already drawn rules the social pension out; the entry's yes is only for those without one
    ["dvc-tro-cap-xa-hoi", "bố tôi 78 tuổi có lương hưu thì có được trợ cấp hằng tháng không"],
    ["dvc-tro-cap-xa-hoi", "me toi 80 tuoi da nghi huu, co duoc tro cap xa hoi khong"],
  ];
  it.each(unsettled)("%s: no \"Dạ có/không\" to \"%s\"", (id, q) => {
    const r = ask(q);
    expect(r.entries?.[0]?.id, q).toBe(id);
    expect(r.reply, q).not.toMatch(/^Dạ (?:có|không),/u);
  });

  it("a prize that asks for a fee first: 'có phải lừa không' gets 'Dạ có' (the scam warning or the answer)", () => {
    const r = ask("bên kia báo em trúng giải, muốn nhận quà phải chuyển khoản trước, có phải lừa không");
    expect(r.entries?.[0]?.id).toBe("ld-trung-thuong");
    expect(r.reply).toMatch(/Dạ có, báo trúng thưởng rồi bắt nộp phí để nhận quà là lừa đảo/u);
  });
});

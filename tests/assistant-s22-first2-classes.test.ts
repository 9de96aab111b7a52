/**
 * Session 22 (issue 10 §4), single messages, second pass: classes of misses on the tuning sets, each with phrasings of
 * our own (not the tuning lines).
 *   - spelling repair leaves a place name or a time phrase typed without accents as typed (typed-names.ts): "o da nang"
 *     was read "da nan", "que vinh phuc" "sinh phuc", "nam ngoai" "lam ngoai"; a real misspelling beside them is still
 *     repaired.
 *   - a scam entry matched on a message that names a scam's hallmark without the word "lừa" (scam-hallmarks.ts: a file
 *     to install, a fee before a prize, an "expert", an "investigation", whether to trust an offer) answers; bait words
 *     alone are still handed off.
 *   - a province named as where the resident comes from or is registered ("hộ khẩu ở Thái Bình", "từ Đà Nẵng chuyển ra")
 *     is not the office asked (other-place.ts homePlace, used by otherPlaceNamed and officeElsewhere): the matter is asked
 *     here; an office or a question placed there is still handed off.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SearchIndex } from "../server/assistant/search-index";
import { otherPlaceNamed } from "../server/assistant/other-place";
import { officeElsewhere } from "../server/assistant/office-elsewhere";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();

describe("spelling repair keeps a place name or a time phrase typed without accents", () => {
  let read: (q: string) => string;
  beforeAll(async () => {
    const kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
    const index = new SearchIndex(kb.entries.filter((e) => e.status === "published"));
    read = (q: string) => index.analyzeQuery(q).map((t) => t.folded).join(" ");
  });

  it("a province or city named bare stays that place", () => {
    expect(read("vo chong toi o da nang muon ve day")).toContain("da nang");
    expect(read("ban toi que vinh phuc len day thue nha")).toContain("vinh phuc");
    expect(read("gia dinh chuyen tu dong nai ra bac")).toContain("dong nai");
    expect(read("anh trai o vung tau gui do ra")).toContain("vung tau");
    expect(read("bo me o quang ninh len choi vai hom")).toContain("quang ninh");
    expect(read("co giao que tra vinh")).toContain("tra vinh");
  });

  it("a Hà Nội district, of two or three words, stays that district", () => {
    expect(read("truoc toi o quan thanh xuan")).toContain("thanh xuan");
    expect(read("ho khau cu cua toi o nam tu liem")).toContain("nam tu liem");
    expect(read("con toi hoc truong o bac tu liem")).toContain("bac tu liem");
  });

  it("a year, a count of years, a time of day stay as typed", () => {
    expect(read("ong toi sinh nam 1952 o que")).toContain("sinh nam 1952");
    expect(read("nop 2 nam lien chua duoc")).toContain("2 nam");
    expect(read("nam ngoai toi da lam roi")).toContain("nam ngoai");
    expect(read("mai toi den vao buoi sang duoc khong")).toContain("buoi sang");
  });

  it("a real misspelling beside a place is still repaired", () => {
    expect(read("toi o hai phong muon sin giay sac nhan cu tru")).toContain("xac nhan");
    expect(read("toi o hai phong muon sin giay sac nhan cu tru")).toContain("hai phong");
  });

  it("the assistant reads another province's office typed bare as elsewhere", () => {
    expect(ask("uy ban phuong o vung tau mo cua luc may gio").kind).toBe("handoff");
  });
});

describe("a scam's hallmark said without the word for scam: the scam entry answers", () => {
  const scamEntry = (q: string) => {
    const r = ask(q);
    expect(["answer", "scam_warning"], q).toContain(r.kind);
    return r.entries[0]?.id;
  };
  it("an install file, a fee before a prize, an expert's group, an investigation", () => {
    expect(scamEntry("nhan duoc file apk ten la Bo Cong An, cai vao co sao khong")).toBe("ld-ung-dung-gia");
    expect(scamEntry("có người nhắn gửi file apk bảo cài vào để nhận tiền hỗ trợ, em có nên cài không")).toBe("ld-ung-dung-gia");
    expect(scamEntry("mẹ tôi được báo trúng giải một chiếc xe máy nhưng phải nộp phí vận chuyển trước mới nhận")).toBe("ld-trung-thuong");
    expect(scamEntry("nhóm đầu tư vàng có chuyên gia hướng dẫn, hứa lãi 5% một tuần, có nên tin không")).toBe("ld-dau-tu");
    expect(scamEntry("co nguoi goi bao chau toi dang bi dieu tra, bat o mot minh trong nha nghi khong duoc lien lac voi ai")).toBe("ld-bat-coc-online");
  });
  it("bait words without a hallmark are still no scam question", () => {
    expect(ask("học bổng cho học sinh nghèo đăng ký ở đâu").kind).toBe("handoff");
    expect(ask("điều tra dân số năm nay phường làm khi nào").kind).toBe("handoff");
    expect(ask("đổi đô la ở đâu").kind).toBe("handoff");
  });
});

describe("a province one comes from or is registered in is not the office asked", () => {
  it("a registration or a move named with the place", () => {
    expect(officeElsewhere("dang ky nghia vu quan su o dau toi o tro o phuong con thuong tru o thanh hoa")).toBeUndefined();
    expect(otherPlaceNamed("nhà tôi từ Cần Thơ chuyển ra, xin giờ làm việc của phường", "Phường Thử Nghiệm")).toBeUndefined();
    expect(otherPlaceNamed("hộ khẩu vẫn ở Quảng Ninh, phường mình ở số mấy", "Phường Thử Nghiệm")).toBeUndefined();
  });
  it("the office or the question placed there is still elsewhere", () => {
    expect(officeElsewhere("ubnd phuong o da nang lam viec thu bay khong")).toBe("da nang");
    expect(otherPlaceNamed("giờ làm việc phường ở Hải Phòng thế nào", "Phường Thử Nghiệm")).toBe("hai phong");
    expect(otherPlaceNamed("tôi quê Nghệ An nhưng đang ở Đà Nẵng, phường làm việc mấy giờ", "Phường Thử Nghiệm")).toBe("da nang");
  });
  it("the assistant answers the matter asked here", () => {
    expect(ask("gia dinh moi tu Hai Phong chuyen ra, con vao lop 6 thi nhap hoc o dau, phuong co lam khong").kind).toBe("answer");
    expect(ask("nhà mình từ Đà Nẵng chuyển ra, con vào lớp 1 thì nhập học ở đâu, phường có lo không").kind).toBe("answer");
    expect(ask("UB phường ở Đà Nẵng làm căn cước có phải hẹn trước không").kind).toBe("handoff");
  });
});

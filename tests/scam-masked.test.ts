/**
 * Residents hide what they forward: a link's domain as "tên-miền.xxx", an account as "tk 10xxx",
 * an OTP as "482xxx". The masked text is still the scam: a look-alike host (".xxx" is a real,
 * risky top-level domain), money to a (masked) personal account, a code to be read to a "staff
 * member"; and a relative asking for scratch-card codes. Warnings ABOUT scams ("Cảnh giác với…",
 * "đề phòng…", "phường không thu khoản tiền này") are not scams.
 * The probes (tests/fixtures/scam/scam-masked-probes.jsonl) were written for this test in session 7
 * after classifying tuning4's misses, not copied from any tuning line; on main 81cedf3 (temporary
 * worktree) 15 of the first 30 were answered wrongly. The last 12 were written after the fixes, as an
 * unseen check: 11 of 12 right (the miss, "nhắn mã qua đây" folded to "nhan ma", became a rule).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { checkScam } from "../server/assistant/scam/check";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

const NOW = Date.UTC(2026, 10, 30, 3, 0);
const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm" });
let assistant: Assistant;

beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});

type Probe = { expect: "scam" | "genuine" | "question"; class: string; text: string };
const probes: Probe[] = readFileSync("tests/fixtures/scam/scam-masked-probes.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Probe);

describe("masked links, accounts and codes; warnings about scams", () => {
  it("warns on every masked scam and on no warning, notice or question", () => {
    expect(probes.filter((p) => p.expect === "scam").length).toBeGreaterThanOrEqual(15);
    const wrong = probes.filter((p) => (assistant.ask(p.text, ward, NOW).kind === "scam_warning") !== (p.expect === "scam")).map((p) => `${p.expect}: ${p.text}`);
    expect(wrong).toEqual([]);
  });

  it("reads a masked host as a look-alike link and a masked account as a personal one", () => {
    const link = checkScam("MB Bank: Quy khach duoc tang han muc. Xac nhan tai mbbank-tanghanmuc.xxx");
    expect(link.domains).toEqual(["mbbank-tanghanmuc.xxx"]);
    expect(link.signals).toEqual(expect.arrayContaining(["link_lookalike", "link_risky_tld"]));
    expect(checkScam("Cong ty dien thong bao no cuoc, chuyen vao tk 12xxx ngay").signals).toContain("money_to_person");
    // a bank's own notice naming the reader's masked account asks nothing
    expect(checkScam("BIDV: Ma OTP 551234 de chuyen tien 300,000 VND den TK 2151xxx789. KHONG cung cap OTP cho bat ky ai.").signals).not.toContain("money_to_person");
  });

  it("names scratch-card codes in the reasons", () => {
    const v = checkScam("Bo oi con mua giup 2 the Viettel 500k roi chup ma gui con nhe, dien thoai con hong");
    expect(v.signals).toContain("topup_codes");
    expect(v.isScam).toBe(true);
  });
});

describe("online kidnapping: the isolation call", () => {
  // own phrasings (session 7): the caller isolates the victim "for the investigation"; the
  // warning leads with the online-kidnapping entry, not the fake-police one (on main 81cedf3 the
  // second and third led with ld-gia-danh-cong-an)
  it("leads with the online-kidnapping entry", () => {
    for (const q of [
      "con gái tôi bị người lạ gọi bảo tắt máy, thuê phòng khách sạn ở một mình, không được nói với ai vì đang điều tra",
      "em trai tôi nhận cuộc gọi xưng công an bảo phải cắt liên lạc với gia đình, ở một mình để phục vụ điều tra, không được nói với ai",
      "chau toi bi goi dien bat tat may, o mot minh trong nha nghi, khong duoc noi voi bo me de phuc vu dieu tra",
    ]) {
      const r = assistant.ask(q, ward, NOW);
      expect(r.kind, q).toBe("scam_warning");
      expect(r.entries[0]?.id, q).toBe("ld-bat-coc-online");
    }
  });
});

describe("'đổi mật khẩu' (change) is not 'đòi mật khẩu' (demand) once accents are gone", () => {
  // own phrasings (session 7); on main 81cedf3 the advice read as a demand for the password
  it("reads the advice as advice and the demand as a demand", () => {
    for (const q of ["Techcombank: Vi an toan, Quy khach nen doi mat khau dinh ky trong ung dung Techcombank Mobile.", "Zalo: Tai khoan vua dang nhap tren may moi. Neu khong phai ban, hay doi mat khau ngay trong ung dung."]) {
      expect(checkScam(q).signals, q).not.toContain("card_request");
    }
    expect(checkScam("co nguoi goi xung ngan hang, no doi mat khau internet banking cua toi").signals).toContain("card_request");
  });
});

describe("Zalo's own security notice", () => {
  // own phrasing (session 7): "Zalo:" heads the notice as its sender, not as a chat to move to;
  // on main 81cedf3 the check warned on it (the lock rule read "zalo" as an off-channel chat)
  it("is no scam, while a fake one with a chat number or a look-alike link still is", () => {
    expect(checkScam("Zalo: Tài khoản của bạn vừa đăng nhập trên một thiết bị khác (iPhone 13). Nếu không phải bạn, hãy đổi mật khẩu trong ứng dụng Zalo.").isScam).toBe(false);
    expect(checkScam("[Zalo] Tai khoan cua ban bi tam khoa, lien he Zalo 0912xxx789 de mo khoa").isScam).toBe(true);
    expect(checkScam("Zalo: Tai khoan cua ban se bi khoa do vi pham, xac minh tai zalo-xacminh.top").isScam).toBe(true);
  });
});

describe("a notice speaking to its reader is no question of the resident's own", () => {
  // own phrasings (session 7): a fake BHXH notice addressed to the reader ("Bạn có … chưa nhận …,
  // vui lòng giữ máy") asks nothing of the assistant; on main 81cedf3 the first was answered from the
  // knowledge base by the own-question gate instead of warned
  it("keeps the warning", () => {
    for (const q of [
      "Ban co tien tro cap that nghiep 8 trieu chua nhan, can bo BHXH se goi video huong dan cai ung dung de nhan, vui long giu may",
      "Quy khach co luong huu thang 12 chua linh, can bo se goi video huong dan quy khach cai ung dung de nhan tien, vui long giu may",
    ]) {
      expect(assistant.ask(q, ward, NOW).kind, q).toBe("scam_warning");
    }
  });
});

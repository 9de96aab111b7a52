/**
 * Two scam classes residents describe in their own words rather than forward (session 6 wave 3):
 * someone collecting money at home in the ward's or police's name for updating residence data,
 * VNeID or căn cước ("Phường mình có cho người đi thu tiền cập nhật dân cư 200k/hộ không"), and
 * investment groups with a "thầy"/"chuyên gia" calling buys and a private app to deposit into
 * ("có thầy bảo mua theo lệnh, nạp tiền vào app riêng", "room VIP", "lãi 30%/tháng"). Both get the
 * warning; contributions the ward announces (quỹ phòng chống thiên tai, vệ sinh môi trường) and
 * plain questions ("tôi thấy báo…", "làm căn cước ở đâu") do not. The probes
 * (tests/fixtures/scam/scam-home-groups-probes.jsonl) were written for this test without reading
 * any blind set; on main a7412e8 14 of the 29 scams got no warning and none of the 15 collectors
 * was told that the ward collects no such fee (checked in a temporary worktree). The last 12 lines were written after the first fix as an
 * unseen check: 6 of 7 scams warned, 0 of 5 genuine; the miss ("mỗi người 120 nghìn") is now a class.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { tellsOfSignalGroup } from "../server/assistant/scam/signal-group";
import { foldForScam } from "../server/assistant/scam/normalize";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

const NOW = Date.UTC(2026, 10, 29, 3, 0);
const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm" });
let assistant: Assistant;

beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});

type Probe = { text: string; class: "home_collection" | "signal_group" | "genuine" };
const probes: Probe[] = readFileSync("tests/fixtures/scam/scam-home-groups-probes.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Probe);
const of = (c: Probe["class"]) => probes.filter((p) => p.class === c).map((p) => p.text);

describe("door-to-door collectors in the ward's name", () => {
  it("warns in plain words, with the ward's own contacts", () => {
    expect(of("home_collection").length).toBeGreaterThanOrEqual(10);
    for (const q of of("home_collection")) {
      const r = assistant.ask(q, ward, NOW);
      expect(r.kind, q).toBe("scam_warning");
      if (r.kind !== "scam_warning") continue;
      expect(r.reply, q).toContain("KHÔNG cử người đến nhà thu tiền");
      expect(r.reply, q).toContain("Đường dây nóng phuong-thu");
      expect(r.reply, q).toContain("Công an phuong-thu");
      expect(r.reply, q).toContain("113");
      expect(r.entries[0]?.id, q).toBe("ld-gia-danh-cong-an");
      expect(r.handoff, q).toBeUndefined();
    }
  });
});

describe("investment groups with a \"thầy\" and a private app", () => {
  it("warns, described or forwarded", () => {
    expect(of("signal_group").length).toBeGreaterThanOrEqual(10);
    const missed = of("signal_group").filter((q) => assistant.ask(q, ward, NOW).kind !== "scam_warning");
    expect(missed).toEqual([]);
  });

  it("reads \"thay\" as a teacher only when he tells members what to do", () => {
    expect(tellsOfSignalGroup(foldForScam("nhom co thay bao mua co phieu theo lenh, nap tien vao app rieng"))).toBe(true);
    expect(tellsOfSignalGroup(foldForScam("toi thay bao chung khoan tang, nen dau tu co phieu nao"))).toBe(false);
    expect(tellsOfSignalGroup(foldForScam("em thay dau tu chung khoan lai 30%/thang"))).toBe(false);
  });
});

describe("genuine contributions and questions", () => {
  it("are not warned", () => {
    expect(of("genuine").length).toBeGreaterThanOrEqual(10);
    const warned = of("genuine").filter((q) => assistant.ask(q, ward, NOW).kind === "scam_warning");
    expect(warned).toEqual([]);
  });
});

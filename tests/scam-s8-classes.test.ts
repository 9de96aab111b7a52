/**
 * Session 8 classes (found on the TRAINING split, tuning5's two scam misses and tuning5's
 * conversations; no validation text was read):
 * - paying into a stranger's "system": a top-up "vào hệ thống nội bộ / website", a top-up worth a
 *   multiple of the card ("x5 giá trị thẻ nạp"), a prize claimed by texting a paid short code in a
 *   brand's name (signal `stranger_payment`);
 * - fees a recruiter asks before the job (uniform, training, a held place);
 * - a scam text ending with the polite "ạ." is no question about it (it was read as the resident's
 *   framing and the real framing after the dash as the message);
 * - money put into a platform that will not pay out ("nạp 30 triệu rồi, không rút được") is a loss;
 * - warnings that describe impostors and tell the reader to refuse them ("Đối với các cuộc gọi giả
 *   danh…, tuyệt đối không…", "… đều là lừa đảo") are not scams.
 * The probes (tests/fixtures/scam/scam-s8-probes.jsonl) were written for this test after the rules,
 * as an unseen check of the classes: 17 of 18 right on first run (the miss, "không rút ra được",
 * widened the loss context by the particle; two masked-mobile probes went with that rule, dropped because
 * the corpus masks genuine senders' numbers the same way: 24 genuine training rows, no scam). On main 8a6cc9f (temporary worktree) the tests fail.
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

type Probe = { expect: "scam" | "victim" | "genuine" | "question"; class: string; text: string };
const probes: Probe[] = readFileSync("tests/fixtures/scam/scam-s8-probes.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Probe);

describe("session 8 classes: payments to a stranger's system, job fees, impostor warnings", () => {
  it("warns on every scam, gives victims the steps, and warns on no warning, notice or question", () => {
    expect(probes.filter((p) => p.expect === "scam").length).toBeGreaterThanOrEqual(8);
    const wrong = probes
      .filter((p) => {
        const outcome = checkScam(p.text).outcome;
        if (p.expect === "victim") return outcome !== "victim";
        const warned = assistant.ask(p.text, ward, NOW).kind === "scam_warning";
        return warned !== (p.expect === "scam") || outcome === "victim";
      })
      .map((p) => `${p.expect}: ${p.text}`);
    expect(wrong).toEqual([]);
  });

  it("names the payment to a stranger's system in the reasons", () => {
    const v = checkScam("ong chu minh lam o Vinaphone tiet lo dang co khuyen mai x5 gia tri the nap cho nhan vien, ai muon thi nap nhanh");
    expect(v.signals).toContain("stranger_payment");
    expect(v.isScam).toBe(true);
    // an operator's own promotion adds a share of the card, and a done top-up asks nothing
    expect(checkScam("Viettel tặng 20% giá trị thẻ nạp cho thuê bao trả trước nạp thẻ trong ngày 25/11.").signals).not.toContain("stranger_payment");
    expect(checkScam("Quý khách đã nạp thẻ thành công vào hệ thống. Số dư: 125.000đ.").signals).not.toContain("stranger_payment");
  });

  it("reads the text before a dash as the message when it ends with the polite 'ạ.'", () => {
    const v = checkScam("Con chào bác, con là nhân viên bảo hiểm xã hội, bác được hoàn tiền BHYT 2.300.000đ, bác đọc cho con mã số gửi về điện thoại để con chuyển khoản ạ. — có người nhắn cho bà tôi");
    expect(v.signals).toContain("otp_request");
    expect(v.isScam).toBe(true);
  });

  it("keeps a warning's described threats off the sender", () => {
    const v = checkScam("Đối với các cuộc gọi giả danh công an, viện kiểm sát, tự xưng là nhân viên điện lực thông báo đang nợ tiền điện…, người dùng tuyệt đối không thực hiện bất cứ yêu cầu nào.");
    expect(v.isScam).toBe(false);
    expect(v.signals).not.toContain("threat");
    // a script that also asks something keeps its marks ("… tuyệt đối không nói với ai, chuyển tiền vào tài khoản tạm giữ")
    const script = checkScam("Tôi là cán bộ điều tra, đối tượng giả danh đã dùng tên anh rửa tiền. Anh tuyệt đối không tin ai khác, chuyển 50 triệu vào tài khoản tạm giữ 0123456789 để xác minh.");
    expect(script.isScam).toBe(true);
  });
});

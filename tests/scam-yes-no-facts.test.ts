import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { wardFixture } from "./support/ward-fixture";

/*
 * Yes/no questions about a scam whose entry says outright that it is one ("việc nhẹ lương cao …
 * là lừa đảo", "công an … không bao giờ bắt chuyển tiền") get "Dạ có"/"Dạ không" first, from the
 * entry's own words; a question the quote does not settle (money already sent, a real job centre)
 * gets none. Phrasings written for this file.
 */

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });

let assistant: Assistant;
beforeAll(async () => {
  const kb: KnowledgeBase = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  assistant = new Assistant(kb);
});
const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

describe("scam yes/no questions answered from the entry's own words", () => {
  it("says yes or no first when the entry calls the thing a scam", () => {
    const cases: Array<[string, string, RegExp]> = [
      ["ld-viec-nhe-luong-cao", "làm nhiệm vụ like video nhận hoa hồng, lương 300k một ngày có thật không", /^Dạ không, lời mời "việc nhẹ lương cao"/],
      ["ld-viec-nhe-luong-cao", "tuyển cộng tác viên làm việc online tại nhà có phải lừa không", /^Dạ có, lời mời "việc nhẹ lương cao"/],
      ["ld-gia-danh-cong-an", "công an có gọi điện bắt người dân chuyển khoản để xác minh không", /^Dạ không, công an, tòa án, viện kiểm sát không làm việc qua điện thoại/],
      ["ld-otp", "nhân viên ngân hàng có bao giờ hỏi mật khẩu tài khoản không", /^Dạ không, ngân hàng, công an, nhà mạng không bao giờ hỏi mã OTP/],
      ["ld-lay-lai-tien", "dịch vụ thu hồi tiền bị lừa trên mạng có thật không", /^Dạ không, người nhận "lấy lại tiền bị lừa" rồi đòi phí là lừa đảo lần hai/],
    ];
    for (const [id, q, lead] of cases) {
      const r = ask(q);
      expect(r.entries[0]?.id, q).toBe(id);
      expect(r.reply, q).toMatch(lead);
    }
  });

  it("says neither when the quote does not settle the question", () => {
    for (const q of ["người xưng công an gọi, tôi lỡ chuyển tiền rồi thì có lấy lại được không", "trung tâm dịch vụ việc làm tuyển việc online có thật không"]) {
      expect(ask(q).reply, q).not.toMatch(/^Dạ (có|không)(?!\p{L})/u);
    }
  });
});

describe("whether staff read this chat, from the entry about reaching them", () => {
  it("says yes when asked whether staff read the messages, not for after hours", () => {
    expect(ask("nhắn vào đây thì có cán bộ phường đọc không hay chỉ máy").reply).toMatch(/^Dạ có, cán bộ phường sẽ trả lời ngay trong khung chat này vào giờ làm việc/);
    expect(ask("tối nhắn vào đây có cán bộ đọc không").reply).not.toMatch(/^Dạ (có|không)(?!\p{L})/u);
  });
});

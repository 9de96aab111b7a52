/**
 * Session 26 (issue 10 §2): the first reply answers the part asked. Parts residents ask of entries that lacked them (the
 * fee of the digital-skills class, of home help, of help with submitting, of VNeID level 2; where and how long for VNeID
 * problems; the online way of checking a dossier), written honestly ("Chưa được xác nhận" where no source states it), and
 * yes/no answers that are not given to a question the quoted fact does not settle. Our own wordings, not the tuning lines.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });

describe("parts asked that the entries now have (session 26)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  const parts: Array<[string, string, string]> = [
    ["đi học lớp bình dân học vụ số có phải đóng tiền không", "kns-lop-hoc", "fee"],
    ["nhờ tổ công nghệ số tới nhà chỉ dùng điện thoại thì có mất phí không", "kns-ho-tro-tai-nha", "fee"],
    ["nhờ cán bộ phường nộp hộ hồ sơ trên mạng có tốn tiền không", "dvc-ho-tro-nop-ho-so", "fee"],
    ["đăng ký vneid mức 2 hết bao nhiêu tiền", "dvc-vneid-muc-2", "fee"],
    ["vneid bị khóa tài khoản thì đi đâu để mở", "dvc-vneid-su-co", "where"],
    ["đổi số điện thoại trên vneid mất mấy ngày", "dvc-vneid-su-co", "time"],
    ["muốn xem hồ sơ đã nộp tới đâu thì tra trên mạng thế nào", "dvc-tra-cuu-ho-so", "online"],
  ];
  it.each(parts)("%s → %s, its %s first", (q, id, part) => {
    const r = ask(q);
    expect(r.kind).toBe("answer");
    if (r.kind !== "answer") return;
    expect(r.entries[0]?.id).toBe(id);
    expect(r.shown).toBe(part);
  });

  it("an unconfirmed fee is said to be unconfirmed, with no amount", () => {
    for (const q of ["học kỹ năng số ở phường có mất tiền không", "kích hoạt vneid mức 2 có tốn phí không"]) {
      const r = ask(q);
      expect(r.reply).toMatch(/Chưa được xác nhận\./u);
      expect(r.reply).not.toMatch(/\d+[.,]?\d*\s*(?:đồng|nghìn|triệu|VNĐ)/iu);
      expect(r.reply).not.toMatch(/^Dạ (?:có|không)\b/u);
    }
  });

  it("whether the home-help team comes is answered yes, whether it charges is not", () => {
    expect(ask("tổ công nghệ số có đến tận nhà hướng dẫn không").reply).toMatch(/^Dạ có, người cao tuổi, người khuyết tật/u);
    // "tiện" folds to "tiền"'s letters: a convenience, not money
    expect(ask("tiện thể cho hỏi tổ công nghệ số có về nhà cài ứng dụng cho ông tôi không").reply).toMatch(/^Dạ có, người cao tuổi/u);
    expect(ask("tiện đây hỏi luôn phường có lớp dạy người già dùng điện thoại không").reply).toMatch(/^Dạ có, "Bình dân học vụ số"/u);
    expect(ask("phường có lớp dạy dùng điện thoại cho người già không, có mất tiền không").reply).not.toMatch(/^Dạ có\b/u);
    const fee = ask("tổ công nghệ số đến nhà hướng dẫn thì có lấy tiền không");
    expect(fee.reply).not.toMatch(/^Dạ có\b/u);
    expect(fee.kind === "answer" && fee.shown).toBe("fee");
  });

  it("'có mất lệ phí' is not 'có mặt': no 'Dạ có, … phải có mặt' to a fee question", () => {
    const fee = ask("làm thủ tục nhận cha cho con có mất lệ phí không");
    expect(fee.entries[0]?.id).toBe("dvc-nhan-cha-me-con");
    expect(fee.reply).not.toMatch(/có mặt khi nhận kết quả/u);
    // the presence question itself still gets its yes
    expect(ask("nhận cha con thì người cha có phải có mặt khi nhận kết quả không").reply).toMatch(/^Dạ có, người nhận và người được nhận/u);
  });

  it("a newborn's free health insurance card: yes, from the entry, not 'the procedure has a fee'", () => {
    for (const q of ["con tôi mới sinh được 3 tháng có được cấp thẻ bảo hiểm y tế miễn phí không", "bé 4 tuổi có được thẻ bhyt miễn phí không hay phải mua"]) {
      const r = ask(q);
      expect(r.entries[0]?.id).toBe("dvc-bhyt-ho-gia-dinh");
      expect(r.reply).toMatch(/^Dạ có, trẻ dưới 6 tuổi được cấp thẻ miễn phí/u);
    }
  });
});

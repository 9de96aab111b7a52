/**
 * Conversation memory, session 23 (issue 10 §3): later turns that are not follow-ups — a turn that switches to a
 * sibling entry while the rules carried the previous one. Conversations written for this file (not tuning lines),
 * each through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { typedFolded } from "../server/assistant/scam-followups";
import { looksUpScamObject } from "../server/assistant/lookup-scam-object";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("checking a platform, link or account the scam named, the question before the verb (lookup-scam-object.ts)", () => {
  it("reads 'làm sao kiểm tra … có thật/lừa không' with a thing named as looking it up", () => {
    for (const q of ["làm sao kiểm tra cái sàn đó có thật không", "bằng cách nào check sàn giao dịch này thật hay giả", "có chỗ nào tra cái link đó có an toàn không", "làm thế nào để kiểm tra số tài khoản kia có lừa đảo không"])
      expect(looksUpScamObject(typedFolded(q)), q).toBe(true);
  });
  it("leaves a question with no thing named, or no genuineness asked, alone", () => {
    for (const q of ["làm sao kiểm tra cho chắc", "làm sao biết thật hay giả", "cái sàn đó có thật không", "làm sao kiểm tra sản phẩm có thật không", "làm sao kiểm tra tài khoản vneid đã lên mức 2 chưa"])
      expect(looksUpScamObject(typedFolded(q)), q).toBe(false);
  });
  it("after an investment invitation, checking the platform is the checking entry's", () => {
    expect(led(conversation("chị bạn rủ tôi bỏ tiền vào sàn coin, lãi 2% mỗi ngày", "làm sao kiểm tra cái sàn đó có thật không")[1])).toBe("answer ld-kiem-tra");
    expect(led(conversation("người quen mời vào nhóm đầu tư chứng khoán cam kết lãi cao", "làm sao check cái link nhóm đó có lừa không")[1])).toBe("answer ld-kiem-tra");
  });
});

describe("logging in, right after filing online (portal-login-after-filing.ts)", () => {
  const filing = "tôi muốn nộp hồ sơ online trên cổng dịch vụ công thì làm các bước thế nào";
  it("a login question or a login trouble is the portal's login entry", () => {
    expect(led(conversation(filing, "thế đăng nhập bằng tài khoản gì")[0])).toBe("answer dvc-nop-ho-so");
    for (const q of ["thế đăng nhập bằng tài khoản gì", "đăng nhập thì dùng tài khoản nào ạ", "em vào cổng không đăng nhập được, nó bắt dùng vneid", "tôi chưa đăng nhập được, báo sai tài khoản"])
      expect(led(conversation(filing, q)[1]), q).toBe("answer dvc-tai-khoan");
  });
  it("VNeID's own trouble, a step after logging in, and an app's login stay as they were", () => {
    expect(led(conversation(filing, "vneid của tôi quên mật khẩu nên không đăng nhập được")[1])).toBe("answer dvc-vneid-su-co");
    expect(led(conversation(filing, "đăng nhập được rồi, giờ trả lệ phí thế nào")[1])).toBe("answer dvc-thanh-toan");
    expect(led(conversation("cài ứng dụng iHanoi thế nào", "đăng nhập bằng gì")[1])).toBe("answer dvc-ihanoi");
  });
});

describe("a trouble of the resident's VNeID told on a later turn (vneid-trouble-turn.ts)", () => {
  it("switches to the VNeID trouble entry from the entry before", () => {
    expect(led(conversation("cấp lại căn cước bị mất làm ở đâu", "mất căn cước rồi thì VNeID có bị khóa theo không")[1])).toBe("answer dvc-vneid-su-co");
    expect(led(conversation("kích hoạt vneid mức 2 cho mẹ tôi thế nào", "nó báo tài khoản bị khóa")[1])).toBe("answer dvc-vneid-su-co");
    expect(led(conversation("xem sổ sức khỏe điện tử ở đâu", "nhưng vneid của bố tôi cứ báo sai mật khẩu")[1])).toBe("answer dvc-vneid-su-co");
  });
  it("another service's login, a scam's threat and VNeID level 2 stay as they were", () => {
    expect(led(conversation("cấp lại căn cước bị mất làm ở đâu", "có người gọi bảo phải cập nhật vneid không thì bị khóa")[1])).not.toBe("answer dvc-vneid-su-co");
    expect(led(conversation("cài ứng dụng iHanoi thế nào", "đăng nhập ihanoi bằng vneid báo lỗi hoài")[1])).toBe("answer dvc-ihanoi");
    expect(led(conversation("cấp lại căn cước bị mất làm ở đâu", "nó báo tài khoản bị khóa")[1])).not.toBe("answer dvc-vneid-su-co");
  });
});

describe("removing a residence registration asked on a later turn (residence-removal-turn.ts)", () => {
  it("switches from permanent residence or a death registration to the removal entry", () => {
    expect(led(conversation("lấy chồng rồi muốn nhập hộ khẩu về nhà chồng", "vậy có phải về quê xóa hộ khẩu cũ trước không")[1])).toBe("answer dvc-xoa-dang-ky-cu-tru");
    expect(led(conversation("lấy chồng rồi muốn nhập hộ khẩu về nhà chồng", "hộ khẩu ở nhà bố mẹ đẻ của em có phải tự đi xóa không")[1])).toBe("answer dvc-xoa-dang-ky-cu-tru");
    expect(led(conversation("bà tôi mất hôm qua, đăng ký khai tử thế nào", "làm xong thì có phải xóa tên bà trong hộ khẩu không")[1])).toBe("answer dvc-xoa-dang-ky-cu-tru");
  });
});

describe("a file past its promised date, the result still awaited, on a later turn (overdue-file-turn.ts)", () => {
  it("is the overdue entry, not more of the time or the look-up entry", () => {
    expect(led(conversation("đi làn xanh thì mấy ngày có kết quả", "nếu quá hẹn mà vẫn chưa có kết quả thì làm sao")[1])).toBe("answer lx-qua-han");
    expect(led(conversation("tra cứu hồ sơ đã nộp ở đâu", "giấy hẹn trả thứ sáu tuần trước mà giờ vẫn chưa có thì làm gì")[1])).toBe("answer lx-qua-han");
  });
  it("a registration made late awaits nothing: not this", () => {
    expect(led(conversation("làm khai sinh cho con thế nào", "con tôi 3 tuổi rồi, quá hạn mà chưa làm khai sinh thì sao")[1])).not.toBe("answer lx-qua-han");
  });
});

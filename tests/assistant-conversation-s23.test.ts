/**
 * Conversation memory, session 23 (issue 10 §3): follow-ups that ask about the previous entry's own thing though a word
 * of theirs is another entry's title (followup-own-thing.ts). Conversations written for this file (not tuning lines),
 * each through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { typedFolded } from "../server/assistant/scam-followups";
import { asksListMembership, asksUnnamedPassword, namesPreviousAsWrong, speaksOfOwnPassword } from "../server/assistant/followup-own-thing";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("a membership question pointing back at the list just given", () => {
  it("reads 'có trong danh sách đó không', 'có nằm trong đó không' as asking the list", () => {
    for (const q of ["làm sổ đỏ có trong danh sách đó không", "khai tử có nằm trong đó không ạ", "chung thuc co thuoc danh muc nay ko", "thế cấp lại căn cước có trong đó k"])
      expect(asksListMembership(typedFolded(q)), q).toBe(true);
    for (const q of ["trong đó có gì", "đăng ký tạm trú có được đi làn xanh không", "số tài khoản có trong danh sách lừa đảo không ở đâu tra"])
      expect(asksListMembership(typedFolded(q)), q).toBe(false);
  });
  it("after the green lane's list, an item asked of the list stays the list's", () => {
    expect(led(conversation("làn xanh ở phường gồm những thủ tục gì", "đăng ký khai tử có trong danh sách đó không")[1])).toBe("answer lx-danh-muc");
    expect(led(conversation("thu tuc nao duoc di lan xanh", "lam so do co nam trong do ko")[1])).toBe("answer lx-danh-muc");
  });
});

describe("a password with no app named, after an app whose own password its entry speaks of", () => {
  it("reads the password shape and the entry's own password", () => {
    expect(asksUnnamedPassword(typedFolded("quên mật khẩu mất rồi giờ sao"))).toBe(true);
    expect(asksUnnamedPassword(typedFolded("quen mat khau vneid roi"))).toBe(false);
    expect(asksUnnamedPassword(typedFolded("mật khẩu ngân hàng bị lộ"))).toBe(false);
    expect(speaksOfOwnPassword(" khong dua mat khau vssid cho nguoi la ", new Set(["ung", "dung", "vssid"]))).toBe(true);
    expect(speaksOfOwnPassword(" quen mat khau vneid hoi su co vneid ", new Set(["dang", "nhap", "vneid"]))).toBe(false);
  });
  it("after VssID: VssID's own case, not the VNeID trouble entry", () => {
    expect(led(conversation("muốn xem quá trình đóng bảo hiểm xã hội trên app VssID", "bố tôi quên mật khẩu mất rồi")[1])).toBe("answer dvc-vssid");
    expect(led(conversation("cai vssid de xem the bhyt", "lay lai mat khau app the nao")[1])).toBe("answer dvc-vssid");
  });
  it("VNeID named, or after an entry on logging in with VNeID: the VNeID trouble entry", () => {
    expect(led(conversation("cai vssid de xem the bhyt", "mà vneid của tôi quên mật khẩu rồi")[1])).toBe("answer dvc-vneid-su-co");
  });
  it("a correction naming the previous entry as wrong does not ask it again", () => {
    expect(namesPreviousAsWrong("khong phai vssid, y em la ", { title: "Ứng dụng VssID - tra cứu BHXH" })).toBe(true);
    expect(namesPreviousAsWrong("khong phai, y em la ", { title: "Ứng dụng VssID - tra cứu BHXH" })).toBe(false);
    const turns = conversation("cai vssid de xem the bhyt", "quen mat khau roi", "không phải vssid, ý tôi là quên mật khẩu vneid");
    expect(led(turns[1])).toBe("answer dvc-vssid");
    expect(led(turns[2])).toBe("answer dvc-vneid-su-co");
  });
});

describe("what the app shows, after an app's entry that speaks of it", () => {
  it("a status the portal's login entry speaks of stays that entry's", () => {
    expect(led(conversation("đăng nhập cổng dịch vụ công bằng tài khoản vneid thế nào", "nó báo là tài khoản chưa kích hoạt mức 2")[1])).toBe("answer dvc-tai-khoan");
  });
  it("a status whose other title words the previous entry never says switches", () => {
    // "bị khóa": the VNeID trouble entry's, which the login entry never mentions
    expect(led(conversation("đăng nhập cổng dịch vụ công bằng tài khoản vneid thế nào", "nó báo tài khoản bị khóa rồi")[1])).not.toBe("answer dvc-vneid-muc-2");
  });
});

describe("how long until the result, after a procedure with a time part (part-restated-only.ts)", () => {
  it("'bao lâu mới có kết quả', 'bao lâu thì có giấy chứng nhận' stay the procedure's time", () => {
    let turns = conversation("muốn xin giấy xác nhận khuyết tật cho bố tôi", "nộp hồ sơ xong thì bao lâu có kết quả");
    expect(led(turns[1])).toBe("answer dvc-khuyet-tat");
    turns = conversation("đăng ký hộ kinh doanh bán tạp hóa", "bao lâu thì nhận được giấy chứng nhận");
    expect(led(turns[1])).toBe("answer dvc-ho-kinh-doanh");
  });
});

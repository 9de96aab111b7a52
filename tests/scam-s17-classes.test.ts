/**
 * Session 17 classes (issue 11), found with own probes of the weak families bench:scam names and the tuning sets'
 * lines (never a validation row; the training rows' signals are unchanged by these rules, so the retrained model
 * is byte-identical). The texts below are own phrasings written for the tests, not corpus rows:
 * - an app's own screen quoted by a resident ("Mã xác thực không đúng, vui lòng nhập lại mã xác thực", "nhập mã
 *   số thuế gồm 10 chữ số", "báo lỗi: mã xác thực…"): typing a code into the service that sent it hands it to no
 *   one. "Nhập mã" is a demand only into a page linked off the official channels, or "vào link/trang/web";
 *   reading or sending a code to someone stays a demand;
 * - a contact asking the reader to receive money on their account and pass it on ("nhờ nhận tiền hộ rồi chuyển
 *   lại"): the hijacked account's or money mule's ask; the writer's own "em nhận tiền hộ chị rồi" is a favour done.
 * A widening of the wrong-number opener ("gửi nhầm tin", "lưu nhầm số") was tried and dropped: own genuine probes
 * ("Mẹ ơi con gửi nhầm tin nhắn vào nhóm, mẹ xóa giúp con nhé") were warned with it.
 * 5 cases fail on main cf17904 (the three app screens, "báo sai mã xác thực", "nhờ nhận giúp … chuyển lại"); the
 * others pin the classes' edges (demands that stay warned, genuine favours unwarned).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const framings = (t: string) => [t, `tin này có phải lừa đảo ko: ${t}`];

describe("an app's own code screen quoted is no code demand", () => {
  const appScreens = [
    "Ứng dụng báo lỗi: Mã xác thực không đúng hoặc đã hết hạn. Vui lòng nhập lại mã xác thực",
    "Em nhập mã số thuế vào app thì nó báo 'Mã số không hợp lệ, vui lòng nhập mã số gồm 10 chữ số' là sao ạ",
    "Cổng dịch vụ công báo lỗi: mã xác thực không chính xác, vui lòng nhập mã xác thực gồm 6 số. Giờ làm sao",
    "App báo sai mã số BHXH dù tôi nhập đúng rồi, phải làm thế nào",
  ];
  for (const t of appScreens)
    it(`not warned: ${t.slice(0, 60)}`, () => {
      for (const text of framings(t)) expect(checkScam(text).outcome).not.toBe("scam");
    });

  const stillDemands = [
    "[VCB] Giao dich bat thuong. Quy khach vui long truy cap vcb-xacminh.top va nhap ma OTP de huy giao dich",
    "Anh nhập mã OTP vừa nhận vào đường link em gửi để nhận quà nhé",
    "Chị đọc giúp em mã xác thực vừa gửi về máy chị với, em gửi nhầm",
  ];
  for (const t of stillDemands)
    it(`still warned: ${t.slice(0, 60)}`, () => {
      for (const text of framings(t)) expect(checkScam(text).outcome).toBe("scam");
    });
});

describe("receiving money for someone and passing it on", () => {
  const mule = [
    "Em ơi anh nhờ nhận tiền hộ qua tài khoản em rồi chuyển lại cho anh nhé, tài khoản anh đang bị khóa",
    "Bạn có tài khoản ngân hàng không, mình nhờ nhận giúp 10 triệu rồi bạn chuyển lại cho mình, Facebook mình bị lỗi",
  ];
  for (const t of mule)
    it(`warned: ${t.slice(0, 60)}`, () => {
      for (const text of framings(t)) expect(checkScam(text).outcome).toBe("scam");
    });
  const favours = [
    "Chị ơi em nhận tiền hộ chị rồi nhé, lúc nào gặp em đưa chị",
    "Bố nhận tiền hộ con tiền thuê nhà tháng này rồi chuyển lại cho con sau nhé",
  ];
  for (const t of favours)
    it(`not warned: ${t.slice(0, 60)}`, () => {
      for (const text of framings(t)) expect(checkScam(text).outcome).not.toBe("scam");
    });
});

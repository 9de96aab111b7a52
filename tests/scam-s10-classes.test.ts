/**
 * Session 10 classes, from the REAL training rows added this session (knowledge/scam-corpus/real-press-11.yaml,
 * split by source URL before they were read) and the notes' known leftovers. No validation row was read
 * for a rule. The texts below are own probes written after the rules, not corpus rows:
 * - a contact pleading with the reader(s) for a sum over a hardship ("Anh chị giúp em mỗi người 2 triệu …
 *   nợ xã hội đen"): what a hijacked Zalo or Facebook account sends its contacts and groups (`borrow` reads
 *   "giúp em 2 triệu"; script-combos.ts adds the hardship);
 * - "mẹ em nạp nhầm vào số anh, anh trả lại giúp": money said to have gone to the READER's number is a
 *   script, even when the writer's relative made the slip (own-action.ts read it as the resident's own);
 * - "bé bị ngã nhẹ": a slight fall the teacher reports as handled is no emergency (the learned part warned
 *   such a note through the `emergency` signal).
 * - a shop's advert headed by its own name that links that name under .vn ("THEFACESHOP SAVING DAY: …
 *   www.thefaceshop.com.vn", a real 2015 training row) is its own site, not a stranger's link (own-site.ts);
 *   a header naming a registered brand, look-alikes and risky TLDs stay links.
 * Genuine shapes and residents' own questions with the same words stay unwarned.
 * On main 153df4b (temporary worktree /tmp/i11s10/base, node_modules symlinked) the marked tests fail;
 * here they pass (see the notes, Session 10).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const hand = { scorer: { kind: "hand" } } as const;

const warned = [
  "Cô ơi cô giúp em 3 triệu với, em nợ xã hội đen, họ dọa đánh em rồi",
  "Chú ơi cứu cháu với, mẹ cháu đang cấp cứu, chú giúp cháu 5 triệu, tuần sau cháu gửi lại",
  "Các anh chị ơi giúp em mỗi người 1 triệu với, bố em bệnh nặng phải nhập viện mà em hết tiền rồi",
  "mẹ em nạp nhầm vào số anh, anh trả lại giúp",
  "Bố em chuyển nhầm 300k vào tài khoản chị, chị chuyển lại giúp em nhé",
  "Con chị bị ngã cầu thang đang cấp cứu, chị chuyển ngay 20 triệu viện phí vào tài khoản này",
];
const notWarned = [
  "Chào phụ huynh, cô giáo chủ nhiệm báo: chiều nay bé bị ngã nhẹ ở sân trường, cô đã sơ cứu, bé ổn rồi ạ",
  "Chị ơi giúp em 200k tiền ship nhé, em gửi hàng rồi",
  "mẹ tôi nạp nhầm 200k vào số người lạ, làm sao lấy lại",
  "mẹ tôi chuyển nhầm vào tài khoản chị ấy, giờ phải làm sao",
  "Nhờ phường giúp em xem hồ sơ hỗ trợ 2 triệu đã duyệt chưa",
];

describe("a shop's own .vn site in its own advert", () => {
  const advert = "HOASENBOOK TUAN LE SACH: giam 30% toan bo sach thieu nhi, tang qua cho don tu 300k. Chi tiet tai www.hoasenbook.com.vn";
  it("is no stranger's link", () => {
    expect(checkScam(advert).signals).not.toContain("link_unofficial");
    expect(checkScam(advert).outcome).not.toBe("scam");
  });
  it("keeps a registered brand's look-alike, a risky TLD and another name as links", () => {
    expect(checkScam("Vietcombank: tai khoan bi tam khoa, xac thuc ngay tai vietcombank-xacthuc.vn").outcome).toBe("scam");
    expect(checkScam("HOASENBOOK: nhan qua 2 trieu tai hoasenbook.top").signals).toContain("link_unofficial");
    expect(checkScam("HOASENBOOK: nhan qua tai quatang-sach.vn").signals).toContain("link_unofficial");
  });
});

describe("session 10 classes (own probes)", () => {
  it.each(warned)("warns: %s", (text) => {
    expect(checkScam(text).outcome).toBe("scam");
    expect(checkScam(text, hand).outcome).toBe("scam");
  });
  it.each(warned)("warns with a question in front: %s", (text) => {
    expect(checkScam(`Tin này có phải lừa đảo không: ${text}`).outcome).toBe("scam");
  });
  it.each(notWarned)("does not warn: %s", (text) => {
    expect(checkScam(text).outcome).not.toBe("scam");
    expect(checkScam(text, hand).outcome).not.toBe("scam");
  });
  it("tells the resident to call the contact back on the number they know", () => {
    const v = checkScam("Anh chị ơi giúp em mỗi người 2 triệu với, em nợ xã hội đen 100 triệu rồi");
    expect(v.outcome).toBe("scam");
    expect(v.signals).toContain("borrow");
  });
});

/**
 * Session 9 classes, found on the REAL training rows of knowledge/scam-corpus/ held out by grouped
 * cross-validation (5 folds by source, as bench/scam-cv.ts; no validation row was read). The texts
 * below are own probes written after the rules, not corpus rows:
 * - an order to verify or log in under a threat of a lock, or through "the link below" (lock_demand);
 * - a gift for installing or updating an agency's app (gov_gift);
 * - a warning's "không thực hiện" / "không thu" read as a rule only as whole words: "Không thực hiện
 *   trong 24h sẽ bị khóa" is a threat, not a safety rule ("khong thu" matched "khong thuc hien");
 * - police "penalty" notices by message, address fixes for a delivery, a self-introduced teacher or
 *   doctor with a grave emergency, a relative on a new number, daily pay in đồng (script-combos.ts);
 * - "lấy lại số tiền" recovery offers; an online shop ("cửa hàng Shopee") is no place to go in person;
 * - the notes' leftover "nạp nhầm": someone who says they topped up or transferred to the reader by
 *   mistake and asks for it back is a script (mistaken_return), while the resident's own mistaken
 *   payment ("tôi chuyển khoản nhầm 2 triệu, làm sao lấy lại") is answered normally.
 * - from tuning6 (readable this session; own paraphrases below): "không cho mượn sổ đỏ" and "tôi trả
 *   phòng" are no money borrowed ("tối"/"tôi" fold alike), "… để không mất tiền" tells no loss, a clinic
 *   asking for money into "the doctor's account" for an operation "phải mổ ngay" is a script.
 * - a prize in English with a fee to pay for it ("… won … in our lucky draw. Pay a … processing fee").
 * Genuine shapes and residents' questions of the same words stay unwarned.
 * On main e57fb35 (temporary worktree /tmp/i11s9/base, node_modules symlinked) these tests fail; here
 * they pass (see the notes, Session 9).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const hand = { scorer: { kind: "hand" } } as const;
const warned = [
  "Tài khoản Zalo của bạn sẽ bị khóa sau 12 giờ nếu không xác thực lại thông tin",
  "Quý khách vui lòng đăng nhập tài khoản theo đường link sau để nhận lại tiền hoàn",
  "Xác minh tài khoản ngân hàng ngay để tránh bị tạm khóa",
  "Cài VNeID bản mới để nhận quà 200 nghìn",
  "Cập nhật VssID ngay để được nhận tiền hỗ trợ",
  "CSGT thông báo: xe của bạn có vi phạm giao thông chưa nộp phạt, vui lòng kiểm tra và thanh toán",
  "Bưu phẩm của bạn không giao được, vui lòng cập nhật lại địa chỉ để chúng tôi giao hàng",
  "Tôi là bác sĩ, con anh bị tai nạn đang cấp cứu, cần mổ gấp, anh nói chuyện với tôi nhé",
  "Bố ơi con đây, con phải dùng tạm số này vì điện thoại con hỏng, giờ con đang bận không nghe máy được",
  "Đơn hàng của bạn giao không thành công, bạn cần cập nhật lại địa chỉ tại đây",
  "Tuyển nhân viên làm online, mỗi ngày làm 2 tiếng nhận 500.000 đồng",
  "Bạn muốn lấy lại số tiền đã mất? Liên hệ đội ngũ của chúng tôi, cam kết lấy lại 100%",
];
const quiet = [
  // genuine: the operator's and the bank's own channels, a ward's in-person campaign, a real warning
  "Quý khách vui lòng cập nhật sinh trắc học trên ứng dụng VCB Digibank trước ngày 1/1/2025 để tránh bị tạm ngưng giao dịch",
  "Phường hỗ trợ cài đặt VNeID để nhận quà tại nhà văn hóa tổ 5 sáng Chủ nhật",
  "Phòng CSGT thông báo: chủ phương tiện có vi phạm phạt nguội vui lòng đến trụ sở Đội CSGT số 3 để giải quyết",
  "Đơn hàng của bạn đang được giao, shipper sẽ gọi trước khi đến",
  "Người dân tuyệt đối không thực hiện bất cứ yêu cầu nào của các cuộc gọi tự xưng công an, ngân hàng",
  "Cơ quan công an không làm việc qua điện thoại, không thông qua mạng xã hội gửi giấy triệu tập",
  "Anh ơi em đổi số mới rồi, anh lưu lại số này nhé, tối em gọi",
  // residents' own questions
  "tài khoản ngân hàng bị khóa thì làm sao mở lại",
  "cài vneid có được nhận quà không",
  "làm sao tra cứu phạt nguội",
  // the resident's own "có cần … không" is no sender's order ("cần" as a whole word, and not asked)
  "shipper gọi bảo cập nhật địa chỉ, tôi có cần cung cấp gì không",
];

describe("session 9 script classes are warned (hand weights and the shipped check)", () => {
  it.each(warned)("warns: %s", (text) => {
    expect(checkScam(text, hand).outcome).toBe("scam");
    expect(checkScam(text).outcome).toBe("scam");
    expect(checkScam(`Tin này có phải lừa đảo không: ${text}`).outcome).toBe("scam");
  });
});

describe("genuine notices and residents' questions of the same words are not warned", () => {
  it.each(quiet)("does not warn: %s", (text) => {
    expect(checkScam(text, hand).outcome).not.toBe("scam");
    expect(checkScam(text).outcome).not.toBe("scam");
  });
});

describe("a teacher's note of a light injury", () => {
  const note = "Em là cô giáo lớp 2A, bé bị ngã nhẹ ở sân trường, nhà trường đã sơ cứu, phụ huynh yên tâm ạ";
  it("is not warned by the hand weights", () => {
    expect(checkScam(note, hand).outcome).not.toBe("scam");
  });
  // the shipped check (n-gram model) warned it after the session 9 retrain (0.18 over the line): its
  // `emergency` signal read "bị ngã nhẹ"; since session 10 a slight fall is no emergency
  it("is not warned by the shipped check (session 10)", () => {
    expect(checkScam(note).outcome).not.toBe("scam");
  });
});

describe("a relative on a new number because the phone ran out of credit", () => {
  // a real, press-quoted opener of the script asks nothing yet (knowledge/scam-corpus real-press-10): the opener
  // alone is warned, with or without the ask that follows it
  it("is warned by the hand weights, with or without an ask", () => {
    expect(checkScam("Con đây, điện thoại con hết tiền phải dùng số này, tối con gọi lại mẹ nhé", hand).outcome).toBe("scam");
    expect(checkScam("Mẹ ơi con đây, điện thoại con hết tiền phải dùng số này, mẹ chuyển cho con 2 triệu nhé", hand).outcome).toBe("scam");
  });
});

describe("whole words in safety rules", () => {
  it("reads 'Không thực hiện trong 24h sẽ bị khóa' as a threat, not a rule", () => {
    const r = checkScam("Truy cập ngay để cập nhật tài khoản. Không thực hiện trong 24h sẽ bị khóa.", hand);
    expect(r.signals).not.toContain("protective");
    expect(r.signals).toContain("lock_demand");
  });
  it("still reads 'không thu phí' as a rule", () => {
    expect(checkScam("Phường không thu phí làm căn cước, người dân lưu ý", hand).signals).toContain("protective");
  });
});

describe("mistaken top-ups and transfers", () => {
  it.each([
    "Em nạp nhầm 200k vào số anh, anh nạp trả lại giúp em với",
    "Tin này có phải lừa đảo không: chị ơi em chuyển nhầm 3 triệu vào tài khoản của chị, chị chuyển lại giúp em nhé",
    "có người nhắn là chuyển nhầm tiền vào tài khoản của tôi, bảo tôi chuyển trả lại cho họ",
    // the top-up variant asks for the card's code
    "em nạp nhầm thẻ vào số bác, bác đọc mã thẻ giúp em",
    "em nap nham the vao so bac, bac gui lai ma the cho em voi",
  ])("someone asking the reader to send back a 'mistaken' payment is warned: %s", (text) => {
    expect(checkScam(text).outcome).toBe("scam");
    expect(checkScam(text).signals).toContain("mistaken_return");
  });
  it.each([
    "mình chuyển khoản nhầm 2 triệu, làm sao lấy lại",
    "mẹ nạp nhầm thẻ vào số của người khác rồi",
    "tôi chuyển nhầm tiền thì phải làm gì",
    // a relative of the writer's ("mẹ tôi", "bố em") made the payment, whoever is asked to return it
    "mẹ tôi nạp nhầm thẻ cho số của bác, bác có trả lại được không",
  ])(
    "the resident's own mistaken payment is no forwarded scam: %s",
    (text) => {
      expect(checkScam(text).outcome).not.toBe("scam");
    },
  );
  it("a warning that describes the script stays a warning", () => {
    const r = checkScam("Cảnh báo: đối tượng lừa đảo nhắn tin nói chuyển nhầm tiền vào tài khoản của bạn rồi nhờ chuyển trả lại. Người dân không làm theo, hãy liên hệ ngân hàng.");
    expect(r.outcome).not.toBe("scam");
  });
});

describe("genuine shapes of the real training false alarms", () => {
  it("a shop's purchase receipt with the order and points is not warned", () => {
    const r = checkScam("Cam on Chi Lan da mua hang tai shopxinh.vn voi don hang: 320.000. Diem hien tai: 12. Co gi chua hai long vui long goi 19001234");
    expect(r.signals).toContain("purchase_receipt");
    expect(r.outcome).not.toBe("scam");
  });
  it("a 'thanks for your order' that goes on to a refund link is still warned", () => {
    expect(checkScam("Cảm ơn quý khách đã mua hàng, đơn hàng bị lỗi thanh toán, vui lòng bấm vào link shopxinh-hoantien.top để hoàn tiền").outcome).toBe("scam");
  });
  it("VNPT's published outbound numbers (registry, PLO 12/9/2025) are registered contacts, not a private chat", () => {
    const r = checkScam("VinaPhone: Quý khách gọi 0911 001 091 để được tư vấn gói cước");
    expect(r.signals).not.toContain("private_chat");
    expect(r.outcome).not.toBe("scam");
  });
});

describe("tuning6 classes: residents' words read as borrowing or a loss, a clinic's script", () => {
  it.each([
    "chủ nhà không cho mượn giấy tờ nhà thì đăng ký tạm trú thế nào",
    "tôi trả phòng rồi thì có phải xóa tạm trú không",
    "vừa cài app ngân hàng, phải làm gì để không bị mất tiền",
  ])("answers %s normally (no scam, no victim)", (text) => {
    const r = checkScam(text);
    expect(r.outcome).not.toBe("scam");
    expect(r.outcome).not.toBe("victim");
  });
  it("still reads a loan asked for with a time to repay as borrowing", () => {
    expect(checkScam("Chị cho em mượn 5 triệu, tối em trả").signals).toContain("borrow");
  });
  it("warns a clinic that wants an operation paid into the doctor's account", () => {
    const r = checkScam("Bé nhà chị phải mổ ngay, chị chuyển 15 triệu vào tài khoản của bác sĩ Hùng để làm thủ tục");
    expect(r.outcome).toBe("scam");
    expect(r.signals).toContain("money_to_person");
  });
  it("a loss told with 'không mất thêm tiền' is still a victim", () => {
    expect(checkScam("tôi bị lừa mất 5 triệu rồi, làm gì để không mất thêm tiền").outcome).toBe("victim");
  });
});

describe("a prize scam written in English", () => {
  it("warns a lucky-draw win that asks for a processing fee", () => {
    const r = checkScam("You have won 300 million VND in the Viettel lucky draw! Send a 1.5 million handling fee today to claim your prize");
    expect(r.signals).toEqual(expect.arrayContaining(["prize", "fee_to_receive"]));
    expect(r.outcome).toBe("scam");
  });
  it("a resident's English question about a fee is answered normally", () => {
    expect(checkScam("how do I pay the processing fee for my passport application").outcome).not.toBe("scam");
  });
});

/**
 * Session 20 (issue 10 §4): first-turn understanding on single messages, classes from the newest tuning sets' misses,
 * shown here with other wordings of the same need (accented, unaccented):
 * - learning to drive (where, which school is good, cheap) and an international driving permit are the traffic police's
 *   or a driving school's, not the ward's: handed off, not answered from the "not done at the ward" entry or from
 *   putting a licence on VNeID (lexicon.ts offTopicPattern); a licence on VNeID, renewing one at the ward and a
 *   residence paper for a learner stay answered;
 * - in English, a company of any kind ("a limited liability company", "a joint-stock company") set up is the city's
 *   business registration office's (english-uncovered.ts), while a small shop, stall or café registered is the household
 *   business entry's, also with a Vietnamese partner (english.ts), and a café owner asking about QR payments is not;
 * - "mất tiền" that tells no loss: "khỏi/đỡ mất tiền" (a purpose) and "không mất tiền/phí" (free of charge) are questions,
 *   answered, not a fresh victim's steps (scam/victim.ts); a loss told, or "không mất thêm tiền" after it, still is;
 * - a question framed in another province with its district or town said first ("ở quận X, Hải Phòng thì … ở đâu") is
 *   handed off like the province alone (place-framed-elsewhere.ts); a Hanoi district or a birthplace is not;
 * - an error on a birth certificate found while doing a land title ("làm sổ đỏ bị bắt sửa") is the correction entry's,
 *   not the land title's (sample questions of dvc-cai-chinh-ho-tich);
 * - no scam warning for affection for the ward or a place ("em yêu phường mình", "anh yêu Hà Nội") nor dollars converted
 *   ("quy đổi 200 usd ra vnd"): scam/signals.ts romance; a romance script with dollars and a fee still warns.
 */
import { describe, expect, it } from "vitest";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();

const handedOff = (text: string) => {
  const r = ask(text);
  expect(r.kind, `${text} → ${r.kind} ${r.entries.map((e) => e.id).join(",")}`).toBe("handoff");
};
const answeredBy = (text: string, id: string) => {
  const r = ask(text);
  expect(r.kind === "answer" && r.entry.id, `${text} → ${r.kind} ${r.entries.map((e) => e.id).join(",")}`).toBe(id);
};

describe("learning to drive and an international driving permit are not the ward's", () => {
  it("where to learn, which school, how cheap: handed off", () => {
    handedOff("hoc bang lai xe may o dau tot");
    handedOff("hoc bang lai o to cho nao re");
    handedOff("trường dạy lái xe gần phường mình");
    handedOff("trung tâm đào tạo lái xe nào uy tín ạ");
  });
  it("an international driving permit: handed off", () => {
    handedOff("doi bang lai quoc te o dau");
    handedOff("xin cấp bằng lái xe quốc tế ở đâu ạ");
    handedOff("gplx quoc te lam the nao");
  });
  it("a licence on VNeID, a licence asked about at the ward and a learner's residence paper stay answered", () => {
    answeredBy("tích hợp bằng lái xe vào vneid", "dvc-vneid-tich-hop-giay-to");
    answeredBy("Cấp đổi bằng lái xe ô tô có làm ở phường không", "phuong-viec-khong-o-phuong");
    answeredBy("con tôi học lái xe thì có cần xác nhận cư trú không", "dvc-xac-nhan-cu-tru");
  });
});

describe("in English, a company set up versus a small shop registered", () => {
  it("a company of any kind is handed off", () => {
    handedOff("We plan to open a joint-stock company, where do we register?");
    handedOff("As a foreigner, how do I set up a one-member limited liability company?");
  });
  it("a small shop, stall or café registered is the household business entry's, with a Vietnamese partner too", () => {
    answeredBy("Can I open a tiny banh mi shop in front of my house? What paper do I need?", "dvc-ho-kinh-doanh");
    answeredBy("My wife and I want to start a small noodle stall near the market, do we need to register?", "dvc-ho-kinh-doanh");
    answeredBy("We'd like to open a little tea shop with our Vietnamese friend, how do we register it as a household business?", "dvc-ho-kinh-doanh");
  });
  it("a café owner asking about QR payments is not sent to registration", () => {
    answeredBy("I run a small cafe, is it safe to let customers pay by QR code?", "kns-thanh-toan-khong-tien-mat");
  });
});

describe("'mất tiền' that tells no loss", () => {
  it("a purpose ('để khỏi', 'cho đỡ mất tiền') is an ordinary question", () => {
    answeredBy("bố em lớn tuổi mới dùng app ngân hàng, cần nhớ gì cho đỡ mất tiền", "kns-thanh-toan-khong-tien-mat");
    expect(ask("ba toi gia roi moi xai chuyen khoan, dan ba sao de khoi mat tien").kind).not.toBe("scam_warning");
  });
  it("'không mất tiền/phí' asks whether something is free", () => {
    answeredBy("làm căn cước cho con lần đầu là không mất phí đúng không ạ", "dvc-can-cuoc");
    expect(ask("the bhyt cho chau be duoc phat ko mat tien ha").kind).not.toBe("scam_warning");
    answeredBy("bé nhà mình 4 tuổi, bảo hiểm y tế được nhà nước cấp không mất tiền hay phải mua ạ", "dvc-bhyt-ho-gia-dinh");
  });
  it("a loss told is still the victim's", () => {
    const a = ask("tôi bị lừa mất 5 triệu rồi");
    expect(a.kind === "scam_warning" && a.entries[0]?.id).toBe("ld-bi-lua-roi");
    const b = ask("mẹ tôi lỡ chuyển 20 triệu cho kẻ lừa đảo, giờ làm sao để không mất thêm tiền");
    expect(b.kind === "scam_warning" && b.entries[0]?.id).toBe("ld-bi-lua-roi");
  });
});

describe("a question framed in another province, its district or town said first", () => {
  it("is handed off", () => {
    handedOff("o quan hai chau da nang thi lam khai sinh o dau");
    handedOff("tai thanh pho Vinh Nghe An thi xin xac nhan doc than o dau");
    handedOff("Ở huyện Thủy Nguyên, Hải Phòng thì đăng ký tạm trú ở đâu ạ");
  });
  it("a Hanoi district, this ward or a birthplace elsewhere is not", () => {
    answeredBy("ở phường mình thì xin xác nhận cư trú ở đâu", "dvc-xac-nhan-cu-tru");
    answeredBy("tôi sinh ra ở huyện Quỳnh Lưu Nghệ An, giờ ở Hà Nội, xin trích lục khai sinh ở đâu", "dvc-trich-luc");
  });
});

describe("an error on a birth certificate found while doing a land title", () => {
  it("is the correction entry's", () => {
    answeredBy("giấy khai sinh sai năm sinh so với sổ đỏ, sang tên bị trả hồ sơ, phải sửa khai sinh thế nào", "dvc-cai-chinh-ho-tich");
    answeredBy("giay khai sinh ghi sai ho cua me, lam so do ho bat dinh chinh lai", "dvc-cai-chinh-ho-tich");
  });
  it("a land title asked alone stays the land title's", () => {
    answeredBy("sang tên sổ đỏ cần giấy tờ gì", "dvc-dat-dai");
  });
});

describe("affection for the ward and dollars converted are no romance scam", () => {
  it("is not a scam warning", () => {
    expect(ask("cả nhà ơi em yêu phường mình lắm luôn ❤️").kind).not.toBe("scam_warning");
    expect(ask("doi giup minh 300 usd sang tien viet voi").kind).not.toBe("scam_warning");
    expect(ask("quy đổi 200 usd ra vnd là bao nhiêu").kind).not.toBe("scam_warning");
  });
  it("a romance script with dollars and a fee still warns", () => {
    expect(ask("Anh là bác sĩ quân đội ở Mỹ, gửi em thùng quà 5000 usd, em đóng phí hải quan nhé").kind).toBe("scam_warning");
  });
});

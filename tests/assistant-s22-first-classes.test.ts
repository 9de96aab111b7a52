/**
 * Session 22 (issue 10 §4), single messages: two classes of misses on the tuning sets, each with phrasings of our own
 * (not the tuning lines), run through the real Assistant over knowledge/.
 *   - "học phí" asked of the ward's own course (course-fee.ts): the course's cost, not a school fee handed off;
 *   - a seller shown a payment screenshot whose money has not arrived (everyday-situations.ts): the cashless payment
 *     entry, whose special part says to trust only one's own bank app;
 *   - a question framed by another province typed bare, or by a ward of another province (place-framed-elsewhere.ts,
 *     read on the words as typed too: spelling repair read "da nang" as "da nan"): the honest handoff;
 *   - a special case that is the subject of the leading entry's title ("khuyết tật", facet-cues.ts
 *     topicTextKeepingTitleWords) stays in the topic when the part asked is taken out;
 *   - registering a used motorbike to one's name is the "not done at the ward" entry's vehicle registration; only a used
 *     motorbike's price or trade is off-topic (lexicon.ts offTopicPattern);
 *   - a learner's English without articles asking about a code from a text or the bank: the OTP entry (english.ts);
 *   - English: a utility "will be cut" unless a bill is paid (the fake bill), the chairman "receiving citizens" (the
 *     reception), a foreign-invested company (no investment scam), checking whether a number "has been reported" (the
 *     checking entry, not how to report one), the office's place "after the merger" (the address entry; the merger only
 *     dates the question).
 */
import { describe, expect, it } from "vitest";
import { answerCheck, knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const expectAnswer = answerCheck(ask);

describe("a fee asked of the ward's course is that course's cost", () => {
  it("the digital-skills class named, its fee asked: the class entry answers", () => {
    expectAnswer("lớp bình dân học vụ số thu học phí bao nhiêu vậy", "kns-lop-hoc");
    expectAnswer("di hoc ky nang so o phuong co phai dong hoc phi khong", "kns-lop-hoc");
    expectAnswer("khóa học kỹ năng số cho người già có lấy học phí không ạ", "kns-lop-hoc");
  });
  it("a school's fee stays handed off", () => {
    expect(ask("học phí lớp 1 trường công năm nay bao nhiêu").kind).toBe("handoff");
    expect(ask("hoc phi mam non nam hoc nay co duoc mien khong").kind).toBe("handoff");
  });
});

describe("a payment screenshot whose money has not arrived: the cashless payment entry", () => {
  it("a seller asks how to tell a shown transfer is real", () => {
    // (the learned classifier, not retrained, doubts "bill" and asks back, the payment entry first: no wrong answer)
    const bill = ask("người mua gửi bill chuyển khoản, làm sao biết bill thật hay giả");
    expect(["answer", "clarify"]).toContain(bill.kind);
    expect(bill.entries[0]?.id).toBe("kns-thanh-toan-khong-tien-mat");
    expectAnswer("khách đưa ảnh chụp màn hình chuyển khoản thành công mà tiền chưa về tài khoản", "kns-thanh-toan-khong-tien-mat");
    expectAnswer("ban hang online khach gui hinh chup da chuyen tien ma app ngan hang chua bao, co phai lua ko", "kns-thanh-toan-khong-tien-mat");
  });
  it("told without a question word: the same entry", () => {
    const r = ask("khách chuyển khoản rồi đưa màn hình cho xem mà tài khoản tôi chưa thấy tiền");
    expect(led(r)).toBe("answer kns-thanh-toan-khong-tien-mat");
  });
  it("a transfer sent by mistake or a house deposit is no such question", () => {
    expect(led(ask("có người chuyển nhầm tiền vào tài khoản tôi rồi gọi đòi chuyển trả sang tài khoản khác, màn hình chưa thấy tiền"))).not.toBe("answer kns-thanh-toan-khong-tien-mat");
  });
});

describe("a matter asked of another province's office is handed off, however the province is typed", () => {
  it("a province typed without diacritics opening the question", () => {
    expect(ask("o da nang dang ky tam tru the nao").kind).toBe("handoff");
    expect(ask("tai da nang lam giay xac nhan cu tru o dau").kind).toBe("handoff");
  });
  it("a ward of another province named", () => {
    expect(ask("phường Ninh Kiều thành phố Cần Thơ đăng ký kết hôn cần gì").kind).toBe("handoff");
    expect(ask("cho em hoi phuong thach thang o da nang lam can cuoc o dau").kind).toBe("handoff");
  });
  it("a home ward, a place someone works far away: the matter is asked here", () => {
    expectAnswer("hộ khẩu em ở phường Tiền Phong Thái Bình, giờ làm căn cước ở đây được không", "dvc-can-cuoc");
    expectAnswer("dang ky ket hon co can ca hai nguoi co mat khong, chong sap cuoi cua em di lam xa o Binh Duong", "dvc-ket-hon");
  });
});

describe("a special case that is the leading entry's subject stays in the topic", () => {
  it("the disability certificate asked with its papers or place: not the marital status certificate", () => {
    expectAnswer("muốn xin giấy xác nhận khuyết tật cho bố thì cần mang hồ sơ gì", "dvc-khuyet-tat");
    expectAnswer("xac nhan khuyet tat can nhung giay to gi a", "dvc-khuyet-tat");
  });
  it("a special case of another procedure is still taken out as the part asked", () => {
    expectAnswer("làm căn cước cho người cao tuổi cần giấy tờ gì", "dvc-can-cuoc");
    expectAnswer("khai báo tạm trú cho người nước ngoài cần giấy tờ gì", "dvc-nguoi-nuoc-ngoai-tam-tru");
  });
});

describe("a used motorbike registered to one's name is vehicle registration, its price is off-topic", () => {
  it("registering it: the entry that says where vehicles are registered", () => {
    expectAnswer("mình mới mua lại con xe máy cũ của hàng xóm, muốn sang tên thì ra đâu", "phuong-viec-khong-o-phuong");
    expectAnswer("dang ky sang ten xe may cu o dau vay", "phuong-viec-khong-o-phuong");
  });
  it("its price or trade: handed off", () => {
    expect(ask("xe máy cũ đời 2018 bán được khoảng bao nhiêu tiền").kind).toBe("handoff");
    expect(ask("mua xe may cu o dau re").kind).toBe("handoff");
  });
});

describe("a learner's English asking for a code from a text: the OTP entry", () => {
  it("no article before 'code', the code said to come from a text or the bank", () => {
    expectAnswer("bank man call me, want code from message, I give or no?", "ld-otp");
    expectAnswer("somebody ask code in my phone message, say he is bank staff", "ld-otp");
  });
  it("a QR code or a postal code is no OTP", () => {
    expect(led(ask("shop ask me QR code of my bank to pay"))).not.toBe("answer ld-otp");
    expect(led(ask("what is the postal code of the ward"))).not.toBe("answer ld-otp");
  });
});

describe("English wordings of three subjects", () => {
  it("a utility to be cut unless a bill is paid: the fake utility bill; an outage is not", () => {
    expectAnswer("got a text saying our water will be cut this evening if we don't pay the unpaid bill at a link, real?", "ld-hoa-don-dien-nuoc");
    expect(led(ask("there is a power cut on our street since 6am, who should I tell?"))).not.toBe("answer ld-hoa-don-dien-nuoc");
  });
  it("the chairman receiving citizens: the reception schedule, a complaint said after it", () => {
    expectAnswer("which day do the ward leaders receive residents? I have a complaint about my neighbour's wall", "phuong-tiep-cong-dan");
  });
  it("a foreign-invested company is no investment scam", () => {
    expect(led(ask("how do I set up a foreign-invested enterprise in Hanoi?"))).not.toBe("answer ld-dau-tu");
    expectAnswer("a stranger online asks me to invest in crypto for 20% a week", "ld-dau-tu");
  });
});

describe("English: checking whether a number was reported is checking, not reporting", () => {
  it("'check if … has been reported': the checking entry; 'report a scam number': the reporting entry", () => {
    expectAnswer("is there a way to find out if this seller's account has already been reported as scam?", "ld-kiem-tra");
    expectAnswer("where do I report a scam phone number?", "ld-bao-cao");
  });
});

describe("English: where the office is after the merger is the address", () => {
  it("the office or the one-stop desk located after the merger: the address entry", () => {
    expectAnswer("since the merger where is the ward office now? the old one is closed", "phuong-lien-he");
    expectAnswer("after the wards merged, which building has the one-stop desk?", "phuong-lien-he");
  });
  it("what the merger changed, or one's own address changed by it: the merger entry", () => {
    expectAnswer("what changed for residents after the ward merger?", "phuong-sap-nhap");
    expectAnswer("our address changed after the ward merger, do we need to update papers?", "phuong-sap-nhap");
  });
});

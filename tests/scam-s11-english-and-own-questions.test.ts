/**
 * Session 11, second pass (s11-scam2): classes other engineers reported. Texts are own probes written for this
 * file (not corpus rows; the English corpus rows added this session are training rows in
 * knowledge/scam-corpus/english-composed.yaml).
 * 1. English scam texts without a link got "no clear signs": english-cues.ts sets the Vietnamese patterns'
 *    signals for the same scripts in English (pay to an account under a cut-off threat, job/task offers moving
 *    to Telegram, customs fees, OTP requests, fake police, prizes, "hi mum, new number"), with English advice
 *    ("never share this code", "if someone asks you to pay…") kept apart. Fails with englishSignals() off.
 * 2. Residents' own questions read through folded homographs: "nhà cài" (install at home) read as "nhà cái"
 *    (bookmaker, gambling.ts) and "mặt tiền" (a house's frontage) read as "mất tiền" (money lost → the victim's
 *    reply, frontage.ts); a cost question ending "… có mất tiền" without its "không" (tuning8) read as a loss
 *    (victim.ts worry). Each fails with its rule off.
 * 3. A safety tip warned by the n-gram model alone: the advice reading (safety-advice.ts) now gates the model
 *    too (check.ts decide). Fails with that line off.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { readVictim } from "../server/assistant/scam/victim";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const englishScams = [
  "Your electricity will be cut off tonight, pay 350,000 VND to account 0123456789 immediately.",
  'Is this a scam? "Your power will be disconnected at 9pm tonight. Please pay the unpaid bill of 980,000 VND to account 19034567891234 to avoid disconnection."',
  'Someone sent me: "Hi, I\'m HR from Tiki, part-time remote job 2 hrs/day, earn 1,500,000 VND daily. Add me on Telegram"',
  "Your parcel is held at customs. A clearance fee of 60,000 VND is due, pay within 24 hours or it will be returned.",
  "Dear customer, your account KYC expires today. Verify now and share the OTP we sent you with our agent.",
  "This is the police. Your name is linked to a money laundering case. Transfer your savings to a safe account and do not tell anyone.",
  "Congratulations, you have been selected as our lucky winner! Pay a 700,000 VND processing fee to receive your prize.",
  "Hi mum, this is my new number, my phone is broken. Can you transfer 4,000,000 VND for me urgently?",
];
const englishGenuine = [
  "Your MB Bank OTP is 551204. Do not share this code with anyone.",
  "EVNHANOI: your electricity bill for December is 520,000 VND. Please pay in the EVNHANOI app before 20/01.",
  "Your Shopee order has been shipped and will be delivered today.",
  "Never share your OTP. If someone asks you to pay a fee to receive a prize, it is a scam.",
];
const englishQuestions = [
  "Someone called claiming to be from my bank and asked for the OTP code. What should I do?",
  "Where can I report a scam text message?",
  "Is it safe to pay by QR code at local shops?",
];

describe("session 11: English scripts without a link", () => {
  const { ask } = knowledgeAssistant();
  it.each(englishScams)("warns: %s", (text) => {
    expect(checkScam(text).outcome).toBe("scam");
  });
  it.each(englishGenuine)("does not warn a genuine English notice or tip: %s", (text) => {
    expect(checkScam(text).outcome).not.toBe("scam");
  });
  it.each(englishQuestions)("answers a resident's English question normally: %s", (text) => {
    expect(checkScam(text).outcome).toBe("not_forwarded");
  });
  it("shows the English reasons in the English warning", () => {
    const r = ask("Your electricity will be cut off tonight, pay 350,000 VND to account 0123456789 immediately.");
    expect(r.kind).toBe("scam_warning");
    expect(r.lang).toBe("en");
    expect(r.reply).toContain("it asks you to transfer money to a personal account or an account a stranger names");
    expect(r.reply).toMatch(/it threatens to lock your account, cut a service|it pressures you to act right away/);
    const job = ask('Someone sent me: "Hi, I\'m HR from Tiki, part-time remote job 2 hrs/day, earn 1,500,000 VND daily. Add me on Telegram"');
    expect(job.kind).toBe("scam_warning");
    expect(job.reply).toContain("it promises easy work with high pay");
  });
});

describe("session 11: residents' own questions read through folded homographs", () => {
  it.each(["có ai đến nhà cài giúp không", "co ai den nha cai giup khong", "bác ơi có ai sang nhà cài lại wifi không"])(
    "'nhà cài' (install at home) is no gambling: %s",
    (text) => {
      const v = checkScam(text);
      expect(v.signals).not.toContain("gambling");
      expect(v.outcome).toBe("not_forwarded");
    },
  );
  it("still reads a bookmaker's advert", () => {
    expect(checkScam("Nhà cái uy tín số 1, nạp lần đầu tặng 100k, đăng ký ngay").signals).toContain("gambling");
  });
  it.each([
    "Nhà tôi định cơi nới thêm gác xép và làm lại mặt tiền, có phải xin giấy phép xây dựng không",
    "nha toi dinh sua lai mat tien co can xin phep khong",
    "Nhà mặt tiền đường Láng muốn mở quán thì đăng ký kinh doanh ở đâu",
  ])("'mặt tiền' (a frontage) is no money lost: %s", (text) => {
    expect(readVictim(text)).toBeUndefined();
    expect(checkScam(text).outcome).toBe("not_forwarded");
  });
  it.each(["căn cước gắn chíp của tôi bị gãy góc, có phải làm lại không, làm lại có mất tiền", "đổi giấy phép lái xe có mất phí"])(
    "a cost question ending 'có mất tiền' without its 'không' is no loss: %s",
    (text) => {
      expect(readVictim(text)).toBeUndefined();
    },
  );
  it("a loss told before 'có mất tiền' stays a loss", () => {
    expect(readVictim("mẹ tôi bị lừa chuyển 20 triệu rồi, có mất tiền")).toBe("victim");
  });
  it.each(["tôi bị lừa mất tiền rồi", "bi lua mat tien roi"])("still reads a loss: %s", (text) => {
    expect(readVictim(text)).toBe("victim");
  });
});

describe("session 11: a safety tip is no scam for the n-gram model either", () => {
  it.each([
    "Nếu người thân nhắn tin mượn tiền qua Zalo, hãy gọi điện lại cho họ để xác minh",
    "Nếu con cháu nhắn tin mượn tiền qua Zalo thì hãy gọi điện lại cho cháu để xác minh",
  ])("does not warn: %s", (text) => {
    expect(checkScam(text).outcome).not.toBe("scam");
  });
  it("still warns the script itself", () => {
    expect(checkScam("Anh ơi em đang kẹt quá, cho em mượn gấp 5 triệu, chuyển vào số tài khoản 0123456789 giúp em, mai em trả").outcome).toBe("scam");
  });
});

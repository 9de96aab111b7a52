/**
 * Scripts the check missed (session 26b, issue 11: recall), probes written for this test (own wordings, numbers
 * invented), never validation rows:
 *  - money to an account "do cán bộ chỉ định" (named by the caller, words between) with a gag order "không được chia sẻ
 *    với con cháu" (signals.ts personalAccount and secrecy);
 *  - "cho mượn / cho thuê CCCD…, không phải làm gì cả, liên hệ…": "làm gì cả" (nothing at all) is no question, so the
 *    advert is not read as the resident's own question (check.ts asking).
 * Residents' own questions and safety rules of the same words stay unwarned.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { readSignals } from "../server/assistant/scam/signals";
import { foldDiacritics } from "../server/assistant/vietnamese-text";

const scams = [
  "Bà phải nộp 200 triệu vào tài khoản do cán bộ chỉ định để phục vụ điều tra, tuyệt đối không được chia sẻ với con cháu.",
  "Quý khách phải chuyển toàn bộ số tiền tiết kiệm vào tài khoản mà cơ quan điều tra chỉ định để xác minh, không được chia sẻ với gia đình.",
  "Cần người cho mượn CCCD để mở tài khoản, mỗi tháng trả 3 triệu, không phải làm gì cả, liên hệ 0971234567.",
  "Cho thuê CCCD kiếm tiền, không phải làm gì cả, mỗi lần 500k, liên hệ Zalo 0965432198.",
];
const genuine = [
  "Cảnh báo từ Bộ Công an: không cung cấp mã OTP, không chuyển tiền cho người lạ. Nếu nghi ngờ, gọi 113 hoặc báo công an phường.",
  "có người bảo cho mượn CCCD thì được trả tiền, không phải làm gì cả, vậy có sao không ạ",
  "cho mượn CCCD không phải làm gì cả thì có sao không",
  "tôi phải làm gì khi bị lừa chuyển tiền",
  "Thông báo: ông bà đến UBND phường nộp hồ sơ, tuyệt đối không được chia sẻ thông tin cá nhân với người lạ.",
];
const shapes = (t: string) => [t, `Tin này có phải lừa đảo không ạ: "${t}"`, foldDiacritics(t)];

describe("session 26b: scripts missed for a designated account with a gag order, and for 'không phải làm gì cả'", () => {
  it("warns them, alone, quoted after a question and without accents", () => {
    expect(scams.flatMap(shapes).filter((t) => !checkScam(t).isScam)).toEqual([]);
  });

  it("reads the account named by the caller and the gag order towards the family", () => {
    const s = readSignals(scams[0] ?? "");
    expect(s.set.has("money_to_person")).toBe(true);
    expect(s.set.has("secrecy")).toBe(true);
  });

  it("does not warn residents' own questions or safety rules with the same words", () => {
    expect(genuine.filter((t) => checkScam(t).isScam)).toEqual([]);
  });
});

/**
 * Session 28 (issue 11): false-alarm classes found with own probes (numbers invented), each against the script it must
 * still tell apart:
 *  - road and site work paid by the day (shipper, delivery, loading, a builder's labourer) with a number to call
 *    (local-job-advert.ts) — the task scam's "/ngày", and shipper jobs that ask for an advance, a deposit or a fee;
 *  - a paper lent between acquaintances ("cho em mượn cái CCCD photo…, mai em trả": papers-lent.ts) — money borrowed,
 *    an ID lent for pay;
 *  - a resident's own bill paid, then a reminder received (paid-then-reminded.ts) — a victim paid by the message's
 *    instructions, or asked for more.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { foldDiacritics } from "../server/assistant/vietnamese-text";

const forms = (t: string) => [t, `Tin này có phải lừa đảo không: ${t}`, foldDiacritics(t)];

const dayLabourAdverts = [
  "Tuyển shipper nội thành Hà Nội, có xe máy, thu nhập 300-500k/ngày, liên hệ anh Tuấn 0912345678.",
  "Cần tuyển 3 bạn giao hàng khu vực Cầu Giấy, yêu cầu có xe máy và bằng lái, lương 350k/ngày, gọi 0987654321 gặp chị Lan.",
  "Tuyển phụ hồ làm công trình ở Long Biên, 400k/ngày, bao cơm trưa, liên hệ 0903123456.",
  "Kho hàng Thanh Trì tuyển bốc xếp ca đêm, trả 450k/ngày, nhận việc tại kho, gọi 0976543210.",
];
const jobScripts = [
  "Tuyển shipper giao hàng nội thành, ứng trước tiền hàng 2 triệu, thu nhập 500k/ngày, liên hệ 0912345678.",
  "Tuyển shipper 500k/ngày, chỉ cần đặt cọc đồng phục 300k, liên hệ 0987654321.",
  "Tuyển tài xế giao hàng 800k/ngày, nộp phí hồ sơ 500k trước khi nhận việc, gọi 0903123456.",
  "Tuyển shipper làm tại nhà, 300k/ngày, kết bạn Zalo 0912345678 để nhận việc.",
  "Cần 10 bạn làm nhiệm vụ online, chỉ cần điện thoại, thu nhập 300-800k/ngày, liên hệ 0912345678.",
];
const papersLent = [
  "Chị cho em mượn cái CCCD photo để nộp hồ sơ nhập học cho con nhé, mai em trả.",
  "Anh ơi cho em mượn bản photo căn cước của anh để làm hợp đồng thuê nhà, chiều em gửi lại.",
];
const borrowScripts = [
  "Em ơi cho chị mượn 2 triệu, mai chị trả nhé, chuyển vào tài khoản này giúp chị.",
  "Cho em mượn cái CCCD để mở tài khoản ngân hàng, em trả 500k.",
];
const paidThenReminded = [
  "Tôi đã đóng tiền điện rồi mà vẫn nhận được tin nhắn nhắc nợ, có phải lừa đảo không?",
  "Nhà tôi đã nộp tiền nước tháng này rồi mà vẫn có tin nhắn báo nợ, tin đó là lừa đảo à?",
];
const victims = [
  "Tôi đã đóng tiền điện theo tin nhắn rồi mà vẫn nhận được tin nhắn nhắc nợ, hóa ra bị lừa mất 2 triệu.",
  "Mẹ tôi đã thanh toán qua link trong tin nhắn, giờ vẫn nhận tin nhắn đòi thêm tiền, tài khoản bị trừ 5 triệu.",
];

describe("session 28: false alarms", () => {
  it("does not warn road and site work paid by the day", () => {
    expect(dayLabourAdverts.flatMap(forms).filter((t) => checkScam(t).isScam)).toEqual([]);
  });
  it("still warns job scripts that borrow the shipper's name or pay by the day for tasks", () => {
    expect(jobScripts.flatMap(forms).filter((t) => !checkScam(t).isScam)).toEqual([]);
  });
  it("does not warn a paper lent between acquaintances", () => {
    expect(papersLent.flatMap(forms).filter((t) => checkScam(t).isScam)).toEqual([]);
  });
  it("still warns money borrowed and an ID lent for pay", () => {
    expect(borrowScripts.flatMap(forms).filter((t) => !checkScam(t).isScam)).toEqual([]);
  });
  it("does not read a bill paid, then a reminder, as a victim", () => {
    expect(paidThenReminded.filter((t) => ["victim", "at_risk"].includes(checkScam(t).outcome))).toEqual([]);
  });
  it("still gives the steps to a resident who paid by the message's instructions", () => {
    expect(victims.filter((t) => checkScam(t).outcome !== "victim")).toEqual([]);
  });
});

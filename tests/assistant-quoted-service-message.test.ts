/**
 * A resident quoting, word for word, what an app, a portal or the ward's system showed them (issue 10 §4,
 * issue 11's third outcome, session 16): the quote made the scam check read a forwarded text and answer
 * "không thấy dấu hiệu lừa đảo rõ ràng"; it is the resident's question about that service, answered with
 * its entry (quoted-service-message.ts). A genuine notice forwarded to ask whether it is real, a message or
 * a call retold, and a quote asking to call a number or open a link keep the scam check's reply. An app
 * the message names that shows a status or an error is that app's entry when nothing else was clear
 * (named-app-use.ts with showsServiceStatus). Messages written for this file, not the tuning lines.
 */
import { describe, expect, it } from "vitest";
import { quotesServiceMessage, showsServiceStatus } from "../server/assistant/quoted-service-message";
import { checkScam } from "../server/assistant/scam/check";
import { foldedText } from "../server/assistant/text-analysis";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask, answeredBy, conversation } = knowledgeAssistant();

describe("a service's own status or error text quoted", () => {
  it("is the resident's question about that service, answered with its entry", () => {
    answeredBy('mở app iHanoi lên thì nó hiện "Phiên làm việc đã hết hạn, vui lòng đăng nhập lại" mãi, làm thế nào', "dvc-ihanoi");
    answeredBy('gắn bằng lái vào vneid thì báo "Dữ liệu giấy phép lái xe không khớp" là sao', "dvc-vneid-tich-hop-giay-to");
    answeredBy('VssID của ba em hiện "Không tìm thấy thông tin người tham gia BHXH" mặc dù ba em vẫn đóng đều', "dvc-vssid");
  });

  it("after the service's entry, is a case of it", () => {
    const turns = conversation("cho em hỏi cách tích hợp bằng lái xe vào vneid", 'nó báo "Giấy phép lái xe chưa được xác thực, vui lòng thử lại sau"');
    expect(turns.map(led)).toEqual(["answer dvc-vneid-tich-hop-giay-to", "answer dvc-vneid-tich-hop-giay-to"]);
  });

  it("is read only where a screen shows it, with no request in it and no question whether it is real", () => {
    const reads = (text: string) => quotesServiceMessage(text, checkScam(text));
    expect(reads('đăng nhập VNeID thì nó báo "Tài khoản đã bị tạm khóa, vui lòng thử lại sau 30 phút", giờ làm sao ạ')).toBe(true);
    expect(reads('tra cứu hồ sơ thì ghi "Hồ sơ đang chờ xử lý" cả tuần nay')).toBe(true);
    // a message received, asked whether it is real
    expect(reads('mẹ em nhận tin VNeID báo "Tài khoản của bạn đã bị khóa do đăng nhập sai", tin này thật không')).toBe(false);
    expect(reads('mẹ em nhận tin VNeID báo "Tài khoản của bạn đã bị khóa do đăng nhập sai", có phải lừa đảo không')).toBe(false);
    // a message or a call retold, a person speaking
    expect(reads('tin nhắn báo "Hồ sơ của bạn đã được tiếp nhận, mã hồ sơ 000.00.12.H26" là sao')).toBe(false);
    expect(reads('có người gọi báo "tài khoản VNeID của ông bị khóa do sai thông tin cư trú"')).toBe(false);
    expect(reads('bố tôi bảo "tài khoản ngân hàng của con bị khóa rồi, đọc mã cho bố"')).toBe(false);
    // a number to call, a link to open: not a screen's status
    expect(reads('vneid báo "Tài khoản bị khóa, gọi 0912.345.678 để được mở khóa ngay" là sao')).toBe(false);
    expect(reads('app báo "Tài khoản VNeID bị khóa, mở khóa tại vneid-mokhoa.com" là sao')).toBe(false);
    // no status or error in the quote
    expect(reads('app báo "Chúc mừng bạn đã nhận được phần quà tri ân khách hàng"')).toBe(false);
  });

  it("keeps the scam check's reply for what was received", () => {
    expect(ask('mẹ em nhận tin VNeID báo "Tài khoản của bạn đã bị khóa do đăng nhập sai", có phải lừa đảo không').kind).toBe("scam_no_signs");
    expect(ask('tin nhắn báo "Hồ sơ của bạn đã được tiếp nhận, mã hồ sơ 000.00.12.H26" có thật không').kind).toBe("scam_no_signs");
    expect(ask('app báo "Tài khoản VNeID bị khóa, mở khóa tại vneid-mokhoa.com" là sao').kind).toBe("scam_warning");
    expect(ask('vneid báo "Tài khoản bị khóa, gọi 0912.345.678 để được mở khóa ngay" là sao').kind).toBe("scam_warning");
  });
});

describe("an app's screen showing a status, quoted or not", () => {
  it("is told apart from the resident's own words", () => {
    expect(showsServiceStatus(foldedText("iHanoi cứ hiện là không kết nối được máy chủ"))).toBe(true);
    expect(showsServiceStatus(foldedText('vssid báo "không tìm thấy thông tin"'))).toBe(true);
    expect(showsServiceStatus(foldedText("vssid dùng để làm gì"))).toBe(false);
    expect(showsServiceStatus(foldedText("bao lâu thì có thẻ bhyt trên vssid"))).toBe(false);
  });

  it("names the app's own entry when nothing else was clear", () => {
    answeredBy("iHanoi cứ hiện là không kết nối được máy chủ, gửi phản ánh không được", "dvc-ihanoi");
  });
});


/**
 * Conversation understanding, session 13 (issue 10 §3): classes of misses found on the conversation tuning sets
 * (tuning10 above all). Conversations written for this file (not tuning lines), each through the real Assistant
 * with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { typedFolded } from "../server/assistant/scam-followups";
import { checksWithoutObject } from "../server/assistant/checking-without-object";
import { changesTopic } from "../server/assistant/topic-change";
import { knowledgeAssistant, led, shown } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("how to check the request just told (checking-without-object.ts)", () => {
  it("'làm sao kiểm tra trước khi chuyển' after a friend's Zalo asking to borrow: that scam entry's steps, not the link-checking entry", () => {
    const turns = conversation("Zalo của em gái tôi nhắn mượn gấp 5 triệu", "làm sao kiểm tra trước khi chuyển ạ");
    expect(led(turns[0])).toBe("scam_warning ld-muon-tien");
    expect(led(turns[1])).toBe("answer ld-muon-tien");
    expect(shown(turns[1])).toBe("steps");
  });
  it("'thế kiểm tra kiểu gì cho chắc' after a parcel to pay for: the parcel entry", () => {
    const turns = conversation("có người tự xưng shipper bảo tôi có bưu kiện, phải chuyển khoản 250 nghìn mới giao", "thế kiểm tra kiểu gì cho chắc");
    expect(led(turns[0])).toBe("scam_warning ld-giao-hang");
    expect(led(turns[1])).toBe("answer ld-giao-hang");
  });
  it("a checking question with an object of its own (an account number, a link) stays the checking entry's", () => {
    const turns = conversation("Zalo của em gái tôi nhắn mượn gấp 5 triệu", "kiểm tra số tài khoản đó ở đâu");
    expect(led(turns[1])).toBe("answer ld-kiem-tra");
    expect(checksWithoutObject(typedFolded("vậy làm sao để biết thật hay giả"))).toBe(true);
    expect(checksWithoutObject(typedFolded("lần sau làm sao biết link nào thật"))).toBe(false);
    expect(checksWithoutObject(typedFolded("kiểm tra phạt nguội thật hay giả thế nào"))).toBe(false);
    expect(checksWithoutObject(typedFolded("làm sao để được nhận tiền"))).toBe(false);
  });
});

describe("following up what was sent (tracking-after-submission.ts)", () => {
  it("'phản ánh xong rồi thì xem kết quả chỗ nào' after sending a report: the report-tracking entry", () => {
    const turns = conversation("đèn đường ngõ nhà tôi hỏng cả tuần nay, báo phường thế nào", "phản ánh xong rồi thì xem kết quả chỗ nào");
    expect(led(turns[0])).toBe("answer pa-gui-phan-anh");
    expect(led(turns[1])).toBe("answer pa-theo-doi");
  });
  it("'nộp xong rồi tra cứu ở đâu' after paying the fee online: the file-tracking entry, not the report's", () => {
    const turns = conversation("trả lệ phí online thế nào", "nộp xong rồi tra cứu ở đâu");
    expect(led(turns[0])).toBe("answer dvc-thanh-toan");
    expect(led(turns[1])).toBe("answer dvc-tra-cuu-ho-so");
  });
  it("'xem lại tiến độ ở đâu' right after the entry on sending a report: that report's tracking", () => {
    const turns = conversation("rác tràn ra ngõ, gửi phản ánh ở đâu", "xem lại tiến độ ở đâu");
    expect(led(turns[0])).toBe("answer pa-gui-phan-anh");
    expect(led(turns[1])).toBe("answer pa-theo-doi");
  });
  it("what was sent is told by the verb: a report sent through the app just asked about is followed as a report", () => {
    const turns = conversation("iHanoi là gì", "tôi gửi phản ánh qua đó rồi, xem kết quả ở đâu");
    expect(led(turns[0])).toBe("answer dvc-ihanoi");
    expect(led(turns[1])).toBe("answer pa-theo-doi");
  });
  it("not after an entry whose own title tracks something ('tra cứu thế nào' after VssID)", () => {
    const turns = conversation("app vssid dùng làm gì", "tra cứu thế nào");
    expect(led(turns[1])).toBe("answer dvc-vssid");
  });
});

describe("asking for someone to help, mid-conversation (help-request.ts, topic-change.ts)", () => {
  it("'thôi phức tạp quá, … có ai giúp không' gives up doing it alone: the entry on help with filing, not a new topic", () => {
    const turns = conversation("cách đăng nhập dịch vụ công bằng vneid", "thôi phức tạp quá, mắt tôi kém không biết làm, có ai giúp không");
    expect(led(turns[0])).toBe("answer dvc-tai-khoan");
    expect(led(turns[1])).toBe("answer dvc-ho-tro-nop-ho-so");
    expect(changesTopic("thôi khó quá, ai giúp được không")).toBe(false);
    expect(changesTopic("thôi, cho tôi hỏi việc khác: phí chứng thực bao nhiêu")).toBe(true);
  });
  it("'ra phường có người làm hộ không': someone doing it for the resident", () => {
    const turns = conversation("cách đăng nhập dịch vụ công bằng vneid", "ra phường có người làm hộ không");
    expect(led(turns[1])).toBe("answer dvc-ho-tro-nop-ho-so");
  });
  it("'con có người xuống tận nhà không ạ': help at home", () => {
    const turns = conversation("phường có lớp dạy dùng điện thoại cho người già không", "con có người xuống tận nhà không ạ, mẹ con yếu");
    expect(led(turns[0])).toBe("answer kns-lop-hoc");
    expect(led(turns[1])).toBe("answer kns-ho-tro-tai-nha");
  });
});

describe("an action of the app just answered (app-action.ts)", () => {
  it("'thế kích hoạt ra sao' after the health book on VNeID: that entry's steps, not VNeID level 2", () => {
    const turns = conversation("sổ sức khỏe điện tử là gì vậy", "thế kích hoạt ra sao");
    expect(led(turns[0])).toBe("answer dvc-so-suc-khoe");
    expect(led(turns[1])).toBe("answer dvc-so-suc-khoe");
    expect(shown(turns[1])).toBe("steps");
  });
  it("'cài đặt rồi đăng nhập làm sao' after VssID: VssID's steps, not iHanoi's title", () => {
    const turns = conversation("ứng dụng VssID để làm gì", "cài đặt rồi đăng nhập làm sao");
    expect(led(turns[1])).toBe("answer dvc-vssid");
  });
  it("naming the other entry's subject still switches", () => {
    const turns = conversation("sổ sức khỏe điện tử là gì vậy", "kích hoạt vneid mức 2 thế nào");
    expect(led(turns[1])).toBe("answer dvc-vneid-muc-2");
  });
});

describe("whether the procedure at hand owes a tax (tax-of-procedure.ts)", () => {
  it("'co phai dong thue ko' after splitting a plot: that procedure's fee part, not the business households' tax", () => {
    const turns = conversation("tach thua dat the nao", "co phai dong thue ko");
    expect(led(turns[0])).toBe("answer dvc-tach-thua");
    expect(led(turns[1])).toBe("answer dvc-tach-thua");
    expect(shown(turns[1])).toBe("fee");
  });
  it("after registering a business household the tax is its sibling entry's; 'nhà thuê' (rent) is no tax", () => {
    expect(led(conversation("đăng ký hộ kinh doanh bán tạp hóa", "có phải nộp thuế gì không")[1])).toBe("answer dvc-thue-ho-kinh-doanh");
    expect(led(conversation("đăng ký tạm trú", "nhà thuê có phải nộp gì không")[1])).toBe("answer dvc-tam-tru");
  });
});

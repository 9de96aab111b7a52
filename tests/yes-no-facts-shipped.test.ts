import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { askIsSpecific, checkEntryYesNo } from "../server/knowledge/entry-yes-no";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { entryDraftSchema, validateEntry } from "../server/staff/knowledge-editor";
import { wardFixture } from "./support/ward-fixture";

/*
 * The yes/no facts of the shipped entries (front-matter yes_no) are true only for the question
 * their quote settles. These questions reach the entry that states a fact, but the quote does
 * not settle them (another step, another channel, a condition, a legitimate case): a "Dạ có" or
 * "Dạ không" there would be untrue.
 */

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });

let kb: KnowledgeBase;
let assistant: Assistant;
beforeAll(async () => {
  kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  assistant = new Assistant(kb);
});
const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);
const topId = (q: string) => ask(q).entries?.[0]?.id;

/** [entry the question reaches, question]: no yes or no */
const unsettled: Array<[string, string]> = [
  // submitting is done by one person; only receiving needs both
  ["dvc-ket-hon", "một người đi nộp hồ sơ kết hôn được không"],
  ["dvc-ket-hon", "đăng ký kết hôn một người đi nộp hồ sơ được không"],
  ["dvc-ket-hon", "cả hai có cần cùng đi nộp hồ sơ kết hôn không"],
  ["dvc-ket-hon", "đăng ký kết hôn 1 người đi được không"],
  // motorbikes are registered at the ward police (chưa xác nhận)
  ["phuong-viec-khong-o-phuong", "đăng ký xe máy ở công an phường được không"],
  ["phuong-viec-khong-o-phuong", "đăng ký xe ở công an phường được không"],
  // camera fines are real and sent by post; the quote covers messages and calls only
  ["ld-phat-nguoi", "phạt nguội có thật không"],
  ["ld-phat-nguoi", "CSGT có gửi thông báo phạt nguội qua bưu điện không"],
  ["ld-phat-nguoi", "phạt nguội qua camera có thật không"],
  // certified where the house or land is (chưa xác nhận)
  ["dvc-chung-thuc-hop-dong", "nhà ở quê, chứng thực ở phường này được không"],
  ["dvc-chung-thuc-hop-dong", "nhà ở quê khác, chứng thực hợp đồng mua bán nhà ở phường này được không"],
  // small houses may be exempt (chưa xác nhận)
  ["dvc-giay-phep-xay-dung", "xây nhà 2 tầng trong khu có quy hoạch có cần phép không"],
  ["dvc-giay-phep-xay-dung", "xây mới nhà có phải xin phép không"],
  ["dvc-giay-phep-xay-dung", "nâng thêm 1 tầng nhà có phải xin phép không"],
  // legitimate reminders, brokers, one-time codes
  ["ld-hoa-don-dien-nuoc", "điện lực có gọi điện nhắc nợ tiền điện không"],
  ["ld-hoa-don-dien-nuoc", "công ty điện lực có nhắn tin báo tiền điện hằng tháng không"],
  ["ld-dau-tu", "đầu tư chứng khoán qua công ty chứng khoán có an toàn không"],
  ["ld-otp", "ngân hàng có gửi mã OTP không"],
  ["ld-otp", "ngân hàng có gửi OTP về điện thoại không"],
  // another step, another kind of help
  ["dvc-nhan-cha-me-con", "nhận cha con có phải có mặt khi nộp hồ sơ không"],
  ["dvc-ho-tro-nop-ho-so", "có ai hỗ trợ nộp hồ sơ tại nhà không"],
  // an expired card is renewed whatever the merger
  ["phuong-sap-nhap", "sau sáp nhập căn cước hết hạn có phải đổi không"],
  // a daytime visit is not a stay
  ["dvc-luu-tru", "có người đến chơi ban ngày có phải báo công an không"],
  // a traffic police check is one of the cases the entry has not confirmed
  ["dvc-vneid-tich-hop-giay-to", "bằng lái đã tích hợp VNeID thì đi xe có cần mang bằng lái giấy không"],
];

/** [entry, answer, question]: the facts still answer what they state */
const settled: Array<[string, "có" | "không", string]> = [
  ["dvc-ket-hon", "có", "đăng ký kết hôn cả hai có phải có mặt không"],
  ["dvc-ket-hon", "không", "đăng ký kết hôn một người nhận giấy được không"],
  ["dvc-ket-hon", "có", "đăng ký kết hôn có cần cả 2 người cùng lên phường không"],
  ["phuong-viec-khong-o-phuong", "không", "làm hộ chiếu ở phường được không"],
  ["phuong-viec-khong-o-phuong", "không", "trợ cấp thất nghiệp có làm ở phường không"],
  ["ld-phat-nguoi", "không", "tin nhắn báo phạt nguội có thật không"],
  ["ld-phat-nguoi", "không", "có nên bấm link nộp phạt nguội không"],
  ["dvc-chung-thuc-hop-dong", "có", "chứng thực hợp đồng mua bán nhà ở phường được không"],
  ["dvc-chung-thuc-hop-dong", "có", "chứng thực di chúc ở phường được không"],
  ["dvc-giay-phep-xay-dung", "không", "sơn lại nhà có cần xin phép không"],
  ["ld-otp", "không", "nhân viên ngân hàng gọi xin mã OTP, có nên đưa không"],
  ["ld-otp", "không", "ngân hàng có hỏi mã OTP không"],
  ["ld-dau-tu", "không", "đầu tư lãi cao trên mạng có tin được không"],
  ["ld-ung-dung-gia", "không", "người lạ gửi link bảo cài VNeID có nên cài không"],
  ["ld-trung-thuong", "không", "báo trúng thưởng bắt nộp phí có thật không"],
  ["ld-otp", "không", "ai hỏi số thẻ atm với mã cvv thì có cho không"],
  ["ld-dau-tu", "không", "sàn forex lãi 5% mỗi ngày có an toàn không"],
  ["ld-cap-nhat-vneid", "không", "đổi tên phường rồi có phải làm lại VNeID không, có người gọi bảo làm ngay"],
  ["dvc-chung-thuc-hop-dong", "có", "bố mẹ muốn lập di chúc chia đất, làm chứng thực ở phường được không"],
  ["dvc-vneid-tich-hop-giay-to", "không", "thẻ BHYT tích hợp vào VNeID rồi đi khám có cần mang thẻ giấy không"],
  ["dvc-nhan-cha-me-con", "có", "làm thủ tục nhận cha con có cần người mẹ có mặt không"],
  ["ld-lay-lai-tien", "không", "dịch vụ lấy lại tiền bị lừa có tin được không"],
  ["dvc-nhan-cha-me-con", "có", "nhận cha con có phải có mặt khi nhận kết quả không"],
  ["dvc-ho-tro-nop-ho-so", "có", "không biết dùng điện thoại có ai giúp nộp hồ sơ không"],
  ["dvc-nghia-vu-quan-su", "có", "con trai 17 tuổi có phải đăng ký nghĩa vụ quân sự không"],
  ["dvc-luu-tru", "có", "có khách ngủ lại nhà có phải báo công an không"],
  ["dvc-tam-tru", "có", "thuê trọ có phải đăng ký tạm trú không"],
  ["dvc-hoa-giai-dat-dai", "có", "tranh chấp đất với hàng xóm có bắt buộc hòa giải ở phường không"],
  ["dvc-vneid-tich-hop-giay-to", "có", "bằng lái trên VNeID có giá trị không"],
  ["kns-du-lieu-ca-nhan", "không", "có nên gửi ảnh căn cước cho người lạ không"],
  ["pa-gui-phan-anh", "có", "gửi phản ánh có kèm ảnh được không"],
  ["phuong-gap-can-bo", "có", "có cán bộ thật trả lời không"],
  ["phuong-sap-nhap", "không", "sau sáp nhập có phải đổi căn cước không"],
];

describe("shipped yes/no facts answer only what their quote settles", () => {
  it.each(unsettled)("%s: no yes or no to \"%s\"", (id, q) => {
    expect(topId(q), q).toBe(id);
    expect(ask(q).reply, q).not.toMatch(/^Dạ (có|không)[,.]/);
  });

  it.each(settled)("%s: \"Dạ %s\" to \"%s\"", (id, answer, q) => {
    const r = ask(q);
    expect(r.entries?.[0]?.id, q).toBe(id);
    expect(r.reply, q).toMatch(new RegExp(`^Dạ ${answer}, (?!\\p{Lu}\\p{Ll})`, "u"));
  });

  it("every shipped fact passes its own checks", () => {
    for (const e of kb.entries) expect(checkEntryYesNo(e), e.id).toEqual([]);
  });
});

describe("kb:check rules that keep yes/no facts true", () => {
  const entry = {
    title: "Tin nhắn báo phạt nguội giao thông",
    keywords: ["phạt nguội", "CSGT"],
    summary: "Dạ, hiện không có thông báo phạt nguội qua tin nhắn hay điện thoại.",
    body: "Xe máy thường đăng ký tại Công an phường nơi cư trú (chưa xác nhận), ô tô theo Công an thành phố.\n\nLiên hệ {{ward.police}} để hỏi.",
  };
  const fact = (asks: string[], says = "hiện không có thông báo phạt nguội qua tin nhắn hay điện thoại") => ({ asks, answer: "không" as const, says });

  it("refuses an ask made only of question words, and takes one naming the subject or two content words", () => {
    expect(checkEntryYesNo({ ...entry, yes_no: [fact(["có thật", "an toàn", "có gọi", "thật không", "nên bấm"])] })).toHaveLength(5);
    expect(checkEntryYesNo({ ...entry, yes_no: [fact(["tin nhắn + phạt nguội", "csgt + gọi", "bấm link + nộp tiền"])] })).toEqual([]);
    const subject = new Set(["phat", "nguoi"]);
    expect(askIsSpecific("có thật", subject)).toBe(false);
    expect(askIsSpecific("phạt + có thật", subject)).toBe(true);
  });

  it("wants the marker of the sentence a quote comes from, and no placeholder", () => {
    const unmarked = checkEntryYesNo({ ...entry, yes_no: [fact(["xe máy + phường"], "xe máy thường đăng ký tại Công an phường nơi cư trú")] });
    expect(unmarked.join()).toMatch(/quote the marker too/);
    expect(checkEntryYesNo({ ...entry, yes_no: [fact(["xe máy + phường"], "xe máy thường đăng ký tại Công an phường nơi cư trú (chưa xác nhận)")] })).toEqual([]);
    expect(checkEntryYesNo({ ...entry, yes_no: [fact(["công an + phường"], "liên hệ {{ward.police}} để hỏi")] }).join()).toMatch(/placeholder/);
  });
});

describe("the staff knowledge editor re-checks yes/no facts on every edit", () => {
  const draft = (summary: string) =>
    entryDraftSchema.parse({
      id: "thu-phat-nguoi",
      title: "Tin nhắn báo phạt nguội giao thông",
      summary,
      category: "lua-dao",
      questions: ["tin nhắn phạt nguội có thật không", "phạt nguội qua tin nhắn", "có nên bấm link phạt nguội"],
      sources: [{ title: "Bộ Công an", url: "https://bocongan.gov.vn" }],
      wards: "all",
      last_reviewed: "2026-11-30",
      verified: true,
      yes_no: [{ asks: ["tin nhắn + phạt nguội"], answer: "không", says: "hiện không có thông báo phạt nguội qua tin nhắn hay điện thoại" }],
      body: "Ông/bà tự tra cứu vi phạm trên trang csgt.bocongan.gov.vn.",
    });

  it("accepts the entry while it still says the quoted words", () => {
    const ok = validateEntry(draft("Dạ, hiện không có thông báo phạt nguội qua tin nhắn hay điện thoại; tin nhắn kèm link là lừa đảo."));
    expect(ok.problems).toEqual([]);
    expect(ok.entry?.yes_no).toHaveLength(1);
  });

  it("refuses, in Vietnamese, an edit that no longer says them", () => {
    const edited = validateEntry(draft("Dạ, thông báo phạt nguội được gửi qua đường bưu điện; tin nhắn kèm link là lừa đảo."));
    expect(edited.entry).toBeUndefined();
    expect(edited.problems).toContain(
      'Câu trả lời có/không "hiện không có thông báo phạt nguội qua tin nhắn hay điện thoại" không còn khớp nguyên văn nội dung; sửa hoặc xóa mục yes_no này.',
    );
  });
});

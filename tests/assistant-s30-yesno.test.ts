/**
 * Session 30 (issue 10 §2): more questions the entries settle get "Dạ có" / "Dạ không" first. New front-matter yes_no
 * facts quoted from the entries' own text (the disability council coming home, what the health book holds, the health
 * card issued with the birth registration, a complete dossier not entering the green lane by itself, the "online
 * kidnapping" script, a shipper's transfer-first demand, the merger update asked after the scam call) and asks widened
 * by wording class (a network's brand name, "có lừa không", "xin OTP … cho", "có tin được không", "ở trọ", a child or
 * a divorced daughter joining her parents' or grandparents' home). Each is tried against questions its quote does not
 * settle: those keep the plain reply. Our own wordings, not the tuning sets'.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { conversationWith } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";
import { unsettledCases, yesNoFirstCases } from "./support/yes-no-cases";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });
const yesOrNo = /^Dạ (có|không)(?!\p{L})/u;

let assistant: Assistant;
beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});
const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);
const talk = (...turns: string[]) => conversationWith(assistant, ward, ...turns);

describe("yes/no facts quoted from the entries (session 30)", () => {
  const answered: Array<[string, string, RegExp]> = [
    ["mẹ tôi bị liệt không ra khỏi nhà được, hội đồng xác định khuyết tật có về nhà đánh giá không", "dvc-khuyet-tat", /^Dạ có, Hội đồng có thể đến nhà đánh giá \(chưa xác nhận\)/u],
    ["hồ sơ nộp đủ giấy tờ rồi thì có tự động vào làn xanh không", "lx-cach-dung", /^Dạ không, để được làn xanh, thủ tục phải có trong danh mục làn xanh của phường/u],
    ["xem đơn thuốc các lần khám trên sổ sức khỏe điện tử được không", "dvc-so-suc-khoe", /^Dạ có, sổ sức khỏe điện tử là tiện ích trên ứng dụng VNeID/u],
    ["làm khai sinh cho bé mới đẻ thì có cấp luôn thẻ bhyt không", "dvc-khai-sinh", /^Dạ có, nộp một lần, bé có giấy khai sinh/u],
    ["cho cháu nội nhập khẩu về nhà ông bà được không", "dvc-thuong-tru", /^Dạ có, chuẩn bị tờ khai CT01 .*cần chủ hộ đồng ý/u],
    ["hai đứa đang ở trọ ở phường này, đăng ký kết hôn ở đây được không hay phải về quê", "dvc-ket-hon", /^Dạ có, UBND phường nơi cư trú \(thường trú hoặc tạm trú\)/u],
    ["con gái tôi bị dọa liên quan đến một vụ án, còn bảo không được nói với bố mẹ, vậy có phải lừa không", "ld-bat-coc-online", /^Dạ có, đó là chiêu "bắt cóc online"/u],
    ["người giao hàng bảo phải chuyển trước tiền hàng mới giao, có lừa không", "ld-giao-hang", /^Dạ có, giả shipper đòi chuyển khoản trước/u],
    ["tuyển việc nhẹ lương cao làm tại nhà như vậy có lừa không", "ld-viec-nhe-luong-cao", /^Dạ có, lời mời "việc nhẹ lương cao"/u],
    ["nhận cuộc gọi lừa đảo thì có cần báo công an phường không", "ld-bao-cao", /^Dạ có, gặp lừa đảo ông\/bà báo Công an phường/u],
    ["người tự xưng nhân viên ngân hàng xin otp thì có được cho không", "ld-otp", /^Dạ không, ngân hàng, công an, nhà mạng không bao giờ hỏi mã OTP/u],
    ["tin nhắn brandname của ngân hàng thì có tin được không", "ld-tram-bts-gia", /^Dạ không, tin nhắn mang đúng tên ngân hàng vẫn có thể là lừa đảo/u],
    ["Vinaphone có gọi điện báo khóa sim không", "ld-sim-bi-khoa", /^Dạ không, cuộc gọi báo "SIM sắp bị khóa"/u],
    ["nhắn tin ngoài giờ hành chính thì có ai xem không", "phuong-gap-can-bo", /^Dạ không, nhắn ngoài giờ, ngày nghỉ thì cán bộ sẽ trả lời/u],
  ];
  yesNoFirstCases(ask, answered);

  // questions the quotes do not settle: no yes or no, whatever entry answers them
  const unsettled: string[] = [
    // whether the trick is real: "Dạ có" would read as "it is real"
    "bắt cóc online có thật không hay là lừa",
    // "tuyệt đối" folds to the letters of "đòi": a genuine OTP message asked "có sao không" is not a caller asking for it
    "tin nhắn ngân hàng ghi tuyệt đối không cung cấp mã OTP cho ai, vậy có sao không",
    "cho tôi xin lại mã otp được không",
    // a transfer paper from the old home (not needed, but the consent sentence does not say so) and a single-status paper
    "lấy chồng ở đây, hộ khẩu cũ vẫn ở nhà bố mẹ đẻ, có phải về quê xin giấy chuyển khẩu không",
    "hai đứa ở trọ, đăng ký kết hôn có cần giấy xác nhận độc thân ở quê không",
    // a negative question: the natural reply is "Dạ đúng", not "Dạ không"
    "vậy tin nhắn có tên ngân hàng cũng không tin được à",
    // someone else's book, an older child (the linked service is for children under six), cash on delivery
    "xem kết quả xét nghiệm của mẹ trên sổ sức khỏe điện tử của tôi được không",
    "bé 7 tuổi mới làm khai sinh thì có cấp luôn thẻ bhyt không",
    "shipper giao hàng thu tiền mặt khi nhận có phải lừa không",
  ];
  unsettledCases(ask, unsettled);

  it("after integrating the health card, 'đi khám chỉ cần đưa VNeID là được hả' gets the card's value first", () => {
    const [, later] = talk("tích hợp thẻ bhyt vào vneid thế nào", "đi khám chỉ cần đưa vneid là được hả");
    expect(later?.kind === "answer" && later.entry.id).toBe("dvc-vneid-tich-hop-giay-to");
    expect(later?.reply).toMatch(/^Dạ có, giấy tờ đã tích hợp và hiển thị trên VNeID có giá trị thay thế khi xuất trình \(chưa xác nhận\)/u);
  });

  it("'không mang thẻ giấy, đưa VNeID là được hả' is not answered by the 'must I bring the card' fact ('Dạ không')", () => {
    const [, later] = talk("tích hợp thẻ bhyt vào vneid thế nào", "đi khám mà không mang thẻ giấy, đưa vneid là được hả");
    expect(later?.reply).not.toMatch(/^Dạ không/u);
  });

  it("after the merger-update scam call, 'do I need to update anything' gets the summary's 'Dạ không' once", () => {
    const [, later] = talk("Có người gọi xưng công an phường mới, bảo tôi phải cập nhật thông tin cư trú trên VNeID vì đã sáp nhập phường", "thế tôi có cần cập nhật gì không");
    expect(later?.kind).toBe("answer");
    if (later?.kind !== "answer") return;
    expect(later.entry.id).toBe("ld-cap-nhat-vneid");
    expect(later.reply).toMatch(/^Dạ không, đó là lừa đảo: Bộ Công an tự cập nhật địa giới hành chính mới/u);
    // the summary continues the sentence, it is not repeated after it
    expect(later.reply.split("Bộ Công an tự cập nhật").length).toBe(2);
    expect(later.reply).toMatch(yesOrNo);
  });
});

/**
 * Session 29 (issue 10 §2): yes/no facts quoted from seventeen entries' own text (front-matter yes_no), where the
 * entry decides the question but no "Dạ có" / "Dạ không" was mapped (class c of bench/README "s28-yesno"). Each fact
 * is tried against questions its quote does not settle: those keep the plain reply. Our own wordings, not the tuning
 * sets'.
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
/** every turn of a conversation, in order */
const talk = (...turns: string[]) => conversationWith(assistant, ward, ...turns);

describe("yes/no facts quoted from the entries (session 29)", () => {
  const answered: Array<[string, string, RegExp]> = [
    ["tháng sau tôi đi du lịch Thái Lan 10 ngày có phải khai tạm vắng không", "dvc-tam-vang", /^Dạ không, không phải ai đi xa cũng phải khai tạm vắng/u],
    ["giấy kết hôn của bố mẹ tôi bị mất, sổ hộ tịch ở phường cũ cũng mất rồi, giờ có đăng ký lại được không", "dvc-dang-ky-lai-ho-tich", /^Dạ có, chỉ khi mất cả sổ hộ tịch và bản chính \(việc đăng ký trước 01\/01\/2016\) \(chưa xác nhận\)/u],
    ["sửa lại nhà tắm bên trong thì có cần xin giấy phép xây dựng không", "dvc-giay-phep-xay-dung", /^Dạ không, sửa chữa nhỏ bên trong không ảnh hưởng kết cấu/u],
    ["khách thuê phòng chuyển đi mấy tháng rồi, chủ trọ xóa tạm trú giúp họ được không", "dvc-xoa-dang-ky-cu-tru", /^Dạ có, chủ nhà trọ có người thuê đã đi: báo Công an phường/u],
    ["thẻ bhyt đã tích hợp vneid, đi khám mở điện thoại ra thì bệnh viện có nhận không", "dvc-vneid-tich-hop-giay-to", /^Dạ có, giấy tờ đã tích hợp và hiển thị trên VNeID có giá trị thay thế khi xuất trình \(chưa xác nhận\)/u],
    ["phiếu lý lịch tư pháp bây giờ còn phải lên sở tư pháp xin không", "dvc-ly-lich-tu-phap", /^Dạ không, phiếu do cơ quan Công an cấp; từ tháng 3\/2025/u],
    ["xin bản sao giấy khai sinh có phải mang căn cước không", "dvc-trich-luc", /^Dạ có, chuẩn bị tờ khai và giấy tờ tùy thân/u],
    ["nhà có sổ hộ nghèo thì có được cấp thẻ bhyt không", "dvc-ho-ngheo", /^Dạ có, quyền lợi thường gặp \(chưa xác nhận\): thẻ BHYT được Nhà nước đóng \(hộ nghèo\)/u],
    ["bố mẹ chưa cưới thì làm khai sinh cho em bé có được không", "dvc-khai-sinh", /^Dạ có, cha mẹ chưa đăng ký kết hôn vẫn khai sinh cho con được/u],
    ["gửi phản ánh mà mãi không ai trả lời thì phản ánh lại được không", "pa-theo-doi", /^Dạ có, gửi lại phản ánh và ghi mã cũ/u],
    ["làm tạm trú ở phòng thuê thì chủ nhà có phải ký không", "dvc-tam-tru", /^Dạ có, chuẩn bị tờ khai CT01 .*chủ nhà đồng ý/u],
  ];
  yesNoFirstCases(ask, answered);

  // questions the quotes do not settle (who registers, a long stay abroad, the book still kept, building something new,
  // a child whose parents are alive, a real name): no yes or no, whatever entry answers them
  const unsettled: string[] = [
    "chủ nhà có phải đăng ký tạm trú cho người thuê không",
    "đi xuất khẩu lao động Hàn Quốc 3 năm có phải khai tạm vắng không",
    "sổ gốc vẫn còn ở phường, tôi chỉ mất bản chính giấy khai sinh thì có phải đăng ký lại không",
    "xây thêm nhà vệ sinh trên sân thượng có phải xin phép không",
    "bố mẹ cháu đi làm ăn ở nước ngoài, bà nội có phải làm giám hộ cho cháu không",
    "gửi phản ánh qua iHanoi có phải ghi tên thật không",
    // a prize tax asked for before the prize (left unsettled in session 24: real promotions may tax a prize) and a paper
    // licence at a traffic check (the entry's own note says that case is not confirmed): tried, reverted
    "trúng thưởng xe máy mà bắt đóng thuế trước thì có phải lừa không",
    "bằng lái đã tích hợp trên vneid thì ra đường có cần mang bằng lái theo không",
  ];
  unsettledCases(ask, unsettled);

  it("a fact never takes the place of the lead the data gives: online filing keeps its own 'Dạ có.'", () => {
    // "chủ nhà … đăng ký" holds the letters "ký" but asks nothing of the landlord's signature
    expect(ask("chủ nhà bảo tôi tự đăng ký tạm trú, làm online trên vneid được không").reply).toMatch(/^Dạ có\.$|^Dạ có\.\n/mu);
  });
});

describe("the same facts in a later turn (session 29)", () => {
  it("the criminal-record paper by post, asked after where to get it", () => {
    const r = talk("xin phiếu lý lịch tư pháp ở đâu", "phiếu đó có gửi qua bưu điện được không")[1]!;
    expect(r.kind).toBe("answer");
    if (r.kind !== "answer") return;
    expect(r.entry.id).toBe("dvc-ly-lich-tu-phap");
    expect(r.reply).toMatch(/^Dạ có, bản điện tử trên VNeID hoặc bản giấy qua bưu điện/u);
  });

  it("an old red book, asked whether it must be changed, after how to change it", () => {
    const r = talk("cấp đổi sổ đỏ làm ở đâu", "sổ mẫu cũ thì có cần đổi không")[1]!;
    expect(r.reply).toMatch(/^Dạ không, sổ mẫu cũ vẫn có giá trị, không bắt buộc đổi \(chưa xác nhận\)/u);
  });

  it("a later turn the quote does not settle keeps the plain reply", () => {
    const r = talk("cấp đổi sổ đỏ làm ở đâu", "sổ mẫu cũ có đổi sang mẫu mới được không")[1]!;
    expect(r.reply).not.toMatch(yesOrNo);
  });
});

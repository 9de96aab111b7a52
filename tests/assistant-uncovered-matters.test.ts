/**
 * Matters no entry covers whose everyday words match a look-alike entry (uncovered-matters.ts, issue 10 §4, session
 * 10): a job sought or a recruitment, a private service hired, an employer's dispute, a school's card, the labour-export
 * procedure itself. They are handed off (out of scope, the question kept for the unanswered queue), while the same
 * words as the purpose of a ward paper still get that paper's entry. Messages are written for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { offTopicTurn } from "../server/assistant/off-topic-turn";
import { foldedText } from "../server/assistant/text-analysis";
import { uncoveredMatterPattern } from "../server/assistant/uncovered-matters";
import { Assistant, type ConversationMemory } from "../server/assistant/assistant";
import { knowledgeAssistant, MONDAY_9AM } from "./support/knowledge-assistant";

const { ask: askAlone, ward } = knowledgeAssistant();
let entries: KnowledgeEntry[] = [];
let assistant: Assistant;
beforeAll(async () => {
  const { kb } = await readKnowledgeDir("knowledge", { strict: true });
  entries = kb.entries;
  assistant = new Assistant(kb);
});
/** One message, alone or as the next turn of a conversation (`memory` of the previous turn). */
const ask = (text: string, memory?: ConversationMemory) => (memory ? assistant.ask(text, ward, MONDAY_9AM, memory) : askAlone(text));

describe("matters no entry covers", () => {
  it("hands off a job sought or a recruitment instead of answering with the ward's contacts", () => {
    for (const text of [
      "ubnd phuong co tuyen bao ve khong",
      "tôi muốn xin vào làm ở ủy ban phường",
      "phuong minh co tuyen nhan vien ve sinh khong a",
      "anh tôi đang tìm việc lái xe, công an phường có cần người không",
    ]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
      expect(result.kind === "handoff" && result.handoff, text).toMatchObject({ reason: "out_of_scope", topic: expect.any(String) });
    }
  });

  it("hands off a private service hired, an employer's dispute and a school's card", () => {
    for (const text of [
      "thuê giúp việc theo giờ ở đâu",
      "nhà tôi cần thuê người giúp việc chăm bà cụ, tìm ở đâu",
      "chủ cũ nợ lương tôi hai tháng, tôi phải làm gì",
      "mat the sinh vien thi lam lai o dau",
      "thu tuc di xuat khau lao dong Dai Loan gom nhung gi",
    ]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
    }
  });

  it("hands off a utility's new meter, a visa for travelling, the mass organisations' own life and volunteering", () => {
    for (const text of [
      "thủ tục xin visa du lịch Hàn Quốc",
      "hội người cao tuổi tổ dân phố sinh hoạt ở đâu",
      "đăng ký làm tình nguyện viên hỗ trợ người dân làm vneid",
      "muốn đăng ký tình nguyện ở phường",
      "xin lắp đồng hồ nước cho căn nhà mới mua thì làm thủ tục gì",
      "chi hoi phu nu to 3 thang nay hop ngay nao",
    ]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
    }
  });

  it("still answers the scam entry for a fake water bill", () => {
    const result = ask("tin nhắn báo nợ tiền nước, bắt bấm link thanh toán ngay không sẽ cắt nước, có phải lừa không");
    expect(result.kind).not.toBe("handoff");
  });

  it("hands off the resident's own divorce (the court's), not the paper of one already divorced", () => {
    for (const text of ["hai vợ chồng muốn ly hôn, đơn nộp ở đâu", "thủ tục ly hôn đơn phương khi chồng bỏ đi biệt tích"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
    }
    expect(ask("tôi đã ly hôn, xin giấy xác nhận độc thân cần gì").entries[0]?.id).toBe("dvc-xac-nhan-hon-nhan");
  });

  it("hands off a permit for the pavement and the workers' rent support, not a report of a blocked pavement", () => {
    for (const text of ["cấp phép đào vỉa hè để nối ống thoát nước", "công nhân thuê trọ có được hỗ trợ tiền thuê nhà không"]) {
      expect(ask(text).kind, text).toBe("handoff");
    }
    const report = ask("hàng xóm lấn chiếm vỉa hè bán hàng, phản ánh ở đâu");
    expect(report.kind).toBe("answer");
    expect(report.entries[0]?.id).toBe("pa-gui-phan-anh");
  });

  it("hands off a beating (the police's) and a loan wanted, not the paper a loan needs", () => {
    for (const text of ["tôi bị hàng xóm đánh thì báo ai", "bị chồng đánh nhiều lần, tôi phải làm gì"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
      // (the handoff names the emergency numbers)
      expect(result.reply, text).toContain("113");
    }
    expect(ask("xin giấy xác nhận cư trú để vay vốn ngân hàng").entries[0]?.id).toBe("dvc-xac-nhan-cu-tru");
  });

  it("hands off a pet's rabies shot, not the children's vaccination the entry on other offices names", () => {
    expect(ask("tiêm vắc xin dại cho chó ở đâu").kind).toBe("handoff");
    const child = ask("đưa con đi tiêm chủng mở rộng ở đâu");
    expect(child.kind).toBe("answer");
    expect(child.entries[0]?.id).toBe("phuong-viec-khong-o-phuong");
  });

  it("hands off a court's judgment copy and a lost diploma reissued, not a diploma's certified copy", () => {
    for (const text of ["xin trích lục bản án ở tòa", "xin cấp lại bằng đại học bị mất"]) expect(ask(text).kind, text).toBe("handoff");
    expect(ask("chứng thực bản sao bằng tốt nghiệp đại học").entries[0]?.id).toBe("dvc-chung-thuc");
  });

  it("gives a hacked or emptied savings account the victim's steps, not the savings matter's handoff", () => {
    for (const text of [
      "tài khoản tiết kiệm bị hack mất tiền thì báo ai",
      "bị trừ tiền trong sổ tiết kiệm không rõ lý do",
      "the tiet kiem bi lua mat tien roi",
      "tk tiết kiệm bị hack hết tiền phải làm gì",
    ]) {
      const result = ask(text);
      expect(result.kind, text).not.toBe("handoff");
      // (the victim's steps, or the bank-safety entry whose lead says to call the bank's hotline and the police)
      expect(["ld-bi-lua-roi", "kns-thanh-toan-khong-tien-mat"], text).toContain(result.entries[0]?.id);
    }
    for (const text of ["sổ tiết kiệm bị mất thì làm sao", "mất sổ tiết kiệm thì làm lại ở đâu"]) expect(ask(text).kind, text).toBe("handoff");
  });

  it("keeps the ward paper a job or labour export is the purpose of", () => {
    expect(ask("xin lý lịch tư pháp để nộp hồ sơ xin việc mất mấy ngày").entries[0]?.id).toBe("dvc-ly-lich-tu-phap");
    const abroad = ask("tôi sắp đi xuất khẩu lao động Hàn Quốc 2 năm thì có phải báo tạm vắng không");
    expect(abroad.kind).toBe("answer");
    expect(abroad.entries[0]?.id).toBe("dvc-tam-vang");
  });

  it("leaves job offers to the scam entries, whose advice is about them", () => {
    const result = ask("em đang tìm việc, thấy bên kia tuyển cộng tác viên làm tại nhà nhưng bắt đặt cọc trước, có nên làm không");
    expect(result.kind).not.toBe("handoff");
    expect(result.entries[0]?.id).toBe("ld-viec-nhe-luong-cao");
  });

  it("does not read a missing person, a medical check or a court's ruling as a matter", () => {
    for (const text of ["bo toi di lac, bao tim nguoi o dau", "kham tuyen nghia vu quan su", "toa tuyen mat nang luc hanh vi", "nop ho so truc tuyen"]) {
      expect(uncoveredMatterPattern.test(text), text).toBe(false);
    }
  });

  it("is no follow-up of the previous entry either ('lắp công tơ điện mới' after the fake power bill)", () => {
    const bill = entries.find((e) => e.id === "ld-hoa-don-dien-nuoc")!;
    const billText = foldedText(`${bill.title} ${bill.summary} ${bill.questions.join(" ")} ${bill.body}`);
    expect(offTopicTurn(foldedText("giờ tôi cần lắp công tơ điện mới cho dãy phòng trọ"), billText, bill)).toBe(true);
    expect(offTopicTurn(foldedText("tiền điện thật thì tra ở đâu"), billText, bill)).toBe(false);
  });

  // Review M1–M6 (session 10): messages written for these tests, each handed off before the fix.
  const answeredBy = (text: string, id: string, memory?: ConversationMemory) => {
    const result = ask(text, memory);
    expect(result.kind, text).toBe("answer");
    expect(result.entries[0]?.id, text).toBe(id);
    return result;
  };
  const afterTurn = (first: string, then: string, id: string) => {
    const opening = ask(first);
    expect(opening.kind, first).toBe("answer");
    answeredBy(then, id, opening.memory);
  };

  it("reads folded 'cho … can', 'hoi', 'danh', 'the' as their everyday words, not a dog's bite, an association, a beating or a card", () => {
    answeredBy("cho mình hỏi cần con có mặt khi làm căn cước không", "dvc-can-cuoc");
    answeredBy("cho hoi can chau phai di cung khi lam khai sinh khong", "dvc-khai-sinh");
    answeredBy("cho toi hoi can toi mang gi khi lam tam vang", "dvc-tam-vang");
    answeredBy("đăng ký tạm trú cho con cần con ký không", "dvc-tam-tru");
    answeredBy("cho hỏi người cao tuổi tham gia bảo hiểm xã hội tự nguyện được không", "dvc-bhxh-tu-nguyen");
    answeredBy("xin hoi nguoi cao tuoi truong hop nao duoc mien phi bhyt", "dvc-bhyt-ho-gia-dinh");
    answeredBy("cho hoi phu nu don than truong hop nao duoc xet ho ngheo", "dvc-ho-ngheo");
    answeredBy("mình muốn hỏi người cao tuổi hợp lệ thì được trợ cấp bao nhiêu", "dvc-tro-cap-xa-hoi");
    answeredBy("nha em bi bo danh sach tro cap xa hoi, hoi o dau", "dvc-tro-cap-xa-hoi");
    answeredBy("thẻ sinh viên có thay được giấy tờ tùy thân khi đăng ký tạm trú không", "dvc-tam-tru");
  });

  it("reads them so in a follow-up too ('cho hỏi cần con có mặt không', 'thế sinh viên thì sao')", () => {
    afterTurn("làm căn cước cho con", "cho hỏi cần con có mặt không", "dvc-can-cuoc");
    afterTurn("dang ky ket hon", "cho hoi can em mang gi", "dvc-ket-hon");
    afterTurn("đăng ký khai tử", "cho em hỏi cần em mang gì theo", "dvc-khai-tu");
    afterTurn("trợ cấp người cao tuổi", "cho hỏi người cao tuổi trường hợp nào không được", "dvc-tro-cap-xa-hoi");
    afterTurn("mua bảo hiểm y tế hộ gia đình", "thế sinh viên thì sao", "dvc-bhyt-ho-gia-dinh");
    afterTurn("bhyt ho gia dinh dong bao nhieu", "the hoc sinh thi the nao", "dvc-bhyt-ho-gia-dinh");
    afterTurn("trợ cấp xã hội hằng tháng", "thế học sinh khuyết tật có được không", "dvc-tro-cap-xa-hoi");
  });

  it("answers the ward paper when the matter is only its purpose and the message still names the paper", () => {
    answeredBy("tôi đang tìm việc, làm phiếu lý lịch tư pháp số 1 mất mấy ngày", "dvc-ly-lich-tu-phap");
    answeredBy("muon xin viec thi lam phieu ly lich tu phap online the nao", "dvc-ly-lich-tu-phap");
    answeredBy("dang tim viec nen muon chung thuc ban sao bang tot nghiep", "dvc-chung-thuc");
    answeredBy("thuê thợ sửa nhà, có phải xin giấy phép xây dựng không", "dvc-giay-phep-xay-dung");
    answeredBy("thue tho xay nha 3 tang can giay phep xay dung gi", "dvc-giay-phep-xay-dung");
    answeredBy("muốn vay vốn cho hộ nghèo thì hồ sơ xét hộ nghèo thế nào", "dvc-ho-ngheo");
    answeredBy("em muon xin tinh nguyen di nghia vu quan su som", "dvc-nghia-vu-quan-su");
    answeredBy("muốn ly hôn cần bản sao trích lục kết hôn thì xin ở đâu", "dvc-trich-luc");
  });

  it("keeps a follow-up on the previous entry that speaks of the matter's key words ('muốn vay vốn' after hộ nghèo)", () => {
    afterTurn("ho ngheo duoc ho tro gi", "can vay von thi lam sao", "dvc-ho-ngheo");
    afterTurn("gửi phản ánh với phường thế nào", "hàng xóm đào vỉa hè để làm ống nước", "pa-gui-phan-anh");
  });

  it("still hands off the matters themselves, accented or not, alone or after an entry", () => {
    for (const text of ["bị chó cắn thì tiêm phòng dại ở đâu", "con cho nha ben canh can chau toi", "bi hang xom danh thi bao ai", "chi hoi phu nu hop vao ngay nao", "hội cựu chiến binh phường sinh hoạt ở đâu", "làm lại thẻ sinh viên bị mất ở đâu", "muốn xin phép đào vỉa hè để làm ống nước", "có tuyển người làm hợp đồng ở phường không"]) {
      expect(ask(text).kind, text).toBe("handoff");
    }
    const opening = ask("làm căn cước cho con");
    expect(ask("con chó nhà hàng xóm cắn cháu thì báo ai", opening.memory).kind).toBe("handoff");
  });
});

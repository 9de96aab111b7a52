/**
 * Out of coverage, session 14 (issue 10 §4): other offices' and companies' own services that share a word with an entry
 * (uncovered-services.ts, english-uncovered.ts). A message asking for one is handed off (out of scope, its topic kept for
 * the unanswered queue), never answered from the look-alike entry; the same words where an entry does answer still get
 * that entry. Messages are written for this file, not copied from the tuning sets or the entries' sample questions.
 */
import { describe, expect, it } from "vitest";
import type { AskResult } from "../server/assistant/ask-result";
import { foldedText } from "../server/assistant/text-analysis";
import { uncoveredMatterIn } from "../server/assistant/uncovered-matters";
import { answerCheck, inEnglish, knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, conversation } = knowledgeAssistant();
const answers = answerCheck(ask);

function handedOff(result: AskResult | undefined, text: string) {
  expect(result?.kind, text).toBe("handoff");
  expect(result?.kind === "handoff" && result.handoff, text).toMatchObject({ reason: "out_of_scope", topic: expect.any(String) });
}

describe("a trade's own licence", () => {
  it("hands off a licence to sell alcohol or tobacco instead of the household-business registration", () => {
    for (const text of ["muốn mở quán bán rượu thì cần giấy phép gì", "giấy phép kinh doanh thuốc lá xin ở đâu", "xin phép bán bia ở đâu"]) handedOff(ask(text), text);
  });
  it("still answers a business licence in general", () => {
    answers("xin giấy phép kinh doanh quán cà phê ở đâu", "dvc-ho-kinh-doanh");
  });
});

describe("a bank's card or loan", () => {
  it("hands off a card or a loan of one's own instead of a look-alike entry or a question back", () => {
    for (const text of ["lam lai the atm bi mat o dau", "lam the tin dung o dau", "muon vay ngan hang de mua nha thi lam the nao"]) handedOff(ask(text), text);
  });
  it("hands off a loan asked after the building permit", () => {
    const [, loan] = conversation("sửa nhà có phải xin phép không", "vay ngân hàng để sửa nhà thì cần gì");
    handedOff(loan, "vay ngân hàng để sửa nhà");
  });
  it("still answers a ward paper the loan needs", () => {
    answers("xin giấy xác nhận độc thân để vay ngân hàng mua nhà", "dvc-xac-nhan-hon-nhan");
  });
});

describe("a carrier's SIM, the power company's number and contract", () => {
  it("hands them off instead of the scam entries that mention them", () => {
    for (const text of ["mua sim mới chính chủ thì ra nhà mạng nào", "làm lại sim chính chủ cần mang gì", "cho tôi xin hotline điện lực"]) handedOff(ask(text), text);
  });
  it("hands off the power or water contract moved to a new owner instead of the land entries", () => {
    for (const text of ["chuyển hợp đồng nước sang tên tôi cần gì", "mua nhà cũ, hợp đồng mua bán điện sang tên thế nào"]) handedOff(ask(text), text);
  });
  it("still warns of a SIM-lock call and answers the fake power bill", () => {
    expect(ask("cuộc gọi báo sim sắp bị khóa là sao").kind).toBe("scam_warning");
    const bill = ask("tin nhắn báo điện lực sắp cắt điện, gọi tổng đài điện lực thế nào");
    expect(bill.kind === "answer" && bill.entry.id).toBe("ld-hoa-don-dien-nuoc");
    // the real number asked against a fake one is the scam entry's advice
    const real = ask("số tổng đài điện lực thật là số nào để gọi kiểm tra");
    expect(real.kind === "answer" && real.entry.id).toBe("ld-hoa-don-dien-nuoc");
  });
});

describe("a hospital's booking, a donation, a traffic accident's compensation", () => {
  it("hands off a hospital booking asked after the electronic health book", () => {
    const [book, booking] = conversation("sổ sức khỏe điện tử xem ở đâu", "thế đặt lịch khám ở bệnh viện Bạch Mai thì sao");
    expect(book?.kind === "answer" && book.entry.id).toBe("dvc-so-suc-khoe");
    handedOff(booking, "đặt lịch khám ở bệnh viện");
  });
  it("reads a donation and an accident's compensation as matters no entry covers", () => {
    for (const text of ["tiền ủng hộ bà con vùng bão gửi qua đâu", "quyên góp cho đồng bào lũ lụt ở đâu", "va chạm giao thông bên kia không chịu bồi thường thì làm sao"])
      expect(uncoveredMatterIn(foldedText(text), text), text).toBeDefined();
  });
  it("leaves a relative's 'accident' told by a caller to the scam check", () => {
    const text = "có người gọi báo con tôi bị tai nạn, cần chuyển tiền bồi thường gấp";
    expect(uncoveredMatterIn(foldedText(text), text)).toBeUndefined();
    expect(ask(text).kind).toBe("scam_warning");
  });
});

describe("a pension claimed, studying abroad, a contract's template, a labour contract", () => {
  it("hands them off instead of voluntary insurance, the criminal record, temporary residence or a question back", () => {
    for (const text of [
      "mẹ tôi sắp đủ tuổi nghỉ, làm thủ tục hưởng lương hưu thế nào",
      "cháu tôi chuẩn bị đi du học Úc cần làm gì",
      "có mẫu hợp đồng cho thuê phòng trọ không",
      "công ty không ký hợp đồng lao động với tôi có được không",
    ])
      handedOff(ask(text), text);
  });
  it("still answers paying in for a pension and a ward paper for studying abroad", () => {
    answers("đóng bảo hiểm xã hội tự nguyện bao nhiêu năm thì được hưởng lương hưu", "dvc-bhxh-tu-nguyen");
    answers("làm lý lịch tư pháp cho con đi du học ở đâu", "dvc-ly-lich-tu-phap");
    answers("chứng thực hợp đồng mua bán nhà ở đâu", "dvc-chung-thuc-hop-dong");
    // working without a labour contract is a worker's status, voluntary insurance's
    answers("tôi làm tự do không có hợp đồng lao động, muốn đóng bảo hiểm để có lương hưu", "dvc-bhxh-tu-nguyen");
  });
});

describe("a nationality acquired", () => {
  it("hands it off instead of the foreigners' stay declaration", () => {
    handedOff(ask("bạn tôi người Nhật muốn nhập quốc tịch Việt Nam"), "nhập quốc tịch");
  });
  it("still answers a birth registration that asks the child's nationality, and a foreign guest's stay", () => {
    answers("khai sinh cho con có bố người Mỹ, con mang quốc tịch gì", "dvc-khai-sinh");
    answers("khách nước ngoài ở nhà tôi 3 ngày, khai báo tạm trú thế nào", "dvc-nguoi-nuoc-ngoai-tam-tru");
  });
});

describe("in English: a company set up, a visa's type changed", () => {
  it("hands them off instead of the investment scam or the marriage entry", () => {
    for (const text of ["How can a foreign investor set up a company in Hanoi?", "visa status after marriage, what do I do"]) expect(inEnglish(ask(text), text)).toBe("handoff");
  });
  it("still answers a household business", () => {
    const text = "How do I register a household business?";
    const result = ask(text);
    expect(inEnglish(result, text)).toBe("dvc-ho-kinh-doanh");
  });
});

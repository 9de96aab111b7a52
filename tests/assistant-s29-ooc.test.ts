/**
 * Out of coverage, session 29 (issue 10 §4; server/assistant/uncovered-amounts-plates-schools.ts and the sick-pay
 * words of matter-words.ts): a social insurance benefit's sum, an employer that does not pay insurance
 * in, a duplicated insurance book, a number plate, a vehicle's transfer fee or inheritance, a school's refusal or a
 * re-marking, a diploma reissued, a private notary's fee, land recovered and its compensation, a title released from a
 * mortgage, a policy loan's sum, a fine paid at the treasury, who is entitled to an estate and a text to translate
 * (lexicon.ts offTopicPattern) are handed off, on a first question and on a later turn kept on an entry that names the
 * matter only; each covered circumstance is still answered.
 * Messages written for this file, not tuning lines.
 */
import { describe, expect, it } from "vitest";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask, answeredBy, conversation } = knowledgeAssistant();

const handedOff = (text: string) => {
  const r = ask(text);
  expect(r.kind, text).toBe("handoff");
  expect(r.kind === "handoff" && r.handoff.reason, text).toBe("out_of_scope");
};

describe("a social insurance benefit's sum or length", () => {
  it("hands off the pension, the survivors' benefit and sick pay asked as a sum", () => {
    for (const text of [
      "vợ tôi nghỉ hưu thì được nhận bao nhiêu tiền hằng tháng",
      "chồng mất thì tiền tuất cho con nhỏ được bao nhiêu",
      "nghi om dai ngay thi bhxh tra may phan tram luong",
      "nghỉ ốm 3 ngày có được bảo hiểm trả tiền không",
    ])
      handedOff(text);
  });
  it("still answers the social allowance, the voluntary insurance's own sum and the death registration's joint claim", () => {
    answeredBy("mẹ tôi không có lương hưu, 80 tuổi thì trợ cấp xã hội được bao nhiêu", "dvc-tro-cap-xa-hoi");
    answeredBy("tham gia bảo hiểm xã hội tự nguyện thì mức đóng bao nhiêu một tháng", "dvc-bhxh-tu-nguyen");
    answeredBy("đóng bhxh tự nguyện 20 năm thì lương hưu được bao nhiêu", "dvc-bhxh-tu-nguyen");
    answeredBy("khai tử cho bố ở phường có làm luôn trợ cấp tử tuất không", "dvc-khai-tu");
    answeredBy("tôi về hưu rồi, làm căn cước gắn chip mất bao nhiêu tiền", "dvc-can-cuoc");
    answeredBy("bà nội là vợ liệt sĩ, muốn xin lại chế độ trợ cấp tuất thì cần giấy gì", "dvc-nguoi-co-cong");
  });
});

describe("an employer's insurance, an insurance book", () => {
  it("hands off an employer that does not pay in and a duplicated book", () => {
    for (const text of ["xưởng may chưa đóng bảo hiểm xã hội cho công nhân cả năm nay, báo ở đâu", "cong ty tron dong bhxh thi to cao o dau", "hai sổ bảo hiểm xã hội của tôi bị trùng nhau, gộp lại ở đâu"]) handedOff(text);
  });
  it("still answers checking the months paid on VssID and family health insurance bought after the job is lost", () => {
    answeredBy("muốn xem công ty cũ chưa đóng bhxh tháng nào thì tra trên vssid ở mục nào", "dvc-vssid");
    answeredBy("nghỉ việc rồi, công ty không đóng bảo hiểm nữa, giờ mua bảo hiểm y tế hộ gia đình cho cả nhà thế nào", "dvc-bhyt-ho-gia-dinh");
  });
});

describe("a share of an estate, who is entitled", () => {
  it("hands off who gets a disputed title or how much of an estate", () => {
    for (const text of ["anh em tranh chấp đất bố mẹ để lại, ai được hưởng nhiều hơn", "con riêng của chồng có được chia thừa kế ngang con chung không"]) handedOff(text);
  });
  it("still answers mediation at the ward and the division's certification", () => {
    answeredBy("tranh chấp đất với hàng xóm thì hòa giải ở phường thế nào", "dvc-hoa-giai-dat-dai");
    answeredBy("làm văn bản phân chia di sản thừa kế ở phường cần gì", "dvc-chung-thuc-hop-dong");
  });
});

describe("vehicles, schools, notaries, land, banks, fines", () => {
  it("hands off a number plate, a transfer fee and a vehicle inherited", () => {
    for (const text of ["muốn giữ lại biển số xe máy cũ khi mua xe mới thì làm thế nào", "bien so xe dep dau gia o dau", "phí sang tên xe máy cũ hết bao nhiêu tiền", "ông tôi mất để lại chiếc ô tô, các cháu thừa kế xe thì làm sao"]) handedOff(text);
  });
  it("still answers where a vehicle is registered, its plate changed or its transfer made", () => {
    answeredBy("đăng ký xe máy mới mua ở đâu", "phuong-viec-khong-o-phuong");
    answeredBy("đổi biển số xe máy khi chuyển hộ khẩu thì làm ở đâu", "phuong-viec-khong-o-phuong");
    answeredBy("nhân tiện sang tên xe máy mua lại của người quen thì đi đâu làm", "phuong-viec-khong-o-phuong");
  });
  it("hands off a school's refusal, a re-marking and a private notary's fee", () => {
    for (const text of ["trường tiểu học từ chối nhận cháu vào lớp 1 dù nhà ở gần, giờ làm sao", "muốn phúc khảo điểm thi tốt nghiệp của con", "văn phòng công chứng gần đây thu phí bao nhiêu cho hợp đồng tặng cho"]) handedOff(text);
  });
  it("still answers the ward's own certification fee and a health card's catchment", () => {
    answeredBy("phí chứng thực hợp đồng mua bán nhà ở phường là bao nhiêu", "dvc-chung-thuc-hop-dong");
    expect(ask("khám bệnh trái tuyến thì bảo hiểm y tế trả bao nhiêu").kind).not.toBe("handoff");
  });
  it("hands off land compensation, a title released from a mortgage, a policy loan's rate and a fine paid at the treasury", () => {
    for (const text of [
      "nhà tôi bị thu hồi 30m2 làm đường thì bồi thường tính thế nào",
      "trả hết nợ rồi thì rút sổ hồng ở ngân hàng về như thế nào",
      "vay vốn ngân hàng chính sách để sửa nhà lãi suất bao nhiêu",
      "bị phạt vi phạm giao thông thật thì đóng tiền phạt tại kho bạc nào",
    ])
      handedOff(text);
  });
  it("still answers the poor household's loan named as a benefit", () => {
    answeredBy("hộ nghèo có được vay vốn ưu đãi không", "dvc-ho-ngheo");
  });
});

describe("a text to translate for the resident", () => {
  it("hands off a translation asked of the assistant, even with the text after a colon", () => {
    for (const text of ["dịch hộ mình câu này sang tiếng Trung với", "Dich giup em doan nay sang tieng Anh: Tran trong kinh moi quy khach"]) handedOff(text);
  });
  it("still answers a translation's certification", () => {
    answeredBy("chứng thực bản dịch sang tiếng Anh ở phường được không", "dvc-chung-thuc");
  });
});

describe("on a later turn kept on an entry that names the matter only", () => {
  it("hands off the sum after the entry that names the benefit or the loan", () => {
    const cases: [string, string, string][] = [
      ["Tham gia bảo hiểm xã hội tự nguyện thế nào", "dvc-bhxh-tu-nguyen", "thế đóng bắt buộc 20 năm rồi nghỉ thì lương hưu bao nhiêu"],
      ["khai tu can giay gi", "dvc-khai-tu", "còn tiền tuất của mẹ tôi được nhận bao nhiêu một tháng"],
      ["xet ho can ngheo the nao", "dvc-ho-ngheo", "thế vay ngân hàng chính sách tối đa bao nhiêu"],
      ["đăng ký xe máy ở đâu", "phuong-viec-khong-o-phuong", "còn biển số cũ có giữ lại được không"],
      ["chứng thực hợp đồng tặng cho nhà ở phường cần gì", "dvc-chung-thuc-hop-dong", "còn ra văn phòng công chứng thì phí bao nhiêu"],
      ["cấp lại sổ hồng bị mất cần giấy gì", "dvc-cap-lai-so-do", "tiện hỏi, sổ hồng đang tranh chấp với chị gái thì ai được đứng tên"],
      ["cấp lại sổ hồng bị mất cần giấy gì", "dvc-cap-lai-so-do", "thế ông nội mất rồi, các bác chia thừa kế căn nhà này ai được bao nhiêu"],
    ];
    for (const [first, id, later] of cases) {
      const [a, b] = conversation(first, later);
      expect(led(a), first).toBe(`answer ${id}`);
      expect(b?.kind, later).toBe("handoff");
    }
  });
});

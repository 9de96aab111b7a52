/**
 * Session 28 (issue 10 §4, long messages with full diacritics): a resident tells the situation at length
 * before the question. Three readings of such a message (chosen across every tuning set with
 * bench/calibration-lines.ts; phrasings of our own modelled on the tuning classes, not the tuning lines):
 * - a sentence ended by "." in a message that marks its questions with "?" is story, not a second question
 *   (story-sentences.ts);
 * - a "no clear signs" scam reading of the resident's own words still reads the question clause alone;
 * - in a story of 30 words or more, the question clause's clear entry answers when the whole message ranks
 *   it close behind the entry the story's words lifted (question-clause.ts clauseAmongLeaders);
 * - an out-of-scope subject told in the story's background, not in its question clauses, is a side remark
 *   when a question clause names the top entry alone (assistant.ts offTopicAside).
 */
import { describe, expect, it } from "vitest";
import { clauseAmongLeaders, CLAUSE_LEADER_SHARE, STORY_WORDS } from "../server/assistant/question-clause";
import { marksQuestions, segmentsWithEnds, storySentence } from "../server/assistant/story-sentences";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, answeredBy } = knowledgeAssistant();
const ranked = (...pairs: Array<[string, number]>) => pairs.map(([id, score]) => ({ entry: { id }, score }));

describe("story sentences are not questions (story-sentences.ts)", () => {
  it("keeps each segment with the break that ended it", () => {
    expect(segmentsWithEnds("Tôi đã nộp hồ sơ. Xong chưa ạ? Cảm ơn", /[?]+|[.]\s+/u)).toEqual([
      { text: "Tôi đã nộp hồ sơ", end: ". " },
      { text: "Xong chưa ạ", end: "?" },
      { text: "Cảm ơn", end: "" },
    ]);
  });
  it("reads a sentence ended by a full stop as story only when the message marks its questions with '?'", () => {
    const told = { text: "Tôi không biết phải làm gì", end: ". " };
    expect(storySentence(told, "toi khong biet phai lam gi", marksQuestions("Tôi không biết phải làm gì. Làm căn cước ở đâu?"))).toBe(true);
    expect(storySentence(told, "toi khong biet phai lam gi", marksQuestions("Tôi không biết phải làm gì. Làm căn cước ở đâu"))).toBe(false);
    expect(storySentence({ text: "Làm căn cước ở đâu", end: "?" }, "lam can cuoc o dau", true)).toBe(false);
  });
  it("keeps a sentence with an ask marker a question", () => {
    expect(storySentence({ text: "Cho tôi hỏi lệ phí bao nhiêu", end: ". " }, "cho toi hoi le phi bao nhieu", true)).toBe(false);
  });
  it("does not answer the entry a story sentence names beside the one asked", () => {
    const r = ask(
      "Tôi đang chuẩn bị hồ sơ dự thầu cho cửa hàng nhôm kính nhà mình, cần khoảng 30 trang bản sao có chứng thực gồm đăng ký hộ kinh doanh, căn cước, hợp đồng cũ. Lần trước ra văn phòng công chứng tốn nhiều tiền quá. Chứng thực bản sao ở phường tính tiền theo trang hay theo bản ạ?",
    );
    expect(r.kind === "answer" && r.entry.id).not.toBe("dvc-ho-kinh-doanh");
  });
});

describe("a resident's own story with no scam signs is read by its question clause", () => {
  it("answers guardianship asked after a bank refused the savings book", () => {
    answeredBy(
      "Bố tôi 85 tuổi, bị lẫn nặng mấy năm nay, không còn nhận ra con cháu. Ngân hàng không cho tôi rút sổ tiết kiệm của bố để lo thuốc men vì bảo phải có người giám hộ hợp pháp. Tôi là con trai cả ở gần. Giám hộ cho người già mất nhận thức thì có phải ra tòa trước không ạ?",
      "dvc-giam-ho",
    );
  });
  it("answers the funeral allowance of a person with merit told after the funeral", () => {
    answeredBy(
      "Ông nội tôi là người có công, đang hưởng trợ cấp hằng tháng, mất hôm thứ Tư vừa rồi. Đám tang đã xong, khai tử thì chú tôi đi làm rồi. Giờ cả nhà muốn hỏi gia đình có được nhận trợ cấp mai táng không, và ai đứng ra làm hồ sơ?",
      "dvc-nguoi-co-cong",
    );
  });
});

describe("the question clause's entry among the whole story's leaders (clauseAmongLeaders)", () => {
  const story = Array.from({ length: STORY_WORDS }, (_, i) => `chữ${i}`).join(" ");
  it("accepts the whole message's top, whatever the length", () => {
    expect(clauseAmongLeaders("a", ranked(["a", 0.2], ["b", 0.1]), "ngắn thôi")).toBe(true);
  });
  it("accepts a close second in a long story only", () => {
    const close = ranked(["b", 0.2], ["a", 0.2 * CLAUSE_LEADER_SHARE + 0.001]);
    expect(clauseAmongLeaders("a", close, story)).toBe(true);
    expect(clauseAmongLeaders("a", close, "một câu hỏi ngắn về thủ tục")).toBe(false);
  });
  it("rejects an entry far behind or outside the first three", () => {
    expect(clauseAmongLeaders("a", ranked(["b", 0.2], ["a", 0.1]), story)).toBe(false);
    expect(clauseAmongLeaders("a", ranked(["b", 0.2], ["c", 0.2], ["d", 0.2], ["a", 0.2]), story)).toBe(false);
  });
});

describe("an out-of-scope subject in a story's background is a side remark (offTopicAside)", () => {
  it("answers where to report spam though the story names football betting", () => {
    answeredBy(
      "Tuần này điện thoại tôi nhận liên tục tin nhắn rủ cá độ bóng đá, quảng cáo vay tiền nhanh, chặn số này thì nó lại nhắn bằng số khác. Tôi muốn báo cho cơ quan chức năng để họ xử lý. Báo cáo tin nhắn rác và số điện thoại lừa đảo ở đâu ạ?",
      "ld-bao-cao",
    );
  });
  it("answers a change of name though the story names a nationality kept", () => {
    answeredBy(
      "Tôi vẫn giữ quốc tịch Việt Nam, tên khai sinh là Nguyễn Văn Bình, lấy vợ người Hàn và sang đó sống 12 năm, bên đó tôi dùng tên khác. Nay tôi về nước ở hẳn, muốn đổi tên đệm cho giống tên các cháu. Người lớn tuổi rồi thì có được đổi tên trong giấy khai sinh không ạ?",
      "dvc-cai-chinh-ho-tich",
    );
  });
  it("still hands off a story whose question asks the out-of-scope subject", () => {
    const r = ask(
      "Con tôi mới sinh được một tháng, giấy khai sinh làm xong rồi, cả nhà đang vui lắm, ông bà nội cũng lên chơi mấy hôm nay. Cho tôi hỏi tối nay có trận bóng đá nào chiếu ở nhà văn hóa phường không ạ?",
    );
    expect(r.kind).toBe("handoff");
  });
});

/**
 * Classes of misses found on tuning10-questions (session 13, issue 10 §4), each tested with
 * phrasings of its own (not the tuning lines).
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { deadlineQuestion } from "../server/assistant/deadline-question";
import { NamedCandidates } from "../server/assistant/named-candidate";
import type { Scored } from "../server/assistant/search-index";
import { foldedText } from "../server/assistant/text-analysis";
import { answerCheck, knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const expectAnswer = answerCheck(ask);

describe("a procedure's deadline asked with its consequence (deadline-question.ts)", () => {
  it("answers the procedure's time part, not the late-registration entry", () => {
    expectAnswer("sinh con xong trong vòng bao lâu phải đi khai sinh, quá hạn có sao không", "dvc-khai-sinh", "time");
    expectAnswer("khai sinh cho bé trong bao nhiêu ngày thì không bị phạt", "dvc-khai-sinh", "time");
    expectAnswer("khai tu trong bao nhieu ngay, de qua han co bi phat khong", "dvc-khai-tu", "time");
    expectAnswer("bố tôi mất 10 ngày rồi chưa làm khai tử có bị phạt không", "dvc-khai-tu", "time");
  });
  it("leaves a registration already late by years, or late on purpose, to the late-registration entry", () => {
    expect(deadlineQuestion(foldedText("con tôi 6 tuổi rồi chưa có giấy khai sinh, làm muộn có bị phạt không"))).toBeUndefined();
    expect(deadlineQuestion(foldedText("ông tôi sinh năm 1950 chưa có khai sinh, bao nhiêu ngày thì có"))).toBeUndefined();
    expect(led(ask("tôi làm khai sinh quá hạn có sao không"))).toBe("answer dvc-dang-ky-lai-ho-tich");
  });
  it("leaves a message without a consequence clause as it was", () => {
    expect(deadlineQuestion(foldedText("khai sinh mất bao nhiêu ngày"))).toBeUndefined();
  });
});

describe("installing, logging into or a fault of the one app named (named-app-use.ts)", () => {
  it("answers from that app's entry instead of handing off or asking back", () => {
    expectAnswer("tải VssID về máy rồi đăng nhập lần đầu kiểu gì", "dvc-vssid");
    expectAnswer("cai dat ihanoi tren may oppo the nao", "dvc-ihanoi");
    expectAnswer("iHanoi cứ báo lỗi không đăng nhập được bằng VNeID, chỉ giúp bà với", "dvc-ihanoi");
    expectAnswer("ông bà già rồi, máy Android cũ có cài được iHanoi không, cài thế nào", "dvc-ihanoi");
  });
  it("leaves a fake app or a link to the scam entries, and a clear other entry alone", () => {
    expect(led(ask("có người gửi link cài VssID bản mới qua Zalo"))).not.toBe("answer dvc-vssid");
    expect(led(ask("phản ánh trên cái iHanoi 2 tuần rồi chưa thấy ai trả lời"))).not.toBe("answer dvc-ihanoi");
  });
});

describe("a near tie where the message uses only one candidate's names (named-candidate.ts)", () => {
  const entry = (id: string, title: string, keywords: string[]) => ({ id, title, keywords }) as unknown as KnowledgeEntry;
  const scored = (e: KnowledgeEntry, score: number) => ({ entry: e, score }) as unknown as Scored;
  const certificate = entry("cert", "Xác định mức độ khuyết tật, cấp giấy xác nhận khuyết tật", ["khuyết tật", "giấy xác nhận khuyết tật"]);
  const allowance = entry("allow", "Trợ cấp xã hội hằng tháng cho người cao tuổi, người khuyết tật", ["trợ cấp xã hội", "người khuyết tật"]);
  const named = new NamedCandidates();
  it("answers the top candidate when only its names are in the message", () => {
    expect(named.only([scored(certificate, 0.5), scored(allowance, 0.45)], foldedText("hồ sơ xin giấy xác nhận khuyết tật gồm gì"))?.entry.id).toBe("cert");
  });
  it("asks back when both or neither are named, when only the second is, or when the name is negated", () => {
    expect(named.only([scored(certificate, 0.5), scored(allowance, 0.45)], foldedText("người khuyết tật được trợ cấp xã hội không"))).toBeUndefined();
    expect(named.only([scored(certificate, 0.5), scored(allowance, 0.45)], foldedText("tôi bị đau lưng"))).toBeUndefined();
    expect(named.only([scored(allowance, 0.5), scored(certificate, 0.45)], foldedText("giấy xác nhận khuyết tật"))).toBeUndefined();
    expect(named.only([scored(certificate, 0.5), scored(allowance, 0.45)], foldedText("con tôi không có giấy xác nhận khuyết tật"))).toBeUndefined();
  });
  it("asks back when the name is also in the rival's title ('làn xanh' in both green-lane titles)", () => {
    const lane = entry("lane", "Làn xanh trong giải quyết thủ tục hành chính là gì", ["làn xanh", "làn ưu tiên"]);
    const how = entry("how", "Làm thế nào để hồ sơ được xử lý theo làn xanh", ["cách nộp làn xanh"]);
    expect(named.only([scored(lane, 0.4), scored(how, 0.39)], foldedText("làn xanh có cần tự xin không"))).toBeUndefined();
  });
  it("answers the disability certificate, not the allowance, for its papers (end to end: a near tie before)", () => {
    // (scores of a near tie move with every entry edit: this phrasing was a question back without the rule on 2026-11-30)
    expectAnswer("Hồ sơ xin giấy xác nhận khuyết tật gồm những gì vậy", "dvc-khuyet-tat", "documents");
  });
});

/**
 * Conversations of session 17 (issue 10, the rule side of the flow): a request to talk with someone directly, made in
 * the middle of a conversation whose previous entry names that person's office, is a request for a person
 * (direct-talk-request.ts), not a follow-up of that entry. Phrasings written for this file (not the tuning lines):
 * through the real Assistant with its memory, and through the conversation service over a real libSQL file (memory
 * stored and read back between turns, the ask log written).
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { asksToTalkDirectly } from "../server/assistant/direct-talk-request";
import { reactsToAnswer } from "../server/assistant/reaction-to-answer";
import { foldedText } from "../server/assistant/text-analysis";
import { manualClock } from "../server/lib/clock";
import { conversationServer } from "./support/conversation-server";
import { query, zaloId } from "./support/factories";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("talking directly with someone is a request for a person, whoever is named (direct-talk-request.ts)", () => {
  it("'tôi muốn nói chuyện trực tiếp với ban chỉ huy quân sự' after military service: handed to staff as a person request", () => {
    const turns = conversation("con trai tôi 18 tuổi nhận giấy khám tuyển nghĩa vụ quân sự", "tôi muốn nói chuyện trực tiếp với ban chỉ huy quân sự");
    expect(led(turns[0])).toBe("answer dvc-nghia-vu-quan-su");
    const second = turns[1]!;
    expect(second.kind).toBe("handoff");
    expect(second.kind === "handoff" && second.handoff.reason).toBe("asked_for_person");
  });
  // (the next two were handed off as person requests before the rule too, through the staff entry: guards)
  it("'cho em trao đổi trực tiếp với công an khu vực' after temporary residence: a person request", () => {
    const turns = conversation("đăng ký tạm trú cho người thuê trọ cần giấy gì", "cho em trao đổi trực tiếp với công an khu vực");
    expect(led(turns[0])).toBe("answer dvc-tam-tru");
    expect(turns[1]!.kind === "handoff" && turns[1]!.handoff.reason).toBe("asked_for_person");
  });
  it("'nho anh chi cho toi noi chuyen truc tiep voi can bo dia chinh' (unaccented) after a building permit", () => {
    const turns = conversation("xin giấy phép xây dựng nhà 3 tầng", "nho anh chi cho toi noi chuyen truc tiep voi can bo dia chinh");
    expect(turns[1]!.kind === "handoff" && turns[1]!.handoff.reason).toBe("asked_for_person");
  });
  it("a question whether one must talk with someone directly is answered, not handed off", () => {
    const turns = conversation("xin giấy phép xây dựng nhà 3 tầng", "có phải nói chuyện trực tiếp với cán bộ địa chính không");
    expect(turns[1]!.kind).toBe("answer");
  });
  it("reads the request frame and leaves questions and meetings alone", () => {
    const f = (q: string) => foldedText(q);
    expect(asksToTalkDirectly(f("cho tôi nói chuyện trực tiếp với chủ tịch phường"))).toBe(true);
    expect(asksToTalkDirectly(f("Tôi cần làm việc trực tiếp với chị Lan bên tư pháp"))).toBe(true);
    expect(asksToTalkDirectly(f("nói chuyện trực tiếp với cán bộ được không"))).toBe(false);
    expect(asksToTalkDirectly(f("có cần trao đổi trực tiếp với chủ nhà không"))).toBe(false);
    expect(asksToTalkDirectly(f("tôi muốn gặp chủ tịch phường trình bày việc đất"))).toBe(false);
    expect(asksToTalkDirectly(f("họ nói chuyện trực tiếp với mẹ tôi qua điện thoại"))).toBe(false);
  });
});

describe("a reaction to the answer just given stays with it (reaction-to-answer.ts)", () => {
  it("'sao lại vậy' after temporary residence: that entry again, not entries that 'cấp lại' or 'đăng ký lại'", () => {
    const turns = conversation("đăng ký tạm trú cần giấy gì", "sao lại vậy");
    expect(led(turns[1])).toBe("answer dvc-tam-tru");
  });
  it("'thật à' after the ID card's place, 'vì sao thế' after temporary residence", () => {
    expect(led(conversation("làm căn cước ở đâu", "thật à")[1])).toBe("answer dvc-can-cuoc");
    expect(led(conversation("đăng ký tạm trú cần giấy gì", "vì sao thế")[1])).toBe("answer dvc-tam-tru");
  });
  it("a why with a word of its own is read as before: the part it names", () => {
    const turns = conversation("đăng ký tạm trú cần giấy gì", "sao lại phải nộp lệ phí");
    expect(turns[1]!.kind === "answer" && [turns[1]!.entry.id, turns[1]!.shown]).toEqual(["dvc-tam-tru", "fee"]);
  });
  it("reads only why / really reactions made of particles", () => {
    const f = (q: string) => foldedText(q);
    expect(reactsToAnswer(f("sao lại thế được"))).toBe(true);
    expect(reactsToAnswer(f("thật không?"))).toBe(true);
    expect(reactsToAnswer(f("thế à"))).toBe(false); // nothing asked: the entry's parts are offered (assistant.ts followUp)
    expect(reactsToAnswer(f("sao lại phải nộp lệ phí"))).toBe(false);
    expect(reactsToAnswer(f("làm lại thế nào"))).toBe(false);
    expect(reactsToAnswer(f("is that right"))).toBe(false);
  });
});

describe("the same through the conversation service over a real database file", () => {
  const clock = manualClock(Date.UTC(2026, 10, 23, 2, 0, 0));
  const db = conversationServer("s17-conv", clock);

  it("a direct-talk request after an answer is logged as a person request", async () => {
    const residentKey = { kind: "miniapp" as const, id: `app-user-${zaloId("2")}` };
    const first = await db.server.services.conversations.converse({ wardId: db.ward.id, residentKey, text: "con trai tôi 18 tuổi nhận giấy khám tuyển nghĩa vụ quân sự" });
    expect(first.kind === "answer" && first.entry.id).toBe("dvc-nghia-vu-quan-su");
    clock.advance(60_000);
    const second = await db.server.services.conversations.converse({ wardId: db.ward.id, residentKey, text: "tôi muốn nói chuyện trực tiếp với ban chỉ huy quân sự" });
    expect(second.kind).toBe("handoff");
    const logged = await query<{ kind: string; reason: string | null }>(db.server.services, sql`select kind, handoff_reason as reason from ask_log order by id`);
    expect(logged.map((r) => [r.kind, r.reason])).toEqual([["answer", null], ["handoff", "asked_for_person"]]);
  });

  it("'sao lại vậy' after an answer, with the memory read back from the database: that entry again", async () => {
    const residentKey = { kind: "miniapp" as const, id: `app-user-${zaloId("3")}` };
    const first = await db.server.services.conversations.converse({ wardId: db.ward.id, residentKey, text: "đăng ký tạm trú cần giấy gì" });
    expect(first.kind === "answer" && first.entry.id).toBe("dvc-tam-tru");
    clock.advance(60_000);
    const second = await db.server.services.conversations.converse({ wardId: db.ward.id, residentKey, text: "sao lại vậy" });
    expect(second.kind === "answer" && second.entry.id).toBe("dvc-tam-tru");
  });
});

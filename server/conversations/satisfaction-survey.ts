import { and, desc, eq, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { foldedText } from "../assistant/text-analysis";
import type { Database } from "../db/database";
import { satisfactionSurveys } from "../db/schema-console";

/*
 * The one-question satisfaction survey sent when staff resolve a chat handoff (the measure the
 * city's plans set for wards). Text only, numbered 1–5, so it works in every Zalo client; the
 * resident may skip it. Conversation processing asks this module first whether a message
 * answers a pending survey: a number 1–5 is recorded (per handoff, per staff member) and thanked;
 * "bỏ qua" is recorded as skipped; anything else means the resident moved on: the survey
 * expires quietly and the message is answered as usual.
 */

/** A survey left unanswered this long is no longer waiting for a number. */
export const SURVEY_ANSWER_WINDOW_MS = 3 * 24 * 3600_000;

export const SURVEY_TEXT = [
  "Dạ, cán bộ phường đã giải quyết xong yêu cầu của ông/bà. Ông/bà có hài lòng với cách phường trả lời không? Xin nhắn một số:",
  "5 - Rất hài lòng",
  "4 - Hài lòng",
  "3 - Bình thường",
  "2 - Chưa hài lòng",
  "1 - Rất không hài lòng",
  "Nếu không muốn trả lời, ông/bà nhắn “bỏ qua”.",
].join("\n");

const THANKS: Record<number, string> = {
  5: "Dạ, phường cảm ơn ông/bà đã đánh giá! Ông/bà cần hỏi gì thêm cứ nhắn cho phường nhé.",
  4: "Dạ, phường cảm ơn ông/bà đã đánh giá! Ông/bà cần hỏi gì thêm cứ nhắn cho phường nhé.",
  3: "Dạ, phường cảm ơn ông/bà đã đánh giá. Phường sẽ cố gắng phục vụ tốt hơn.",
  2: "Dạ, phường ghi nhận và xin lỗi vì chưa làm ông/bà hài lòng. Nếu cần cán bộ hỗ trợ thêm, ông/bà nhắn “gặp cán bộ”.",
  1: "Dạ, phường ghi nhận và xin lỗi vì chưa làm ông/bà hài lòng. Nếu cần cán bộ hỗ trợ thêm, ông/bà nhắn “gặp cán bộ”.",
};
const SKIPPED = "Dạ, không sao ạ. Ông/bà cần hỏi gì cứ nhắn cho phường nhé.";

const digitWords: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5 };

/** "5", "số 4", "4 điểm", "5 sao", "năm", "5." → the rating; anything else → undefined. */
export function ratingOf(text: string): number | undefined {
  const folded = foldedText(text).trim();
  const m = /^(?:so |diem |chon )?([1-5]|mot|hai|ba|bon|tu|nam)(?: (?:diem|sao|a|nhe))*$/.exec(folded);
  if (!m) return undefined;
  const v = m[1]!;
  return /^[1-5]$/.test(v) ? Number(v) : digitWords[v];
}

export function isSkip(text: string): boolean {
  return /^(bo qua|khong|thoi|khong danh gia|khong tra loi|skip)( a| nhe)?$/.test(foldedText(text).trim());
}

export type SurveyOutcome = { writes: BatchItem<"sqlite">[]; reply?: string };

/**
 * If the resident has a survey waiting, what this message does to it: writes to add to the
 * event's batch, and a reply when the message was the survey's answer (then the assistant does
 * not answer it). Undefined when there is no survey waiting.
 */
export async function answerPendingSurvey(db: Database, residentId: number, text: string, now: number): Promise<(SurveyOutcome & { consumed: boolean }) | undefined> {
  const [pending] = await pendingSurveyQuery(db, residentId);
  return surveyOutcome(db, pending, text, now);
}

/** The resident's survey waiting for an answer, if any (for a caller's own batch read; `residentId` may be a subquery). */
export function pendingSurveyQuery(db: Database, residentId: number | SQL<number>) {
  return db
    .select()
    .from(satisfactionSurveys)
    .where(and(eq(satisfactionSurveys.residentId, residentId), eq(satisfactionSurveys.status, "sent")))
    .orderBy(desc(satisfactionSurveys.id))
    .limit(1);
}

/** What this message does to the survey `pendingSurveyQuery` found (see answerPendingSurvey). */
export function surveyOutcome(db: Database, pending: typeof satisfactionSurveys.$inferSelect | undefined, text: string, now: number): (SurveyOutcome & { consumed: boolean }) | undefined {
  if (!pending) return undefined;
  const set = (values: Partial<typeof satisfactionSurveys.$inferInsert>) => db.update(satisfactionSurveys).set(values).where(and(eq(satisfactionSurveys.id, pending.id), eq(satisfactionSurveys.status, "sent")));
  if (now - pending.sentAt > SURVEY_ANSWER_WINDOW_MS) return { writes: [set({ status: "expired" })], consumed: false };
  const rating = ratingOf(text);
  if (rating !== undefined) return { writes: [set({ status: "answered", rating, answeredAt: now })], reply: THANKS[rating], consumed: true };
  if (isSkip(text)) return { writes: [set({ status: "skipped", answeredAt: now })], reply: SKIPPED, consumed: true };
  return { writes: [set({ status: "expired" })], consumed: false };
}

import { eq } from "drizzle-orm";
import { foldedText } from "../assistant/text-analysis";
import type { Database } from "../db/database";
import { unansweredDismissals } from "../db/schema-console";
import type { Clock } from "../lib/clock";
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { Ward } from "../wards/ward-profile";
import { requireRole, type Actor } from "./access";
import { auditInsert } from "./audit";
import type { InsightsService, Period, UnansweredGroup } from "./insights-service";
import type { KnowledgeEditor } from "./knowledge-editor";
import { runBatch } from "./batch";

/** A question as a dismissal key: the same words with or without diacritics and case. */
const keyOf = (question: string) => foldedText(question).trim().slice(0, 500);

/**
 * What communicators do with a group of unanswered questions: write an entry for it (the new
 * entry form, prefilled), add the question as a sample question to an existing entry (a draft
 * of that entry, reviewed and published as usual), or dismiss it (hidden from the list and the
 * monthly report from then on; recorded in the audit log).
 */
export class UnansweredActions {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly insights: InsightsService,
    private readonly editor: KnowledgeEditor,
  ) {}

  /** The period's groups, without those dismissed (a group is hidden when any of its questions was). */
  async groups(actor: Actor, ward: Ward, period: Period): Promise<UnansweredGroup[]> {
    const all = await this.insights.unanswered(actor, ward, period);
    const dismissed = new Set((await this.db.select({ key: unansweredDismissals.questionKey }).from(unansweredDismissals).where(eq(unansweredDismissals.wardId, ward.id))).map((r) => r.key));
    if (!dismissed.size) return all;
    return all.filter((g) => ![g.question, ...g.samples].some((q) => dismissed.has(keyOf(q))));
  }

  async dismiss(actor: Actor, ward: Ward, question: string): Promise<void> {
    requireRole(actor, ward.id, "communicator");
    const now = this.clock.now();
    await runBatch(this.db, [
      this.db.insert(unansweredDismissals).values({ wardId: ward.id, questionKey: keyOf(question), dismissedBy: actor.userId, dismissedAt: now }).onConflictDoNothing(),
      auditInsert(this.db, now, { wardId: ward.id, userId: actor.userId, action: "dismiss_unanswered", entity: "unanswered", entityId: null, after: { question } }),
    ]);
  }

  /** A draft of `entryId` with the question added to its sample questions; returns the draft's version id. */
  async addSampleQuestion(actor: Actor, ward: Ward, entryId: string, question: string): Promise<number> {
    requireRole(actor, ward.id, "communicator");
    const { live } = await this.editor.entryHistory(actor, ward, "entry", entryId);
    const entry = live as KnowledgeEntry | undefined;
    if (!entry) return this.editor.saveEntryDraft(actor, ward, { id: entryId, title: entryId, category: "phuong", questions: [question], keywords: [], procedures: [], links: [], sources: [], wards: [ward.slug], last_reviewed: new Date(this.clock.now()).toISOString().slice(0, 10), verified: false, unverified: "Mục mới từ câu hỏi chưa trả lời được.", body: "" });
    const questions = entry.questions.some((q) => keyOf(q) === keyOf(question)) ? entry.questions : [...entry.questions, question.trim()];
    return this.editor.saveEntryDraft(actor, ward, { ...entry, questions }, { note: "Thêm câu hỏi mẫu từ “Câu hỏi chưa trả lời được”" });
  }
}

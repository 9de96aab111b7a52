import { and, asc, desc, eq, inArray, or } from "drizzle-orm";
import { z } from "zod";
import type { Assistant } from "../assistant/assistant";
import type { Database } from "../db/database";
import { kbEntries, kbMeta, kbProcedures } from "../db/schema";
import { kbVersions, staffUsers } from "../db/schema-staff";
import type { Clock } from "../lib/clock";
import { randomId } from "../lib/crypto";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../lib/errors";
import { facetLabels, parseEntryFacets } from "../knowledge/entry-facets";
import { SUMMARY_LIMIT } from "../knowledge/facet-check";
import { isOfficialSource } from "../knowledge/knowledge-check";
import { proseNumberProblemsVi } from "../knowledge/prose-numbers";
import type { KnowledgeRepository } from "../knowledge/knowledge-repository";
import { entryScopeFields, scopeProblems, scopeWhyVi } from "../knowledge/entry-scope-fields";
import { entryYesNoFields, yesNoProblemsVi } from "../knowledge/entry-yes-no";
import { entrySpecialEnFields } from "../knowledge/entry-special-en";
import { categories, entryFrontMatterSchema, procedureSchema, type KnowledgeBase, type KnowledgeEntry, type Procedure } from "../knowledge/knowledge-schema";
import { listPlaceholders, resolvePlaceholder } from "../knowledge/render-answer";
import type { Shown } from "../assistant/ask-result";
import { entryParts, entryReply } from "../assistant/entry-reply";
import type { Ward } from "../wards/ward-profile";
import type { WardService } from "../wards/ward-service";
import { wardReplyMessages, ZALO_TEXT_LIMIT } from "../zalo/message-builder";
import { can, requireRole, type Actor } from "./access";
import { auditInsert, lastInsertIdWithPrefix } from "./audit";
import { runBatch } from "./batch";
import { requireEnglishOk, type TextFactKey } from "./procedure-english-check";

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What a draft must at least have; the full rules apply when it goes to review or is published. */
export const entryDraftSchema = z.object({
  id: z.string().regex(idPattern, "Mã mục chỉ gồm chữ thường không dấu, số và dấu gạch ngang."),
  title: z.string().trim().min(1, "Vui lòng nhập tiêu đề."),
  /** the short answer shown first (contract A); required for publishing (validateEntry) */
  summary: z.string().trim().max(300, "Câu trả lời ngắn tối đa 300 ký tự.").optional(),
  summary_en: z.string().trim().max(400, "Tóm tắt tiếng Anh tối đa 400 ký tự.").optional(),
  category: z.enum(categories),
  questions: z.array(z.string().trim().min(1)).default([]),
  keywords: z.array(z.string().trim().min(1)).default([]),
  procedures: z.array(z.string().trim().min(1)).default([]),
  action: z.enum(["handoff"]).optional(),
  links: z.array(z.object({ label: z.string().min(1).max(80), url: z.string() })).max(3).default([]),
  sources: z.array(z.object({ title: z.string().min(1), url: z.string() })).default([]),
  wards: z.union([z.literal("all"), z.array(z.string())]),
  last_reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày rà soát theo dạng YYYY-MM-DD."),
  verified: z.boolean(),
  unverified: z.string().optional(),
  // where the entry ends (kind, not_covers): kept through every edit, see knowledge/entry-scope-fields.ts
  ...entryScopeFields,
  // yes/no facts in the entry's own words (yes_no): kept through every edit, see knowledge/entry-yes-no.ts
  ...entryYesNoFields,
  // the special cases in English (special_en): carried, dropped when the Vietnamese part changes, see knowledge/entry-special-en.ts
  ...entrySpecialEnFields,
  body: z.string().default(""),
});
export type EntryDraft = z.infer<typeof entryDraftSchema>;

export type VersionStatus = "draft" | "review" | "published" | "withdrawn";

const statusNames: Record<VersionStatus, string> = { draft: "bản nháp", review: "chờ duyệt", published: "đã xuất bản", withdrawn: "đã hủy" };

/** Turns a draft into a publishable entry, or lists (in Vietnamese) what is missing. */
export function validateEntry(draft: EntryDraft): { entry?: KnowledgeEntry; problems: string[] } {
  const { body, ...front } = draft;
  const parsed = entryFrontMatterSchema.safeParse({ ...front, status: "published" });
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".");
      if (field === "questions") problems.push("Cần ít nhất 3 câu hỏi mẫu.");
      else if (field.startsWith("sources")) problems.push(field === "sources" ? "Cần ít nhất một nguồn chính thức." : `Nguồn không hợp lệ (${field}).`);
      else if (field.startsWith("links")) problems.push("Đường dẫn cho người dân phải bắt đầu bằng https://.");
      else problems.push(`${field}: ${issue.message}`);
    }
  }
  if (!body.trim()) problems.push("Nội dung trả lời đang trống.");
  // what residents see first (contract A): a summary, and only the facet headings
  if (!draft.summary?.trim()) problems.push("Cần một câu tóm tắt (1–2 câu trả lời thẳng câu hỏi chính và nói bước tiếp theo).");
  else if (draft.summary.length > SUMMARY_LIMIT) problems.push(`Tóm tắt dài ${draft.summary.length} ký tự (tối đa ${SUMMARY_LIMIT}).`);
  for (const heading of parseEntryFacets(body).unknownHeadings) {
    problems.push(`Tiêu đề mục "${heading}" không dùng được; chỉ dùng: ${Object.values(facetLabels).map((l) => `## ${l}`).join(", ")}.`);
  }
  if (draft.sources.length && !draft.sources.some((s) => isOfficialSource(s.url))) problems.push("Cần ít nhất một nguồn chính thức (gov.vn, chinhphu.vn, …).");
  if (!draft.verified && !draft.unverified?.trim()) problems.push("Mục chưa xác minh cần ghi rõ điều gì đang chờ xác nhận.");
  for (const p of scopeProblems(draft)) problems.push(`Chủ đề không thuộc phạm vi "${p.phrase}": ${scopeWhyVi[p.why]}.`);
  // a yes/no fact quotes the entry word for word: an edited summary or body must still say it
  for (const p of yesNoProblemsVi({ ...draft, body })) problems.push(p);
  // kb:check's numbers rule: fees, deadlines and ward phone numbers come from records, not prose
  for (const p of proseNumberProblemsVi({ ...draft, body })) problems.push(p);
  if (problems.length || !parsed.success) return { problems };
  return { entry: { ...parsed.data, body: body.trim() }, problems };
}

/**
 * One part of an entry as a resident's Zalo shows it: `parts` are the messages the bot sends
 * (text, and the buttons of a ward that verified them), `text` the reply as the conversation
 * records it; `variants` the parts a resident can be shown (short answer, each facet, whole entry).
 */
export type Preview = {
  text?: string;
  parts: Array<{ text: string; buttons: string[] }>;
  length: number;
  problems: string[];
  shown?: Shown;
  variants: Array<{ shown: Shown; label: string }>;
};

/** Applies a version's data to kb_entries/kb_procedures and bumps kb_meta so the assistant reloads. */
function publishWrites(db: Database, kind: "entry" | "procedure", data: KnowledgeEntry | Procedure, now: number) {
  const version = `console-${now}-${randomId(4)}`;
  const write =
    kind === "entry"
      ? (() => {
          const e = data as KnowledgeEntry;
          const values = { id: e.id, title: e.title, category: e.category, status: "published", data: JSON.stringify({ ...e, status: "published" }), updatedAt: now };
          return db.insert(kbEntries).values(values).onConflictDoUpdate({ target: kbEntries.id, set: values });
        })()
      : db.insert(kbProcedures).values({ id: data.id, data: JSON.stringify(data), updatedAt: now }).onConflictDoUpdate({ target: kbProcedures.id, set: { data: JSON.stringify(data), updatedAt: now } });
  return [write, db.insert(kbMeta).values({ key: "version", value: version }).onConflictDoUpdate({ target: kbMeta.key, set: { value: version } })];
}

/**
 * The console's knowledge editing: drafts belong to one ward; publishing writes the live rows.
 * An entry used by other wards (or by all) can only be published by someone who may edit every
 * one of them, so one ward never changes what another ward's residents are told.
 */
export class KnowledgeEditor {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly repository: KnowledgeRepository,
    private readonly wards: WardService,
  ) {}

  private async mayPublishFor(actor: Actor, scopes: Array<KnowledgeEntry["wards"]>): Promise<boolean> {
    if (actor.isCityAdmin) return true;
    if (scopes.some((s) => s === "all")) return false;
    const slugs = new Set(scopes.flatMap((s) => (s === "all" ? [] : s)));
    const all = await this.wards.list();
    return [...slugs].every((slug) => {
      const w = all.find((x) => x.slug === slug);
      return w !== undefined && can(actor, w.id, "communicator");
    });
  }

  /** Whether this person may publish an entry with these ward scopes (else: why not, in Vietnamese). */
  async publishRight(actor: Actor, entry: Pick<KnowledgeEntry, "wards">, current?: Pick<KnowledgeEntry, "wards">): Promise<{ ok: true } | { ok: false; reason: string }> {
    if (await this.mayPublishFor(actor, current ? [current.wards, entry.wards] : [entry.wards])) return { ok: true };
    const scope = [current?.wards, entry.wards].some((w) => w === "all") ? "mọi phường" : `các phường ${[...new Set([...(current?.wards ?? []), ...(entry.wards as string[])])].join(", ")}`;
    return {
      ok: false,
      reason: `Mục này dùng chung cho ${scope}. Chỉ quản trị cấp thành phố, hoặc người biên tập của mọi phường dùng mục này, được xuất bản thay đổi, để một phường không đổi điều cư dân phường khác được trả lời.`,
    };
  }

  /**
   * A ward-specific copy of a shared entry, as a draft of this ward (new id "<id>-<ward>"), for
   * a communicator who may not publish the shared one. Once published it answers this ward's
   * residents; the shared entry stays as it is for the others.
   */
  async copyForWard(actor: Actor, ward: Ward, entryId: string): Promise<number> {
    requireRole(actor, ward.id, "communicator");
    const kb = await this.repository.load();
    const entry = kb.entries.find((e) => e.id === entryId);
    if (!entry || !appliesTo(entry, ward)) throw new NotFoundError("entry_not_found", `entry ${entryId} not used by ${ward.slug}`, "Không tìm thấy mục kiến thức này.");
    const id = `${entryId}-${ward.slug}`.slice(0, 120);
    const { status: _s, ...rest } = entry;
    return this.saveEntryDraft(actor, ward, { ...rest, id, wards: [ward.slug], verified: false, unverified: entry.unverified ?? `Bản riêng của ${ward.name} từ mục dùng chung "${entry.title}": cần xác minh nội dung riêng của phường.` } as EntryDraft, {
      isNew: true,
      note: `Bản riêng cho ${ward.name} từ mục dùng chung ${entryId}`,
    });
  }

  /** Live entries the ward's residents can get, plus this ward's open drafts. */
  async list(actor: Actor, ward: Ward) {
    requireRole(actor, ward.id, "communicator");
    const kb = await this.repository.load();
    const entries = kb.entries.filter((e) => e.wards === "all" || e.wards.includes(ward.slug));
    const drafts = await this.db
      .select({ id: kbVersions.id, kind: kbVersions.kind, entityId: kbVersions.entityId, status: kbVersions.status, updatedAt: kbVersions.updatedAt, author: staffUsers.name, data: kbVersions.data })
      .from(kbVersions)
      .leftJoin(staffUsers, eq(staffUsers.id, kbVersions.createdBy))
      .where(and(eq(kbVersions.wardId, ward.id), inArray(kbVersions.status, ["draft", "review"])))
      .orderBy(desc(kbVersions.updatedAt));
    return {
      entries,
      procedures: [...kb.procedures.values()].sort((a, b) => a.name.localeCompare(b.name, "vi")),
      drafts: drafts.map((d) => ({ ...d, title: (JSON.parse(d.data) as { title?: string; name?: string }).title ?? (JSON.parse(d.data) as { name?: string }).name ?? d.entityId })),
    };
  }

  /** The live entry (if any) and its versions visible from this ward. */
  async entryHistory(actor: Actor, ward: Ward, kind: "entry" | "procedure", entityId: string) {
    requireRole(actor, ward.id, "communicator");
    const kb = await this.repository.load();
    const live = kind === "entry" ? kb.entries.find((e) => e.id === entityId) : kb.procedures.get(entityId);
    if (live && kind === "entry" && !appliesTo(live as KnowledgeEntry, ward)) {
      throw new NotFoundError("entry_not_found", `entry ${entityId} not used by ${ward.slug}`, "Không tìm thấy mục kiến thức này.");
    }
    const versions = await this.db
      .select({
        id: kbVersions.id,
        status: kbVersions.status,
        wardId: kbVersions.wardId,
        note: kbVersions.note,
        createdAt: kbVersions.createdAt,
        updatedAt: kbVersions.updatedAt,
        publishedAt: kbVersions.publishedAt,
        restoredFrom: kbVersions.restoredFrom,
        author: staffUsers.name,
      })
      .from(kbVersions)
      .leftJoin(staffUsers, eq(staffUsers.id, kbVersions.createdBy))
      .where(and(eq(kbVersions.kind, kind), eq(kbVersions.entityId, entityId), or(eq(kbVersions.wardId, ward.id), eq(kbVersions.status, "published"))))
      .orderBy(desc(kbVersions.id));
    if (!live && !versions.length) throw new NotFoundError("entry_not_found", `no ${kind} ${entityId}`, "Không tìm thấy mục kiến thức này.");
    return { live, versions };
  }

  /** A version, if this ward may see it: its own drafts, or any published version of an entry it uses. */
  async version(actor: Actor, ward: Ward, versionId: number) {
    requireRole(actor, ward.id, "communicator");
    const [row] = await this.db.select().from(kbVersions).where(eq(kbVersions.id, versionId));
    const notFound = new NotFoundError("version_not_found", `version ${versionId} not visible to ${ward.slug}`, "Không tìm thấy phiên bản này.");
    if (!row) throw notFound;
    if (row.wardId !== ward.id) {
      if (row.status !== "published") throw notFound;
      if (row.kind === "entry" && !appliesTo(JSON.parse(row.data) as KnowledgeEntry, ward)) throw notFound;
    }
    return row;
  }

  /** Creates a draft, or updates this ward's draft `versionId` in place. */
  async saveEntryDraft(actor: Actor, ward: Ward, draft: EntryDraft, options: { versionId?: number; isNew?: boolean; sourceHandoffId?: number; note?: string } = {}): Promise<number> {
    requireRole(actor, ward.id, "communicator");
    const data = entryDraftSchema.parse(draft);
    if (options.isNew) {
      const [existing] = await this.db.select({ id: kbEntries.id }).from(kbEntries).where(eq(kbEntries.id, data.id));
      const [drafted] = await this.db.select({ id: kbVersions.id }).from(kbVersions).where(and(eq(kbVersions.kind, "entry"), eq(kbVersions.entityId, data.id)));
      if (existing || drafted) throw new ConflictError("entry_exists", `entry ${data.id} exists`, `Mã mục "${data.id}" đã được dùng; vui lòng chọn mã khác.`);
    } else if (!options.versionId) {
      await this.requireEntryOfWard(ward, data.id);
    }
    return this.saveDraft(actor, ward, "entry", data.id, data, options);
  }

  /**
   * A draft of an existing entry needs an entry this ward may see: a live entry used by the ward,
   * or one this ward has drafts of. Another ward's entry id is "not found".
   */
  private async requireEntryOfWard(ward: Ward, entityId: string): Promise<void> {
    const kb = await this.repository.load();
    const live = kb.entries.find((e) => e.id === entityId);
    if (live && appliesTo(live, ward)) return;
    if (!live) {
      const [own] = await this.db.select({ id: kbVersions.id }).from(kbVersions).where(and(eq(kbVersions.kind, "entry"), eq(kbVersions.entityId, entityId), eq(kbVersions.wardId, ward.id)));
      if (own) return;
    }
    throw new NotFoundError("entry_not_found", `entry ${entityId} not used by ${ward.slug}`, "Không tìm thấy mục kiến thức này.");
  }

  /**
   * A draft of a procedure record. Its English renderings get kb:check's rules; `previous` (the
   * record the form was opened on) refuses a Vietnamese fact changed under an English text left as
   * it was, unless the communicator said it is still right (`englishStillRight`).
   */
  async saveProcedureDraft(actor: Actor, ward: Ward, procedure: Procedure, options: { versionId?: number; note?: string; previous?: Procedure; englishStillRight?: ReadonlySet<TextFactKey> } = {}): Promise<number> {
    requireRole(actor, ward.id, "communicator");
    const parsed = procedureSchema.safeParse(procedure);
    if (!parsed.success) {
      const message = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new ValidationError("invalid_procedure", message, `Hồ sơ thủ tục chưa hợp lệ: ${message}`);
    }
    requireEnglishOk(options.previous, parsed.data, options.englishStillRight);
    return this.saveDraft(actor, ward, "procedure", parsed.data.id, parsed.data, options);
  }

  private async saveDraft(actor: Actor, ward: Ward, kind: "entry" | "procedure", entityId: string, data: unknown, options: { versionId?: number; sourceHandoffId?: number; note?: string }) {
    const now = this.clock.now();
    const json = JSON.stringify(data);
    if (options.versionId) {
      const current = await this.version(actor, ward, options.versionId);
      if (current.wardId !== ward.id || current.status !== "draft" || current.kind !== kind || current.entityId !== entityId) {
        throw new ConflictError("not_a_draft", "only own drafts can be edited", "Chỉ sửa được bản nháp của phường mình; phiên bản này đã gửi duyệt hoặc đã xuất bản.");
      }
      await runBatch(this.db, [
        this.db.update(kbVersions).set({ data: json, note: options.note ?? current.note, updatedAt: now }).where(eq(kbVersions.id, current.id)),
        auditInsert(this.db, now, { wardId: ward.id, userId: actor.userId, action: "update_draft", entity: `kb_${kind}`, entityId: `${entityId}#${current.id}`, before: JSON.parse(current.data), after: data }),
      ]);
      return current.id;
    }
    const [[row]] = await this.db.batch([
      this.db
        .insert(kbVersions)
        .values({ kind, entityId, wardId: ward.id, status: "draft", data: json, note: options.note ?? null, sourceHandoffId: options.sourceHandoffId ?? null, createdBy: actor.userId, createdAt: now, updatedAt: now })
        .returning({ id: kbVersions.id }),
      auditInsert(this.db, now, { wardId: ward.id, userId: actor.userId, action: "create_draft", entity: `kb_${kind}`, entityId: lastInsertIdWithPrefix(entityId), after: data }),
    ]);
    return row!.id;
  }

  /** "Lưu thành mục kiến thức": a staff answer becomes a draft, the resident's question its first sample. */
  async draftFromHandoff(actor: Actor, ward: Ward, handoffId: number, qa: { question: string; answer: string }): Promise<number> {
    const now = this.clock.now();
    const draft: EntryDraft = {
      id: `${ward.slug}-hoi-dap-${handoffId}`,
      title: qa.question.slice(0, 120),
      category: "phuong",
      questions: [qa.question],
      keywords: [],
      procedures: [],
      links: [],
      sources: [],
      wards: [ward.slug],
      last_reviewed: new Date(now).toISOString().slice(0, 10),
      verified: false,
      unverified: "Câu trả lời do cán bộ soạn khi trả lời người dân; cần biên tập và xác minh nguồn.",
      body: qa.answer,
    };
    // Staff (not only communicators) may start such a draft: it is only a proposal until a communicator publishes it.
    requireRole(actor, ward.id, "staff", "communicator");
    const [existing] = await this.db.select({ id: kbVersions.id }).from(kbVersions).where(and(eq(kbVersions.kind, "entry"), eq(kbVersions.entityId, draft.id), eq(kbVersions.wardId, ward.id)));
    if (existing) throw new ConflictError("draft_exists", "draft exists", "Yêu cầu này đã được lưu thành bản nháp kiến thức.");
    const [[row]] = await this.db.batch([
      this.db
        .insert(kbVersions)
        .values({ kind: "entry", entityId: draft.id, wardId: ward.id, status: "draft", data: JSON.stringify(draft), note: "Tạo từ câu trả lời của cán bộ", sourceHandoffId: handoffId, createdBy: actor.userId, createdAt: now, updatedAt: now })
        .returning({ id: kbVersions.id }),
      auditInsert(this.db, now, { wardId: ward.id, userId: actor.userId, action: "create_draft_from_handoff", entity: "kb_entry", entityId: lastInsertIdWithPrefix(draft.id), after: draft }),
    ]);
    return row!.id;
  }

  /**
   * The answer exactly as Zalo will show it to this ward's residents: the part `shown` of the
   * entry composed by the assistant's own code (short answer and numbered choices) and laid out
   * by the same function as the bot's replies.
   */
  async previewEntry(ward: Ward, draft: EntryDraft, shown: Shown = "summary"): Promise<Preview> {
    const kb = await this.repository.load();
    const problems = validateEntry(draft).problems;
    for (const name of listPlaceholders(draft.body)) {
      try {
        resolvePlaceholder(name, kb, ward);
      } catch {
        problems.push(`Không điền được {{${name}}} cho ${ward.name}.`);
      }
    }
    const entry = { ...draft, status: "published" as const, questions: draft.questions, keywords: draft.keywords } as KnowledgeEntry;
    const variants = entryParts(entry, kb);
    const wanted = variants.some((v) => v.shown === shown) ? shown : "summary";
    let reply: ReturnType<typeof entryReply> | undefined;
    let full: ReturnType<typeof entryReply> | undefined;
    try {
      reply = entryReply(entry, kb, ward, wanted);
      full = wanted === "full" ? reply : entryReply(entry, kb, ward, "full");
    } catch {
      reply = undefined;
    }
    if (!reply) return { parts: [], length: 0, problems, variants };
    const parts = wardReplyMessages(ward, reply).map((m) => ({ text: m.text, buttons: (m.attachment?.payload.buttons ?? []).map((b) => b.title) }));
    if (full && full.reply.length > ZALO_TEXT_LIMIT) {
      problems.push(`Bản đầy đủ dài ${full.reply.length} ký tự, Zalo sẽ nhận thành ${wardReplyMessages(ward, full).length} tin nhắn.`);
    }
    return { text: reply.reply, parts, length: reply.reply.length, problems, shown: reply.shown, variants };
  }

  async submitForReview(actor: Actor, ward: Ward, versionId: number): Promise<void> {
    const v = await this.ownVersion(actor, ward, versionId, ["draft"]);
    if (v.kind === "entry") this.requireValidEntry(JSON.parse(v.data) as EntryDraft);
    await this.setStatus(actor, ward, v, "review");
  }

  /** Sends a version under review back to draft, or withdraws a draft. */
  async returnOrWithdraw(actor: Actor, ward: Ward, versionId: number, to: "draft" | "withdrawn"): Promise<void> {
    const v = await this.ownVersion(actor, ward, versionId, to === "draft" ? ["review"] : ["draft", "review"]);
    await this.setStatus(actor, ward, v, to);
  }

  private async ownVersion(actor: Actor, ward: Ward, versionId: number, allowed: VersionStatus[]) {
    const v = await this.version(actor, ward, versionId);
    if (v.wardId !== ward.id || !allowed.includes(v.status)) {
      throw new ConflictError("wrong_status", `version ${versionId} is ${v.status}`, `Phiên bản này đang ở trạng thái "${statusNames[v.status]}".`);
    }
    return v;
  }

  private async setStatus(actor: Actor, ward: Ward, v: typeof kbVersions.$inferSelect, status: VersionStatus) {
    const now = this.clock.now();
    await runBatch(this.db, [
      this.db.update(kbVersions).set({ status, updatedAt: now }).where(eq(kbVersions.id, v.id)),
      auditInsert(this.db, now, { wardId: ward.id, userId: actor.userId, action: `status_${status}`, entity: `kb_${v.kind}`, entityId: `${v.entityId}#${v.id}`, before: { status: v.status }, after: { status } }),
    ]);
  }

  private requireValidEntry(draft: EntryDraft): KnowledgeEntry {
    const { entry, problems } = validateEntry(draft);
    if (!entry) throw new ValidationError("invalid_entry", problems.join(" "), `Chưa thể gửi duyệt hoặc xuất bản: ${problems.join(" ")}`);
    return entry;
  }

  /** Publishes a version under review: live rows change and the assistant answers with it. */
  async publish(actor: Actor, ward: Ward, versionId: number): Promise<void> {
    const v = await this.ownVersion(actor, ward, versionId, ["review"]);
    await this.publishData(actor, ward, v.kind, v.entityId, JSON.parse(v.data), { versionId: v.id });
  }

  /** Restores a published version by publishing a copy of it (history stays linear and complete). */
  async restore(actor: Actor, ward: Ward, versionId: number): Promise<number> {
    const v = await this.version(actor, ward, versionId);
    if (v.status !== "published") throw new ConflictError("not_published", "only published versions can be restored", "Chỉ khôi phục được phiên bản đã xuất bản.");
    return this.publishData(actor, ward, v.kind, v.entityId, JSON.parse(v.data), { restoredFrom: v.id });
  }

  /** Publishes a changed procedure record directly (city admins only; e.g. a fact confirmed for every ward). */
  async publishProcedure(actor: Actor, ward: Ward, procedure: Procedure, note: string): Promise<number> {
    return this.publishData(actor, ward, "procedure", procedure.id, procedure, { note });
  }

  private async publishData(actor: Actor, ward: Ward, kind: "entry" | "procedure", entityId: string, data: unknown, how: { versionId?: number; restoredFrom?: number; note?: string }): Promise<number> {
    requireRole(actor, ward.id, "communicator");
    const kb = await this.repository.load();
    let live: KnowledgeEntry | Procedure;
    if (kind === "entry") {
      const entry = this.requireValidEntry(data as EntryDraft);
      const current = kb.entries.find((e) => e.id === entityId);
      if (!(await this.mayPublishFor(actor, current ? [current.wards, entry.wards] : [entry.wards]))) {
        throw new ForbiddenError("shared_entry", `user ${actor.userId} may not publish ${entityId} for other wards`, "Mục này dùng chung cho phường khác; chỉ quản trị cấp thành phố (hoặc người biên tập của mọi phường liên quan) được xuất bản.");
      }
      for (const name of listPlaceholders(entry.body)) {
        try {
          resolvePlaceholder(name, kb, ward);
        } catch {
          throw new ValidationError("placeholder", `unresolved {{${name}}}`, `Không điền được {{${name}}} cho ${ward.name}.`);
        }
      }
      live = entry;
    } else {
      // Procedure records are the same for every ward: only a city admin publishes them.
      if (!actor.isCityAdmin) throw new ForbiddenError("shared_procedure", "procedures are city-wide", "Hồ sơ thủ tục dùng chung cho mọi phường; chỉ quản trị cấp thành phố được xuất bản.");
      live = procedureSchema.parse(data);
      // a draft saved before the English rules (or written elsewhere) cannot publish a wrong English text
      requireEnglishOk(undefined, live);
    }
    const now = this.clock.now();
    const before = kind === "entry" ? kb.entries.find((e) => e.id === entityId) : kb.procedures.get(entityId);
    let versionId = how.versionId;
    if (versionId === undefined) {
      const [row] = await this.db
        .insert(kbVersions)
        .values({ kind, entityId, wardId: ward.id, status: "review", data: JSON.stringify(live), restoredFrom: how.restoredFrom ?? null, note: how.note ?? (how.restoredFrom ? `Khôi phục phiên bản #${how.restoredFrom}` : null), createdBy: actor.userId, createdAt: now, updatedAt: now })
        .returning({ id: kbVersions.id });
      versionId = row!.id;
    }
    await runBatch(this.db, [
      this.db.update(kbVersions).set({ status: "published", data: JSON.stringify(live), publishedBy: actor.userId, publishedAt: now, updatedAt: now }).where(eq(kbVersions.id, versionId)),
      ...publishWrites(this.db, kind, live, now),
      auditInsert(this.db, now, { wardId: ward.id, userId: actor.userId, action: how.restoredFrom ? "restore" : "publish", entity: `kb_${kind}`, entityId: `${entityId}#${versionId}`, before: before ?? null, after: live }),
    ]);
    await this.repository.publishIndex();
    return versionId;
  }

  /**
   * Re-applies the latest published console version of every entry and procedure. Loading
   * knowledge/ from files (replaceAll at start) overwrites the live rows; calling this after it
   * keeps what communicators published.
   */
  async reapplyPublished(): Promise<number> {
    const rows = await this.db.select().from(kbVersions).where(eq(kbVersions.status, "published")).orderBy(asc(kbVersions.publishedAt), asc(kbVersions.id));
    const latest = new Map<string, typeof kbVersions.$inferSelect>();
    for (const r of rows) latest.set(`${r.kind}:${r.entityId}`, r);
    if (!latest.size) return 0;
    const now = this.clock.now();
    const writes = [...latest.values()].flatMap((r) => publishWrites(this.db, r.kind, JSON.parse(r.data) as KnowledgeEntry, now));
    await runBatch(this.db, writes);
    await this.repository.publishIndex();
    return latest.size;
  }

  async assistantFor(): Promise<Assistant> {
    return this.repository.assistant();
  }

  async knowledgeBase(): Promise<KnowledgeBase> {
    return this.repository.load();
  }
}

export function appliesTo(entry: Pick<KnowledgeEntry, "wards">, ward: Ward): boolean {
  return entry.wards === "all" || entry.wards.includes(ward.slug);
}

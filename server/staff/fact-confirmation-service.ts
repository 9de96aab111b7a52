import { eq } from "drizzle-orm";
import type { Database } from "../db/database";
import { wards } from "../db/schema";
import type { Clock } from "../lib/clock";
import { NotFoundError, ValidationError } from "../lib/errors";
import { entryHash, findConfirmation, procedureFactHash, type ConfirmedFact } from "../knowledge/fact-confirmations";
import { isOfficialSource } from "../knowledge/knowledge-check";
import type { KnowledgeRepository } from "../knowledge/knowledge-repository";
import type { KnowledgeEntry, Procedure } from "../knowledge/knowledge-schema";
import { factKeys, factLabels, factValue, type FactKey } from "../knowledge/procedure-facts";
import { wardProfileSchema, type Ward } from "../wards/ward-profile";
import type { WardService } from "../wards/ward-service";
import { requireCityAdmin, requireRole, type Actor } from "./access";
import { auditInsert } from "./audit";
import { runBatch } from "./batch";
import type { KnowledgeEditor } from "./knowledge-editor";

export type FactRow = { key: FactKey; label: string; value: string; note: string; source?: string; confirmed?: ConfirmedFact };
export type ProcedureFacts = { procedure: Procedure; facts: FactRow[] };
export type EntryFacts = { entry: KnowledgeEntry; confirmed?: ConfirmedFact };

/**
 * What the ward still has to confirm: entries whose facts wait for confirmation and procedure
 * records' unverified facts. A ward confirms for its own residents (kept in its profile, audited);
 * only a city admin turns a shared record's fact into a verified one for every ward.
 */
export class FactConfirmationService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly repository: KnowledgeRepository,
    private readonly wardService: WardService,
    private readonly editor: KnowledgeEditor,
  ) {}

  async list(actor: Actor, ward: Ward): Promise<{ entries: EntryFacts[]; procedures: ProcedureFacts[]; open: number }> {
    requireRole(actor, ward.id, "admin", "communicator");
    const kb = await this.repository.load();
    const entries = kb.entries
      .filter((e) => !e.verified && e.status === "published" && (e.wards === "all" || e.wards.includes(ward.slug)))
      .map((entry) => ({ entry, confirmed: findConfirmation(ward, "entry", entry.id, "entry", entryHash(entry)) }));
    const procedures = [...kb.procedures.values()]
      .sort((a, b) => a.name.localeCompare(b.name, "vi"))
      .map((procedure) => ({
        procedure,
        facts: factKeys
          .filter((key) => !procedure[key].verified)
          .map((key) => ({
            key,
            label: factLabels[key],
            value: factValue(procedure[key]),
            note: procedure[key].note ?? "",
            source: procedure[key].source,
            confirmed: findConfirmation(ward, "procedure", procedure.id, key, procedureFactHash(procedure, key)),
          })),
      }))
      .filter((p) => p.facts.length);
    const open = entries.filter((e) => !e.confirmed).length + procedures.flatMap((p) => p.facts).filter((f) => !f.confirmed).length;
    return { entries, procedures, open };
  }

  /** "Đã xác nhận" for this ward only: its residents stop seeing the marker on that fact. */
  async confirmForWard(actor: Actor, ward: Ward, target: { kind: "procedure" | "entry"; id: string; fact: string }): Promise<ConfirmedFact> {
    requireRole(actor, ward.id, "admin", "communicator");
    const kb = await this.repository.load();
    let hash: string;
    let value: string;
    if (target.kind === "procedure") {
      const procedure = kb.procedures.get(target.id);
      const key = factKeys.find((k) => k === target.fact);
      if (!procedure || !key) throw new NotFoundError("fact_not_found", `no fact ${target.id}.${target.fact}`, "Không tìm thấy thông tin cần xác nhận.");
      hash = procedureFactHash(procedure, key);
      value = factValue(procedure[key]);
    } else {
      const entry = kb.entries.find((e) => e.id === target.id && (e.wards === "all" || e.wards.includes(ward.slug)));
      if (!entry || target.fact !== "entry") throw new NotFoundError("fact_not_found", `no entry ${target.id} for ${ward.slug}`, "Không tìm thấy mục kiến thức này.");
      hash = entryHash(entry);
      value = entry.unverified ?? "";
    }
    // re-read the ward: the profile may have changed since the page was opened
    const current = await this.wardService.byId(ward.id);
    const existing = findConfirmation(current, target.kind, target.id, target.fact, hash);
    if (existing) return existing;
    const now = this.clock.now();
    const confirmation: ConfirmedFact = { kind: target.kind, id: target.id, fact: target.fact, hash, by: actor.userId, by_name: actor.name, at: now };
    // an older confirmation of a previous text of the same fact is replaced
    const kept = (current.profile.confirmed_facts ?? []).filter((c) => !(c.kind === target.kind && c.id === target.id && c.fact === target.fact));
    const profile = wardProfileSchema.parse({ ...current.profile, confirmed_facts: [...kept, confirmation] });
    await runBatch(this.db, [
      this.db.update(wards).set({ profile: JSON.stringify(profile) }).where(eq(wards.id, ward.id)),
      auditInsert(this.db, now, {
        wardId: ward.id,
        userId: actor.userId,
        action: "confirm_fact",
        entity: target.kind === "procedure" ? "kb_procedure" : "kb_entry",
        entityId: `${target.id}#${target.fact}`,
        after: { value, hash, scope: "ward" },
      }),
    ]);
    return confirmation;
  }

  /** A city admin marks a shared record's fact verified for every ward, with the official page that states it. */
  async confirmForAllWards(actor: Actor, ward: Ward, target: { id: string; fact: string; source: string }): Promise<number> {
    requireCityAdmin(actor);
    const kb = await this.repository.load();
    const procedure = kb.procedures.get(target.id);
    const key = factKeys.find((k) => k === target.fact);
    if (!procedure || !key) throw new NotFoundError("fact_not_found", `no fact ${target.id}.${target.fact}`, "Không tìm thấy thông tin cần xác nhận.");
    if (!isOfficialSource(target.source)) {
      throw new ValidationError("unofficial_source", `not an official source: ${target.source}`, "Cần đường dẫn tới trang chính thức (gov.vn, chinhphu.vn, …) nêu đúng thông tin này.");
    }
    const { note: _note, ...fact } = procedure[key];
    const updated = { ...procedure, [key]: { ...fact, verified: true, source: target.source } } as Procedure;
    return this.editor.publishProcedure(actor, ward, updated, `Xác nhận cho mọi phường: ${factLabels[key]}`);
  }
}

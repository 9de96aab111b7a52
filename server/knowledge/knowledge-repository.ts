import { eq } from "drizzle-orm";
import { Assistant } from "../assistant/assistant";
import type { Database } from "../db/database";
import { kbEntries, kbMeta, kbProcedures } from "../db/schema";
import type { Clock } from "../lib/clock";
import type { KnowledgeBase, KnowledgeEntry, Procedure } from "./knowledge-schema";

const VERSION_KEY = "version";
/** How long a version read by a caller's batch stands in for reading it (see noteVersion). */
const NOTED_VERSION_MS = 1000;

/**
 * The knowledge base in the database (loaded from knowledge/ at start, edited later from the
 * console). The assistant built from it is cached until the stored version changes.
 */
export class KnowledgeRepository {
  private cached: { version: string; assistant: Assistant } | undefined;
  private noted: { version: string | undefined; until: number } | undefined;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async version(): Promise<string | undefined> {
    const [row] = await this.versionQuery();
    return row?.value;
  }

  /** The read behind version(), for a caller's own batch read (then hand the row to noteVersion). */
  versionQuery() {
    return this.db.select().from(kbMeta).where(eq(kbMeta.key, VERSION_KEY));
  }

  /**
   * A caller read the version in its own batch a moment ago (conversation processing, with the
   * rest of an event's state): assistant() uses it for the next second instead of reading it
   * again, so answering costs no round trip of its own.
   */
  noteVersion(rows: Array<{ value: string }>): void {
    this.noted = { version: rows[0]?.value, until: Date.now() + NOTED_VERSION_MS };
  }

  /** Replaces the stored knowledge with `kb` when its version differs; returns whether it did. */
  async replaceAll(kb: KnowledgeBase): Promise<boolean> {
    this.noted = undefined;
    if ((await this.version()) === kb.version) return false;
    const now = this.clock.now();
    const writes = [
      this.db.delete(kbEntries),
      this.db.delete(kbProcedures),
      ...kb.entries.map((e) =>
        this.db.insert(kbEntries).values({ id: e.id, title: e.title, category: e.category, status: e.status, data: JSON.stringify(e), updatedAt: now }),
      ),
      ...[...kb.procedures.values()].map((p) => this.db.insert(kbProcedures).values({ id: p.id, data: JSON.stringify(p), updatedAt: now })),
      this.db.insert(kbMeta).values({ key: VERSION_KEY, value: kb.version }).onConflictDoUpdate({ target: kbMeta.key, set: { value: kb.version } }),
    ];
    await this.db.batch(writes as [(typeof writes)[number], ...(typeof writes)[number][]]);
    this.cached = undefined;
    return true;
  }

  async load(): Promise<KnowledgeBase> {
    const [entryRows, procedureRows, version] = await Promise.all([this.db.select().from(kbEntries), this.db.select().from(kbProcedures), this.version()]);
    const entries = entryRows.map((r) => JSON.parse(r.data) as KnowledgeEntry).sort((a, b) => a.id.localeCompare(b.id));
    const procedures = new Map(procedureRows.map((r) => [r.id, JSON.parse(r.data) as Procedure]));
    return { entries, procedures, version: version ?? "empty" };
  }

  async assistant(): Promise<Assistant> {
    const noted = this.noted && this.noted.until > Date.now() ? this.noted.version : undefined;
    const version = (noted ?? (await this.version())) ?? "empty";
    if (this.cached?.version === version) return this.cached.assistant;
    const assistant = new Assistant(await this.load());
    this.cached = { version, assistant };
    return assistant;
  }
}

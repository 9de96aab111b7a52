import { eq, inArray } from "drizzle-orm";
import { Assistant } from "../assistant/assistant";
import { SearchIndex } from "../assistant/search-index";
import type { Database } from "../db/database";
import { kbEntries, kbMeta, kbProcedures } from "../db/schema";
import type { Clock } from "../lib/clock";
import type { KnowledgeBase, KnowledgeEntry, Procedure } from "./knowledge-schema";
import { INDEX_KEY, loadStoredIndex, serializeIndex } from "./stored-index";

const VERSION_KEY = "version";
/** How long a version read by a caller's batch stands in for reading it (see noteVersion). */
const NOTED_VERSION_MS = 1000;

/**
 * The knowledge base in the database (loaded from knowledge/ at start, edited later from the
 * console). The assistant built from it is cached until the stored version changes; its search
 * index is stored beside the version when knowledge is published (publishIndex) and loaded from
 * there, built again only when it is missing or of an older format.
 */
export class KnowledgeRepository {
  private cached: { version: string; assistant: Assistant } | undefined;
  private noted: { version: string | undefined; until: number } | undefined;
  /** an assistant being loaded, by the version asked for: callers that ask meanwhile share it (one read, one build) */
  private loading: { version: string; assistant: Promise<Assistant> } | undefined;

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
    await this.publishIndex();
    return true;
  }

  /**
   * Builds the search index of the live knowledge and stores it with its version; called after
   * every change to the live rows (replaceAll, console publishing).
   */
  async publishIndex(): Promise<void> {
    const kb = await this.load();
    const index = new SearchIndex(publishedOf(kb));
    await this.storeIndex(kb.version, index);
    this.cached = { version: kb.version, assistant: new Assistant(kb, { index }) };
  }

  private async storeIndex(version: string, index: SearchIndex): Promise<void> {
    const data = serializeIndex(version, index);
    await this.db.insert(kbMeta).values({ key: INDEX_KEY, value: version, data }).onConflictDoUpdate({ target: kbMeta.key, set: { value: version, data } });
  }

  async load(): Promise<KnowledgeBase> {
    return (await this.read(false)).kb;
  }

  /** The live knowledge and, with `withIndex`, the stored search index (read with the version: no extra round trip). */
  private async read(withIndex: boolean): Promise<{ kb: KnowledgeBase; storedIndex: Uint8Array | undefined }> {
    const keys = withIndex ? [VERSION_KEY, INDEX_KEY] : [VERSION_KEY];
    const [entryRows, procedureRows, metaRows] = await Promise.all([this.db.select().from(kbEntries), this.db.select().from(kbProcedures), this.db.select().from(kbMeta).where(inArray(kbMeta.key, keys))]);
    const entries = entryRows.map((r) => JSON.parse(r.data) as KnowledgeEntry).sort((a, b) => a.id.localeCompare(b.id));
    const procedures = new Map(procedureRows.map((r) => [r.id, JSON.parse(r.data) as Procedure]));
    const meta = new Map(metaRows.map((r) => [r.key, r]));
    return { kb: { entries, procedures, version: meta.get(VERSION_KEY)?.value ?? "empty" }, storedIndex: meta.get(INDEX_KEY)?.data ?? undefined };
  }

  async assistant(): Promise<Assistant> {
    const noted = this.noted && this.noted.until > Date.now() ? this.noted.version : undefined;
    const version = (noted ?? (await this.version())) ?? "empty";
    if (this.cached?.version === version) return this.cached.assistant;
    // A second caller while the first loads (the processing child's warm-up and its first event,
    // a burst's first events) waits for that load instead of reading and building its own.
    if (this.loading?.version === version) return this.loading.assistant;
    const loading = { version, assistant: this.loadAssistant() };
    this.loading = loading;
    try {
      return await loading.assistant;
    } finally {
      if (this.loading === loading) this.loading = undefined;
    }
  }

  private async loadAssistant(): Promise<Assistant> {
    const { kb, storedIndex } = await this.read(true);
    const published = publishedOf(kb);
    let index = loadStoredIndex(storedIndex, kb.version, published);
    if (!index) {
      index = new SearchIndex(published);
      // stored for the processes and isolates that start next; answering does not depend on it
      await this.storeIndex(kb.version, index).catch(() => undefined);
    }
    const assistant = new Assistant(kb, { index });
    this.cached = { version: kb.version, assistant };
    return assistant;
  }
}

/** The entries the assistant answers from, in the order its index numbers them. */
function publishedOf(kb: KnowledgeBase): KnowledgeEntry[] {
  return kb.entries.filter((e) => e.status === "published");
}

import { and, eq, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/database";
import { wards, wardSecrets } from "../db/schema";
import type { Clock } from "../lib/clock";
import type { SecretBox } from "../lib/crypto";
import { ConflictError, NotFoundError, AppError } from "../lib/errors";
import { dayExceptionsQuery, loadDayExceptions, toDayExceptions } from "./holiday-calendar";
import { wardProfileSchema, type Ward, type WardDefinition, type WardProfile } from "./ward-profile";
import { WebhookIdentityCache, type WebhookIdentity } from "./webhook-identity-cache";
import type { DayExceptions } from "./working-hours";

/** The id of the ward with this slug, as a subquery (for writes batched with the ward's creation). */
export function wardIdOf(slug: string): SQL<number> {
  return sql<number>`(select ${wards.id} from ${wards} where ${wards.slug} = ${slug})`;
}

export type WardSecretName = "oa_secret_key" | "app_secret";

/**
 * Ward profiles parsed, by their stored JSON text. The processing thread reads the ward with every
 * round of events (one event per round at a steady trickle), and validating the profile with zod
 * cost ~5 µs warm, 40–70 µs on the first reads (~1 µs for the lookup; bench/README.md, s28-perf),
 * for a text that changes only when staff edit it. The same text always parses to the same
 * profile, and nothing changes a parsed profile in place (an edit is written as new text).
 * Bounded: emptied when it holds more profiles than a city has wards.
 */
const parsedProfiles = new Map<string, WardProfile>();
const PARSED_PROFILES_MAX = 512;

function profileOf(text: string): WardProfile {
  let profile = parsedProfiles.get(text);
  if (profile === undefined) {
    profile = wardProfileSchema.parse(JSON.parse(text));
    if (parsedProfiles.size >= PARSED_PROFILES_MAX) parsedProfiles.clear();
    parsedProfiles.set(text, profile);
  }
  return profile;
}

function toWard(row: typeof wards.$inferSelect, calendar: DayExceptions): Ward {
  return {
    calendar,
    id: row.id,
    slug: row.slug,
    name: row.name,
    oaId: row.oaId,
    appId: row.appId,
    profile: profileOf(row.profile),
  };
}

export class WardService {
  /** per process: services are built once per process (Node) or isolate (Workers) */
  private readonly identities = new WebhookIdentityCache();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly secretBox: SecretBox | undefined,
  ) {}

  /**
   * Creates a ward. `extra` writes (e.g. the console's audit row) run in the same batch; they can
   * name the new ward with `wardIdOf(def.slug)`.
   */
  async create(def: WardDefinition, extra: BatchItem<"sqlite">[] = []): Promise<Ward> {
    const existing = await this.db.select({ id: wards.id }).from(wards).where(eq(wards.slug, def.slug));
    if (existing.length) throw new ConflictError("ward_exists", `ward ${def.slug} exists`);
    const [[row]] = await this.db.batch([
      this.db
        .insert(wards)
        .values({
          slug: def.slug,
          name: def.name,
          oaId: def.oa_id ?? null,
          appId: def.app_id ?? null,
          profile: JSON.stringify(wardProfileSchema.parse(def.profile)),
          createdAt: this.clock.now(),
        })
        .returning(),
      ...extra,
    ]);
    return toWard(row!, await loadDayExceptions(this.db));
  }

  async list(): Promise<Ward[]> {
    const calendar = await loadDayExceptions(this.db);
    return (await this.db.select().from(wards).orderBy(wards.id)).map((row) => toWard(row, calendar));
  }

  async count(): Promise<number> {
    return (await this.db.select({ id: wards.id }).from(wards)).length;
  }

  async bySlug(slug: string): Promise<Ward> {
    const [row] = await this.db.select().from(wards).where(eq(wards.slug, slug));
    if (!row) throw new NotFoundError("ward_not_found", `no ward ${slug}`, "Không tìm thấy phường này.");
    return toWard(row, await loadDayExceptions(this.db));
  }

  async byId(id: number): Promise<Ward> {
    const [row] = await this.db.select().from(wards).where(eq(wards.id, id));
    if (!row) throw new NotFoundError("ward_not_found", `no ward ${id}`);
    return toWard(row, await loadDayExceptions(this.db));
  }

  /**
   * byId as reads for a caller's own batch (conversation processing reads the ward with the rest
   * of an event's state), and the ward they make.
   */
  byIdReads(id: number) {
    return { ward: this.db.select().from(wards).where(eq(wards.id, id)), holidays: dayExceptionsQuery(this.db) };
  }

  wardFrom(id: number, rows: typeof wards.$inferSelect[], holidayRows: Parameters<typeof toDayExceptions>[0]): Ward {
    if (!rows[0]) throw new NotFoundError("ward_not_found", `no ward ${id}`);
    return toWard(rows[0], toDayExceptions(holidayRows));
  }

  /**
   * What verifying a webhook of this OA needs (ward id, app id, OA secret), from this process's
   * cache (WebhookIdentityCache: changes made here apply at once, elsewhere within its TTL) or
   * one statement. `fresh` reads again whatever is cached. `undefined`: no ward has this OA.
   */
  async webhookIdentity(oaId: string, options: { fresh?: boolean } = {}): Promise<{ identity: WebhookIdentity; readAt: number } | undefined> {
    return (options.fresh ? undefined : this.cachedWebhookIdentity(oaId)) ?? this.readWebhookIdentity(oaId);
  }

  /** webhookIdentity's cached answer, without a promise (the webhook's hot path); undefined: read it. */
  cachedWebhookIdentity(oaId: string): { identity: WebhookIdentity; readAt: number } | undefined {
    return this.identities.get(oaId, this.clock.now());
  }

  private async readWebhookIdentity(oaId: string): Promise<{ identity: WebhookIdentity; readAt: number } | undefined> {
    const now = this.clock.now();
    const [row] = await this.db
      .select({ wardId: wards.id, appId: wards.appId, ciphertext: wardSecrets.ciphertext })
      .from(wards)
      .leftJoin(wardSecrets, and(eq(wardSecrets.wardId, wards.id), eq(wardSecrets.name, "oa_secret_key")))
      .where(eq(wards.oaId, oaId));
    if (!row) {
      this.identities.forget(oaId);
      return undefined;
    }
    const identity: WebhookIdentity = { wardId: row.wardId, appId: row.appId, secret: row.ciphertext ? await this.requireBox().open(row.ciphertext) : undefined };
    this.identities.set(oaId, identity, now);
    return { identity, readAt: now };
  }

  /** How old a cached identity must be before a signature that does not match it reads it again. */
  get identityRefreshAfterMs(): number {
    return this.identities.refreshAfterMs;
  }

  async byOaId(oaId: string): Promise<Ward | undefined> {
    const [row] = await this.db.select().from(wards).where(eq(wards.oaId, oaId));
    return row ? toWard(row, await loadDayExceptions(this.db)) : undefined;
  }

  async setSecret(wardId: number, name: WardSecretName, value: string): Promise<void> {
    const box = this.requireBox();
    const ciphertext = await box.seal(value);
    const now = this.clock.now();
    await this.db
      .insert(wardSecrets)
      .values({ wardId, name, ciphertext, updatedAt: now })
      .onConflictDoUpdate({ target: [wardSecrets.wardId, wardSecrets.name], set: { ciphertext, updatedAt: now } });
    // a rotated secret applies to the next webhook this process receives (other processes: see WebhookIdentityCache)
    this.identities.forgetWard(wardId);
  }

  async getSecret(wardId: number, name: WardSecretName): Promise<string | undefined> {
    const [row] = await this.db
      .select()
      .from(wardSecrets)
      .where(and(eq(wardSecrets.wardId, wardId), eq(wardSecrets.name, name)));
    if (!row) return undefined;
    return this.requireBox().open(row.ciphertext);
  }

  private requireBox(): SecretBox {
    if (!this.secretBox) {
      throw new AppError("secrets_key_missing", "SECRETS_KEY is not configured: secrets cannot be stored or read");
    }
    return this.secretBox;
  }
}

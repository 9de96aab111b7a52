/** What verifying a webhook needs of the ward that owns an OA: its id, app id and OA secret. */
export type WebhookIdentity = { wardId: number; appId: string | null; secret: string | undefined };

type Entry = { identity: WebhookIdentity; readAt: number };

/**
 * Per-process (per-isolate on Workers) cache of WebhookIdentity by OA id, so that acknowledging
 * a webhook of a known OA costs one round trip: storing the event.
 *
 * Freshness, by design:
 * - in the process that changes a ward's OA secret (WardService.setSecret), the entry is
 *   dropped at once: the next event reads again (profile and name are not cached here);
 * - elsewhere (another Node process, the admin CLI, other Worker isolates) a change is seen
 *   within `ttlMs`. A signature that does not match a cached secret older than `refreshAfterMs`
 *   reads again once (WebhookIntake), so a rotated secret is usually taken up by its first event;
 *   bad signatures cost at most one read per OA per `refreshAfterMs`.
 * Unknown OAs, and wards without an app id or OA secret, are not cached: a ward created or
 * given its secret elsewhere is found by its first event (the intake refuses an identity
 * lacking either before its re-read path runs).
 */
export class WebhookIdentityCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly ttlMs = 30_000,
    readonly refreshAfterMs = 5_000,
    private readonly maxEntries = 1_000,
  ) {}

  /** The cached identity and when it was read, unless expired. */
  get(oaId: string, now: number): Entry | undefined {
    const entry = this.entries.get(oaId);
    if (!entry) return undefined;
    if (now - entry.readAt >= this.ttlMs || now < entry.readAt) {
      this.entries.delete(oaId);
      return undefined;
    }
    return entry;
  }

  set(oaId: string, identity: WebhookIdentity, now: number): void {
    if (!identity.appId || !identity.secret) {
      this.entries.delete(oaId);
      return;
    }
    // a bound, not an eviction policy: one deployment serves at most a few hundred wards
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(oaId, { identity, readAt: now });
  }

  /** Drops what is cached for an OA (a fresh read found no ward with it). */
  forget(oaId: string): void {
    this.entries.delete(oaId);
  }

  /** Drops whatever is cached for a ward (its secret changed in this process). */
  forgetWard(wardId: number): void {
    for (const [oaId, entry] of this.entries) if (entry.identity.wardId === wardId) this.entries.delete(oaId);
  }
}

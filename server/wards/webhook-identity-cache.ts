/** What verifying a webhook needs of the ward that owns an OA: its id, app id and OA secret. */
export type WebhookIdentity = { wardId: number; appId: string | null; secret: string | undefined };

type Entry = { identity: WebhookIdentity; readAt: number };

/**
 * Per-process (per-isolate on Workers) cache of WebhookIdentity by OA id, so that acknowledging
 * a webhook of a known OA costs one round trip: storing the event.
 *
 * Freshness, by design:
 * - in the process that changes a ward (its OA secret through WardService.setSecret, its row
 *   through WardService.changed), the entry is dropped at once: the next event reads again;
 * - elsewhere (another Node process, the admin CLI, other Worker isolates) a change is seen
 *   within `ttlMs`. A signature that does not match a cached secret older than `refreshAfterMs`
 *   reads again once (WebhookIntake), so a rotated secret is usually taken up by its first event;
 *   bad signatures cost at most one read per OA per `refreshAfterMs`.
 * Unknown OAs are not cached: a ward created elsewhere is found by its first event.
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
    // a bound, not an eviction policy: one deployment serves at most a few hundred wards
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(oaId, { identity, readAt: now });
  }

  /** Drops whatever is cached for a ward (its secret or its row changed in this process). */
  forgetWard(wardId: number): void {
    for (const [oaId, entry] of this.entries) if (entry.identity.wardId === wardId) this.entries.delete(oaId);
  }
}

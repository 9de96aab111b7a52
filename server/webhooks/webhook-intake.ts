import { sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { webhookEvents } from "../db/schema";
import type { Clock } from "../lib/clock";
import { UnauthorizedError, ValidationError } from "../lib/errors";
import type { Ward } from "../wards/ward-profile";
import type { WardService } from "../wards/ward-service";
import { readEnvelope } from "../zalo/webhook-events";
import { verifyZaloSignature } from "../zalo/webhook-signature";

export type IntakeResult = { eventId: number; wardId: number; duplicate: boolean; pending: boolean };

/** How long a ward's OA identity and secret are reused before being read again. */
const WARD_CACHE_MS = 60_000;

type PendingInsert = {
  values: typeof webhookEvents.$inferInsert;
  resolve: (row: { id: number; deliveries: number; status: string }) => void;
  reject: (err: unknown) => void;
};

/**
 * Accepts a Zalo webhook call: verifies the signature over the exact raw body with the secret
 * of the ward that owns the OA, then stores the event once per (ward, msg_id or event key).
 * Nothing unsigned is stored; everything signed is, even events we don't understand.
 *
 * Under load the stores are group-committed: calls that arrive together are written in one
 * transaction (one disk sync), and each is answered only after that transaction commits.
 */
export class WebhookIntake {
  private readonly wardCache = new Map<string, { ward: Ward; secret: string | undefined; until: number }>();
  private queue: PendingInsert[] = [];
  private flushing = false;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly wards: WardService,
  ) {}

  async receive(rawBody: string, signature: string | undefined): Promise<IntakeResult> {
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      throw new ValidationError("malformed_json", "webhook body is not JSON");
    }
    const envelope = readEnvelope(body);
    if (!envelope) throw new ValidationError("malformed_event", "webhook body is not an event object");
    if (!signature) throw new UnauthorizedError("missing_signature", "X-ZEvent-Signature is missing");
    if (!envelope.oaId || !envelope.timestamp) throw new UnauthorizedError("unverifiable_event", "event has no OA id or timestamp to verify");
    const { ward, secret } = await this.wardFor(envelope.oaId);
    if (!ward || !ward.appId || !secret) throw new UnauthorizedError("unknown_oa", "no ward with a secret for this OA");
    const valid = await verifyZaloSignature({ header: signature, appId: ward.appId, rawBody, timestamp: envelope.timestamp, oaSecretKey: secret });
    if (!valid) throw new UnauthorizedError("bad_signature", "signature does not match");

    const row = await this.store({
      wardId: ward.id,
      eventKey: envelope.eventKey,
      eventName: envelope.eventName.slice(0, 100),
      rawBody,
      zaloTimestamp: envelope.timestamp,
      receivedAt: this.clock.now(),
    });
    return { eventId: row.id, wardId: ward.id, duplicate: row.deliveries > 1, pending: row.status === "pending" };
  }

  /** The ward owning an OA and its secret, cached briefly: every event needs them. */
  private async wardFor(oaId: string): Promise<{ ward: Ward | undefined; secret: string | undefined }> {
    const now = this.clock.now();
    const cached = this.wardCache.get(oaId);
    if (cached && cached.until > now) return cached;
    const ward = await this.wards.byOaId(oaId);
    if (!ward) return { ward: undefined, secret: undefined };
    const secret = await this.wards.getSecret(ward.id, "oa_secret_key");
    if (this.wardCache.size > 1000) this.wardCache.clear();
    this.wardCache.set(oaId, { ward, secret, until: now + WARD_CACHE_MS });
    return { ward, secret };
  }

  private store(values: PendingInsert["values"]): Promise<{ id: number; deliveries: number; status: string }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ values, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        // setImmediate runs after the current batch of I/O callbacks: requests read together commit together.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, 200);
      try {
        const statements = batch.map((p) =>
          this.db
            .insert(webhookEvents)
            .values(p.values)
            .onConflictDoUpdate({ target: [webhookEvents.wardId, webhookEvents.eventKey], set: { deliveries: sql`${webhookEvents.deliveries} + 1` } })
            .returning({ id: webhookEvents.id, deliveries: webhookEvents.deliveries, status: webhookEvents.status }),
        );
        const results = (await this.db.batch(statements as [(typeof statements)[number], ...(typeof statements)[number][]])) as Array<
          Array<{ id: number; deliveries: number; status: string }>
        >;
        batch.forEach((p, i) => p.resolve(results[i]![0]!));
      } catch (err) {
        batch.forEach((p) => p.reject(err));
      }
    }
    this.flushing = false;
  }
}

import type { Database } from "../db/database";
import type { Clock } from "../lib/clock";
import { UnauthorizedError, ValidationError } from "../lib/errors";
import type { Ward } from "../wards/ward-profile";
import type { WardService } from "../wards/ward-service";
import { readEnvelope } from "../zalo/webhook-events";
import { verifyZaloSignature } from "../zalo/webhook-signature";
import { DatabaseEventStore, type EventStore } from "./event-store";

/** `eventId`: the webhook_events id, or with the intake journal the journal row's id (see StoredEvent). */
export type IntakeResult = {
  eventId: number;
  wardId: number;
  duplicate: boolean;
  pending: boolean;
  /** the event as stored, for processing right away (ConversationService.processEvent's `accepted`) */
  accepted: { wardId: number; rawBody: string; receivedAt: number };
};

/** How long a ward's OA identity and secret are reused before being read again. */
const WARD_CACHE_MS = 60_000;

/**
 * Accepts a Zalo webhook call: verifies the signature over the exact raw body with the secret
 * of the ward that owns the OA, then stores the event once per (ward, msg_id or event key).
 * Nothing unsigned is stored; everything signed is, even events we don't understand.
 *
 * Where it is stored is the EventStore's business: webhook_events directly (Workers, or Node over
 * a libSQL server), or on Node with an embedded database an intake journal in a file of its own
 * (server/webhooks/intake-journal.ts). Both group-commit: calls that arrive together are written
 * in one transaction, and each is answered only after that transaction commits.
 */
export class WebhookIntake {
  private readonly wardCache = new Map<string, { ward: Ward; secret: string | undefined; until: number }>();
  private readonly store: EventStore;

  constructor(
    db: Database,
    private readonly clock: Clock,
    private readonly wards: WardService,
    store?: EventStore,
  ) {
    this.store = store ?? new DatabaseEventStore(db);
  }

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

    const receivedAt = this.clock.now();
    const stored = await this.store.store({
      wardId: ward.id,
      eventKey: envelope.eventKey,
      eventName: envelope.eventName.slice(0, 100),
      rawBody,
      zaloTimestamp: envelope.timestamp,
      receivedAt,
    });
    return { eventId: stored.id, wardId: ward.id, duplicate: stored.duplicate, pending: stored.pending, accepted: { wardId: ward.id, rawBody, receivedAt } };
  }

  /** The ward owning an OA and its secret, cached briefly: every event needs them. */
  private async wardFor(oaId: string): Promise<{ ward: Ward | undefined; secret: string | undefined }> {
    const now = this.clock.now();
    const cached = this.wardCache.get(oaId);
    if (cached && cached.until > now) return cached;
    const { ward, secret } = await this.wards.byOaIdWithSecret(oaId);
    if (!ward) return { ward: undefined, secret: undefined };
    if (this.wardCache.size > 1000) this.wardCache.clear();
    this.wardCache.set(oaId, { ward, secret, until: now + WARD_CACHE_MS });
    return { ward, secret };
  }

}

import type { Database } from "../db/database";
import type { Clock } from "../lib/clock";
import { UnauthorizedError, ValidationError } from "../lib/errors";
import type { WebhookIdentity } from "../wards/webhook-identity-cache";
import type { WardService } from "../wards/ward-service";
import { readEnvelope } from "../zalo/webhook-events";
import { zaloSignatureMatches } from "../zalo/webhook-signature";
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
  private readonly store: EventStore;
  /** fresh reads of an OA's identity under way: refused signatures arriving together share one */
  private readonly rereads = new Map<string, ReturnType<WardService["webhookIdentity"]>>();

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
    // the cached identity without a promise; a read (uncached or expired) awaits the database
    const found = this.wards.cachedWebhookIdentity(envelope.oaId) ?? (await this.wards.webhookIdentity(envelope.oaId));
    if (!found?.identity.appId || !found.identity.secret) throw new UnauthorizedError("unknown_oa", "no ward with a secret for this OA");
    const timestamp = envelope.timestamp;
    const check = (identity: WebhookIdentity) => zaloSignatureMatches({ header: signature, appId: identity.appId!, rawBody, timestamp, oaSecretKey: identity.secret! });
    let identity = found.identity;
    let valid = check(identity);
    // The secret may have been rotated by another process since it was cached: read it again,
    // at most once per OA per refreshAfterMs (bad signatures cannot make every call a read).
    if (!valid && this.clock.now() - found.readAt >= this.wards.identityRefreshAfterMs) {
      const fresh = await this.reread(envelope.oaId);
      if (fresh?.identity.appId && fresh.identity.secret) {
        identity = fresh.identity;
        valid = check(identity);
      }
    }
    if (!valid) throw new UnauthorizedError("bad_signature", "signature does not match");

    const receivedAt = this.clock.now();
    const stored = await this.store.store({
      wardId: identity.wardId,
      eventKey: envelope.eventKey,
      eventName: envelope.eventName.slice(0, 100),
      rawBody,
      zaloTimestamp: envelope.timestamp,
      receivedAt,
    });
    return { eventId: stored.id, wardId: identity.wardId, duplicate: stored.duplicate, pending: stored.pending, accepted: { wardId: identity.wardId, rawBody, receivedAt } };
  }

  /**
   * Reads an OA's identity again, or joins the read already under way: a burst of calls with a
   * bad signature would otherwise each read (and decrypt) the secret while the first read runs,
   * since the cache's read time changes only when it ends. A joined read began after the cached
   * one had aged refreshAfterMs, which is all a re-read promises.
   */
  private reread(oaId: string): ReturnType<WardService["webhookIdentity"]> {
    let running = this.rereads.get(oaId);
    if (!running) {
      running = this.wards.webhookIdentity(oaId, { fresh: true }).finally(() => this.rereads.delete(oaId));
      this.rereads.set(oaId, running);
    }
    return running;
  }
}

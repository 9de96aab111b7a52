import { sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { webhookEvents } from "../db/schema";
import type { Clock } from "../lib/clock";
import { UnauthorizedError, ValidationError } from "../lib/errors";
import type { WardService } from "../wards/ward-service";
import { readEnvelope } from "../zalo/webhook-events";
import { verifyZaloSignature } from "../zalo/webhook-signature";

export type IntakeResult = { eventId: number; wardId: number; duplicate: boolean; pending: boolean };

/**
 * Accepts a Zalo webhook call: verifies the signature over the exact raw body with the secret
 * of the ward that owns the OA, then stores the event once per (ward, msg_id or event key).
 * Nothing unsigned is stored; everything signed is, even events we don't understand.
 */
export class WebhookIntake {
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
    const ward = await this.wards.byOaId(envelope.oaId);
    const oaSecretKey = ward ? await this.wards.getSecret(ward.id, "oa_secret_key") : undefined;
    if (!ward || !ward.appId || !oaSecretKey) throw new UnauthorizedError("unknown_oa", "no ward with a secret for this OA");
    const valid = await verifyZaloSignature({ header: signature, appId: ward.appId, rawBody, timestamp: envelope.timestamp, oaSecretKey });
    if (!valid) throw new UnauthorizedError("bad_signature", "signature does not match");

    const [row] = await this.db
      .insert(webhookEvents)
      .values({
        wardId: ward.id,
        eventKey: envelope.eventKey,
        eventName: envelope.eventName.slice(0, 100),
        rawBody,
        zaloTimestamp: envelope.timestamp,
        receivedAt: this.clock.now(),
      })
      .onConflictDoUpdate({ target: [webhookEvents.wardId, webhookEvents.eventKey], set: { deliveries: sql`${webhookEvents.deliveries} + 1` } })
      .returning({ id: webhookEvents.id, deliveries: webhookEvents.deliveries, status: webhookEvents.status });
    return { eventId: row!.id, wardId: ward.id, duplicate: row!.deliveries > 1, pending: row!.status === "pending" };
  }
}

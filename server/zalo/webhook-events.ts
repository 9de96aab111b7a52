import { z } from "zod";

/*
 * Zalo OA webhook events (shapes: docs/zalo-api-notes.md, tests/fixtures/zalo-samples.ts).
 * Ids and timestamps are strings in Zalo's payloads and stay strings here.
 */
const id = z.union([z.string(), z.number()]).transform(String);
const ref = z.object({ id }).passthrough();

const attachmentSchema = z
  .object({
    type: z.string(),
    payload: z
      .object({
        url: z.string().optional(),
        thumbnail: z.string().optional(),
        id: z.string().optional(),
        name: z.string().optional(),
        size: z.union([z.string(), z.number()]).transform(String).optional(),
        type: z.string().optional(),
        coordinates: z.object({ latitude: id, longitude: id }).optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

const userMessageEvent = z
  .object({
    event_name: z.enum(["user_send_text", "user_send_image", "user_send_location", "user_send_file", "user_send_sticker", "user_send_link", "user_send_gif", "user_send_audio", "user_send_video"]),
    app_id: id.optional(),
    sender: ref,
    recipient: ref,
    user_id_by_app: id.optional(),
    message: z
      .object({
        msg_id: id,
        text: z.string().optional(),
        attachments: z.array(attachmentSchema).optional(),
      })
      .passthrough(),
    timestamp: id,
  })
  .passthrough();

const followEvent = z
  .object({
    event_name: z.enum(["follow", "unfollow"]),
    app_id: id.optional(),
    oa_id: id,
    follower: ref,
    user_id_by_app: id.optional(),
    source: z.string().optional(),
    timestamp: id,
  })
  .passthrough();

const clickChatNowEvent = z
  .object({
    event_name: z.literal("user_click_chatnow"),
    app_id: id.optional(),
    oa_id: id,
    user_id: id.optional(),
    follower: ref.optional(),
    sender: ref.optional(),
    timestamp: id,
  })
  .passthrough();

const deliveryEvent = z
  .object({
    event_name: z.enum(["user_seen_message", "user_received_message"]),
    app_id: id.optional(),
    sender: ref,
    recipient: ref,
    message: z.object({ msg_id: id.optional(), msg_ids: z.array(id).optional() }).passthrough(),
    timestamp: id,
  })
  .passthrough();

const oaSendEvent = z
  .object({
    event_name: z.string().startsWith("oa_send_"),
    app_id: id.optional(),
    sender: z.object({ id, admin_id: id.optional() }).passthrough(),
    recipient: ref,
    message: z.object({ msg_id: id.optional(), text: z.string().optional() }).passthrough().optional(),
    timestamp: id,
  })
  .passthrough();

export type UserMessageEvent = z.infer<typeof userMessageEvent>;
export type ParsedEvent =
  | { type: "user_message"; event: UserMessageEvent }
  | { type: "follow"; event: z.infer<typeof followEvent> }
  | { type: "click_chatnow"; event: z.infer<typeof clickChatNowEvent> }
  | { type: "delivery"; event: z.infer<typeof deliveryEvent> }
  | { type: "oa_send"; event: z.infer<typeof oaSendEvent> }
  | { type: "unknown"; eventName: string };

/** What routing and deduplication need, read before the signature is checked. */
export type EventEnvelope = {
  eventName: string;
  oaId: string | undefined;
  appId: string | undefined;
  timestamp: string | undefined;
  /** the resident's id as the OA sees it */
  userId: string | undefined;
  /** the resident's app-scoped id (user_id_by_app), which the mini app's sign-in also gives */
  appUserId: string | undefined;
  /** idempotency key: msg_id, or a key built from the event's identity */
  eventKey: string;
};

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
const idOf = (v: unknown): string | undefined => (v && typeof v === "object" ? str((v as { id?: unknown }).id) : undefined);

/** Reads the envelope of any event, documented or not. Returns undefined for non-objects. */
export function readEnvelope(body: unknown): EventEnvelope | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  const eventName = str(b.event_name) ?? "unknown";
  const fromOa = eventName.startsWith("oa_") || eventName === "user_seen_message" || eventName === "user_received_message";
  const oaId = str(b.oa_id) ?? (fromOa ? idOf(b.sender) : idOf(b.recipient));
  const userId = fromOa ? idOf(b.recipient) : (idOf(b.sender) ?? idOf(b.follower) ?? str(b.user_id));
  const timestamp = str(b.timestamp);
  const message = b.message && typeof b.message === "object" ? (b.message as Record<string, unknown>) : undefined;
  const msgId = str(message?.msg_id);
  const msgIds = Array.isArray(message?.msg_ids) ? (message!.msg_ids as unknown[]).map(String).join(",") : undefined;
  const eventKey = msgId
    ? `${eventName.startsWith("oa_") ? "oa" : "msg"}:${msgId}`
    : `${eventName}:${userId ?? "-"}:${timestamp ?? "-"}:${msgIds ?? ""}`;
  return { eventName, oaId, appId: str(b.app_id), timestamp, userId, appUserId: str(b.user_id_by_app), eventKey };
}

export function parseEvent(body: unknown): ParsedEvent {
  const eventName = (body as { event_name?: unknown })?.event_name;
  const name = typeof eventName === "string" ? eventName : "unknown";
  const attempt = <T>(schema: z.ZodType<T>) => schema.safeParse(body);
  if (name.startsWith("user_send_")) {
    const r = attempt(userMessageEvent);
    if (r.success) return { type: "user_message", event: r.data };
  } else if (name === "follow" || name === "unfollow") {
    const r = attempt(followEvent);
    if (r.success) return { type: "follow", event: r.data };
  } else if (name === "user_click_chatnow") {
    const r = attempt(clickChatNowEvent);
    if (r.success) return { type: "click_chatnow", event: r.data };
  } else if (name === "user_seen_message" || name === "user_received_message") {
    const r = attempt(deliveryEvent);
    if (r.success) return { type: "delivery", event: r.data };
  } else if (name.startsWith("oa_send_")) {
    const r = attempt(oaSendEvent);
    if (r.success) return { type: "oa_send", event: r.data };
  }
  return { type: "unknown", eventName: name };
}

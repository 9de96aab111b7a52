/**
 * A claimed event's raw body as JSON, parsed once: a group reads it for the event's resident
 * (EventGroups' rounds) and again for its state reads (ConversationService.eventReads). Kept per
 * event object, so it lives as long as the claimed row does. A body that does not parse throws
 * each time, as JSON.parse does (nothing is kept).
 */
const parsed = new WeakMap<object, unknown>();

export function eventBodyOf(event: { rawBody: string }): unknown {
  if (parsed.has(event)) return parsed.get(event);
  const body = JSON.parse(event.rawBody) as unknown;
  parsed.set(event, body);
  return body;
}

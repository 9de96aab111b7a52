import type { ReplyContent } from "../zalo/message-builder";
import type { Ward } from "../wards/ward-profile";
import type { UserMessageEvent } from "../zalo/webhook-events";
import { ASK_FOR_STAFF } from "../assistant/assistant";

/*
 * What a resident sends besides text. The words in it are read like a message (an image's
 * caption, a shared link's text, address and description: a scam link gets its warning); a
 * photo or a location is most often something to report, so it gets "Gửi phản ánh" with a link
 * that opens the mini app's report form with the caption and the place filled in. Stickers,
 * GIFs and reactions are a thank-you or a nod: they need no reply.
 */

export type MessageKind = "text" | "image" | "location" | "link" | "file" | "sticker" | "gif" | "audio" | "video";

/** Kinds the bot does not answer at all. */
export const silentKinds = new Set<string>(["sticker", "gif"]);

/** The words of a message to read as text: its text, and a shared link's address and description. */
export function readableText(event: UserMessageEvent): string {
  const parts = [event.message.text ?? ""];
  for (const a of event.message.attachments ?? []) {
    if (a.type !== "link") continue;
    const p = a.payload as { url?: string; description?: string; title?: string } | undefined;
    for (const s of [p?.title, p?.url, p?.description]) if (typeof s === "string" && s.trim()) parts.push(s);
  }
  return parts.map((s) => s.trim()).filter(Boolean).join("\n").slice(0, 4000);
}

export function locationOf(event: UserMessageEvent): { lat: number; lng: number } | undefined {
  for (const a of event.message.attachments ?? []) {
    const c = a.payload?.coordinates;
    if (!c) continue;
    const lat = Number(c.latitude);
    const lng = Number(c.longitude);
    if (Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) return { lat, lng };
  }
  return undefined;
}

/**
 * The link that opens the ward's mini app on its report form, prefilled. Zalo documents
 * `https://zalo.me/s/<mini app id>/?name=value` for opening a mini app with parameters
 * (docs/zalo-api-notes.md §5.1); the app reads `open=report`, `text`, `lat`, `lng`.
 */
export function reportLink(miniappUrl: string, prefill: { text?: string; lat?: number; lng?: number }): string {
  const url = new URL(miniappUrl);
  url.searchParams.set("open", "report");
  if (prefill.text) url.searchParams.set("text", prefill.text.slice(0, 500));
  if (prefill.lat !== undefined && prefill.lng !== undefined) {
    url.searchParams.set("lat", prefill.lat.toFixed(6));
    url.searchParams.set("lng", prefill.lng.toFixed(6));
  }
  return url.toString();
}

const staffChoice = { n: 0, label: ASK_FOR_STAFF };

/** "Gửi phản ánh" for a photo or a location. */
export function reportReply(ward: Ward, kind: "image" | "location", prefill: { text?: string; lat?: number; lng?: number }): ReplyContent {
  const miniapp = ward.profile.miniapp_url;
  const what = kind === "image" ? "ảnh" : "vị trí";
  if (!miniapp) {
    const body =
      `Dạ, phường đã nhận ${what} ông/bà gửi. Muốn gửi phản ánh (kèm ảnh, vị trí) tới ${ward.name}, ông/bà dùng mục "Gửi phản ánh" trong mini app của phường. ` +
      "Cần cán bộ xem giúp, ông/bà nhắn số 0.";
    return { body, links: [], choices: [staffChoice] };
  }
  const filled = [prefill.text ? "nội dung" : "", prefill.lat !== undefined ? "vị trí" : ""].filter(Boolean).join(" và ");
  const body =
    `Dạ, phường đã nhận ${what} ông/bà gửi. Để gửi phản ánh tới ${ward.name}, ông/bà bấm vào đường link "Gửi phản ánh" dưới đây` +
    (filled ? `; ${filled} đã được điền sẵn` : "") +
    (kind === "image" ? ", ông/bà chọn lại ảnh trong mẫu phản ánh." : ".");
  return { body, links: [{ label: "Gửi phản ánh", url: reportLink(miniapp, prefill) }], choices: [staffChoice] };
}

/** A file, voice message or video: the bot reads only words. */
export function unreadableReply(ward: Ward): ReplyContent {
  const miniapp = ward.profile.miniapp_url;
  return {
    body:
      "Dạ, trợ lý tự động hiện chỉ đọc được tin nhắn chữ. Ông/bà vui lòng gõ câu hỏi bằng chữ." +
      (miniapp ? "" : ' Muốn gửi phản ánh kèm ảnh và vị trí, ông/bà dùng mục "Gửi phản ánh" trong mini app của phường.'),
    links: miniapp ? [{ label: "Gửi phản ánh", url: reportLink(miniapp, {}) }] : [],
    choices: [staffChoice],
  };
}

import type { ReplyContent } from "../zalo/message-builder";
import type { Ward } from "../wards/ward-profile";
import type { UserMessageEvent } from "../zalo/webhook-events";
import { ASK_FOR_STAFF } from "../assistant/assistant";
import { foldedText } from "../assistant/text-analysis";
import { guessCategory, reportLinkFor } from "../miniapp/report-link";

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

const staffChoice = { n: 0, label: ASK_FOR_STAFF };

/**
 * "Gửi phản ánh" for a photo or a location: a link that opens the ward's mini app on its report
 * form with the caption, the place and a guessed category filled in (server/miniapp/report-link.ts:
 * `https://zalo.me/s/<mini app id>/?open=report&…`, or the ward's own `miniapp_url`).
 */
export function reportReply(ward: Ward, kind: "image" | "location", prefill: { text?: string; lat?: number; lng?: number }): ReplyContent {
  const what = kind === "image" ? "ảnh" : "vị trí";
  const location = prefill.lat !== undefined && prefill.lng !== undefined ? { lat: prefill.lat, lng: prefill.lng } : undefined;
  const link = reportLinkFor(ward, { text: prefill.text, location, category: prefill.text ? guessCategory(foldedText(prefill.text)) : undefined });
  if (!link) {
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
  return { body, links: [{ label: "Gửi phản ánh", url: link }], choices: [staffChoice] };
}

/** A file, voice message or video: the bot reads only words. */
export function unreadableReply(ward: Ward): ReplyContent {
  const link = reportLinkFor(ward, {});
  return {
    body:
      "Dạ, trợ lý tự động hiện chỉ đọc được tin nhắn chữ. Ông/bà vui lòng gõ câu hỏi bằng chữ." +
      (link ? "" : ' Muốn gửi phản ánh kèm ảnh và vị trí, ông/bà dùng mục "Gửi phản ánh" trong mini app của phường.'),
    links: link ? [{ label: "Gửi phản ánh", url: link }] : [],
    choices: [staffChoice],
  };
}

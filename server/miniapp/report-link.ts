/**
 * "Gửi phản ánh" links: what the assistant sends in the chat (after a photo, a location, or a
 * message such as "rác đầu ngõ", "đèn hỏng") so the mini app opens its report form already
 * filled in. The link is Zalo's documented mini-app link, https://zalo.me/s/{appId}/?key=value
 * (Zalo Mini App docs, "Tương tác, điều hướng tới Zalo Mini App"), or the ward's own mini-app
 * address (profile `miniapp_url`) with the same query:
 *
 *   open=report      open the report form (the only target so far)
 *   category=<id>    one of reportCategories (moi-truong, chieu-sang, …)
 *   text=<string>    the description to start from (≤ 500 characters)
 *   lat=<num>&lng=<num>  the place (6 decimals)
 *   address=<string> the address as the resident wrote it (≤ 300 characters)
 *
 * The conversation layer's links (open=report, text, lat, lng) are this format too. Pure module
 * (no server imports): the mini app parses links with parseReportLink from here.
 */
import { reportCategories, type ReportCategory } from "../feedback/feedback-categories";

export type ReportPrefill = {
  category?: ReportCategory;
  text?: string;
  location?: { lat: number; lng: number };
  address?: string;
};

const TEXT_MAX = 500;
const ADDRESS_MAX = 300;

/** The query string (without "?") of a report link. */
export function reportLinkQuery(prefill: ReportPrefill): string {
  const q = new URLSearchParams({ open: "report" });
  if (prefill.category) q.set("category", prefill.category);
  const text = prefill.text?.normalize("NFC").trim().slice(0, TEXT_MAX);
  if (text) q.set("text", text);
  if (prefill.location && validLatLng(prefill.location.lat, prefill.location.lng)) {
    q.set("lat", prefill.location.lat.toFixed(6));
    q.set("lng", prefill.location.lng.toFixed(6));
  }
  const address = prefill.address?.normalize("NFC").trim().slice(0, ADDRESS_MAX);
  if (address) q.set("address", address);
  return q.toString();
}

/**
 * The link for a ward: its mini-app address (`miniappUrl`, e.g. from the ward profile) or Zalo's
 * link for its mini-app id; undefined when the ward has neither (the chat then names the menu
 * item instead of sending a link).
 */
export function buildReportLink(ward: { appId: string | null; miniappUrl?: string | null }, prefill: ReportPrefill): string | undefined {
  const base = ward.miniappUrl?.trim() || (ward.appId ? `https://zalo.me/s/${encodeURIComponent(ward.appId)}/` : undefined);
  if (!base) return undefined;
  return `${base}${base.includes("?") ? "&" : "?"}${reportLinkQuery(prefill)}`;
}

/** Reads a report link's query (window.location.search or zmp-sdk's getRouteParams()). Unknown or invalid parts are dropped. */
export function parseReportLink(query: URLSearchParams | Record<string, string | undefined>): ReportPrefill | undefined {
  const get = (k: string) => (query instanceof URLSearchParams ? (query.get(k) ?? undefined) : query[k]);
  if (get("open") !== "report") return undefined;
  const out: ReportPrefill = {};
  const category = get("category");
  if (category && (reportCategories as readonly string[]).includes(category)) out.category = category as ReportCategory;
  const text = get("text")?.normalize("NFC").trim().slice(0, TEXT_MAX);
  if (text) out.text = text;
  const lat = Number(get("lat"));
  const lng = Number(get("lng"));
  if (get("lat") && get("lng") && validLatLng(lat, lng)) out.location = { lat, lng };
  const address = get("address")?.normalize("NFC").trim().slice(0, ADDRESS_MAX);
  if (address) out.address = address;
  return out;
}

function validLatLng(lat: number, lng: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0);
}

/*
 * A category for a chat message, from words residents use (matched without diacritics, as
 * residents often type). Undefined when nothing fits: the form then asks.
 */
const categoryWords: Array<[ReportCategory, RegExp]> = [
  ["chieu-sang", /\b(den (duong|duong pho|chieu sang|hong|tat|chap chon|khong sang)|chieu sang|bong den|cot den)\b/],
  ["moi-truong", /\b(rac|phe thai|bo mui|hoi thoi|ve sinh moi truong|nuoc thai|cong thoi|xac (chuot|dong vat)|dong rac|do trom)\b/],
  ["xay-dung", /\b(xay dung|xay trai phep|xay (nha|them|lan)|coi noi|lan chiem dat|pha do)\b/],
  ["giao-thong", /\b(o ga|ho ga|via he|mat duong|duong (hong|lun|nut|vo)|lan chiem|do xe|nap cong|cay do)\b/],
  ["trat-tu", /\b(on ao|tieng on|karaoke|loa keo|tu tap|danh nhau|mat trat tu|hat hoi)\b/],
];

export function guessCategory(foldedText: string): ReportCategory | undefined {
  for (const [category, pattern] of categoryWords) if (pattern.test(foldedText)) return category;
  return undefined;
}

/** The report link of a ward as services hold it (app id and profile). */
export function reportLinkFor(ward: { appId: string | null; profile: { miniapp_url?: string } }, prefill: ReportPrefill): string | undefined {
  return buildReportLink({ appId: ward.appId, miniappUrl: ward.profile.miniapp_url }, prefill);
}

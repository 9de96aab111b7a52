/*
 * The report being written survives closing the app: kept in localStorage (Zalo's webview keeps
 * it per mini app). Photos are kept once uploaded, by their server ids with a small thumbnail,
 * so they survive a dropped line and closing the app too.
 */
import type { LatLng } from "../../../server/feedback/report-contract";

export type DraftPhoto = { id: number; thumb: string };

export type Draft = {
  clientRequestId: string;
  category: string;
  description: string;
  address: string;
  landmark: string;
  location: LatLng | null;
  phone: string;
  phoneConsent: boolean;
  hideName: boolean;
  photos: DraftPhoto[];
};

const KEY = "hp.reportDraft.v2";

export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function emptyDraft(): Draft {
  return { clientRequestId: newRequestId(), category: "", description: "", address: "", landmark: "", location: null, phone: "", phoneConsent: false, hideName: false, photos: [] };
}

export function loadDraft(): Draft {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw) return { ...emptyDraft(), ...(JSON.parse(raw) as Partial<Draft>) };
  } catch {
    /* a damaged draft is dropped */
  }
  return emptyDraft();
}

export function saveDraft(draft: Draft): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // storage full (thumbnails): keep the text and photo ids, drop the thumbnails
    localStorage.setItem(KEY, JSON.stringify({ ...draft, photos: draft.photos.map((p) => ({ id: p.id, thumb: "" })) }));
  }
}

export function clearDraft(): void {
  localStorage.removeItem(KEY);
}

/** True when the draft holds something the resident typed or picked. */
export function draftHasContent(d: Draft): boolean {
  return Boolean(d.category || d.description.trim() || d.address.trim() || d.landmark.trim() || d.location || d.photos.length);
}

/*
 * The report being written survives closing the app: kept in localStorage (Zalo's webview keeps
 * it per mini app). Photos are kept by their server ids once uploaded, so they survive too.
 */
export type Draft = {
  clientRequestId: string;
  category: string;
  description: string;
  address: string;
  landmark: string;
  location: { lat: number; lng: number } | null;
  phone: string;
  phoneConsent: boolean;
  hideName: boolean;
  photos: Array<{ id: number; previewUrl: string }>;
};

const KEY = "hp.reportDraft.v1";

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
  localStorage.setItem(KEY, JSON.stringify(draft));
}

export function clearDraft(): void {
  localStorage.removeItem(KEY);
}

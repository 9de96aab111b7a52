/*
 * The one module that talks to zmp-sdk. Inside Zalo it calls the SDK; in a desktop browser on
 * localhost (development and the browser tests) it returns mock values instead, as the SDK
 * itself does there, and the app logs in through the server's development login, which the
 * server accepts only when MINIAPP_DEV_LOGIN is on.
 */
import { chooseImage, getAccessToken, getLocation, getPhoneNumber, getRouteParams, openPhone } from "zmp-sdk";
import type { LatLng } from "../../../server/feedback/report-contract";

export function isDesktopDev(): boolean {
  const host = window.location.hostname;
  return !inZalo() && (host === "localhost" || host === "127.0.0.1");
}

function inZalo(): boolean {
  return /zalo/i.test(navigator.userAgent);
}

/** A stable development identity per browser profile (or ?devUser=… for tests). */
export function devIdentity(): { userId: string; name: string } {
  const fromUrl = new URLSearchParams(window.location.search).get("devUser");
  let id = fromUrl ?? localStorage.getItem("hp.devUser");
  if (!id) {
    id = `browser-${Math.random().toString(36).slice(2, 10)}`;
    localStorage.setItem("hp.devUser", id);
  }
  return { userId: id, name: "Người dùng thử" };
}

export async function zaloAccessToken(): Promise<string> {
  return getAccessToken();
}

/** The query the app was opened with: Zalo's route params inside Zalo, the URL's query elsewhere. */
export function launchParams(): URLSearchParams {
  const params = new URLSearchParams(window.location.search);
  if (inZalo()) {
    try {
      for (const [k, v] of Object.entries(getRouteParams() ?? {})) if (!params.has(k) && typeof v === "string") params.set(k, v);
    } catch {
      /* older Zalo: the URL's query is all there is */
    }
  }
  return params;
}

/**
 * Opens the phone's dialer. Inside Zalo through zmp-sdk's openPhone; elsewhere the tel: link
 * the caller rendered does it, so this returns false and the link's default action goes on.
 */
export function dialInZalo(number: string): boolean {
  if (!inZalo()) return false;
  void openPhone({ phoneNumber: number }).catch(() => {
    window.location.href = `tel:${number}`;
  });
  return true;
}

/** A getLocation token, exchanged for coordinates by the server; undefined on desktop (no GPS). */
export async function currentLocation(exchange: (token: string) => Promise<LatLng>): Promise<LatLng | undefined> {
  if (isDesktopDev()) {
    const fromUrl = new URLSearchParams(window.location.search).get("devLocation");
    if (!fromUrl) return undefined;
    const [lat, lng] = fromUrl.split(",").map(Number);
    return Number.isFinite(lat) && Number.isFinite(lng) ? { lat: lat!, lng: lng! } : undefined;
  }
  const { token } = await getLocation({});
  if (!token) throw new Error("Không lấy được vị trí từ Zalo. Ông/bà có thể kéo ghim trên bản đồ hoặc ghi địa chỉ.");
  return exchange(token);
}

/** A getPhoneNumber token (asks the resident's permission in Zalo), exchanged by the server. */
export async function pickPhone(exchange: (token: string) => Promise<string>): Promise<string> {
  if (isDesktopDev()) return "0912345678";
  const { token } = await getPhoneNumber({});
  if (!token) throw new Error("Không lấy được số điện thoại từ Zalo.");
  return exchange(token);
}

/** Photos from Zalo's picker; on desktop a file input does the same job. */
export async function pickPhotos(max: number, fileInput: () => Promise<File[]>): Promise<Blob[]> {
  if (!inZalo()) return (await fileInput()).slice(0, max);
  const { filePaths } = await chooseImage({ count: max, sourceType: ["album", "camera"] });
  const out: Blob[] = [];
  for (const path of filePaths.slice(0, max)) out.push(await (await fetch(path)).blob());
  return out;
}

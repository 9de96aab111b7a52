/*
 * The one module that talks to zmp-sdk. Inside Zalo it calls the SDK; in a desktop browser on
 * localhost (development and the browser tests) it returns mock values instead, as the SDK
 * itself does there, and the app logs in through the server's development login, which the
 * server accepts only when MINIAPP_DEV_LOGIN is on.
 */
import { chooseImage, getAccessToken, getLocation, getPhoneNumber } from "zmp-sdk";

export type PickedPhoto = { blob: Blob; previewUrl: string };

export function isDesktopDev(): boolean {
  const host = window.location.hostname;
  const inZalo = /zalo/i.test(navigator.userAgent);
  return !inZalo && (host === "localhost" || host === "127.0.0.1");
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

/** A getLocation token, exchanged for coordinates by the server; mock coordinates on desktop. */
export async function pickLocation(exchange: (token: string) => Promise<{ lat: number; lng: number }>): Promise<{ lat: number; lng: number }> {
  if (isDesktopDev()) return { lat: 21.0285, lng: 105.8542 };
  const { token } = await getLocation({});
  if (!token) throw new Error("Không lấy được vị trí từ Zalo.");
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
export async function pickPhotos(max: number, fileInput: () => Promise<File[]>): Promise<PickedPhoto[]> {
  if (isDesktopDev()) {
    const files = (await fileInput()).slice(0, max);
    return files.map((f) => ({ blob: f, previewUrl: URL.createObjectURL(f) }));
  }
  const { filePaths } = await chooseImage({ count: max, sourceType: ["album", "camera"] });
  const out: PickedPhoto[] = [];
  for (const path of filePaths.slice(0, max)) {
    const blob = await (await fetch(path)).blob();
    out.push({ blob, previewUrl: path });
  }
  return out;
}

/** The mini app's calls to the ward's server (/api/miniapp). Errors carry the server's Vietnamese message. */
import type { ApiErrorBody, MiniappConfig, PhotoUploadResult } from "../../../server/feedback/report-contract";
import { devIdentity, isDesktopDev, zaloAccessToken } from "./zalo";

export type {
  CategoryOption as Category,
  MeView,
  MiniappConfig,
  ResidentReportView as Report,
  SimilarReport,
  TimelineItem,
} from "../../../server/feedback/report-contract";

const API_BASE: string = (import.meta.env.VITE_API_BASE as string | undefined) ?? "";
const WARD: string | undefined = (import.meta.env.VITE_WARD as string | undefined) || undefined;

/** What a resident reads when the line drops: nothing typed is lost, and what to do next. */
export const NETWORK_MESSAGE = "Mất kết nối mạng. Nội dung ông/bà đã nhập vẫn được giữ — khi có mạng, ông/bà bấm lại nút để gửi.";

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
  get isNetwork(): boolean {
    return this.code === "network";
  }
}

/** Server errors said so that the resident knows what to do. */
function errorFrom(status: number, data: Partial<ApiErrorBody>): ApiError {
  if (status >= 500 || !data.message) {
    return new ApiError(data.error ?? "server_error", "Hệ thống của phường đang bận hoặc gặp sự cố. Nội dung đã nhập vẫn được giữ — ông/bà vui lòng thử lại sau ít phút.", status);
  }
  return new ApiError(data.error ?? "error", data.message, status);
}

let session: { token: string; expiresAt: number } | undefined;

async function login(): Promise<void> {
  const body = isDesktopDev() ? { ward: WARD, ...devIdentity() } : { ward: WARD, accessToken: await zaloAccessToken() };
  let res: Response;
  try {
    res = await fetch(`${API_BASE}/api/miniapp/session${isDesktopDev() ? "/dev" : ""}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError("network", NETWORK_MESSAGE, 0);
  }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw errorFrom(res.status, data);
  session = { token: data.token, expiresAt: data.expiresAt };
}

async function bearer(): Promise<string> {
  if (!session || session.expiresAt < Date.now() + 60_000) await login();
  return session!.token;
}

export async function api<T>(path: string, init: { method?: string; json?: unknown } = {}): Promise<T> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const token = await bearer();
    let res: Response;
    try {
      res = await fetch(`${API_BASE}/api/miniapp${path}`, {
        method: init.method ?? (init.json !== undefined ? "POST" : "GET"),
        headers: { authorization: `Bearer ${token}`, ...(init.json !== undefined ? { "content-type": "application/json" } : {}) },
        body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
      });
    } catch {
      throw new ApiError("network", NETWORK_MESSAGE, 0);
    }
    if (res.status === 401 && attempt === 0) {
      session = undefined; // expired session: log in again once
      continue;
    }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw errorFrom(res.status, data);
    return data as T;
  }
  throw new ApiError("session_expired", "Phiên làm việc đã hết hạn. Ông/bà vui lòng mở lại ứng dụng.", 401);
}

/** Public settings (categories, map), no login needed. */
export async function loadConfig(): Promise<MiniappConfig> {
  let res: Response;
  try {
    res = await fetch(`${API_BASE}/api/miniapp/config`);
  } catch {
    throw new ApiError("network", "Không tải được dữ liệu của phường vì mất kết nối mạng. Ông/bà kiểm tra mạng rồi mở lại trang này.", 0);
  }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw errorFrom(res.status, data);
  return data as MiniappConfig;
}

/**
 * Uploads one photo with progress (fetch cannot report upload progress; XMLHttpRequest can).
 * `onProgress` gets 0..1. Rejects with an ApiError; a dropped line is code "network".
 */
export async function uploadPhoto(blob: Blob, onProgress: (fraction: number) => void): Promise<PhotoUploadResult> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const token = await bearer();
    const result = await new Promise<{ status: number; data: unknown }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", `${API_BASE}/api/miniapp/photos`);
      xhr.setRequestHeader("authorization", `Bearer ${token}`);
      xhr.setRequestHeader("content-type", blob.type || "application/octet-stream");
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) onProgress(Math.min(1, e.loaded / e.total));
      };
      xhr.onload = () => {
        let data: unknown = {};
        try {
          data = JSON.parse(xhr.responseText);
        } catch {
          /* not JSON */
        }
        resolve({ status: xhr.status, data });
      };
      xhr.onerror = () => reject(new ApiError("network", "Mất kết nối khi đang tải ảnh lên.", 0));
      xhr.ontimeout = xhr.onerror;
      xhr.timeout = 120_000;
      xhr.send(blob);
    });
    if (result.status === 401 && attempt === 0) {
      session = undefined;
      continue;
    }
    if (result.status < 200 || result.status >= 300) throw errorFrom(result.status, result.data as Partial<ApiErrorBody>);
    onProgress(1);
    return result.data as PhotoUploadResult;
  }
  throw new ApiError("session_expired", "Phiên làm việc đã hết hạn. Ông/bà vui lòng mở lại ứng dụng.", 401);
}

/** An authenticated URL can't go in <img src>, so photos are fetched and shown as object URLs. */
export async function photoUrl(reportId: number, photoId: number): Promise<string> {
  const token = await bearer();
  const res = await fetch(`${API_BASE}/api/miniapp/reports/${reportId}/photos/${photoId}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new ApiError("photo", "Không tải được ảnh.", res.status);
  return URL.createObjectURL(await res.blob());
}

export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric" }).format(ms);
}

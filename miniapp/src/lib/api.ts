/** The mini app's calls to the ward's server (/api/miniapp). Errors carry the server's Vietnamese message. */
import { devIdentity, isDesktopDev, zaloAccessToken } from "./zalo";

const API_BASE: string = (import.meta.env.VITE_API_BASE as string | undefined) ?? "";
const WARD: string | undefined = (import.meta.env.VITE_WARD as string | undefined) || undefined;

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

let session: { token: string; expiresAt: number } | undefined;

async function login(): Promise<void> {
  const body = isDesktopDev() ? { ward: WARD, ...devIdentity() } : { ward: WARD, accessToken: await zaloAccessToken() };
  const res = await fetch(`${API_BASE}/api/miniapp/session${isDesktopDev() ? "/dev" : ""}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(data.error ?? "login_failed", data.message ?? "Không đăng nhập được. Vui lòng thử lại.", res.status);
  session = { token: data.token, expiresAt: data.expiresAt };
}

export async function api<T>(path: string, init: { method?: string; json?: unknown; body?: Blob } = {}): Promise<T> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!session || session.expiresAt < Date.now() + 60_000) await login();
    let res: Response;
    try {
      res = await fetch(`${API_BASE}/api/miniapp${path}`, {
        method: init.method ?? (init.json !== undefined || init.body ? "POST" : "GET"),
        headers: {
          authorization: `Bearer ${session!.token}`,
          ...(init.json !== undefined ? { "content-type": "application/json" } : {}),
          ...(init.body ? { "content-type": init.body.type || "application/octet-stream" } : {}),
        },
        body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
      });
    } catch {
      throw new ApiError("network", "Không kết nối được với phường. Ông/bà kiểm tra mạng rồi thử lại; nội dung đã nhập vẫn được giữ.", 0);
    }
    if (res.status === 401 && attempt === 0) {
      session = undefined; // expired session: log in again once
      continue;
    }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new ApiError(data.error ?? "error", data.message ?? "Có lỗi xảy ra, vui lòng thử lại.", res.status);
    return data as T;
  }
  throw new ApiError("session_expired", "Phiên làm việc đã hết hạn. Ông/bà vui lòng mở lại ứng dụng.", 401);
}

/** An authenticated URL can't go in <img src>, so photos are fetched and shown as object URLs. */
export async function photoUrl(reportId: number, photoId: number): Promise<string> {
  if (!session) await login();
  const res = await fetch(`${API_BASE}/api/miniapp/reports/${reportId}/photos/${photoId}`, { headers: { authorization: `Bearer ${session!.token}` } });
  if (!res.ok) throw new ApiError("photo", "Không tải được ảnh.", res.status);
  return URL.createObjectURL(await res.blob());
}

export type Category = { id: string; label: string };
export type TimelineItem = { kind: string; status: string | null; statusLabel: string | null; message: string | null; by: "resident" | "ward"; at: number };
export type Report = {
  id: number;
  code: string;
  category: string;
  categoryLabel: string;
  priority: "urgent" | "normal";
  status: string;
  statusLabel: string;
  description: string;
  address: string | null;
  landmark: string | null;
  createdAt: number;
  acknowledgeBy: number;
  resolveBy: number;
  resolvedAt: number | null;
  rating: number | null;
  reopenCount: number;
  canRate: boolean;
  canReopen: boolean;
  relation: "mine" | "following";
  photos: Array<{ id: number; kind: "resident" | "result" }>;
  timeline: TimelineItem[];
  unreadNotices: Array<{ id: number; text: string; at: number }>;
};
/** What anyone nearby may see of another resident's report: never its description, address, phone or photos. */
export type SimilarReport = { id: number; categoryLabel: string; statusLabel: string; place: string | null; ageLabel: string; distanceM: number | null; following: boolean; mine: boolean };

export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric" }).format(ms);
}

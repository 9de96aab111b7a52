/**
 * The contract between the mini app and the server for residents' reports: the input schemas
 * (zod, with the Vietnamese messages residents see) and the shapes the API returns. The server's
 * routes validate with these schemas and its services return these types; the mini app imports
 * the same module (schemas to check a form before sending it, types with `import type`), so the
 * two cannot drift apart. Keep it free of server-only imports: it is bundled into the app.
 */
import { z } from "zod";
import { reportCategories, type ReportCategory, type ReportStatus } from "./feedback-categories";

export { reportCategories, type ReportCategory, type ReportStatus };

export const latLngSchema = z.object({
  lat: z.number().min(-90, "Vị trí không hợp lệ.").max(90, "Vị trí không hợp lệ."),
  lng: z.number().min(-180, "Vị trí không hợp lệ.").max(180, "Vị trí không hợp lệ."),
});
export type LatLng = z.infer<typeof latLngSchema>;

const categorySchema = z.enum(reportCategories, { message: "Vui lòng chọn loại phản ánh." });

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 2000;
export const MAX_REPORT_PHOTOS = 5;

export const reportInputSchema = z.object({
  clientRequestId: z.string().regex(/^[a-zA-Z0-9_-]{8,64}$/, "Mã yêu cầu không hợp lệ."),
  category: categorySchema,
  description: z
    .string()
    .trim()
    .min(DESCRIPTION_MIN, "Vui lòng mô tả rõ hơn (ít nhất 10 ký tự): việc gì, ở đâu, từ khi nào.")
    .max(DESCRIPTION_MAX, "Nội dung mô tả quá dài (tối đa 2.000 ký tự)."),
  location: latLngSchema.optional(),
  address: z.string().trim().max(300, "Địa chỉ quá dài (tối đa 300 ký tự).").optional(),
  landmark: z.string().trim().max(200, "Địa điểm gần đó quá dài (tối đa 200 ký tự).").optional(),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?84|0)\d{9,10}$/, "Số điện thoại không hợp lệ (ví dụ 0912345678).")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  phoneConsent: z.boolean().default(false),
  hideName: z.boolean().default(false),
  photoIds: z.array(z.number().int().positive()).max(MAX_REPORT_PHOTOS, "Mỗi phản ánh gửi tối đa 5 ảnh.").default([]),
});
/** What the service receives (after parsing: trimmed, defaults filled). */
export type ReportInput = z.output<typeof reportInputSchema>;
/** What the app sends. */
export type ReportRequest = z.input<typeof reportInputSchema>;

/** Checks that need more than one field (the server's service repeats them: the app is not trusted). */
export const LOCATION_REQUIRED = "Vui lòng chọn vị trí trên bản đồ hoặc ghi rõ địa chỉ, địa điểm gần đó.";
export const PHONE_WITHOUT_CONSENT = "Vui lòng đánh dấu đồng ý chia sẻ số điện thoại, hoặc bỏ số điện thoại.";

export const similarQuerySchema = z.object({ category: categorySchema, location: latLngSchema.optional(), address: z.string().max(300).optional() });

export const RATING_REQUIRED = "Vui lòng chọn số sao (1 đến 5).";
export const rateSchema = z.object({
  rating: z.number({ message: RATING_REQUIRED }).int().min(1, RATING_REQUIRED).max(5, RATING_REQUIRED),
  comment: z.string().trim().max(500, "Nhận xét quá dài (tối đa 500 ký tự).").optional(),
});

export const reopenSchema = z.object({
  reason: z.string().trim().min(5, "Vui lòng cho biết việc gì chưa được xử lý (ít nhất 5 ký tự).").max(1000, "Nội dung quá dài (tối đa 1.000 ký tự)."),
});

export const scamCheckSchema = z.object({
  text: z.string().trim().min(5, "Vui lòng dán nội dung tin nhắn cần kiểm tra.").max(4000, "Tin nhắn quá dài (tối đa 4.000 ký tự)."),
});

/** Hỏi đáp: one question (or a numbered choice) in the mini app's conversation. */
export const chatQuestionSchema = z.object({
  text: z.string().trim().min(1, "Vui lòng nhập câu hỏi.").max(1000, "Câu hỏi quá dài (tối đa 1.000 ký tự)."),
});
/** "Chưa đúng — hỏi cán bộ": the question to pass on (the last one asked when empty). */
export const chatHandoffSchema = z.object({
  question: z.string().trim().max(1000, "Câu hỏi quá dài (tối đa 1.000 ký tự).").optional(),
});

/**
 * Per-field messages of a failed parse, keyed by the top-level field ("rating", "description",
 * …), first message wins. The app shows each next to its control.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_");
    out[key] ??= issue.message;
  }
  return out;
}

// ---------------------------------------------------------------- what the API returns

export type TimelineItem = {
  kind: string;
  status: ReportStatus | null;
  statusLabel: string | null;
  message: string | null;
  by: "resident" | "ward";
  at: number;
};

/** What every view of a report shows, to the resident and to staff. */
export type ReportBasics = {
  id: number;
  code: string;
  category: ReportCategory;
  categoryLabel: string;
  priority: "urgent" | "normal";
  status: ReportStatus;
  statusLabel: string;
  description: string;
  address: string | null;
  createdAt: number;
  acknowledgeBy: number;
  resolveBy: number;
  rating: number | null;
  reopenCount: number;
};

export type ResidentReportView = ReportBasics & {
  landmark: string | null;
  location: LatLng | null;
  resolvedAt: number | null;
  /** set once staff took the report in hand (acknowledged it, or acted on it) */
  acknowledgedAt: number | null;
  canRate: boolean;
  canReopen: boolean;
  /** "mine" for the reporter, "following" for a follower (who sees no photos and no contact data) */
  relation: "mine" | "following";
  photos: Array<{ id: number; kind: "resident" | "result" }>;
  timeline: TimelineItem[];
  unreadNotices: Array<{ id: number; text: string; at: number }>;
};

/** What anyone nearby may see of another resident's open report (issue 9 §4): never its description, address, landmark, phone, photos or code. */
export type SimilarReport = {
  id: number;
  category: ReportCategory;
  categoryLabel: string;
  statusLabel: string;
  /** a street or area ("phố Hàng Bông"), or null when the report gave nothing coarse */
  place: string | null;
  /** "Trong 24 giờ qua", "3 ngày trước" (whole days) */
  ageLabel: string;
  /** in 100 m bands, null when compared by address words */
  distanceM: number | null;
  following: boolean;
  mine: boolean;
};

export type CategoryOption = { id: ReportCategory; label: string };

/** GET /api/miniapp/config: public settings the app needs before login. */
export type MiniappConfig = {
  categories: CategoryOption[];
  map: { tileUrl: string; attribution: string; center: LatLng; zoom: number };
  /** reverse geocoding (pin → address) is available */
  geocoder: boolean;
};

/** GET /api/miniapp/me */
export type MeView = {
  user: { name: string | null };
  ward: { slug: string; name: string; hotline: string };
  notices: Array<{ id: number; reportId: number; text: string; at: number }>;
};

export type PhotoUploadResult = { id: number; contentType: string; bytes: number };

/** Error body of every failed call: `error` is a machine code, `message` Vietnamese for people. */
export type ApiErrorBody = { error: string; message: string };

/*
 * Every input of the staff console, in one place: the pages (HTML forms, query strings) and the
 * JSON API (/api/staff/…) validate with the same schemas, so a rule or a Vietnamese message is
 * written once. Form fields arrive as strings (repeated keys as arrays); JSON may carry numbers
 * and booleans, hence z.coerce and the small preprocessors below.
 */
import { z } from "zod";
import { reportCategories, statusLabels, type ReportStatus } from "../feedback/feedback-categories";
import { categories } from "../knowledge/knowledge-schema";
import { facetKeys } from "../knowledge/entry-facets";
import { retentionSchema, type RetentionSettings } from "./ward-admin-service";

/** Lines of a textarea, trimmed, empty ones dropped (an array is taken as already split). */
export function lines(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  return typeof value === "string"
    ? value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
}

/** "a | b" lines → [{[k0]: a, [k1]: b}] (an array of objects is taken as is). */
function pairs(value: unknown, keys: [string, string]): unknown {
  if (Array.isArray(value) && value.every((v) => typeof v === "object")) return value;
  return lines(value).map((l) => {
    const [a, ...rest] = l.split("|");
    return { [keys[0]]: (a ?? "").trim(), [keys[1]]: rest.join("|").trim() };
  });
}

/** A checkbox: "on"/"1"/"true" (form) or a boolean (JSON); absent is false. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "1" || v === "true", z.boolean());
/** A text field where an empty string means "not given". */
const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, message).optional());
/** One value or several (repeated form keys, JSON arrays) → an array. */
const many = <T extends z.ZodTypeAny>(item: T) => z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const idParam = z.coerce.number({ message: "Mã không hợp lệ." }).int("Mã không hợp lệ.").positive("Mã không hợp lệ.");
export const idParams = z.object({ id: idParam });
export const entityIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Mã không hợp lệ.");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày không hợp lệ (dạng YYYY-MM-DD).");

// Sign-in and accounts

export const loginSchema = z.object({
  email: z.string().trim().min(3, "Vui lòng nhập email.").max(200, "Email quá dài."),
  password: z.string().min(1, "Vui lòng nhập mật khẩu.").max(500, "Mật khẩu quá dài."),
  next: z.string().optional(),
});
export const changePasswordSchema = z.object({
  current: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại.").max(500, "Mật khẩu quá dài."),
  password: z.string().max(500, "Mật khẩu quá dài."),
});
export const resetPasswordSchema = z.object({ password: z.string().min(1, "Vui lòng nhập mật khẩu mới.").max(500, "Mật khẩu quá dài.") });
export const roleListSchema = z.object({ roles: many(z.enum(["admin", "staff", "communicator"], { message: "Vai trò không hợp lệ." })) });
export const newStaffSchema = roleListSchema.extend({
  email: z.string().trim().email("Email không hợp lệ.").max(200, "Email quá dài."),
  name: z.string().trim().min(1, "Vui lòng nhập họ tên.").max(120, "Họ tên quá dài."),
  password: optionalText(500, "Mật khẩu quá dài."),
});

// Periods

/** ?from=&to= (local days, inclusive). */
export const periodQuery = z.object({ from: day.optional(), to: day.optional() });

// Handoffs (conversations waiting for a person)

export const handoffListQuery = z.object({
  status: z.enum(["active", "open", "claimed", "resolved"], { message: "Trạng thái không hợp lệ." }).default("active"),
});
export const handoffReplySchema = z.object({
  text: z.string({ message: "Vui lòng nhập nội dung trả lời." }).trim().min(1, "Vui lòng nhập nội dung trả lời.").max(6000, "Câu trả lời quá dài (tối đa 6.000 ký tự)."),
});
export const handoffNoteSchema = z.object({ body: z.string({ message: "Vui lòng nhập ghi chú." }).trim().min(1, "Vui lòng nhập ghi chú.").max(4000, "Ghi chú quá dài.") });
export const templateSchema = z.object({
  title: z.string({ message: "Vui lòng nhập tên mẫu." }).trim().min(1, "Vui lòng nhập tên mẫu.").max(120, "Tên mẫu quá dài."),
  body: z.string({ message: "Vui lòng nhập nội dung mẫu." }).trim().min(1, "Vui lòng nhập nội dung mẫu.").max(4000, "Nội dung mẫu quá dài."),
});
export const askSchema = z.object({ text: z.string({ message: "Vui lòng nhập câu hỏi." }).trim().min(1, "Vui lòng nhập câu hỏi.").max(2000, "Câu hỏi quá dài (tối đa 2.000 ký tự).") });

// Residents' feedback reports

const allReportStatuses = Object.keys(statusLabels) as ReportStatus[];

/** ?status=&category=&priority=&overdue=&q=&page= (empty values mean "not set"). */
export const reportQuery = z.preprocess(
  (raw) => (raw && typeof raw === "object" ? Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "")) : raw),
  z.object({
    status: z.enum(["open", "all", ...(allReportStatuses as [ReportStatus, ...ReportStatus[]])], { message: "Trạng thái không hợp lệ." }).default("open"),
    category: z.enum(reportCategories, { message: "Loại phản ánh không hợp lệ." }).optional(),
    priority: z.enum(["urgent", "normal"], { message: "Mức ưu tiên không hợp lệ." }).optional(),
    overdue: z
      .enum(["1", "true", "0", "false", "on"], { message: "Giá trị lọc quá hạn không hợp lệ." })
      .optional()
      .transform((v) => v === "1" || v === "true" || v === "on"),
    q: z.string().trim().max(100, "Từ khóa quá dài.").optional(),
    page: z.coerce.number({ message: "Trang không hợp lệ." }).int().min(1, "Trang không hợp lệ.").max(1000, "Trang không hợp lệ.").default(1),
  }),
);
export type ReportQuery = z.infer<typeof reportQuery>;

const residentMessage = optionalText(2000, "Tin nhắn quá dài (tối đa 2.000 ký tự).");
export const assignSchema = z.object({
  userId: z.coerce.number({ message: "Vui lòng chọn cán bộ được giao." }).int("Vui lòng chọn cán bộ được giao.").positive("Vui lòng chọn cán bộ được giao."),
  message: residentMessage,
});
export const statusSchema = z.object({
  status: z.enum(["in_progress", "resolved"], { message: "Vui lòng chọn trạng thái mới." }),
  message: residentMessage,
});
export const reportReplySchema = z.object({
  message: z.string({ message: "Vui lòng nhập nội dung tin nhắn." }).trim().min(1, "Vui lòng nhập nội dung tin nhắn.").max(2000, "Tin nhắn quá dài (tối đa 2.000 ký tự)."),
});
export const declineSchema = z.object({
  reason: z.string({ message: "Vui lòng ghi lý do không xử lý để báo người dân." }).trim().min(1, "Vui lòng ghi lý do không xử lý để báo người dân.").max(1000, "Lý do quá dài (tối đa 1.000 ký tự)."),
});
export const prioritySchema = z.object({ priority: z.enum(["urgent", "normal"], { message: "Vui lòng chọn mức ưu tiên." }) });
export const mergeSchema = z.object({ intoId: z.coerce.number({ message: "Vui lòng chọn phản ánh gốc." }).int().positive("Vui lòng chọn phản ánh gốc.") });

// Ward administration

const hoursField = (what: string, max: number) =>
  z.coerce
    .number({ message: `Vui lòng nhập số giờ ${what}.` })
    .min(0.5, `Thời hạn ${what} phải từ 0,5 giờ làm việc.`)
    .max(max, `Thời hạn ${what} tối đa ${max} giờ làm việc.`);
/** Deadlines as typed in the settings form (working hours). */
export const deadlinesSchema = z.object({
  ack_hours: hoursField("tiếp nhận", 720),
  urgent_hours: hoursField("xử lý phản ánh khẩn", 720),
  normal_hours: hoursField("xử lý phản ánh thường", 720),
  handoff_reply_hours: hoursField("trả lời câu hỏi chờ cán bộ", 200),
});
export const profileFieldKeys = ["address", "office_hours", "hotline", "reception_schedule", "police", "digital_team"] as const;
export const wardProfileFormSchema = z.object({
  name: z.string({ message: "Vui lòng nhập tên phường." }).trim().min(1, "Vui lòng nhập tên phường.").max(120, "Tên phường quá dài."),
  ...Object.fromEntries(profileFieldKeys.map((k) => [k, z.string({ message: "Vui lòng điền đủ thông tin phường." }).trim().max(500, "Thông tin quá dài.")])) as Record<
    (typeof profileFieldKeys)[number],
    z.ZodString
  >,
});
export const newWardSchema = z.object({
  slug: z.string({ message: "Vui lòng nhập mã phường." }).regex(/^[a-z0-9-]+$/, "Mã phường chỉ gồm chữ thường không dấu, số và dấu gạch ngang.").max(80, "Mã phường quá dài."),
  name: z.string({ message: "Vui lòng nhập tên phường." }).trim().min(1, "Vui lòng nhập tên phường.").max(120, "Tên phường quá dài."),
  address: z.string({ message: "Vui lòng nhập địa chỉ." }).trim().min(1, "Vui lòng nhập địa chỉ.").max(300, "Địa chỉ quá dài."),
  hotline: z.string({ message: "Vui lòng nhập đường dây nóng." }).trim().min(1, "Vui lòng nhập đường dây nóng.").max(100, "Đường dây nóng quá dài."),
});
/** Green lane: one item per line, "procedure | time | note". */
export const greenLaneFormSchema = z.object({
  sample: checkbox,
  complete: checkbox,
  items: z.preprocess(
    (v) =>
      Array.isArray(v) && v.every((x) => typeof x === "object")
        ? v
        : lines(v).map((l) => {
            const [procedure, time, ...note] = l.split("|").map((x) => x.trim());
            return { procedure: procedure ?? "", time: time ?? "", ...(note.join("|").trim() ? { note: note.join(" | ").trim() } : {}) };
          }),
    z.array(z.object({ procedure: z.string(), time: z.string(), note: z.string().optional() })).max(200, "Danh mục tối đa 200 thủ tục."),
  ),
});

// Knowledge

/** The entry form as typed; the route adds the id (fixed when editing) and the ward default. */
export const entryFormSchema = z.object({
  id: z.string().trim().optional(),
  title: z.string({ message: "Vui lòng nhập tiêu đề." }).trim().max(300, "Tiêu đề quá dài."),
  summary: optionalText(300, "Câu trả lời ngắn tối đa 300 ký tự."),
  summary_en: optionalText(400, "Tóm tắt tiếng Anh tối đa 400 ký tự."),
  category: z.enum(categories, { message: "Chủ đề không hợp lệ." }),
  questions: z.preprocess(lines, z.array(z.string()).max(100, "Tối đa 100 câu hỏi mẫu.")),
  keywords: z.preprocess((v) => (Array.isArray(v) ? v : typeof v === "string" ? v.split(",") : []).map((k) => String(k).trim()).filter(Boolean), z.array(z.string()).max(100)),
  procedures: z.preprocess((v) => (Array.isArray(v) ? v : typeof v === "string" ? v.split(/[,\s]+/) : []).map((k) => String(k).trim()).filter(Boolean), z.array(z.string()).max(50)),
  action: z.preprocess((v) => (v === "handoff" ? "handoff" : undefined), z.literal("handoff").optional()),
  links: z.preprocess((v) => pairs(v, ["label", "url"]), z.array(z.object({ label: z.string(), url: z.string() }))),
  sources: z.preprocess((v) => pairs(v, ["title", "url"]), z.array(z.object({ title: z.string(), url: z.string() }))),
  /** "all", a list of ward slugs, or empty (this ward) */
  wards: z.preprocess(
    (v) => (v === "all" ? "all" : Array.isArray(v) ? v : typeof v === "string" && v.trim() ? (v.trim() === "all" ? "all" : v.split(/[,\s]+/).filter(Boolean)) : undefined),
    z.union([z.literal("all"), z.array(z.string())]).optional(),
  ),
  last_reviewed: day,
  verified: checkbox,
  unverified: optionalText(1000, "Ghi chú chưa xác minh quá dài."),
  /** what the entry is ("assistance": help for groups of people) and what it does not cover, one subject a line */
  kind: z.preprocess((v) => (v === "assistance" ? "assistance" : undefined), z.literal("assistance").optional()),
  not_covers: z.preprocess((v) => { const l = lines(v); return l.length ? l : undefined; }, z.array(z.string().max(100, "Mỗi chủ đề không thuộc phạm vi tối đa 100 ký tự.")).max(20, "Tối đa 20 chủ đề không thuộc phạm vi.").optional()),
  body: z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n/g, "\n") : ""), z.string().max(20_000, "Nội dung quá dài.")),
});
export type EntryForm = z.infer<typeof entryFormSchema>;

const factFields = (key: string) => ({
  [key]: z.unknown(),
  [`${key}_verified`]: checkbox,
  [`${key}_source`]: optionalText(500, "Đường dẫn nguồn quá dài."),
  [`${key}_note`]: optionalText(1000, "Ghi chú quá dài."),
});
/** A text fact also has its English rendering and "the English text is still right" (after the Vietnamese one changed). */
const textFactFields = (key: string) => ({
  ...factFields(key),
  [`${key}_text_en`]: optionalText(1000, "Bản tiếng Anh quá dài (tối đa 1.000 ký tự)."),
  [`${key}_en_ok`]: checkbox,
});
/** The procedure form: plain fields, and per fact its text, "verified", source and note (issue 14's facts). */
export const procedureFormSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  /** the procedure's name in English, for English answers */
  name_en: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().min(3, "Tên tiếng Anh cần ít nhất 3 ký tự.").max(200, "Tên tiếng Anh quá dài (tối đa 200 ký tự).").optional()),
  code: optionalText(20, "Mã thủ tục quá dài."),
  code_url: optionalText(500, "Đường dẫn quá dài."),
  summary: optionalText(300, "Tóm tắt tối đa 300 ký tự."),
  deciding_body: z.string().optional(),
  submission: z.string().optional(),
  documents: z.preprocess(lines, z.array(z.string())),
  online: optionalText(2000, "Nội dung quá dài."),
  special: optionalText(2000, "Nội dung quá dài."),
  dvc_url: optionalText(500, "Đường dẫn quá dài."),
  sources: z.preprocess((v) => pairs(v, ["title", "url"]), z.array(z.object({ title: z.string(), url: z.string() }))),
  ...textFactFields("where"),
  ...textFactFields("legal_time"),
  ...textFactFields("fee"),
  ...factFields("legal_basis"),
}) as unknown as z.ZodType<ProcedureForm>;
export type ProcedureForm = {
  id?: string;
  name?: string;
  name_en?: string;
  code?: string;
  code_url?: string;
  summary?: string;
  deciding_body?: string;
  submission?: string;
  documents: string[];
  online?: string;
  special?: string;
  dvc_url?: string;
  sources: Array<{ title: string; url: string }>;
} & Record<"where" | "legal_time" | "fee" | "legal_basis", unknown> &
  Record<`${"where" | "legal_time" | "fee" | "legal_basis"}_verified`, boolean> &
  Record<`${"where" | "legal_time" | "fee" | "legal_basis"}_${"source" | "note"}`, string | undefined> &
  Record<`${"where" | "legal_time" | "fee"}_text_en`, string | undefined> &
  Record<`${"where" | "legal_time" | "fee"}_en_ok`, boolean>;

// City: the holiday calendar

export const yearQuery = z.object({ year: z.coerce.number({ message: "Năm không hợp lệ." }).int("Năm không hợp lệ.").min(2020, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ.").optional() });
export const holidayDayParam = z.object({ day });
export const holidaySchema = z.object({
  day: day.refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "Ngày không tồn tại."),
  kind: z.enum(["off", "workday"], { message: "Vui lòng chọn loại ngày: nghỉ hoặc làm bù." }),
  name: z.string({ message: "Vui lòng ghi tên ngày nghỉ hoặc lý do làm bù." }).trim().min(1, "Vui lòng ghi tên ngày nghỉ hoặc lý do làm bù.").max(200, "Tên quá dài (tối đa 200 ký tự)."),
});

// Unanswered questions: what communicators do with a group

const unansweredQuestion = z.string({ message: "Thiếu câu hỏi." }).trim().min(1, "Thiếu câu hỏi.").max(2000, "Câu hỏi quá dài.");
export const dismissSchema = z.object({ question: unansweredQuestion });
export const sampleQuestionSchema = z.object({ question: unansweredQuestion, entryId: z.string({ message: "Vui lòng chọn mục kiến thức." }).trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Vui lòng chọn mục kiến thức (mã mục).") });
/** The inbox's filters ("của tôi", "chưa nhận", "tất cả"). */
export const inboxListQuery = z.object({ filter: z.enum(["mine", "unclaimed", "all"], { message: "Bộ lọc không hợp lệ." }).default("all") });
/** Which part of an entry the Zalo preview shows (?xem= on the pages, a field of the live preview's post). */
export const previewPartSchema = z.enum(["summary", ...facetKeys, "full"], { message: "Phần xem trước không hợp lệ." });
export const previewQuery = z.object({ xem: previewPartSchema.optional() });
export const newEntryQuery = z.object({ question: z.string().trim().max(2000, "Câu hỏi quá dài.").optional() });

/** Filters of the knowledge list (page and API). */
export const knowledgeQuery = z.preprocess(
  (raw) => (raw && typeof raw === "object" ? Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "")) : raw),
  z.object({
    q: z.string().trim().max(100, "Từ khóa quá dài.").optional(),
    category: z.enum(categories, { message: "Chủ đề không hợp lệ." }).optional(),
    status: z.enum(["all", "published", "draft", "review"], { message: "Trạng thái không hợp lệ." }).default("all"),
    verified: z.enum(["all", "yes", "no"], { message: "Giá trị lọc xác minh không hợp lệ." }).default("all"),
  }),
);
export type KnowledgeQuery = z.infer<typeof knowledgeQuery>;

// Facts waiting for the ward's confirmation (issue 14)

export const confirmFactSchema = z.object({
  kind: z.enum(["procedure", "entry"], { message: "Loại thông tin không hợp lệ." }),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Mã không hợp lệ."),
  fact: z.enum(["where", "legal_time", "fee", "legal_basis", "entry"], { message: "Thông tin không hợp lệ." }),
});
export const confirmAllSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Mã không hợp lệ."),
  fact: z.enum(["where", "legal_time", "fee", "legal_basis"], { message: "Thông tin không hợp lệ." }),
  source: z.string().trim().url("Vui lòng nhập đường dẫn https:// tới trang chính thức.").startsWith("https://", "Đường dẫn phải bắt đầu bằng https://."),
});

// Personal data (issue 9): the ward's retention periods and residents' requests

/** The retention periods a ward admin sets, in the order the page shows them, with their units. */
export const retentionFields = [
  { key: "raw_events_days", label: "Bản gốc tin nhắn Zalo gửi đến (webhook)", unit: "ngày" },
  { key: "messages_days", label: "Nội dung trò chuyện, câu hỏi chờ cán bộ và câu trả lời", unit: "ngày" },
  { key: "ask_log_days", label: "Câu hỏi trong nhật ký hỏi đáp", unit: "ngày" },
  { key: "report_contact_days", label: "Số điện thoại, vị trí, số nhà của phản ánh đã đóng", unit: "ngày" },
  { key: "report_photos_days", label: "Ảnh của phản ánh đã đóng", unit: "ngày" },
  { key: "orphan_upload_hours", label: "Ảnh tải lên nhưng không gửi kèm phản ánh", unit: "giờ" },
  { key: "scam_reports_days", label: "Tin nhắn lừa đảo người dân chuyển đến (đã che thông tin cá nhân)", unit: "ngày" },
] as const satisfies ReadonlyArray<{ key: keyof RetentionSettings; label: string; unit: string }>;

/** Bounds and default of one period, read from retentionSchema (the one source of the rules). */
export function retentionBounds(key: keyof RetentionSettings): { min: number; max: number; default: number } {
  const field = retentionSchema.shape[key];
  const inner = field.unwrap();
  return { min: inner.minValue ?? 1, max: inner.maxValue ?? Number.MAX_SAFE_INTEGER, default: field.def.defaultValue as number };
}

/** The retention form: every period a whole number within its bounds, each message naming its field. */
export const retentionFormSchema = z.object(
  Object.fromEntries(
    retentionFields.map(({ key, label, unit }) => {
      const { min, max } = retentionBounds(key);
      return [key, z.coerce.number({ message: `${label}: vui lòng nhập một số.` }).int(`${label}: vui lòng nhập số nguyên.`).min(min, `${label}: ít nhất ${min} ${unit}.`).max(max, `${label}: nhiều nhất ${max} ${unit}.`)];
    }),
  ) as Record<keyof RetentionSettings, z.ZodCoercedNumber<unknown>>,
);

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** "PA-2026-000123" (any case). */
const reportCodeField = z.preprocess(emptyToUndefined, z.string().trim().toUpperCase().regex(/^PA-\d{4}-\d{6}$/, "Mã phản ánh có dạng PA-2026-000123.").optional());
/** A conversation's request number as the inbox shows it: "12", "#12" or the page's address ".../handoffs/12". */
const conversationField = z.preprocess(
  (v) => {
    const given = emptyToUndefined(v);
    if (typeof given !== "string") return given;
    const m = /^(?:.*\/handoffs\/|#)?\s*(\d{1,12})\/?(?:[?#].*)?$/.exec(given.trim());
    return m ? Number(m[1]) : given;
  },
  z.number({ message: "Số yêu cầu của cuộc trò chuyện là một số, ví dụ #12." }).int().positive("Số yêu cầu không hợp lệ.").optional(),
);
/** Whose data: by the code of one of their reports, or by their Zalo conversation (exactly one). */
export const personalDataLookupSchema = z
  .object({ reportCode: reportCodeField, conversation: conversationField })
  .refine((v) => (v.reportCode === undefined) !== (v.conversation === undefined), "Vui lòng nhập mã phản ánh hoặc số yêu cầu của cuộc trò chuyện (một trong hai).");
export type PersonalDataLookup = z.infer<typeof personalDataLookupSchema>;
/** Deletion needs the admin's explicit confirmation on the confirmation page. */
export const personalDataEraseSchema = z
  .object({ reportCode: reportCodeField, conversation: conversationField, confirm: checkbox })
  .refine((v) => (v.reportCode === undefined) !== (v.conversation === undefined), "Vui lòng nhập mã phản ánh hoặc số yêu cầu của cuộc trò chuyện (một trong hai).")
  .refine((v) => v.confirm, "Vui lòng đánh dấu xác nhận trước khi xóa.");

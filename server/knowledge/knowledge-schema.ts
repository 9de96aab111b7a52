import { z } from "zod";
import { entryScopeFields } from "./entry-scope-fields";
import { entryYesNoFields } from "./entry-yes-no";
import { entrySpecialEnFields } from "./entry-special-en";
import { procedureFactFields } from "./procedure-facts";

export const categories = ["dich-vu-cong", "lan-xanh", "lua-dao", "phan-anh", "phuong", "ky-nang-so"] as const;
export type Category = (typeof categories)[number];

export const categoryLabels: Record<Category, string> = {
  "dich-vu-cong": "Dịch vụ công trực tuyến",
  "lan-xanh": "Làn xanh thủ tục hành chính",
  "lua-dao": "Cảnh giác lừa đảo",
  "phan-anh": "Phản ánh, kiến nghị",
  phuong: "Thông tin phường",
  "ky-nang-so": "Kỹ năng số",
};

const sourceSchema = z.object({
  title: z.string().min(1),
  // some official pages are only served over http; links shown to residents must be https
  url: z.string().url().regex(/^https?:\/\//, "sources must be web links"),
});

const linkSchema = z.object({
  label: z.string().min(1).max(80),
  url: z.string().url().startsWith("https://", "links must be https"),
});

/** YAML turns an unquoted date into a Date; keep the ISO day either way. */
const isoDay = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"),
);

export const entryFrontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id: kebab-case"),
  title: z.string().min(3),
  category: z.enum(categories),
  status: z.enum(["draft", "review", "published"]),
  questions: z.array(z.string().min(2)).min(3, "at least 3 sample questions"),
  keywords: z.array(z.union([z.string().min(1), z.number().transform(String)])).default([]),
  procedures: z.array(z.string()).default([]),
  /** handoff: answering with this entry also passes the conversation to a staff member */
  action: z.enum(["handoff"]).optional(),
  links: z.array(linkSchema).max(3).default([]),
  sources: z.array(sourceSchema).min(1, "at least one official source"),
  wards: z.union([z.literal("all"), z.array(z.string())]).default("all"),
  last_reviewed: isoDay,
  verified: z.boolean(),
  unverified: z.string().optional(),
  // facets (contract A): kb:check requires `summary` and checks the body's markers (knowledge/facet-check.ts)
  summary: z.string().min(10).max(300).optional(),
  summary_en: z.string().min(10).max(400).optional(),
  ...entryScopeFields,
  ...entryYesNoFields,
  ...entrySpecialEnFields,
});

export type KnowledgeEntry = z.infer<typeof entryFrontMatterSchema> & { body: string };

export const procedureSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(3),
  /** the procedure's name in English, for English answers (english-facts.ts) */
  name_en: z.string().min(3).optional(),
  deciding_body: z.string().min(3),
  /** who decides, in English (english-texts.ts) */
  deciding_body_en: z.string().min(3).optional(),
  submission: z.enum(["online_full", "online_partial", "in_person"]),
  documents: z.array(z.string().min(2)).min(1),
  /** the documents in English, item by item (english-documents.ts) */
  documents_en: z.array(z.string().min(2)).optional(),
  dvc_url: z.string().url().optional(),
  sources: z.array(sourceSchema).min(1),
  // code, code_url and the facts where/legal_time/fee/legal_basis, each with its own verification
  ...procedureFactFields,
  // facets (contract A)
  summary: z.string().min(10).max(300).optional(),
  online: z.string().min(3).optional(),
  /** the online way, in English (english-texts.ts) */
  online_en: z.string().min(3).optional(),
  special: z.string().min(3).optional(),
});

export type Procedure = z.infer<typeof procedureSchema>;

/** Everything the assistant needs, independent of where it was loaded from. */
export type KnowledgeBase = {
  entries: KnowledgeEntry[];
  procedures: Map<string, Procedure>;
  /** changes whenever any entry or procedure changes; caches key on it */
  version: string;
};

import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import { z } from "zod";
import { categories, categoryLabels, procedureSchema, type KnowledgeEntry, type Procedure } from "../../knowledge/knowledge-schema";
import { isProcedureVerified, type FactKey, type TextFact } from "../../knowledge/procedure-facts";
import { lines } from "../schemas";
import type { Services } from "../../services";
import type { Ward } from "../../wards/ward-profile";
import { createMiddleware } from "hono/factory";
import { can, requireRole } from "../access";
import { renderPage, type ConsoleContext, type ConsoleEnv } from "../console-env";
import { entryDraftSchema, type EntryDraft, type Preview } from "../knowledge-editor";
import { carryEntryFields, carryProcedureFields } from "../console-record-carry";
import { englishFactLabels, textFactKeys, vietnameseFactLabels, type TextFactKey } from "../procedure-english-check";
import { askSchema, entityIdSchema, entryFormSchema, previewPartSchema, previewQuery, greenLaneFormSchema, idParam, knowledgeQuery, newEntryQuery, procedureFormSchema, type EntryForm, type KnowledgeQuery } from "../schemas";
import { foldedText } from "../../assistant/text-analysis";
import { greenLaneSchema } from "../ward-admin-service";
import { parseInput, validate } from "../validation";
import { diffLines } from "diff";
import { addFlashMessages, CsrfField, Flash, fmtTime, PostButton } from "./layout";

addFlashMessages({ copied: "Đã tạo bản nháp riêng cho phường từ mục dùng chung." });

/** The list's filters: words (without diacritics) in title, id or sample questions; topic; draft status; verification. */
export function filterEntries<E extends Pick<KnowledgeEntry, "id" | "title" | "category" | "verified" | "questions">>(entries: E[], drafts: Array<{ kind: string; entityId: string; status: string }>, q: KnowledgeQuery): E[] {
  const words = q.q ? foldedText(q.q).split(" ").filter(Boolean) : [];
  const withStatus = (status: string) => new Set(drafts.filter((d) => d.kind === "entry" && d.status === status).map((d) => d.entityId));
  const drafted = q.status === "draft" || q.status === "review" ? withStatus(q.status) : undefined;
  return entries.filter((e) => {
    if (q.category && e.category !== q.category) return false;
    if (q.verified === "yes" && !e.verified) return false;
    if (q.verified === "no" && e.verified) return false;
    if (drafted && !drafted.has(e.id)) return false;
    if (words.length) {
      const hay = foldedText([e.title, e.id.replace(/-/g, " "), ...e.questions].join(" "));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

const versionStatus: Record<string, string> = { draft: "Bản nháp", review: "Chờ duyệt", published: "Đã xuất bản", withdrawn: "Đã hủy" };
const entityParams = z.object({ id: entityIdSchema });
const versionParams = z.object({ vid: idParam });

/** The validated entry form → a draft (loose rules; the full ones apply on review and publish). */
function draftOf(form: EntryForm, ward: Ward, fixedId?: string): EntryDraft {
  return parseInput(entryDraftSchema, { ...form, id: fixedId ?? form.id ?? "", wards: form.wards ?? [ward.slug] });
}

const EntryFormView: FC<{ action: string; csrf: string; d: Partial<EntryDraft>; newId?: boolean; submit: string; preview?: string }> = ({ action, csrf, d, newId, submit, preview }) => {
  const text = (v: string[] | undefined) => (v ?? []).join("\n");
  return (
    <form method="post" action={action} class="card" data-preview={preview}>
      <CsrfField csrf={csrf} />
      {newId ? (
        <>
          <label for="f-id">Mã mục (chữ thường không dấu, nối bằng gạch ngang)</label>
          <input id="f-id" name="id" type="text" required value={d.id ?? ""} />
        </>
      ) : (
        <p>
          Mã mục: <code>{d.id}</code>
        </p>
      )}
      <label for="f-title">Tiêu đề</label>
      <input id="f-title" name="title" type="text" required value={d.title ?? ""} />
      <label for="f-summary">Câu trả lời ngắn (hiện đầu tiên trên Zalo, tối đa 300 ký tự)</label>
      <textarea id="f-summary" name="summary" rows={2} maxlength={300}>
        {d.summary ?? ""}
      </textarea>
      <label for="f-summary-en">Tóm tắt tiếng Anh cho người nước ngoài (không bắt buộc, tối đa 400 ký tự)</label>
      <textarea id="f-summary-en" name="summary_en" rows={2} maxlength={400}>
        {d.summary_en ?? ""}
      </textarea>
      <label for="f-category">Chủ đề</label>
      <select id="f-category" name="category">
        {categories.map((k) => (
          <option value={k} selected={k === d.category}>
            {categoryLabels[k]}
          </option>
        ))}
      </select>
      <label for="f-questions">Câu hỏi mẫu (mỗi dòng một câu, ít nhất 3)</label>
      <textarea id="f-questions" name="questions" rows={4}>
        {text(d.questions)}
      </textarea>
      <label for="f-body">
        Nội dung trả lời, chia phần bằng các dòng ## Các bước, ## Nơi làm, ## Giấy tờ cần mang, ## Lệ phí, ## Thời gian giải quyết, ## Làm trực tuyến, ## Cơ quan giải quyết,
        ## Trường hợp đặc biệt (được dùng {"{{ward.hotline}}"}, {"{{procedure.cap-can-cuoc.documents}}"}, {"{{green_lane.list}}"}…)
      </label>
      <textarea id="f-body" name="body" rows={12}>
        {d.body ?? ""}
      </textarea>
      <label for="f-keywords">Từ khóa (cách nhau bởi dấu phẩy)</label>
      <input id="f-keywords" name="keywords" type="text" value={(d.keywords ?? []).join(", ")} />
      <label for="f-procedures">Mã thủ tục liên quan (cách nhau bởi dấu phẩy)</label>
      <input id="f-procedures" name="procedures" type="text" value={(d.procedures ?? []).join(", ")} />
      <label for="f-links">Đường dẫn cho người dân (mỗi dòng: Nhãn | https://…, tối đa 3)</label>
      <textarea id="f-links" name="links" rows={2}>
        {(d.links ?? []).map((l) => `${l.label} | ${l.url}`).join("\n")}
      </textarea>
      <label for="f-sources">Nguồn chính thức (mỗi dòng: Tên nguồn | https://…)</label>
      <textarea id="f-sources" name="sources" rows={3}>
        {(d.sources ?? []).map((s) => `${s.title} | ${s.url}`).join("\n")}
      </textarea>
      <label for="f-wards">Áp dụng cho phường (mã phường, cách nhau bởi dấu phẩy; "all" = mọi phường)</label>
      <input id="f-wards" name="wards" type="text" value={d.wards === "all" ? "all" : (d.wards ?? []).join(", ")} />
      <label for="f-reviewed">Ngày rà soát</label>
      <input id="f-reviewed" name="last_reviewed" type="date" required value={d.last_reviewed ?? ""} />
      <label>
        <input type="checkbox" name="verified" checked={!!d.verified} /> Đã xác minh với phường
      </label>
      <label for="f-unverified">Nếu chưa xác minh: điều gì đang chờ xác nhận</label>
      <input id="f-unverified" name="unverified" type="text" value={d.unverified ?? ""} />
      <label>
        <input type="checkbox" name="action" value="handoff" checked={d.action === "handoff"} /> Trả lời xong thì chuyển cán bộ
      </label>
      <label for="f-not-covers">Chủ đề gần giống mà mục này KHÔNG trả lời (mỗi dòng một chủ đề, ít nhất hai chữ, ví dụ "bảo hiểm nhân thọ"; trợ lý không dùng mục này cho câu hỏi nêu chủ đề đó)</label>
      <textarea id="f-not-covers" name="not_covers" rows={2}>
        {text(d.not_covers)}
      </textarea>
      <label>
        <input type="checkbox" name="kind" value="assistance" checked={d.kind === "assistance"} /> Mục về hỗ trợ, trợ cấp cho nhóm người (người cao tuổi, người khuyết tật…): thủ tục người dân nêu tên được ưu tiên hơn mục này
      </label>
      {d.yes_no?.length ? (
        <fieldset data-testid="yes-no-facts">
          <legend>Câu trả lời có/không (giữ nguyên khi lưu, sửa trong kho kiến thức)</legend>
          <p class="muted">
            Với câu hỏi có/không về các ý dưới đây, trợ lý trả lời “Dạ có” hoặc “Dạ không” kèm câu trích nguyên văn từ câu trả lời ngắn hoặc nội dung. Nếu bạn sửa câu được trích, khi gửi duyệt hệ thống sẽ báo.
          </p>
          <ul>
            {d.yes_no.map((f) => (
              <li>
                Dạ {f.answer}: “{f.says}”
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <p>
        <button type="submit">{submit}</button>
      </p>
    </form>
  );
};

/**
 * The Zalo preview: the part of the entry chosen (short answer, a facet, the whole entry) as the
 * resident's phone shows it. The parts are links (?xem=…) so the page works without JavaScript;
 * console.js keeps what is typed and asks for the chosen part instead of reloading.
 */
export const ZaloPreview: FC<{ p: Preview; worded?: boolean }> = ({ p, worded }) => (
  <section aria-labelledby="preview-h" id="live-preview" aria-live="polite" data-shown={p.shown ?? "summary"}>
    <h2 id="preview-h">Xem trước trên Zalo</h2>
    {p.variants.length ? (
      <nav aria-label="Phần câu trả lời người dân xem" class="variants">
        {p.variants.map((v) => (
          <a href={`?xem=${v.shown}#live-preview`} data-shown={v.shown} aria-current={v.shown === p.shown ? "true" : undefined}>
            {v.label}
          </a>
        ))}
      </nav>
    ) : null}
    {p.problems.length ? (
      <div class="msg warn">
        <b>Cần xem lại:</b>
        <ul>
          {p.problems.map((x) => (
            <li>{x}</li>
          ))}
        </ul>
      </div>
    ) : null}
    {p.text ? (
      <>
        <p class="muted">
          {p.shown === "summary"
            ? "Người dân hỏi chung về mục này thấy câu trả lời ngắn dưới đây."
            : p.shown === "full"
              ? "Người dân chọn “Xem đầy đủ” thấy toàn bộ mục dưới đây."
              : `Người dân hỏi về phần “${p.variants.find((v) => v.shown === p.shown)?.label ?? ""}” (hoặc nhắn số của phần này) thấy câu trả lời dưới đây.`}{" "}
          {p.length} ký tự · {p.parts.length} tin nhắn (Zalo giới hạn 2.000 ký tự mỗi tin)
        </p>
        {worded ? (
          <p class="muted" data-testid="worded-note">
            Phường đang dùng mô hình ngôn ngữ: câu trả lời cho câu hỏi đầu tiên có thể được diễn đạt lại từ nội dung của mục (đường dẫn và các lựa chọn đánh số giữ nguyên); phần người dân chọn theo số hiện đúng như dưới đây.
          </p>
        ) : null}
        <div class="zalo" data-testid="zalo-preview">
          {p.parts.map((part, i) => (
            <div class="part" aria-label={`Tin nhắn ${i + 1}`}>
              {part.text}
              {part.buttons.length ? (
                <ul class="buttons" aria-label="Nút bấm">
                  {part.buttons.map((b) => (
                    <li>{b}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </div>
      </>
    ) : (
      <p class="muted">Chưa dựng được câu trả lời.</p>
    )}
  </section>
);

const submissionLabels = { online_full: "Trực tuyến toàn trình", online_partial: "Trực tuyến một phần", in_person: "Trực tiếp" } as const;

/** One fact of a procedure record: its text, whether an official source confirms it, the source, what to confirm. */
const FactFields: FC<{ k: FactKey; label: string; value: string; fact: Partial<TextFact> | undefined; multiline?: boolean; english?: TextFactKey }> = ({ k, label, value, fact, multiline, english }) => (
  <fieldset>
    <legend>{label}</legend>
    {multiline ? (
      <textarea id={`p-${k}`} name={k} rows={3} aria-label={label}>
        {value}
      </textarea>
    ) : (
      <input id={`p-${k}`} name={k} type="text" required value={value} aria-label={label} />
    )}
    {english ? (
      <>
        <label for={`p-${k}-en`}>{englishFactLabels[english]} (cho câu trả lời tiếng Anh; cùng các con số như bản tiếng Việt, không ghi “chưa xác nhận”; để trống nếu chưa có)</label>
        <textarea id={`p-${k}-en`} name={`${k}_text_en`} rows={2} lang="en">
          {fact?.text_en ?? ""}
        </textarea>
        {fact?.text_en ? (
          <label>
            <input type="checkbox" name={`${k}_en_ok`} /> Bản tiếng Anh vẫn đúng với bản tiếng Việt mới (chỉ cần khi bạn sửa bản tiếng Việt mà không sửa bản tiếng Anh)
          </label>
        ) : null}
      </>
    ) : null}
    <label>
      <input type="checkbox" name={`${k}_verified`} checked={!!fact?.verified} /> Đã xác nhận theo nguồn chính thức
    </label>
    <label for={`p-${k}-source`}>Nguồn (https://…)</label>
    <input id={`p-${k}-source`} name={`${k}_source`} type="text" value={fact?.source ?? ""} />
    <label for={`p-${k}-note`}>Nếu chưa xác nhận: điều gì cần xác nhận</label>
    <input id={`p-${k}-note`} name={`${k}_note`} type="text" value={fact?.note ?? ""} />
  </fieldset>
);

const ProcedureFormView: FC<{ action: string; csrf: string; p: Partial<Procedure>; submit: string }> = ({ action, csrf, p, submit }) => (
  <form method="post" action={action} class="card">
    <CsrfField csrf={csrf} />
    <p>
      Mã hồ sơ: <code>{p.id}</code>
    </p>
    <input type="hidden" name="id" value={p.id ?? ""} />
    <label for="p-name">Tên thủ tục</label>
    <input id="p-name" name="name" type="text" required value={p.name ?? ""} />
    <label for="p-name-en">Tên tiếng Anh (cho câu trả lời tiếng Anh, không bắt buộc)</label>
    <input id="p-name-en" name="name_en" type="text" lang="en" value={p.name_en ?? ""} />
    <label for="p-code">Mã thủ tục trên Cổng Dịch vụ công quốc gia (ví dụ 1.001193)</label>
    <input id="p-code" name="code" type="text" value={p.code ?? ""} />
    <label for="p-code-url">Trang của thủ tục trên Cổng Dịch vụ công quốc gia</label>
    <input id="p-code-url" name="code_url" type="text" value={p.code_url ?? ""} />
    <label for="p-summary">Tóm tắt (tối đa 300 ký tự)</label>
    <textarea id="p-summary" name="summary" rows={2}>
      {p.summary ?? ""}
    </textarea>
    <label for="p-body">Cơ quan giải quyết</label>
    <input id="p-body" name="deciding_body" type="text" required value={p.deciding_body ?? ""} />
    <label for="p-sub">Hình thức nộp</label>
    <select id="p-sub" name="submission">
      {(["online_full", "online_partial", "in_person"] as const).map((s) => (
        <option value={s} selected={s === p.submission}>
          {submissionLabels[s]}
        </option>
      ))}
    </select>
    <FactFields k="where" label={vietnameseFactLabels.where} value={p.where?.text ?? ""} fact={p.where} english="where" />
    <label for="p-docs">Giấy tờ (mỗi dòng một loại)</label>
    <textarea id="p-docs" name="documents" rows={5}>
      {(p.documents ?? []).join("\n")}
    </textarea>
    <FactFields k="legal_time" label="Thời hạn giải quyết theo quy định" value={p.legal_time?.text ?? ""} fact={p.legal_time} english="legal_time" />
    <FactFields k="fee" label={vietnameseFactLabels.fee} value={p.fee?.text ?? ""} fact={p.fee} english="fee" />
    <FactFields k="legal_basis" label="Căn cứ pháp lý (mỗi dòng một văn bản)" value={(p.legal_basis?.items ?? []).join("\n")} fact={p.legal_basis} multiline />
    <label for="p-online">Làm trực tuyến</label>
    <textarea id="p-online" name="online" rows={2}>
      {p.online ?? ""}
    </textarea>
    <label for="p-special">Trường hợp đặc biệt</label>
    <textarea id="p-special" name="special" rows={2}>
      {p.special ?? ""}
    </textarea>
    <label for="p-dvc">Đường dẫn Dịch vụ công</label>
    <input id="p-dvc" name="dvc_url" type="text" value={p.dvc_url ?? ""} />
    <label for="p-sources">Nguồn (mỗi dòng: Tên | https://…)</label>
    <textarea id="p-sources" name="sources" rows={3}>
      {(p.sources ?? []).map((s) => `${s.title} | ${s.url}`).join("\n")}
    </textarea>
    <p>
      <button type="submit">{submit}</button>
    </p>
  </form>
);

/**
 * The form's flat fields (where, where_text_en, where_verified, where_source, where_note, …) → the
 * record's facts. The id is the one of the page (never the form's); fields the form does not show
 * are carried from `stored`, the record the form was opened on (console-record-carry.ts).
 */
function procedureOf(form: z.output<typeof procedureFormSchema>, id: string, stored: Procedure | undefined): Procedure {
  const fact = (key: FactKey) => ({
    ...(key === "legal_basis" ? { items: lines(form[key]) } : { text: typeof form[key] === "string" ? form[key].trim() : "", text_en: form[`${key}_text_en`] || undefined }),
    verified: form[`${key}_verified`] === true,
    source: form[`${key}_source`] || undefined,
    note: form[`${key}_note`] || undefined,
  });
  const rest = Object.fromEntries(Object.entries(form).filter(([k]) => !/^(where|legal_time|fee|legal_basis)_/.test(k)));
  const fromForm = parseInput(procedureSchema, { ...rest, id, where: fact("where"), legal_time: fact("legal_time"), fee: fact("fee"), legal_basis: fact("legal_basis") });
  return carryProcedureFields(stored, fromForm);
}

/** The facts whose English text the communicator says is still right after the Vietnamese one changed. */
const englishStillRight = (form: z.output<typeof procedureFormSchema>) => new Set(textFactKeys.filter((k) => form[`${k}_en_ok`]));

const fieldLabels: Array<[keyof EntryDraft, string]> = [
  ["title", "Tiêu đề"],
  ["summary", "Câu trả lời ngắn"],
  ["summary_en", "Tóm tắt tiếng Anh"],
  ["category", "Chủ đề"],
  ["questions", "Câu hỏi mẫu"],
  ["keywords", "Từ khóa"],
  ["procedures", "Thủ tục liên quan"],
  ["links", "Đường dẫn"],
  ["sources", "Nguồn"],
  ["wards", "Áp dụng cho phường"],
  ["verified", "Đã xác minh"],
  ["unverified", "Điều chờ xác nhận"],
  ["action", "Chuyển cán bộ"],
  ["kind", "Mục về hỗ trợ cho nhóm người"],
  ["not_covers", "Chủ đề không thuộc phạm vi"],
  ["yes_no", "Câu trả lời có/không"],
  ["body", "Nội dung trả lời"],
];
const asText = (v: unknown): string =>
  v === undefined || v === null ? "" : Array.isArray(v) ? v.map((x) => (typeof x === "object" ? Object.values(x as object).join(" | ") : String(x))).join("\n") : typeof v === "boolean" ? (v ? "có" : "không") : String(v);

/** What this version changes against the published entry, field by field, lines added and removed. */
export const EntryDiff: FC<{ published: Partial<EntryDraft> | undefined; draft: Partial<EntryDraft> }> = ({ published, draft }) => {
  const changed = fieldLabels.filter(([k]) => asText(published?.[k]) !== asText(draft[k]));
  return (
    <section aria-labelledby="diff-h" data-testid="entry-diff">
      <h2 id="diff-h">So với bản đang dùng</h2>
      {!published ? (
        <p class="muted">Mục mới: chưa có bản đang dùng.</p>
      ) : changed.length ? (
        changed.map(([k, label]) => (
          <div class="card diff">
            <b>{label}</b>
            <pre>
              {diffLines(asText(published[k]) + "\n", asText(draft[k]) + "\n").map((part) =>
                part.added ? <ins>{part.value}</ins> : part.removed ? <del>{part.value}</del> : <span>{part.value}</span>,
              )}
            </pre>
          </div>
        ))
      ) : (
        <p class="muted">Không khác bản đang dùng.</p>
      )}
    </section>
  );
};

/** Why a shared entry cannot be published from here, and the ward-specific copy instead. */
const SharedNotice: FC<{ reason: string; copyAction?: string; csrf: string }> = ({ reason, copyAction, csrf }) => (
  <div class="msg warn" role="note" data-testid="shared-notice">
    <p>{reason}</p>
    {copyAction ? (
      <>
        <p>Bạn có thể tạo bản riêng cho phường mình: sau khi xuất bản, người dân phường mình nhận nội dung của bản riêng; các phường khác vẫn dùng mục chung.</p>
        <PostButton action={copyAction} csrf={csrf} label="Tạo bản riêng cho phường" />
      </>
    ) : null}
  </div>
);

const HistoryTable: FC<{ base: string; versions: Array<{ id: number; status: string; author: string | null; updatedAt: number; publishedAt: number | null; note: string | null }> }> = ({ base, versions }) => (
  <>
    <h2>Lịch sử phiên bản</h2>
    {versions.length ? (
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>Trạng thái</th>
            <th>Người soạn</th>
            <th>Thời gian</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr>
              <td>
                <a href={`${base}/v/${v.id}`}>#{v.id}</a>
              </td>
              <td>
                {versionStatus[v.status]}
                {v.note ? (
                  <>
                    <br />
                    <span class="muted">{v.note}</span>
                  </>
                ) : null}
              </td>
              <td>{v.author ?? ""}</td>
              <td>{fmtTime(v.publishedAt ?? v.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ) : (
      <p class="muted">Chưa có phiên bản nào được sửa trong bàn làm việc (nội dung gốc lấy từ kho kiến thức).</p>
    )}
  </>
);

export function registerKnowledgePages(app: Hono<ConsoleEnv>, services: Services) {
  const editor = services.staff.knowledge;
  const kbBase = (c: ConsoleContext) => `/console/w/${c.get("ward").slug}/kb`;
  /** a language model words first answers in this ward (the preview says so) */
  const worded = (ward: Ward) => services.answers.modelConfigured && ward.profile.language_model?.enabled !== false;

  app.get("/console/w/:slug/kb", validate("query", knowledgeQuery), async (c) => {
    const ward = c.get("ward");
    const query = c.req.valid("query");
    const { entries: all, drafts, procedures } = await editor.list(c.get("session").actor, ward);
    const entries = filterEntries(all, drafts, query);
    const b = kbBase(c);
    return renderPage(
      c,
      { title: "Kiến thức của trợ lý", active: "kb" },
      <>
        <Flash code={c.req.query("ok")} />
        <p>
          <a class="button" href={`${b}/new`}>
            Viết mục mới
          </a>
        </p>
        <form method="get" class="row card" aria-label="Tìm và lọc mục kiến thức" role="search">
          <div>
            <label for="k-q">Tìm (tiêu đề, mã, câu hỏi mẫu)</label>
            <input id="k-q" name="q" type="search" value={query.q ?? ""} maxlength={100} />
          </div>
          <div>
            <label for="k-category">Chủ đề</label>
            <select id="k-category" name="category">
              <option value="">Tất cả chủ đề</option>
              {categories.map((k) => (
                <option value={k} selected={query.category === k}>
                  {categoryLabels[k]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="k-status">Trạng thái</label>
            <select id="k-status" name="status">
              {(
                [
                  ["all", "Tất cả"],
                  ["published", "Đang dùng"],
                  ["draft", "Có bản nháp của phường"],
                  ["review", "Có bản chờ duyệt"],
                ] as const
              ).map(([v, label]) => (
                <option value={v} selected={query.status === v}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="k-verified">Xác minh</label>
            <select id="k-verified" name="verified">
              <option value="all" selected={query.verified === "all"}>
                Tất cả
              </option>
              <option value="yes" selected={query.verified === "yes"}>
                Đã xác minh
              </option>
              <option value="no" selected={query.verified === "no"}>
                Chưa xác minh
              </option>
            </select>
          </div>
          <div>
            <button type="submit">Lọc</button>
          </div>
        </form>
        <h2>Bản nháp và chờ duyệt của phường</h2>
        {drafts.length ? (
          <table>
            <thead>
              <tr>
                <th>Mục</th>
                <th>Loại</th>
                <th>Trạng thái</th>
                <th>Người soạn</th>
                <th>Cập nhật</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((d) => (
                <tr>
                  <td>
                    <a href={`${b}/v/${d.id}`}>{d.title}</a>
                  </td>
                  <td>{d.kind === "entry" ? "Mục kiến thức" : "Thủ tục"}</td>
                  <td>{versionStatus[d.status]}</td>
                  <td>{d.author ?? ""}</td>
                  <td>{fmtTime(d.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">Không có.</p>
        )}
        <h2>
          Các mục đang dùng ({entries.length}
          {entries.length !== all.length ? ` trên ${all.length}` : ""})
        </h2>
        <table>
          <thead>
            <tr>
              <th>Tiêu đề</th>
              <th>Chủ đề</th>
              <th>Trạng thái</th>
              <th>Xác minh</th>
              <th>Phạm vi</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr>
                <td>
                  <a href={`${b}/e/${e.id}`}>{e.title}</a>
                </td>
                <td>{categoryLabels[e.category]}</td>
                <td>{e.status === "published" ? "Đang dùng" : versionStatus[e.status]}</td>
                <td>
                  {e.verified ? (
                    <span class="badge green">Đã xác minh</span>
                  ) : (
                    <span class="badge amber" title={e.unverified ?? ""}>
                      Chưa xác minh
                    </span>
                  )}
                </td>
                <td>{e.wards === "all" ? "Mọi phường" : e.wards.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Hồ sơ thủ tục ({procedures.length})</h2>
        <ul>
          {procedures.map((p) => (
            <li>
              <a href={`${b}/p/${p.id}`}>{p.name}</a>
              {isProcedureVerified(p) ? null : <span class="badge amber"> Chưa xác minh</span>}
            </li>
          ))}
        </ul>
      </>,
    );
  });

  app.get("/console/w/:slug/kb/new", validate("query", newEntryQuery), async (c) => {
    const ward = c.get("ward");
    const today = new Date(services.deps.clock.now()).toISOString().slice(0, 10);
    // "Viết mục mới" from an unanswered question: the question is the first sample and the title
    const question = c.req.valid("query").question;
    return renderPage(
      c,
      { title: "Viết mục kiến thức mới", active: "kb", script: true },
      <div class="cols">
        <div>
          <EntryFormView
            action={`${kbBase(c)}/new`}
            csrf={c.get("session").csrfToken}
            d={{ wards: [ward.slug], last_reviewed: today, category: "phuong", ...(question ? { title: question.slice(0, 120), questions: [question] } : {}) }}
            newId
            submit="Lưu bản nháp"
            preview={`${kbBase(c)}/preview`}
          />
        </div>
        <div>
          <ZaloPreview p={{ parts: [], length: 0, problems: [], variants: [] }} worded={worded(ward)} />
        </div>
      </div>,
    );
  });
  app.post("/console/w/:slug/kb/new", validate("form", entryFormSchema), async (c) => {
    const ward = c.get("ward");
    const id = await editor.saveEntryDraft(c.get("session").actor, ward, draftOf(c.req.valid("form"), ward), { isNew: true });
    return c.redirect(`${kbBase(c)}/v/${id}?ok=saved`, 303);
  });

  app.get("/console/w/:slug/kb/e/:id", validate("param", entityParams), validate("query", previewQuery), async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const { id } = c.req.valid("param");
    const { live, versions } = await editor.entryHistory(session.actor, ward, "entry", id);
    const entry = live as KnowledgeEntry | undefined;
    const preview = entry ? await editor.previewEntry(ward, entry, c.req.valid("query").xem) : undefined;
    const right = entry ? await editor.publishRight(session.actor, entry) : { ok: true as const };
    return renderPage(
      c,
      { title: entry?.title ?? id, active: "kb", script: true },
      <>
        <Flash code={c.req.query("ok")} />
        {entry && !entry.verified ? (
          <div class="msg warn">
            Mục này <b>chưa được xác minh</b>: {entry.unverified ?? ""}. Người dân thấy “(chưa xác nhận)” ngay sau những thông tin chưa xác nhận; phường xác nhận ở trang Xác nhận thông tin.
          </div>
        ) : null}
        {right.ok ? null : <SharedNotice reason={right.reason} copyAction={`${kbBase(c)}/e/${id}/copy`} csrf={session.csrfToken} />}
        <div class="cols">
          <div>
            <h2>Sửa mục (tạo bản nháp mới)</h2>
            {entry ? <EntryFormView action={`${kbBase(c)}/e/${id}/draft`} csrf={session.csrfToken} d={entry} submit="Lưu bản nháp" preview={`${kbBase(c)}/preview`} /> : <p>Mục này chưa được xuất bản.</p>}
          </div>
          <div>
            {preview ? <ZaloPreview p={preview} worded={worded(ward)} /> : null}
            <HistoryTable base={kbBase(c)} versions={versions} />
          </div>
        </div>
      </>,
    );
  });
  app.post("/console/w/:slug/kb/e/:id/copy", validate("param", entityParams), async (c) => {
    const vid = await editor.copyForWard(c.get("session").actor, c.get("ward"), c.req.valid("param").id);
    return c.redirect(`${kbBase(c)}/v/${vid}?ok=copied`, 303);
  });
  /** The preview as the communicator types (console.js posts the form here): the answer as Zalo shows it. */
  app.post("/console/w/:slug/kb/preview", validate("form", entryFormSchema.partial({ title: true, last_reviewed: true }).extend({ xem: previewPartSchema.optional() })), async (c) => {
    const ward = c.get("ward");
    requireRole(c.get("session").actor, ward.id, "communicator");
    const form = c.req.valid("form");
    const today = new Date(services.deps.clock.now()).toISOString().slice(0, 10);
    const draft = parseInput(entryDraftSchema, { ...form, id: form.id || "ban-xem-truoc", title: form.title || "(chưa có tiêu đề)", last_reviewed: form.last_reviewed ?? today, wards: form.wards ?? [ward.slug] });
    return c.html(<ZaloPreview p={await editor.previewEntry(ward, draft, form.xem)} worded={worded(ward)} />);
  });
  app.post("/console/w/:slug/kb/e/:id/draft", validate("param", entityParams), validate("form", entryFormSchema), async (c) => {
    const ward = c.get("ward");
    const { id } = c.req.valid("param");
    const live = (await editor.knowledgeBase()).entries.find((e) => e.id === id);
    const vid = await editor.saveEntryDraft(c.get("session").actor, ward, carryEntryFields(live, draftOf(c.req.valid("form"), ward, id)));
    return c.redirect(`${kbBase(c)}/v/${vid}?ok=saved`, 303);
  });

  app.get("/console/w/:slug/kb/p/:id", validate("param", entityParams), async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const { id } = c.req.valid("param");
    const { live, versions } = await editor.entryHistory(session.actor, ward, "procedure", id);
    return renderPage(
      c,
      { title: (live as Procedure | undefined)?.name ?? id, active: "kb" },
      <>
        <Flash code={c.req.query("ok")} />
        <p class="muted">Hồ sơ thủ tục dùng chung cho mọi phường: người biên tập soạn và gửi duyệt, quản trị cấp thành phố xuất bản.</p>
        <div class="cols">
          <div>{live ? <ProcedureFormView action={`${kbBase(c)}/p/${id}/draft`} csrf={session.csrfToken} p={live as Procedure} submit="Lưu bản nháp" /> : null}</div>
          <div>
            <HistoryTable base={kbBase(c)} versions={versions} />
          </div>
        </div>
      </>,
    );
  });
  app.post("/console/w/:slug/kb/p/:id/draft", validate("param", entityParams), validate("form", procedureFormSchema), async (c) => {
    const ward = c.get("ward");
    const { id } = c.req.valid("param");
    const form = c.req.valid("form");
    const live = (await editor.knowledgeBase()).procedures.get(id);
    const vid = await editor.saveProcedureDraft(c.get("session").actor, ward, procedureOf(form, id, live), { previous: live, englishStillRight: englishStillRight(form) });
    return c.redirect(`${kbBase(c)}/v/${vid}?ok=saved`, 303);
  });

  app.get("/console/w/:slug/kb/v/:vid", validate("param", versionParams), validate("query", previewQuery), async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const v = await editor.version(session.actor, ward, c.req.valid("param").vid);
    const data = JSON.parse(v.data);
    const b = kbBase(c);
    const own = v.wardId === ward.id;
    const url = `${b}/v/${v.id}`;
    const editable = own && v.status === "draft";
    const live = v.kind === "entry" ? (await editor.knowledgeBase()).entries.find((e) => e.id === v.entityId) : undefined;
    const right = v.kind === "entry" && v.status === "review" ? await editor.publishRight(session.actor, data as EntryDraft, live) : { ok: true as const };
    const body =
      v.kind === "entry" ? (
        <div class="cols">
          <div>
            {editable ? (
              <EntryFormView action={url} csrf={session.csrfToken} d={data as EntryDraft} submit="Lưu bản nháp" preview={`${b}/preview`} />
            ) : (
              <div class="card">
                <pre>{(data as EntryDraft).body}</pre>
              </div>
            )}
          </div>
          <div>
            <ZaloPreview p={await editor.previewEntry(ward, data as EntryDraft, c.req.valid("query").xem)} worded={worded(ward)} />
            {v.status !== "published" ? <EntryDiff published={live} draft={data as EntryDraft} /> : null}
          </div>
        </div>
      ) : editable ? (
        <ProcedureFormView action={url} csrf={session.csrfToken} p={data as Procedure} submit="Lưu bản nháp" />
      ) : (
        <div class="card">
          <pre>{JSON.stringify(data, null, 2)}</pre>
        </div>
      );
    return renderPage(
      c,
      { title: `${v.kind === "entry" ? "Mục kiến thức" : "Thủ tục"} ${v.entityId} · phiên bản #${v.id}`, active: "kb", script: true },
      <>
        <Flash code={c.req.query("ok")} />
        <p>
          Trạng thái: <b>{versionStatus[v.status]}</b>
          {v.note ? ` · ${v.note}` : ""}
          {v.publishedAt ? ` · xuất bản lúc ${fmtTime(v.publishedAt)}` : ""}
        </p>
        {right.ok ? null : <SharedNotice reason={right.reason} copyAction={live ? `${b}/e/${v.entityId}/copy` : undefined} csrf={session.csrfToken} />}
        <div class="row">
          {own && v.status === "draft" ? <PostButton action={`${url}/review`} csrf={session.csrfToken} label="Gửi duyệt" /> : null}
          {own && v.status === "review" && right.ok && can(session.actor, ward.id, "communicator") ? <PostButton action={`${url}/publish`} csrf={session.csrfToken} label="Duyệt và xuất bản" /> : null}
          {own && v.status === "review" ? <PostButton action={`${url}/return`} csrf={session.csrfToken} label="Trả về bản nháp" cls="secondary" /> : null}
          {own && (v.status === "draft" || v.status === "review") ? <PostButton action={`${url}/withdraw`} csrf={session.csrfToken} label="Hủy bản nháp" cls="danger" /> : null}
          {v.status === "published" ? <PostButton action={`${url}/restore`} csrf={session.csrfToken} label="Khôi phục phiên bản này" /> : null}
          <a class="button secondary" href={`${b}/${v.kind === "entry" ? "e" : "p"}/${v.entityId}`}>
            Xem mục và lịch sử
          </a>
        </div>
        {body}
      </>,
    );
  });
  app.post("/console/w/:slug/kb/v/:vid", validate("param", versionParams), async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const vid = c.req.valid("param").vid;
    const v = await editor.version(actor, ward, vid);
    const form = await c.req.parseBody({ all: true });
    // the fields the form does not show come from this version as stored, not from the request
    const stored = JSON.parse(v.data);
    if (v.kind === "entry") await editor.saveEntryDraft(actor, ward, carryEntryFields(stored as EntryDraft, draftOf(parseInput(entryFormSchema, form), ward, v.entityId)), { versionId: vid });
    else {
      const input = parseInput(procedureFormSchema, form);
      await editor.saveProcedureDraft(actor, ward, procedureOf(input, v.entityId, stored as Procedure), { versionId: vid, previous: stored as Procedure, englishStillRight: englishStillRight(input) });
    }
    return c.redirect(`${kbBase(c)}/v/${vid}?ok=saved`, 303);
  });
  const transition = (path: string, run: (vid: number, c: ConsoleContext) => Promise<unknown>, ok: string, toEntity = false) =>
    app.post(`/console/w/:slug/kb/v/:vid/${path}`, validate("param", versionParams), async (c) => {
      const { vid } = c.req.valid("param");
      await run(vid, c);
      let target = `${kbBase(c)}/v/${vid}`;
      if (toEntity) {
        const v = await editor.version(c.get("session").actor, c.get("ward"), vid);
        target = `${kbBase(c)}/${v.kind === "entry" ? "e" : "p"}/${v.entityId}`;
      }
      return c.redirect(`${target}?ok=${ok}`, 303);
    });
  transition("review", (vid, c) => editor.submitForReview(c.get("session").actor, c.get("ward"), vid), "review");
  transition("return", (vid, c) => editor.returnOrWithdraw(c.get("session").actor, c.get("ward"), vid, "draft"), "returned");
  transition("withdraw", (vid, c) => editor.returnOrWithdraw(c.get("session").actor, c.get("ward"), vid, "withdrawn"), "withdrawn");
  transition("publish", (vid, c) => editor.publish(c.get("session").actor, c.get("ward"), vid), "published", true);
  transition("restore", (vid, c) => editor.restore(c.get("session").actor, c.get("ward"), vid), "restored", true);

  // "Thử trợ lý": ask as a resident of this ward would
  const kinds: Record<string, string> = { answer: "Trả lời", clarify: "Hỏi lại cho rõ", handoff: "Chuyển cán bộ", smalltalk: "Chào hỏi", scam_warning: "Cảnh báo lừa đảo", scam_no_signs: "Kiểm tra tin nhắn: không thấy dấu hiệu rõ ràng", scam_victim: "Bị lừa: hướng dẫn khẩn và chuyển cán bộ" };
  const tryPage = async (c: ConsoleContext, question?: string) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const assistant = question ? await editor.assistantFor() : undefined;
    const result = assistant && question ? assistant.ask(question, ward, services.deps.clock.now()) : undefined;
    return renderPage(
      c,
      { title: "Thử trợ lý", active: "try" },
      <>
        <p>Đặt câu hỏi như người dân {ward.name} hỏi trên Zalo. Câu hỏi thử không được ghi vào thống kê.</p>
        <form method="post" action={`/console/w/${ward.slug}/try`} class="card">
          <CsrfField csrf={session.csrfToken} />
          <label for="q">Câu hỏi</label>
          <input id="q" name="text" type="text" required maxlength={2000} value={question ?? ""} autofocus />
          <p>
            <button type="submit">Hỏi trợ lý</button>
          </p>
        </form>
        {result ? (
          <div class="cols">
            <div>
              <h2>Trợ lý trả lời</h2>
              <div class="zalo" data-testid="assistant-reply">
                <div class="part">{result.reply}</div>
              </div>
            </div>
            <div>
              <h2>Vì sao</h2>
              <p>
                Quyết định: <b>{kinds[result.kind === "scam_warning" && result.scam?.outcome === "victim" ? "scam_victim" : result.kind] ?? result.kind}</b>
              </p>
              <p data-testid="assistant-explanation">{result.explanation}</p>
              <h2>Các mục đã xét</h2>
              {result.entries.length ? (
                <table>
                  <thead>
                    <tr>
                      <th>Mục</th>
                      <th>Điểm</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.entries.map((e) => (
                      <tr>
                        <td>
                          <a href={`${kbBase(c)}/e/${e.id}`}>{e.title}</a>
                        </td>
                        <td>{e.score}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p class="muted">Không có mục nào.</p>
              )}
            </div>
          </div>
        ) : null}
      </>,
    );
  };
  const mayTry = createMiddleware<ConsoleEnv>(async (c, next) => {
    requireRole(c.get("session").actor, c.get("ward").id, "communicator", "staff");
    await next();
  });
  app.get("/console/w/:slug/try", mayTry, async (c) => tryPage(c));
  app.post("/console/w/:slug/try", mayTry, validate("form", askSchema), async (c) => tryPage(c, c.req.valid("form").text));

  // Green lane: part of the ward profile, kept by communicators and admins
  app.get("/console/w/:slug/green-lane", async (c) => {
    const ward = await services.wards.byId(c.get("ward").id);
    const session = c.get("session");
    if (!can(session.actor, ward.id, "communicator", "admin")) return c.text("", 403);
    const kb = await editor.knowledgeBase();
    const gl = ward.profile.green_lane;
    return renderPage(
      c,
      { title: "Danh mục thủ tục làn xanh", active: "green-lane" },
      <>
        <Flash code={c.req.query("ok")} />
        <p>
          Trợ lý dùng danh mục này khi trả lời {"{{green_lane.list}}"} và cho từng thủ tục. Mỗi dòng: <code>mã thủ tục | thời gian giải quyết | ghi chú (nếu có)</code>.
        </p>
        <form method="post" action={`/console/w/${ward.slug}/green-lane`} class="card">
          <CsrfField csrf={session.csrfToken} />
          <label for="gl">Danh mục</label>
          <textarea id="gl" name="items" rows={10}>
            {gl.items.map((i) => `${i.procedure} | ${i.time}${i.note ? ` | ${i.note}` : ""}`).join("\n")}
          </textarea>
          <label>
            <input type="checkbox" name="sample" checked={gl.sample} /> Đây là danh mục mẫu, phường chưa xác nhận
          </label>
          <label>
            <input type="checkbox" name="complete" checked={gl.complete} /> Danh mục đã đầy đủ: thủ tục không có trong danh mục thì trợ lý trả lời "không thuộc làn xanh"
          </label>
          <p>
            <button type="submit">Lưu danh mục</button>
          </p>
        </form>
        <h2>Mã thủ tục có sẵn</h2>
        <ul>
          {[...kb.procedures.values()].map((p) => (
            <li>
              <code>{p.id}</code>: {p.name} (quy định: {p.legal_time.text})
            </li>
          ))}
        </ul>
      </>,
    );
  });
  app.post("/console/w/:slug/green-lane", validate("form", greenLaneFormSchema), async (c) => {
    const ward = await services.wards.byId(c.get("ward").id);
    const form = c.req.valid("form");
    const kb = await editor.knowledgeBase();
    const unknown = form.items.filter((i) => !kb.procedures.has(i.procedure)).map((i) => i.procedure);
    if (unknown.length) parseInput(z.never({ message: `Không có thủ tục mã: ${unknown.join(", ")}.` }), undefined);
    const greenLane = parseInput(greenLaneSchema, form);
    await services.staff.wardAdmin.updateGreenLane(c.get("session").actor, ward, greenLane);
    return c.redirect(`/console/w/${ward.slug}/green-lane?ok=saved`, 303);
  });
}

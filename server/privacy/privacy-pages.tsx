import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import type { Services } from "../services";
import type { ConsoleEnv } from "../staff/console-env";
import { renderPage } from "../staff/console-env";
import { addFlashMessages, CsrfField, Flash, fmtTime } from "../staff/pages/layout";
import { personalDataEraseSchema, personalDataLookupSchema, retentionBounds, retentionFields, retentionFormSchema, type PersonalDataLookup } from "../staff/schemas";
import { parseInput, validate } from "../staff/validation";
import { adminOnly } from "./privacy-routes";
import type { PersonalDataService } from "./personal-data-service";

/*
 * Console pages for personal data (Law 91/2025/QH15), ward admins only: the ward's retention
 * periods, and a resident's request to see or delete their data, made at the ward office and
 * handled by an admin on their behalf. The person is found by the code of one of their reports
 * or by their Zalo conversation (the request number the inbox shows). Looking, exporting and
 * deleting are audited; deleting needs a confirmation page first. Same services and schemas as
 * the JSON API (privacy-routes.ts).
 */

addFlashMessages({ erased: "Đã xóa dữ liệu cá nhân của người dân. Việc xóa đã được ghi vào nhật ký của phường." });

type Export = Awaited<ReturnType<PersonalDataService["exportSubject"]>>;

/** The query string that finds the same person again (links to export and to the confirmation page). */
function lookupQuery(l: PersonalDataLookup): string {
  return l.reportCode !== undefined ? `reportCode=${encodeURIComponent(l.reportCode)}` : `conversation=${l.conversation}`;
}

const LookupFields: FC<{ l?: Partial<PersonalDataLookup> }> = ({ l }) => (
  <>
    <input type="hidden" name="reportCode" value={l?.reportCode ?? ""} />
    <input type="hidden" name="conversation" value={l?.conversation === undefined ? "" : String(l.conversation)} />
  </>
);

const BackToSettings: FC<{ slug: string }> = ({ slug }) => (
  <p>
    <a href={`/console/w/${slug}/settings`}>Về trang Thông tin phường</a>
  </p>
);

/** What was found, in counts and report codes: enough for the admin to check it is the right person. */
const Summary: FC<{ d: Export }> = ({ d }) => (
  <div class="card" data-testid="personal-data-summary">
    <h2>Dữ liệu tìm thấy</h2>
    <ul>
      {d.user ? (
        <li>
          Tài khoản mini app: <b>{d.user.name ?? "(không tên)"}</b>, dùng từ {fmtTime(d.user.firstSeenAt)}
        </li>
      ) : null}
      {d.zaloChat ? (
        <li>
          Trò chuyện Zalo với phường: <b>{d.zaloChat.name ?? "(không tên)"}</b>, từ {fmtTime(d.zaloChat.firstSeenAt)}
        </li>
      ) : null}
      <li>
        {d.reports.length} phản ánh{d.reports.length ? `: ${d.reports.map((r) => r.code).join(", ")}` : ""}
      </li>
      <li>{d.photos.length} ảnh</li>
      <li>
        {d.chat.length} tin nhắn Zalo, {d.miniappChat.length} tin nhắn Hỏi đáp trong mini app, {d.questions.length} câu hỏi, {d.questionsToStaff.length} yêu cầu gặp cán bộ
      </li>
      <li>{d.forwardedScams.length} tin nhắn lừa đảo đã chuyển đến</li>
      <li>
        {d.following.length} phản ánh đang theo dõi, {d.notices.length} thông báo
      </li>
    </ul>
  </div>
);

export function registerPrivacyPages(app: Hono<ConsoleEnv>, services: Services) {
  const { personalData } = services.privacy;
  const { wardAdmin } = services.staff;
  // admins only, checked before any input is read or anything is written
  for (const path of ["/console/w/:slug/settings/retention", "/console/w/:slug/personal-data", "/console/w/:slug/personal-data/*"]) app.use(path, adminOnly);

  app.get("/console/w/:slug/settings/retention", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const current = (await wardAdmin.settings(ward.id)).retention;
    return renderPage(
      c,
      { title: "Thời hạn lưu giữ dữ liệu cá nhân", active: "settings" },
      <>
        <Flash code={c.req.query("ok")} />
        <p>
          Theo Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15), dữ liệu cá nhân chỉ được lưu trong thời gian cần thiết. Hết thời hạn, hệ thống tự xóa <b>nội dung</b> (tin nhắn, số điện thoại, vị trí,
          ảnh…) và giữ lại các con số thống kê (số tin nhắn, số phản ánh, thời gian xử lý).
        </p>
        <form method="post" action={`/console/w/${ward.slug}/settings/retention`} class="card" style="max-width:720px">
          <CsrfField csrf={session.csrfToken} />
          {retentionFields.map(({ key, label, unit }) => {
            const b = retentionBounds(key);
            return (
              <>
                <label for={`r-${key}`}>
                  {label} ({unit})
                </label>
                <input id={`r-${key}`} name={key} type="number" step="1" min={b.min} max={b.max} required value={String(current[key])} aria-describedby={`r-${key}-hint`} />
                <p class="muted" id={`r-${key}-hint`}>
                  Mặc định {b.default} {unit}; từ {b.min} đến {b.max} {unit}.
                  {key === "report_contact_days" || key === "report_photos_days" ? " Tính từ khi phản ánh được đóng." : ""}
                </p>
              </>
            );
          })}
          <p>
            <button type="submit">Lưu thời hạn</button>
          </p>
        </form>
        <BackToSettings slug={ward.slug} />
      </>,
    );
  });
  app.post("/console/w/:slug/settings/retention", validate("form", retentionFormSchema), async (c) => {
    const ward = c.get("ward");
    await wardAdmin.updateRetention(c.get("session").actor, ward.id, c.req.valid("form"));
    return c.redirect(`/console/w/${ward.slug}/settings/retention?ok=saved`, 303);
  });

  app.get("/console/w/:slug/personal-data", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const base = `/console/w/${ward.slug}/personal-data`;
    const asked = c.req.query("reportCode") || c.req.query("conversation");
    let found: { lookup: PersonalDataLookup; data: Export } | undefined;
    if (asked) {
      // without a query the page only shows the search form
      const lookup = parseInput(personalDataLookupSchema, c.req.query());
      const subject = await personalData.subjectOf(session.actor, ward.id, lookup);
      await personalData.recordAccess(session.actor, subject, "view_personal_data");
      found = { lookup, data: await personalData.exportSubject(subject) };
    }
    return renderPage(
      c,
      { title: "Yêu cầu về dữ liệu cá nhân của người dân", active: "settings" },
      <>
        <Flash code={c.req.query("ok")} />
        <p>
          Khi người dân đề nghị xem hoặc xóa dữ liệu của mình (Luật số 91/2025/QH15), quản trị phường tìm dữ liệu theo <b>mã một phản ánh</b> của người đó hoặc theo <b>số yêu cầu</b> của cuộc trò chuyện
          Zalo trong Hộp thư (ví dụ #12). Hãy kiểm tra danh tính người đề nghị trước. Mọi lần xem, tải và xóa đều được ghi vào nhật ký.
        </p>
        <form method="get" action={base} class="card" style="max-width:640px">
          <label for="pd-code">Mã phản ánh</label>
          <input id="pd-code" name="reportCode" type="text" placeholder="PA-2026-000123" value={c.req.query("reportCode") ?? ""} />
          <label for="pd-conv">hoặc số yêu cầu của cuộc trò chuyện Zalo</label>
          <input id="pd-conv" name="conversation" type="text" placeholder="#12" value={c.req.query("conversation") ?? ""} />
          <p>
            <button type="submit">Tìm dữ liệu</button>
          </p>
        </form>
        {found ? (
          <>
            <Summary d={found.data} />
            <p class="row">
              <a class="button" href={`${base}/export?${lookupQuery(found.lookup)}`}>
                Tải toàn bộ dữ liệu (JSON) để giao cho người dân
              </a>
              <a class="button secondary" href={`${base}/erase?${lookupQuery(found.lookup)}`}>
                Xóa dữ liệu của người dân này…
              </a>
            </p>
          </>
        ) : null}
        <BackToSettings slug={ward.slug} />
      </>,
    );
  });

  app.get("/console/w/:slug/personal-data/export", validate("query", personalDataLookupSchema), async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const lookup = c.req.valid("query");
    const subject = await personalData.subjectOf(actor, ward.id, lookup);
    await personalData.recordAccess(actor, subject, "export_personal_data");
    const name = lookup.reportCode !== undefined ? lookup.reportCode : `hoi-thoai-${lookup.conversation}`;
    c.header("Content-Disposition", `attachment; filename="du-lieu-ca-nhan-${name}.json"`);
    return c.json({ ward: ward.name, exportedAt: new Date(services.deps.clock.now()).toISOString(), ...(await personalData.exportSubject(subject)) });
  });

  // the confirmation step: what will be deleted, and a checkbox the admin must tick
  app.get("/console/w/:slug/personal-data/erase", validate("query", personalDataLookupSchema), async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const lookup = c.req.valid("query");
    const subject = await personalData.subjectOf(session.actor, ward.id, lookup);
    const data = await personalData.exportSubject(subject);
    return renderPage(
      c,
      { title: "Xác nhận xóa dữ liệu cá nhân", active: "settings" },
      <>
        <div class="msg warn" role="alert">
          Việc xóa không thể hoàn tác. Nội dung phản ánh, địa chỉ, số điện thoại, vị trí, ảnh, tin nhắn, câu hỏi và tên Zalo của người dân sẽ bị xóa; các con số thống kê được giữ lại.
        </div>
        <Summary d={data} />
        <form method="post" action={`/console/w/${ward.slug}/personal-data/erase`} class="card" style="max-width:640px">
          <CsrfField csrf={session.csrfToken} />
          <LookupFields l={lookup} />
          <label style="font-weight:400">
            <input type="checkbox" name="confirm" value="on" required /> Tôi xác nhận người dân đã đề nghị xóa dữ liệu và tôi đã kiểm tra danh tính của họ.
          </label>
          <p class="row">
            <button type="submit" class="danger">
              Xóa dữ liệu
            </button>
            <a class="button secondary" href={`/console/w/${ward.slug}/personal-data?${lookupQuery(lookup)}`}>
              Hủy
            </a>
          </p>
        </form>
      </>,
    );
  });
  app.post("/console/w/:slug/personal-data/erase", validate("form", personalDataEraseSchema), async (c) => {
    const ward = c.get("ward");
    const actor = c.get("session").actor;
    const subject = await personalData.subjectOf(actor, ward.id, c.req.valid("form"));
    await personalData.eraseSubject(subject, { staffUserId: actor.userId });
    return c.redirect(`/console/w/${ward.slug}/personal-data?ok=erased`, 303);
  });
}

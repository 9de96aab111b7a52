import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import type { Services } from "../../services";
import type { Ward } from "../../wards/ward-profile";
import { renderPage, type ConsoleEnv } from "../console-env";
import type { FactRow } from "../fact-confirmation-service";
import { confirmAllSchema, confirmFactSchema } from "../schemas";
import { validate } from "../validation";
import type { SetupItem } from "../ward-setup-service";
import { addFlashMessages, CsrfField, Flash, fmtTime, PostButton } from "./layout";

addFlashMessages({
  confirmed: "Đã ghi nhận phường xác nhận. Người dân của phường sẽ không còn thấy “(chưa xác nhận)” ở thông tin này.",
  verified_all: "Đã xác nhận cho mọi phường: hồ sơ thủ tục được xuất bản lại với nguồn chính thức.",
});

const ConfirmedBadge: FC<{ c: { by_name: string; at: number } }> = ({ c }) => (
  <span class="badge green">
    Phường đã xác nhận · {c.by_name} · {fmtTime(c.at)}
  </span>
);

/** The ward admin's first steps, shown on the home page: the green-lane list comes first. */
export const SetupChecklist: FC<{ ward: Ward; items: SetupItem[]; openFacts: number | undefined }> = ({ ward, items, openFacts }) => {
  const base = `/console/w/${ward.slug}`;
  const links: Record<SetupItem["key"], string | undefined> = {
    green_lane: `${base}/green-lane`,
    address: `${base}/settings`,
    office_hours: `${base}/settings`,
    hotline: `${base}/settings`,
    police: `${base}/settings`,
    oa: undefined,
  };
  const left = items.filter((i) => !i.done).length;
  return (
    <section class="card" aria-labelledby="setup-h" data-testid="setup-checklist">
      <h2 id="setup-h">
        Việc cần làm để {ward.name} dùng trợ lý với thông tin thật{left ? ` (còn ${left} việc)` : ""}
      </h2>
      <ol>
        {items.map((item, i) => (
          <li data-setup={item.key}>
            {item.done ? <span class="badge green">Xong</span> : <span class="badge amber">Cần làm</span>}{" "}
            {links[item.key] && !item.done ? (
              <a href={links[item.key]}>
                <b>
                  {i === 0 ? "Bước đầu tiên: " : ""}
                  {item.label}
                </b>
              </a>
            ) : (
              <b>{item.label}</b>
            )}
            <div class="muted">{item.detail}</div>
          </li>
        ))}
      </ol>
      {openFacts ? (
        <p>
          <a href={`${base}/facts`}>Còn {openFacts} thông tin chờ phường xác nhận</a> (lệ phí, thời hạn, nơi làm… trong câu trả lời hiện kèm “(chưa xác nhận)”).
        </p>
      ) : null}
    </section>
  );
};

const FactRowView: FC<{ ward: Ward; csrf: string; isCityAdmin: boolean; procedureId: string; f: FactRow }> = ({ ward, csrf, isCityAdmin, procedureId, f }) => {
  const base = `/console/w/${ward.slug}/facts`;
  return (
    <tr data-fact={`${procedureId}.${f.key}`}>
      <th scope="row">{f.label}</th>
      <td>
        {f.value}
        <div class="muted">
          Cần xác nhận: {f.note}
          {f.source ? (
            <>
              {" · "}
              <a href={f.source} rel="noopener noreferrer" target="_blank">
                nguồn đã tìm
              </a>
            </>
          ) : null}
        </div>
      </td>
      <td>
        {f.confirmed ? <ConfirmedBadge c={f.confirmed} /> : <PostButton action={`${base}/confirm`} csrf={csrf} label="Đã xác nhận" fields={{ kind: "procedure", id: procedureId, fact: f.key }} />}
        {isCityAdmin ? (
          <form method="post" action={`${base}/confirm-all`} class="inline">
            <CsrfField csrf={csrf} />
            <input type="hidden" name="id" value={procedureId} />
            <input type="hidden" name="fact" value={f.key} />
            <label class="inline" style="display:inline;font-weight:400">
              Nguồn chính thức <input name="source" type="url" placeholder="https://…gov.vn/…" required />
            </label>
            <button type="submit" class="secondary">
              Xác nhận cho mọi phường
            </button>
          </form>
        ) : null}
      </td>
    </tr>
  );
};

export function registerFactPages(app: Hono<ConsoleEnv>, services: Services) {
  const { facts } = services.staff;

  app.get("/console/w/:slug/facts", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const { entries, procedures, open } = await facts.list(session.actor, ward);
    const base = `/console/w/${ward.slug}/facts`;
    return renderPage(
      c,
      { title: "Thông tin chờ xác nhận", active: "facts" },
      <>
        <Flash code={c.req.query("ok")} />
        <p>
          Người dân thấy “(chưa xác nhận)” ngay sau những thông tin dưới đây. Khi phường đã đối chiếu (văn bản, bảng niêm yết tại Bộ phận Một cửa), bấm <b>Đã xác nhận</b>: chỉ người dân của {ward.name} không
          còn thấy dấu này; hệ thống ghi lại ai xác nhận, lúc nào (xem Nhật ký). Nội dung sai thì sửa ở mục Kiến thức.
        </p>
        <p class="muted">Còn {open} thông tin chưa xác nhận.</p>
        <h2>Hồ sơ thủ tục</h2>
        {procedures.map((p) => (
          <section class="card" aria-label={p.procedure.name}>
            <h3>
              {p.procedure.name}
              {p.procedure.code ? (
                <span class="muted">
                  {" · mã "}
                  {p.procedure.code_url ? (
                    <a href={p.procedure.code_url} rel="noopener noreferrer" target="_blank">
                      {p.procedure.code}
                    </a>
                  ) : (
                    p.procedure.code
                  )}
                </span>
              ) : null}
            </h3>
            <table>
              <tbody>
                {p.facts.map((f) => (
                  <FactRowView ward={ward} csrf={session.csrfToken} isCityAdmin={session.actor.isCityAdmin} procedureId={p.procedure.id} f={f} />
                ))}
              </tbody>
            </table>
          </section>
        ))}
        <h2>Mục kiến thức</h2>
        <table>
          <thead>
            <tr>
              <th>Mục</th>
              <th>Điều cần xác nhận</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr data-entry={e.entry.id}>
                <td>
                  <a href={`/console/w/${ward.slug}/kb/e/${e.entry.id}`}>{e.entry.title}</a>
                </td>
                <td>{e.entry.unverified ?? ""}</td>
                <td>
                  {e.confirmed ? (
                    <ConfirmedBadge c={e.confirmed} />
                  ) : (
                    <PostButton action={`${base}/confirm`} csrf={session.csrfToken} label="Đã xác nhận" fields={{ kind: "entry", id: e.entry.id, fact: "entry" }} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
    );
  });

  app.post("/console/w/:slug/facts/confirm", validate("form", confirmFactSchema), async (c) => {
    const ward = c.get("ward");
    await facts.confirmForWard(c.get("session").actor, ward, c.req.valid("form"));
    return c.redirect(`/console/w/${ward.slug}/facts?ok=confirmed`, 303);
  });

  app.post("/console/w/:slug/facts/confirm-all", validate("form", confirmAllSchema), async (c) => {
    const ward = c.get("ward");
    await facts.confirmForAllWards(c.get("session").actor, ward, c.req.valid("form"));
    return c.redirect(`/console/w/${ward.slug}/facts?ok=verified_all`, 303);
  });
}

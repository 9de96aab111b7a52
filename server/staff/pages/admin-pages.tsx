import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import type { Services } from "../../services";
import { wardProfileSchema } from "../../wards/ward-profile";
import { requireRole, roleLabels, roles, type Role } from "../access";
import { renderPage, type ConsoleEnv } from "../console-env";
import { changePasswordSchema, deadlinesSchema, idParams, newStaffSchema, newWardSchema, periodQuery, profileFieldKeys, resetPasswordSchema, roleListSchema, wardProfileFormSchema } from "../schemas";
import { parseInput, validate } from "../validation";
import { CsrfField, Flash, fmtTime } from "./layout";

const RoleBoxes: FC<{ prefix: string; checked: Role[] }> = ({ prefix, checked }) => (
  <>
    {roles.map((r) => (
      <label style="display:inline;font-weight:400;margin-right:12px">
        <input type="checkbox" name="roles" value={r} checked={checked.includes(r)} aria-label={`${prefix} ${roleLabels[r]}`.trim()} /> {roleLabels[r]}
      </label>
    ))}
  </>
);

const profileLabels: Record<(typeof profileFieldKeys)[number], string> = {
  address: "Địa chỉ trụ sở",
  office_hours: "Giờ làm việc (hiển thị cho người dân)",
  hotline: "Đường dây nóng",
  reception_schedule: "Lịch tiếp công dân",
  police: "Công an phường",
  digital_team: "Tổ công nghệ số cộng đồng",
};

export function registerAdminPages(app: Hono<ConsoleEnv>, services: Services) {
  const { auth, wardAdmin, reports } = services.staff;

  app.get("/console/account", (c) => {
    const session = c.get("session");
    return renderPage(
      c,
      { title: "Tài khoản của tôi" },
      <>
        <Flash code={c.req.query("ok")} />
        {c.req.query("first") || session.actor.mustChangePassword ? <div class="msg warn">Vui lòng đặt mật khẩu mới của riêng bạn trước khi làm việc.</div> : null}
        <p>
          {session.actor.name} · {session.actor.email}
        </p>
        <form method="post" action="/console/account/password" class="card" style="max-width:480px">
          <CsrfField csrf={session.csrfToken} />
          <label for="cur">Mật khẩu hiện tại</label>
          <input id="cur" name="current" type="password" autocomplete="current-password" required />
          <label for="new">Mật khẩu mới (ít nhất 10 ký tự)</label>
          <input id="new" name="password" type="password" autocomplete="new-password" required minlength={10} />
          <p>
            <button type="submit">Đổi mật khẩu</button>
          </p>
        </form>
      </>,
    );
  });
  app.post("/console/account/password", validate("form", changePasswordSchema), async (c) => {
    const session = c.get("session");
    const input = c.req.valid("form");
    await auth.changeOwnPassword(session.actor, input.current, input.password, session.sessionId);
    return c.redirect("/console/account?ok=password", 303);
  });

  app.get("/console/w/:slug/staff", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const people = await auth.listWardStaff(session.actor, ward.id);
    const base = `/console/w/${ward.slug}/staff`;
    return renderPage(
      c,
      { title: "Cán bộ của phường", active: "staff" },
      <>
        <Flash code={c.req.query("ok")} />
        <table>
          <thead>
            <tr>
              <th>Họ tên</th>
              <th>Email</th>
              <th>Vai trò</th>
              <th>Đặt lại mật khẩu</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr>
                <td>{p.name}</td>
                <td>{p.email}</td>
                <td>
                  <form method="post" action={`${base}/${p.userId}/roles`}>
                    <CsrfField csrf={session.csrfToken} />
                    <RoleBoxes prefix={p.name} checked={p.roles} />{" "}
                    <button type="submit" class="secondary">
                      Lưu vai trò
                    </button>
                  </form>
                </td>
                <td>
                  <form method="post" action={`${base}/${p.userId}/password`} class="row">
                    <CsrfField csrf={session.csrfToken} />
                    <input type="password" name="password" aria-label={`Mật khẩu mới cho ${p.name}`} autocomplete="new-password" minlength={10} required style="width:12em" />
                    <button type="submit" class="secondary">
                      Đặt lại
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Thêm cán bộ</h2>
        <form method="post" action={base} class="card" style="max-width:640px">
          <CsrfField csrf={session.csrfToken} />
          <label for="s-name">Họ tên</label>
          <input id="s-name" name="name" type="text" required />
          <label for="s-email">Email</label>
          <input id="s-email" name="email" type="email" required />
          {session.actor.isCityAdmin ? (
            <>
              <label for="s-pass">Mật khẩu ban đầu (chỉ quản trị cấp thành phố; bỏ trống để gửi lời mời)</label>
              <input id="s-pass" name="password" type="password" autocomplete="new-password" />
            </>
          ) : (
            <p class="muted">Phường sẽ tạo một đường dẫn mời; người được mời tự nhận lời bằng mật khẩu của mình.</p>
          )}
          <fieldset>
            <legend>Vai trò</legend>
            <RoleBoxes prefix="" checked={["staff"]} />
          </fieldset>
          <p>
            <button type="submit">{session.actor.isCityAdmin ? "Thêm" : "Tạo lời mời"}</button>
          </p>
        </form>
      </>,
    );
  });
  app.post("/console/w/:slug/staff", validate("form", newStaffSchema), async (c) => {
    const ward = c.get("ward");
    const input = c.req.valid("form");
    const actor = c.get("session").actor;
    if (actor.isCityAdmin && input.password) {
      await auth.addWardStaff(actor, ward.id, { email: input.email, name: input.name, password: input.password, roles: input.roles });
      return c.redirect(`/console/w/${ward.slug}/staff?ok=created`, 303);
    }
    // a ward admin invites: the same answer whether or not the email has an account
    const { token } = await services.staff.invitations.invite(actor, ward.id, { email: input.email, name: input.name, roles: input.roles });
    const link = `${new URL(c.req.url).origin}/console/invite/${token}`;
    return renderPage(
      c,
      { title: "Lời mời đã tạo", active: "staff" },
      <>
        <div class="msg ok">
          Đã tạo lời mời cho {input.email}. Hãy gửi đường dẫn dưới đây cho người được mời (qua Zalo hoặc trực tiếp); đường dẫn dùng một lần, hết hạn sau 7 ngày và chỉ hiện lần này.
        </div>
        <p>
          <input type="text" readonly aria-label="Đường dẫn nhận lời mời" value={link} style="width:100%" />
        </p>
        <p class="muted">Người được mời nhận lời bằng mật khẩu tài khoản của họ, hoặc tự đặt mật khẩu nếu chưa có tài khoản. Quản trị phường không đặt mật khẩu cho họ.</p>
        <p>
          <a href={`/console/w/${ward.slug}/staff`}>Quay lại danh sách cán bộ</a>
        </p>
      </>,
    );
  });
  app.post("/console/w/:slug/staff/:id/roles", validate("param", idParams), validate("form", roleListSchema), async (c) => {
    const ward = c.get("ward");
    await auth.setRoles(c.get("session").actor, ward.id, c.req.valid("param").id, c.req.valid("form").roles);
    return c.redirect(`/console/w/${ward.slug}/staff?ok=saved`, 303);
  });
  app.post("/console/w/:slug/staff/:id/password", validate("param", idParams), validate("form", resetPasswordSchema), async (c) => {
    const ward = c.get("ward");
    await auth.resetPassword(c.get("session").actor, ward.id, c.req.valid("param").id, c.req.valid("form").password);
    return c.redirect(`/console/w/${ward.slug}/staff?ok=reset`, 303);
  });

  app.get("/console/w/:slug/settings", async (c) => {
    const ward = await services.wards.byId(c.get("ward").id);
    const session = c.get("session");
    requireRole(session.actor, ward.id, "admin");
    const settings = await wardAdmin.settings(ward.id);
    const feedbackSettings = await reports.settings(session.actor, ward.id);
    const hours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);
    const base = `/console/w/${ward.slug}/settings`;
    return renderPage(
      c,
      { title: "Thông tin phường và cài đặt", active: "settings" },
      <>
        <Flash code={c.req.query("ok")} />
        <div class="cols">
          <form method="post" action={`${base}/profile`} class="card">
            <CsrfField csrf={session.csrfToken} />
            <h2>Thông tin phường (trợ lý dùng khi trả lời)</h2>
            <label for="w-name">Tên phường</label>
            <input id="w-name" name="name" type="text" required value={ward.name} />
            {profileFieldKeys.map((k) => (
              <>
                <label for={`w-${k}`}>{profileLabels[k]}</label>
                <input id={`w-${k}`} name={k} type="text" required value={ward.profile[k]} />
              </>
            ))}
            <p>
              <button type="submit">Lưu thông tin</button>
            </p>
          </form>
          <form method="post" action={`${base}/deadlines`} class="card">
            <CsrfField csrf={session.csrfToken} />
            <h2>Thời hạn xử lý (giờ làm việc)</h2>
            <p class="muted">
              Tính theo giờ làm việc của phường (trừ ngày nghỉ lễ trong lịch của thành phố). Thời hạn phản ánh mới áp dụng cho phản ánh nhận sau khi lưu. Mặc định theo iHanoi: tiếp nhận trong 8 giờ, phản ánh
              khẩn xử lý trong 4 giờ.
            </p>
            <label for="d-ack">Tiếp nhận phản ánh trong</label>
            <input id="d-ack" name="ack_hours" type="number" step="0.5" min="0.5" max="720" required value={hours(feedbackSettings.acknowledgeMinutes)} />
            <label for="d-urgent">Xử lý phản ánh khẩn trong</label>
            <input id="d-urgent" name="urgent_hours" type="number" step="0.5" min="0.5" max="720" required value={hours(feedbackSettings.urgentResolveMinutes)} />
            <label for="d-normal">Xử lý phản ánh thường trong</label>
            <input id="d-normal" name="normal_hours" type="number" step="0.5" min="0.5" max="720" required value={hours(feedbackSettings.normalResolveMinutes)} />
            <label for="d-handoff">Trả lời câu hỏi chờ cán bộ trong</label>
            <input id="d-handoff" name="handoff_reply_hours" type="number" step="0.5" min="0.5" max="200" required value={String(settings.handoff_reply_hours)} />
            <p>
              <button type="submit">Lưu thời hạn</button>
            </p>
          </form>
        </div>
        <section class="card" aria-labelledby="personal-data-h">
          <h2 id="personal-data-h">Dữ liệu cá nhân của người dân</h2>
          <ul>
            <li>
              <a href={`${base}/retention`}>Thời hạn lưu giữ dữ liệu cá nhân</a> (tin nhắn, số điện thoại, vị trí, ảnh…)
            </li>
            <li>
              <a href={`/console/w/${ward.slug}/personal-data`}>Yêu cầu xem hoặc xóa dữ liệu của người dân</a>
            </li>
          </ul>
        </section>
      </>,
    );
  });
  app.post("/console/w/:slug/settings/profile", validate("form", wardProfileFormSchema), async (c) => {
    const ward = await services.wards.byId(c.get("ward").id);
    const { name, ...fields } = c.req.valid("form");
    const profile = parseInput(wardProfileSchema, { ...ward.profile, ...fields });
    await wardAdmin.updateProfile(c.get("session").actor, ward, { name, profile });
    return c.redirect(`/console/w/${ward.slug}/settings?ok=saved`, 303);
  });
  app.post(
    "/console/w/:slug/settings/deadlines",
    // both settings need the admin role: checked before the input and before anything is written
    async (c, next) => {
      requireRole(c.get("session").actor, c.get("ward").id, "admin");
      await next();
    },
    validate("form", deadlinesSchema),
    async (c) => {
      const ward = c.get("ward");
      const actor = c.get("session").actor;
      const input = c.req.valid("form");
      await reports.updateSettings(actor, ward.id, {
        acknowledgeMinutes: Math.round(input.ack_hours * 60),
        urgentResolveMinutes: Math.round(input.urgent_hours * 60),
        normalResolveMinutes: Math.round(input.normal_hours * 60),
      });
      await wardAdmin.updateSettings(actor, ward.id, { handoff_reply_hours: input.handoff_reply_hours });
      return c.redirect(`/console/w/${ward.slug}/settings?ok=saved`, 303);
    },
  );

  app.get("/console/w/:slug/audit", validate("query", periodQuery), async (c) => {
    const ward = c.get("ward");
    const q = c.req.valid("query");
    const now = services.deps.clock.now();
    const from = q.from ? Date.parse(`${q.from}T00:00:00+07:00`) : now - 30 * 86_400_000;
    const to = q.to ? Date.parse(`${q.to}T00:00:00+07:00`) + 86_400_000 : now + 60_000;
    const rows = await wardAdmin.auditLog(c.get("session").actor, ward.id, { from, to });
    return renderPage(
      c,
      { title: "Nhật ký thay đổi", active: "audit" },
      <>
        <p>
          <a href={`/console/w/${ward.slug}/export/audit.csv`}>Tải CSV</a>
        </p>
        <table>
          <thead>
            <tr>
              <th>Thời gian</th>
              <th>Người thực hiện</th>
              <th>Việc</th>
              <th>Đối tượng</th>
              <th>Trước</th>
              <th>Sau</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{fmtTime(r.createdAt)}</td>
                <td>{r.user ?? "hệ thống"}</td>
                <td>{r.action}</td>
                <td>
                  {r.entity} {r.entityId ?? ""}
                </td>
                <td>
                  <details>
                    <summary>Xem</summary>
                    <pre>{r.before ?? ""}</pre>
                  </details>
                </td>
                <td>
                  <details>
                    <summary>Xem</summary>
                    <pre>{r.after ?? ""}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
    );
  });

  // City level: create wards and give each its first admin
  app.get("/console/city", async (c) => {
    const session = c.get("session");
    if (!session.actor.isCityAdmin) return c.redirect("/console");
    const wards = await services.wards.list();
    return renderPage(
      c,
      { title: "Quản trị cấp thành phố" },
      <>
        <Flash code={c.req.query("ok")} />
        <p class="row">
          <a class="button secondary" href="/console/city/holidays">
            Lịch nghỉ lễ, Tết
          </a>
          <a class="button secondary" href="/console/city/monthly-report">
            Báo cáo tháng của các phường
          </a>
          <a class="button secondary" href="/console/city/scam-waves">
            Đợt lừa đảo trên toàn thành phố
          </a>
        </p>
        <h2>Các phường</h2>
        <ul>
          {wards.map((w) => (
            <li>
              <a href={`/console/w/${w.slug}`}>{w.name}</a> (<code>{w.slug}</code>)
            </li>
          ))}
        </ul>
        <h2>Tạo phường mới</h2>
        <form method="post" action="/console/city/wards" class="card" style="max-width:640px">
          <CsrfField csrf={session.csrfToken} />
          <label for="c-slug">Mã phường (chữ thường không dấu, gạch ngang)</label>
          <input id="c-slug" name="slug" type="text" required pattern="[a-z0-9-]+" />
          <label for="c-name">Tên phường</label>
          <input id="c-name" name="name" type="text" required />
          <label for="c-address">Địa chỉ trụ sở</label>
          <input id="c-address" name="address" type="text" required />
          <label for="c-hotline">Đường dây nóng</label>
          <input id="c-hotline" name="hotline" type="text" required />
          <p class="muted">Các thông tin khác điền sau ở trang "Thông tin phường".</p>
          <p>
            <button type="submit">Tạo phường</button>
          </p>
        </form>
      </>,
    );
  });
  app.post("/console/city/wards", validate("form", newWardSchema), async (c) => {
    const def = c.req.valid("form");
    const pending = "(chưa cập nhật)";
    await wardAdmin.createWard(c.get("session").actor, {
      slug: def.slug,
      name: def.name,
      profile: wardProfileSchema.parse({ address: def.address, hotline: def.hotline, office_hours: pending, reception_schedule: pending, police: pending, digital_team: pending }),
    });
    return c.redirect(`/console/w/${def.slug}/settings`, 303);
  });
}

import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import type { Services } from "../../services";
import type { HolidayRow } from "../../wards/holiday-calendar";
import { requireCityAdmin } from "../access";
import { renderPage, type ConsoleEnv } from "../console-env";
import { fmtDay } from "../format";
import { holidayDayParam, holidaySchema, yearQuery } from "../schemas";
import { validate } from "../validation";
import { addFlashMessages, CsrfField, Flash, PostButton } from "./layout";

addFlashMessages({ "holiday-saved": "Đã lưu ngày vào lịch. Thời hạn tính từ nay dùng lịch mới.", "holiday-deleted": "Đã xóa ngày khỏi lịch." });

const weekdayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const weekdayOf = (day: string) => weekdayNames[new Date(`${day}T00:00:00Z`).getUTCDay()]!;

const HolidayTable: FC<{ rows: HolidayRow[]; csrf: string }> = ({ rows, csrf }) =>
  rows.length ? (
    <table data-testid="holidays">
      <thead>
        <tr>
          <th>Ngày</th>
          <th>Loại</th>
          <th>Tên</th>
          <th>Nguồn</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr data-day={r.day}>
            <td>
              {weekdayOf(r.day)} {fmtDay(r.day)}
            </td>
            <td>{r.kind === "off" ? <span class="badge amber">Nghỉ</span> : <span class="badge green">Làm bù</span>}</td>
            <td>
              {r.name}
              {r.confirmed ? null : (
                <>
                  <br />
                  <span class="badge red">Chưa xác nhận</span> <span class="muted">theo mặc định của Bộ luật Lao động; sửa khi có quyết định của Thủ tướng</span>
                </>
              )}
            </td>
            <td class="muted">{r.source ?? "Quản trị thành phố nhập"}</td>
            <td>
              <PostButton action={`/console/city/holidays/${r.day}/delete`} csrf={csrf} label="Xóa" cls="danger" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ) : (
    <p class="muted">Chưa có ngày nào trong năm này.</p>
  );

/** City admin pages: the holiday calendar every ward's deadlines use. */
export function registerCityPages(app: Hono<ConsoleEnv>, services: Services) {
  const { holidays } = services.staff;

  app.get("/console/city/holidays", validate("query", yearQuery), async (c) => {
    const session = c.get("session");
    requireCityAdmin(session.actor);
    const year = c.req.valid("query").year ?? new Date(services.deps.clock.now() + 7 * 3600_000).getUTCFullYear();
    const rows = await holidays.year(session.actor, year);
    return renderPage(
      c,
      { title: `Lịch nghỉ lễ, Tết năm ${year}` },
      <>
        <Flash code={c.req.query("ok")} />
        <p>
          Lịch dùng chung cho mọi phường: thời hạn trả lời người dân và thời hạn xử lý phản ánh không tính ngày nghỉ, và tính ngày làm bù như ngày làm việc. Trợ lý cũng dùng lịch này khi hẹn
          “cán bộ sẽ trả lời từ …”.
        </p>
        <p class="row">
          <a class="button secondary" href={`?year=${year - 1}`}>
            ← Năm {year - 1}
          </a>
          <a class="button secondary" href={`?year=${year + 1}`}>
            Năm {year + 1} →
          </a>
        </p>
        <HolidayTable rows={rows} csrf={session.csrfToken} />
        <h2>Thêm hoặc sửa một ngày</h2>
        <form method="post" action="/console/city/holidays" class="card row" style="max-width:900px">
          <CsrfField csrf={session.csrfToken} />
          <div>
            <label for="h-day">Ngày</label>
            <input id="h-day" name="day" type="date" required />
          </div>
          <div>
            <label for="h-kind">Loại</label>
            <select id="h-kind" name="kind">
              <option value="off">Ngày nghỉ (lễ, Tết, nghỉ bù)</option>
              <option value="workday">Ngày làm bù (đi làm dù là cuối tuần)</option>
            </select>
          </div>
          <div style="flex:1">
            <label for="h-name">Tên / lý do</label>
            <input id="h-name" name="name" type="text" required maxlength={200} />
          </div>
          <div>
            <button type="submit">Lưu ngày</button>
          </div>
        </form>
      </>,
    );
  });
  app.post("/console/city/holidays", validate("form", holidaySchema), async (c) => {
    const input = c.req.valid("form");
    await holidays.set(c.get("session").actor, input);
    return c.redirect(`/console/city/holidays?year=${input.day.slice(0, 4)}&ok=holiday-saved`, 303);
  });
  app.post("/console/city/holidays/:day/delete", validate("param", holidayDayParam), async (c) => {
    const { day } = c.req.valid("param");
    await holidays.remove(c.get("session").actor, day);
    return c.redirect(`/console/city/holidays?year=${day.slice(0, 4)}&ok=holiday-deleted`, 303);
  });
}

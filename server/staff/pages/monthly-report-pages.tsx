import type { Context, Hono } from "hono";
import type { FC } from "hono/jsx";
import { z } from "zod";
import type { Services } from "../../services";
import { requireCityAdmin } from "../access";
import { renderPage, type ConsoleContext, type ConsoleEnv } from "../console-env";
import { fmtTime } from "../format";
import { currentReportCode, type MonthlyReport, type ReportTable } from "../monthly-report";
import { validate } from "../validation";
import { HBars } from "./insight-pages";

export const monthlyReportQuery = z.object({
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Kỳ báo cáo không hợp lệ (dạng YYYY-MM, ví dụ 2026-12).")
    .optional(),
  format: z.enum(["xlsx", "html"], { message: "Định dạng chỉ có thể là xlsx hoặc html." }).default("xlsx"),
});

const cellText = (v: string | number | null, kind?: string) => (v === null || v === "" ? "—" : typeof v === "number" ? (kind === "percent" ? `${String(v).replace(".", ",")}%` : String(v).replace(".", ",")) : v);

const Table: FC<{ t: ReportTable }> = ({ t }) => (
  <section class="report-table" data-sheet={t.sheet}>
    <h2>{t.title}</h2>
    {t.note ? <p class="muted">{t.note}</p> : null}
    {t.chart && t.rows.length ? (
      <HBars caption={t.chart.caption} rows={t.rows.map((r) => ({ label: String(r[t.chart!.label] ?? ""), count: Number(r[t.chart!.value] ?? 0) }))} empty="Không có số liệu." />
    ) : null}
    {t.rows.length ? (
      <table>
        <thead>
          <tr>
            {t.columns.map((c) => (
              <th>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r) => (
            <tr>
              {r.map((v, i) => (
                <td class={t.columns[i]?.kind && t.columns[i]?.kind !== "text" ? "num" : ""}>{cellText(v, t.columns[i]?.kind)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    ) : (
      <p class="muted">Không có số liệu trong kỳ.</p>
    )}
  </section>
);

/** The report's tables and charts: the printable page and the "Báo cáo tháng" page show the same. */
const ReportBody: FC<{ report: MonthlyReport; xlsxHref: string; printHref: string; pickerAction: string; canWorkbook: boolean }> = ({ report, xlsxHref, printHref, pickerAction, canWorkbook }) => (
  <>
    <form method="get" action={pickerAction} class="row card noprint">
      <div>
        <label for="period">Tháng báo cáo</label>
        <input id="period" name="period" type="month" value={report.period.code} required />
      </div>
      <div>
        <button type="submit" class="secondary">
          Xem kỳ này
        </button>
      </div>
      <div>
        {canWorkbook ? (
          <a class="button" id="download-xlsx" href={xlsxHref} download>
            Tải báo cáo Excel (.xlsx)
          </a>
        ) : (
          <span class="muted">Bản triển khai này không tạo tệp Excel; hãy dùng bản in.</span>
        )}{" "}
        <a class="button secondary" href={printHref}>
          Bản in
        </a>
      </div>
    </form>
    <p>
      <b>{report.subtitle}</b> (từ ngày 21 tháng trước đến hết ngày 20 tháng báo cáo) · lập lúc {fmtTime(report.generatedAt)}
    </p>
    {report.tables.map((t) => (
      <Table t={t} />
    ))}
  </>
);

/**
 * "Báo cáo tháng": one click for the workbook the city expects on the 20th (ward staff and
 * communicators; the city admin gets every ward, one row each).
 */
export function registerMonthlyReportPages(app: Hono<ConsoleEnv>, services: Services) {
  const { monthly } = services.staff;
  const writer = services.deps.workbookWriter;
  const now = () => services.deps.clock.now();

  const answer = async (c: ConsoleContext, report: MonthlyReport, format: "xlsx" | "html", hrefs: { xlsx: string; print: string; picker: string }, fileBase: string) => {
    if (format === "html") {
      return renderPage(c, { title: report.title, active: "monthly" }, <ReportBody report={report} xlsxHref={hrefs.xlsx} printHref={hrefs.print} pickerAction={hrefs.picker} canWorkbook={!!writer} />);
    }
    if (!writer) return c.json({ error: "workbook_unavailable", message: "Bản triển khai này không tạo được tệp Excel. Vui lòng dùng bản in (thêm &format=html)." }, 501);
    const bytes = await writer(report);
    return (c as unknown as Context).body(bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${fileBase}-${report.period.code}.xlsx"`,
    });
  };

  const wardHrefs = (slug: string, code: string) => ({
    xlsx: `/api/staff/wards/${slug}/monthly-report?period=${code}`,
    print: `/api/staff/wards/${slug}/monthly-report?period=${code}&format=html`,
    picker: `/console/w/${slug}/monthly-report`,
  });
  const cityHrefs = (code: string) => ({
    xlsx: `/api/staff/city/monthly-report?period=${code}`,
    print: `/api/staff/city/monthly-report?period=${code}&format=html`,
    picker: "/console/city/monthly-report",
  });

  app.get("/api/staff/wards/:slug/monthly-report", validate("query", monthlyReportQuery), async (c) => {
    const q = c.req.valid("query");
    const ward = c.get("ward");
    const code = q.period ?? currentReportCode(now());
    return answer(c, await monthly.ward(c.get("session").actor, ward, code), q.format, wardHrefs(ward.slug, code), `bao-cao-thang-${ward.slug}`);
  });
  app.get("/api/staff/city/monthly-report", validate("query", monthlyReportQuery), async (c) => {
    const q = c.req.valid("query");
    const code = q.period ?? currentReportCode(now());
    return answer(c, await monthly.city(c.get("session").actor, code), q.format, cityHrefs(code), "bao-cao-thang-cac-phuong");
  });
  app.get("/console/w/:slug/monthly-report", validate("query", monthlyReportQuery.pick({ period: true })), async (c) => {
    const ward = c.get("ward");
    const code = c.req.valid("query").period ?? currentReportCode(now());
    return answer(c, await monthly.ward(c.get("session").actor, ward, code), "html", wardHrefs(ward.slug, code), "");
  });
  app.get("/console/city/monthly-report", validate("query", monthlyReportQuery.pick({ period: true })), async (c) => {
    requireCityAdmin(c.get("session").actor);
    const code = c.req.valid("query").period ?? currentReportCode(now());
    return answer(c, await monthly.city(c.get("session").actor, code), "html", cityHrefs(code), "");
  });
}

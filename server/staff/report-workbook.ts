import type { MonthlyReport } from "./monthly-report";

/** Writes a report as an .xlsx workbook. */
export type WorkbookWriter = (report: MonthlyReport) => Promise<Uint8Array>;

/**
 * The monthly report as an Excel workbook with exceljs (Node only: the server injects this
 * writer; a Worker has none and offers the printable page instead). One sheet per table:
 * the title and period on top, Vietnamese column names in bold, numbers as numbers (so the
 * city can add them up), percentages with one decimal.
 */
export const writeWorkbook: WorkbookWriter = async (report) => {
  // loaded on first use: exceljs adds about half a second to start-up otherwise
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  book.creator = "Hỏi Phường";
  book.created = new Date(report.generatedAt);
  for (const table of report.tables) {
    const sheet = book.addWorksheet(table.sheet.slice(0, 31));
    sheet.addRow([table.title]).font = { bold: true, size: 13 };
    sheet.addRow([`${report.title}. ${report.subtitle}.`]);
    if (table.note) sheet.addRow([table.note]);
    sheet.addRow([]);
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    for (const row of table.rows) sheet.addRow(row.map((v) => (v === null ? "" : v)));
    table.columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = c.width ?? 14;
      if (c.kind === "percent") column.numFmt = "0.0";
    });
    sheet.views = [{ state: "frozen", ySplit: header.number }];
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
};

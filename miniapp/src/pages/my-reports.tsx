import { useEffect, useState } from "react";
import { Page, useNavigate } from "zmp-ui";
import { api, formatTime, type Report } from "../lib/api";

export function MyReportsPage() {
  const navigate = useNavigate();
  const [reports, setReports] = useState<Report[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api<{ reports: Report[] }>("/reports").then((d) => setReports(d.reports), (e: Error) => setError(e.message));
  }, []);
  return (
    <Page className="page">
      <h1 className="page-title">Phản ánh của tôi</h1>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      {!reports && !error && <p className="muted">Đang tải…</p>}
      {reports && reports.length === 0 && (
        <div className="card">
          <p>Ông/bà chưa gửi phản ánh nào.</p>
          <button className="btn btn-primary" onClick={() => navigate("/report/new")}>Gửi phản ánh</button>
        </div>
      )}
      {reports?.map((r) => (
        <button key={r.id} className="card report-item" onClick={() => navigate(`/reports/${r.id}`)}>
          <span className="row-wrap">
            <strong className="code">{r.code}</strong>
            <span className={`badge status-${r.status}`}>{r.statusLabel}</span>
          </span>
          <span className="muted block">{r.categoryLabel}{r.relation === "following" ? " · đang theo dõi" : ""}</span>
          <span className="block">{short(r.description)}</span>
          <span className="row-wrap muted small">
            <span>Gửi lúc {formatTime(r.createdAt)}</span>
            {r.unreadNotices.length > 0 && <span className="dot">Có tin mới</span>}
          </span>
        </button>
      ))}
    </Page>
  );
}

/** The start of a description (no CSS clamping: nothing is cut mid-line, whatever the text size). */
function short(text: string): string {
  const t = text.trim();
  if (t.length <= 140) return t;
  const cut = t.slice(0, 140);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 80 ? cut.lastIndexOf(" ") : 140)}…`;
}

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
      {reports && reports.length === 0 && (
        <div className="card">
          <p>Ông/bà chưa gửi phản ánh nào.</p>
          <button className="btn btn-primary" onClick={() => navigate("/report/new")}>Gửi phản ánh</button>
        </div>
      )}
      {reports?.map((r) => (
        <button key={r.id} className="card report-item" onClick={() => navigate(`/reports/${r.id}`)}>
          <div className="row-between">
            <strong className="code">{r.code}</strong>
            <span className={`badge status-${r.status}`}>{r.statusLabel}</span>
          </div>
          <div className="muted">{r.categoryLabel}{r.relation === "following" ? " · đang theo dõi" : ""}</div>
          <p className="clamp">{r.description}</p>
          <div className="row-between muted small">
            <span>Gửi lúc {formatTime(r.createdAt)}</span>
            {r.unreadNotices.length > 0 && <span className="dot">Có tin mới</span>}
          </div>
        </button>
      ))}
    </Page>
  );
}

import { useEffect, useState } from "react";
import { Page, useNavigate, useParams } from "zmp-ui";
import { api, formatTime, photoUrl, type Report } from "../lib/api";

function Photo({ reportId, photoId, alt }: { reportId: number; photoId: number; alt: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    photoUrl(reportId, photoId).then(setSrc, () => setSrc(undefined));
  }, [reportId, photoId]);
  return <div className="photo">{src ? <img src={src} alt={alt} /> : null}</div>;
}

export function ReportDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [report, setReport] = useState<Report>();
  const [error, setError] = useState<string>();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState("");
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);

  const load = () => api<Report>(`/reports/${id}`).then(setReport, (e: Error) => setError(e.message));
  useEffect(() => {
    void load();
  }, [id]);

  const act = async (path: string, json: unknown) => {
    setError(undefined);
    setBusy(true);
    try {
      setReport(await api<Report>(`/reports/${id}/${path}`, { json }));
      setReopening(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (!report) {
    return (
      <Page className="page">
        {error ? <div className="alert alert-error" role="alert">{error}</div> : <p className="muted">Đang tải…</p>}
        <button className="btn btn-link" onClick={() => navigate("/reports")}>← Phản ánh của tôi</button>
      </Page>
    );
  }
  const residentPhotos = report.photos.filter((p) => p.kind === "resident");
  const resultPhotos = report.photos.filter((p) => p.kind === "result");
  return (
    <Page className="page">
      <button className="btn btn-link back" onClick={() => navigate("/reports")}>← Phản ánh của tôi</button>
      <h1 className="page-title code">{report.code}</h1>
      <div className="row-between">
        <span className="muted">{report.categoryLabel}</span>
        <span className={`badge status-${report.status}`}>{report.statusLabel}</span>
      </div>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      <div className="card">
        <p>{report.description}</p>
        {(report.address || report.landmark) && <p className="muted">Địa điểm: {[report.address, report.landmark].filter(Boolean).join(" — ")}</p>}
        {report.status !== "resolved" && report.status !== "declined" && report.status !== "merged" && (
          <p className="muted small">Phường hẹn xử lý trước {formatTime(report.resolveBy)}.</p>
        )}
        {residentPhotos.length > 0 && (
          <div className="photos">{residentPhotos.map((p, i) => <Photo key={p.id} reportId={report.id} photoId={p.id} alt={`Ảnh ${i + 1}`} />)}</div>
        )}
      </div>

      {resultPhotos.length > 0 && (
        <section className="card">
          <h2>Ảnh kết quả xử lý</h2>
          <div className="photos">{resultPhotos.map((p, i) => <Photo key={p.id} reportId={report.id} photoId={p.id} alt={`Ảnh kết quả ${i + 1}`} />)}</div>
        </section>
      )}

      <section className="card">
        <h2>Quá trình xử lý</h2>
        <ol className="timeline">
          {report.timeline.map((t, i) => (
            <li key={i} className={`tl-item tl-${t.by}`}>
              <div className="tl-head">{t.statusLabel ?? "Cập nhật"}</div>
              {t.message && <div className="tl-message">{t.message}</div>}
              <div className="muted small">{formatTime(t.at)}</div>
            </li>
          ))}
        </ol>
      </section>

      {report.canRate && (
        <section className="card">
          <h2>Ông/bà đánh giá kết quả xử lý</h2>
          <div className="stars" role="radiogroup" aria-label="Số sao">
            {[1, 2, 3, 4, 5].map((n) => (
              <button key={n} role="radio" aria-checked={rating === n} aria-label={`${n} sao`} className={`star ${n <= rating ? "on" : ""}`} onClick={() => setRating(n)}>★</button>
            ))}
          </div>
          <textarea name="comment" rows={2} maxLength={500} placeholder="Nhận xét (không bắt buộc)" value={comment} onChange={(e) => setComment(e.target.value)} />
          <button className="btn btn-primary" disabled={busy} onClick={() => act("rate", { rating, comment: comment || undefined })}>Gửi đánh giá</button>
        </section>
      )}
      {report.rating !== null && report.relation === "mine" && <p className="card">Ông/bà đã đánh giá: {"★".repeat(report.rating)}{"☆".repeat(5 - report.rating)}</p>}

      {report.canReopen && !reopening && (
        <button className="btn btn-secondary" onClick={() => setReopening(true)}>Chưa xử lý xong? Mở lại phản ánh</button>
      )}
      {reopening && (
        <section className="card">
          <h2>Mở lại phản ánh</h2>
          <p className="muted small">Mỗi phản ánh được mở lại một lần, trong 7 ngày sau khi phường báo đã xử lý xong.</p>
          <textarea name="reason" rows={3} maxLength={1000} placeholder="Việc gì chưa được xử lý?" value={reason} onChange={(e) => setReason(e.target.value)} />
          <button className="btn btn-primary" disabled={busy} onClick={() => act("reopen", { reason })}>Gửi yêu cầu mở lại</button>
          <button className="btn btn-link" onClick={() => setReopening(false)}>Hủy</button>
        </section>
      )}
    </Page>
  );
}

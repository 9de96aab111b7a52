import { useEffect, useState } from "react";
import { Page, useNavigate, useParams } from "zmp-ui";
import { fieldErrors, rateSchema, reopenSchema } from "../../../server/feedback/report-contract";
import { FieldError } from "../components/field-error";
import { Lightbox } from "../components/lightbox";
import { WithPhoneLinks } from "../components/phone";
import { api, ApiError, formatTime, photoUrl, type Report } from "../lib/api";

/** A report's photos as object URLs (they need the session's token). */
function usePhotoUrls(report: Report | undefined) {
  const [urls, setUrls] = useState<Record<number, string>>({});
  useEffect(() => {
    if (!report) return;
    let live = true;
    for (const p of report.photos) {
      if (urls[p.id]) continue;
      photoUrl(report.id, p.id).then((u) => live && setUrls((m) => ({ ...m, [p.id]: u })), () => undefined);
    }
    return () => {
      live = false;
    };
  }, [report?.id, report?.photos.length]);
  return urls;
}

const closed = new Set(["resolved", "declined", "merged"]);

export function ReportDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [report, setReport] = useState<Report>();
  const [loadError, setLoadError] = useState<string>();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState("");
  const [rateError, setRateError] = useState<string>();
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState("");
  const [reopenError, setReopenError] = useState<string>();
  const [busy, setBusy] = useState<"rate" | "reopen">();
  const [viewer, setViewer] = useState<{ kind: "resident" | "result"; index: number }>();
  const urls = usePhotoUrls(report);

  useEffect(() => {
    api<Report>(`/reports/${id}`).then(setReport, (e: Error) => setLoadError(e.message));
  }, [id]);

  const rate = async () => {
    const parsed = rateSchema.safeParse({ rating, comment: comment || undefined });
    if (!parsed.success) return setRateError(Object.values(fieldErrors(parsed.error))[0]);
    setRateError(undefined);
    setBusy("rate");
    try {
      setReport(await api<Report>(`/reports/${id}/rate`, { json: parsed.data }));
    } catch (e) {
      setRateError(e instanceof ApiError ? e.message : "Chưa gửi được đánh giá. Ông/bà vui lòng bấm gửi lại.");
    } finally {
      setBusy(undefined);
    }
  };

  const reopen = async () => {
    const parsed = reopenSchema.safeParse({ reason });
    if (!parsed.success) return setReopenError(Object.values(fieldErrors(parsed.error))[0]);
    setReopenError(undefined);
    setBusy("reopen");
    try {
      setReport(await api<Report>(`/reports/${id}/reopen`, { json: parsed.data }));
      setReopening(false);
    } catch (e) {
      setReopenError(e instanceof ApiError ? e.message : "Chưa gửi được yêu cầu mở lại. Ông/bà vui lòng bấm gửi lại.");
    } finally {
      setBusy(undefined);
    }
  };

  if (!report) {
    return (
      <Page className="page">
        {loadError ? <div className="alert alert-error" role="alert">{loadError}</div> : <p className="muted">Đang tải…</p>}
        <button className="btn btn-link back" onClick={() => navigate("/reports")}>← Phản ánh của tôi</button>
      </Page>
    );
  }
  const residentPhotos = report.photos.filter((p) => p.kind === "resident");
  const resultPhotos = report.photos.filter((p) => p.kind === "result");
  const shown = viewer ? (viewer.kind === "resident" ? residentPhotos : resultPhotos) : [];
  const gallery = (list: typeof residentPhotos, kind: "resident" | "result", label: string) => (
    <div className="photos">
      {list.map((p, i) => (
        <button key={p.id} className="photo photo-button" aria-label={`Xem ${label.toLowerCase()} ${i + 1} toàn màn hình`} onClick={() => setViewer({ kind, index: i })}>
          {urls[p.id] ? <img src={urls[p.id]} alt={`${label} ${i + 1}`} /> : <span className="photo-placeholder">Đang tải ảnh…</span>}
        </button>
      ))}
    </div>
  );

  return (
    <Page className="page">
      <button className="btn btn-link back" onClick={() => navigate("/reports")}>← Phản ánh của tôi</button>
      <h1 className="page-title code">{report.code}</h1>
      <p className="muted">{report.categoryLabel}{report.relation === "following" ? " · ông/bà đang theo dõi" : ""}</p>
      <p><span className={`badge status-${report.status}${report.acknowledgedAt === null && report.status === "received" ? " status-waiting" : ""}`}>{report.statusLabel}</span></p>
      <div className="card">
        <p className="pre">{report.description}</p>
        {(report.address || report.landmark) && <p className="muted">Nơi xảy ra: {[report.address, report.landmark].filter(Boolean).join(" — ")}</p>}
        {!closed.has(report.status) && (
          <p className="muted small" data-testid="deadline">
            {report.acknowledgedAt === null ? `Phường tiếp nhận trước ${formatTime(report.acknowledgeBy)}; ` : ""}
            hẹn xử lý xong trước {formatTime(report.resolveBy)}.
          </p>
        )}
        {residentPhotos.length > 0 && gallery(residentPhotos, "resident", "Ảnh")}
      </div>

      {resultPhotos.length > 0 && (
        <section className="card">
          <h2>Ảnh kết quả xử lý</h2>
          <p className="muted small">Bấm vào ảnh để xem to.</p>
          {gallery(resultPhotos, "result", "Ảnh kết quả")}
        </section>
      )}

      <section className="card">
        <h2>Quá trình xử lý</h2>
        <ol className="timeline">
          {report.timeline.map((t, i) => (
            <li key={i} className={`tl-item tl-${t.by}`}>
              <div className="tl-head">{t.statusLabel ?? "Cập nhật"}</div>
              {t.message && <div className="tl-message"><WithPhoneLinks text={t.message} /></div>}
              <div className="muted small">{formatTime(t.at)}</div>
            </li>
          ))}
        </ol>
      </section>

      {report.canRate && (
        <section className="card" aria-labelledby="rate-title">
          <h2 id="rate-title">Ông/bà đánh giá kết quả xử lý</h2>
          <div className="stars" role="radiogroup" aria-label="Số sao" aria-describedby={rateError ? "err-rating" : undefined}>
            {[1, 2, 3, 4, 5].map((n) => (
              <button
                key={n}
                role="radio"
                aria-checked={rating === n}
                aria-label={`${n} sao`}
                className={`star ${n <= rating ? "on" : ""}`}
                onClick={() => {
                  setRating(n);
                  setRateError(undefined);
                }}
              >
                ★
              </button>
            ))}
          </div>
          <FieldError id="err-rating" message={rateError} />
          <label className="label-sub" htmlFor="comment">Nhận xét (không bắt buộc)</label>
          <textarea id="comment" name="comment" rows={2} maxLength={500} value={comment} onChange={(e) => setComment(e.target.value)} />
          <button className="btn btn-primary" disabled={busy === "rate"} onClick={rate}>{busy === "rate" ? "Đang gửi…" : "Gửi đánh giá"}</button>
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
          <label className="label-sub" htmlFor="reason">Việc gì chưa được xử lý?</label>
          <textarea id="reason" name="reason" rows={3} maxLength={1000} value={reason} onChange={(e) => { setReason(e.target.value); setReopenError(undefined); }} />
          <FieldError id="err-reason" message={reopenError} />
          <button className="btn btn-primary" disabled={busy === "reopen"} onClick={reopen}>{busy === "reopen" ? "Đang gửi…" : "Gửi yêu cầu mở lại"}</button>
          <button className="btn btn-link" onClick={() => setReopening(false)}>Hủy</button>
        </section>
      )}
      {viewer && (
        <Lightbox
          photos={shown.map((p, i) => ({ src: urls[p.id] ?? "", alt: `${viewer.kind === "result" ? "Ảnh kết quả" : "Ảnh"} ${i + 1}` }))}
          index={viewer.index}
          onIndex={(index) => setViewer({ ...viewer, index })}
          onClose={() => setViewer(undefined)}
        />
      )}
    </Page>
  );
}

import { useEffect, useRef, useState } from "react";
import { Page, useNavigate } from "zmp-ui";
import {
  LOCATION_REQUIRED,
  MAX_REPORT_PHOTOS,
  PHONE_WITHOUT_CONSENT,
  fieldErrors,
  reportInputSchema,
  type LatLng,
  type ReportRequest,
} from "../../../server/feedback/report-contract";
import { DisabledReason, FieldError } from "../components/field-error";
import { LocationMap, PlacePreview, useAddressOf } from "../components/location-picker";
import { EmergencyNumbers } from "../components/phone";
import { api, ApiError, loadConfig, uploadPhoto, type MiniappConfig, type Report, type SimilarReport } from "../lib/api";
import { clearDraft, draftHasContent, emptyDraft, loadDraft, saveDraft, type Draft } from "../lib/draft";
import { takeLaunchPrefill } from "../lib/launch";
import { preparePhoto, thumbnail } from "../lib/photos";
import { currentLocation, pickPhone, pickPhotos, zaloAccessToken } from "../lib/zalo";

type Field = "category" | "description" | "photos" | "location" | "phone" | "phoneConsent" | "submit";
type Errors = Partial<Record<Field, string>>;

/** A photo on its way up: shown at once with its own progress; a failed one keeps its bytes for "Thử lại". */
type Upload = { key: number; preview: string; state: "waiting" | "uploading" | "failed"; progress: number; error?: string };

const ORDER: Field[] = ["category", "description", "photos", "location", "phone", "phoneConsent", "submit"];

/** Server error codes that belong to one field of the form. */
const codeField: Record<string, Field> = {
  location_required: "location",
  phone_without_consent: "phoneConsent",
  photo_unknown: "photos",
  too_many_photos: "photos",
};

let uploadKey = 0;

export function NewReportPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [config, setConfig] = useState<MiniappConfig>();
  const [configError, setConfigError] = useState<string>();
  const [errors, setErrors] = useState<Errors>({});
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [step, setStep] = useState<"form" | "similar" | "review">("form");
  const [similar, setSimilar] = useState<SimilarReport[]>([]);
  const [sending, setSending] = useState<string>();
  const [sendError, setSendError] = useState<{ message: string; network: boolean }>();
  const [sent, setSent] = useState<Report>();
  const [followed, setFollowed] = useState<Report>();
  const [prefilled, setPrefilled] = useState<"fresh" | "merged">();
  const [showMap, setShowMap] = useState(false);
  const [locating, setLocating] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const pendingFiles = useRef<((files: File[]) => void) | null>(null);
  const queue = useRef(Promise.resolve());
  /** the picked photos' bytes (kept for "Thử lại") and their small thumbnails for the draft */
  const sources = useRef(new Map<number, { blob: Blob; preview: string; thumb: Promise<string | undefined> }>());

  useEffect(() => {
    loadConfig().then(setConfig, (e: Error) => setConfigError(e.message));
  }, []);

  // every change is kept at once: closing the app loses nothing
  const update = (patch: Partial<Draft> | ((d: Draft) => Partial<Draft>)) =>
    setDraft((d) => {
      const next = { ...d, ...(typeof patch === "function" ? patch(d) : patch) };
      saveDraft(next);
      return next;
    });
  const clearError = (...fields: Field[]) => setErrors((e) => (fields.some((f) => e[f]) ? Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k as Field))) : e));

  // A "Gửi phản ánh" link from the chat fills the form (empty fields only: a draft in progress is kept).
  useEffect(() => {
    const prefill = takeLaunchPrefill();
    if (!prefill) return;
    const had = draftHasContent(draft);
    update((d) => ({
      category: d.category || prefill.category || "",
      description: d.description.trim() ? d.description : (prefill.text ?? ""),
      location: d.location ?? prefill.location ?? null,
      address: d.address.trim() ? d.address : (prefill.address ?? ""),
    }));
    if (prefill.location) setShowMap(true);
    setPrefilled(had ? "merged" : "fresh");
  }, []);

  // a new screen (similar reports, review, sent) starts at its title
  useEffect(() => {
    document.querySelector(".page-title")?.scrollIntoView({ block: "start" });
  }, [step, sent, followed]);

  // the first message in form order is brought into view, and its control focused
  useEffect(() => {
    const first = ORDER.find((f) => errors[f]);
    if (!first) return;
    const el = document.getElementById(`err-${first}`);
    el?.scrollIntoView({ block: "center" });
    document.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus({ preventScroll: true });
  }, [errors]);

  // ------------------------------------------------------------ photos

  const runUpload = (key: number) => {
    const source = sources.current.get(key);
    if (!source) return;
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, state: "waiting", progress: 0, error: undefined } : u)));
    // one at a time, in the order picked: on a slow line each photo finishes sooner
    queue.current = queue.current.then(async () => {
      if (!sources.current.has(key)) return; // dropped meanwhile
      setUploads((list) => list.map((u) => (u.key === key ? { ...u, state: "uploading" } : u)));
      try {
        const ready = await preparePhoto(source.blob);
        const res = await uploadPhoto(ready, (p) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, progress: p } : u))));
        const thumb = (await source.thumb) ?? "";
        update((d) => ({ photos: [...d.photos, { id: res.id, thumb }].slice(0, MAX_REPORT_PHOTOS) }));
        forget(key);
      } catch (e) {
        const err = e as ApiError;
        const message = err.isNetwork ? "Mất kết nối khi tải ảnh. Ảnh đã tải xong vẫn được giữ; ông/bà bấm “Thử lại” trên ảnh này." : err.message;
        setUploads((list) => list.map((u) => (u.key === key ? { ...u, state: "failed", error: message } : u)));
      }
    });
  };

  const forget = (key: number) => {
    const source = sources.current.get(key);
    if (source) URL.revokeObjectURL(source.preview);
    sources.current.delete(key);
    setUploads((list) => list.filter((u) => u.key !== key));
  };

  const addPhotos = async () => {
    clearError("photos");
    const room = MAX_REPORT_PHOTOS - draft.photos.length - uploads.length;
    if (room <= 0) return setErrors((e) => ({ ...e, photos: "Mỗi phản ánh gửi tối đa 5 ảnh." }));
    let picked: Blob[];
    try {
      picked = await pickPhotos(room, () => new Promise<File[]>((resolve) => {
        pendingFiles.current = resolve;
        fileInput.current?.click();
      }));
    } catch {
      return setErrors((e) => ({ ...e, photos: "Không mở được thư viện ảnh. Ông/bà vui lòng thử lại." }));
    }
    // thumbnails at once, before anything is sent
    const fresh: Upload[] = picked.slice(0, room).map((blob) => {
      const key = ++uploadKey;
      const preview = URL.createObjectURL(blob);
      sources.current.set(key, { blob, preview, thumb: thumbnail(blob) });
      return { key, preview, state: "waiting", progress: 0 };
    });
    setUploads((list) => [...list, ...fresh]);
    for (const u of fresh) runUpload(u.key);
  };

  const removePhoto = (id: number) => update((d) => ({ photos: d.photos.filter((p) => p.id !== id) }));

  const active = uploads.filter((u) => u.state !== "failed");
  const failed = uploads.filter((u) => u.state === "failed");
  const current = uploads.find((u) => u.state === "uploading");
  const totalInBatch = draft.photos.length + uploads.length;
  const uploadStatus = current
    ? `Đang tải ${draft.photos.length + 1}/${totalInBatch} — ${Math.round(current.progress * 100)}%`
    : active.length
      ? "Đang chuẩn bị ảnh…"
      : undefined;

  // ------------------------------------------------------------ location

  const addressLookup = useAddressOf(draft.location, Boolean(config?.geocoder), (v) =>
    api<{ address: string | null }>(`/geocode?lat=${v.lat}&lng=${v.lng}`).then((r) => r.address),
  );

  const setLocation = (loc: LatLng) => {
    clearError("location");
    update({ location: loc });
  };

  const useMyLocation = async () => {
    clearError("location");
    setShowMap(true);
    setLocating(true);
    try {
      const loc = await currentLocation(async (code) => api<LatLng>("/location", { json: { code, accessToken: await zaloAccessToken() } }));
      if (loc) setLocation(loc);
      else setErrors((e) => ({ ...e, location: "Chưa lấy được vị trí của máy. Ông/bà kéo ghim trên bản đồ tới nơi xảy ra việc, hoặc ghi địa chỉ." }));
    } catch (e) {
      setErrors((er) => ({ ...er, location: (e as Error).message || "Không lấy được vị trí. Ông/bà kéo ghim trên bản đồ, hoặc ghi địa chỉ." }));
    } finally {
      setLocating(false);
    }
  };

  const usePhoneFromZalo = async () => {
    clearError("phone", "phoneConsent");
    try {
      const phone = await pickPhone(async (code) => (await api<{ phone: string }>("/phone", { json: { code, accessToken: await zaloAccessToken() } })).phone);
      update({ phone, phoneConsent: true });
    } catch (e) {
      setErrors((er) => ({ ...er, phone: (e as Error).message || "Không lấy được số điện thoại. Ông/bà có thể gõ số vào ô trên." }));
    }
  };

  // ------------------------------------------------------------ check and send

  const request = (): ReportRequest => ({
    clientRequestId: draft.clientRequestId,
    category: draft.category as ReportRequest["category"],
    description: draft.description,
    location: draft.location ?? undefined,
    address: draft.address.trim() || undefined,
    landmark: draft.landmark.trim() || undefined,
    phone: draft.phone.trim() || undefined,
    phoneConsent: draft.phoneConsent,
    hideName: draft.hideName,
    photoIds: draft.photos.map((p) => p.id),
  });

  /** The same checks as the server (one shared schema), each message next to its field. */
  const check = (): boolean => {
    const found: Errors = {};
    const parsed = reportInputSchema.safeParse(request());
    if (!parsed.success) {
      for (const [k, message] of Object.entries(fieldErrors(parsed.error))) {
        const field: Field = k === "address" || k === "landmark" ? "location" : k === "photoIds" ? "photos" : (ORDER.includes(k as Field) ? (k as Field) : "submit");
        found[field] ??= message;
      }
    }
    if (!draft.location && !draft.address.trim() && !draft.landmark.trim()) found.location ??= LOCATION_REQUIRED;
    if (draft.phone.trim() && !draft.phoneConsent && !found.phone) found.phoneConsent = PHONE_WITHOUT_CONSENT;
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const failWith = (e: unknown) => {
    if (e instanceof ApiError && codeField[e.code]) {
      setStep("form");
      setErrors({ [codeField[e.code]!]: e.message });
      return;
    }
    if (e instanceof ApiError && e.code === "invalid_input") {
      setStep("form");
      setErrors({ submit: e.message });
      return;
    }
    const network = e instanceof ApiError && e.isNetwork;
    setSendError({
      network,
      message: network
        ? "Mất kết nối, phản ánh của ông/bà vẫn được giữ — khi có mạng, ông/bà bấm “Gửi lại”."
        : e instanceof ApiError
          ? e.message
          : "Có lỗi xảy ra, phản ánh của ông/bà vẫn được giữ — ông/bà bấm “Gửi lại”.",
    });
  };

  const next = async () => {
    setSendError(undefined);
    if (!check()) return;
    setSending("Đang kiểm tra phản ánh tương tự…");
    try {
      const found = await api<{ reports: SimilarReport[] }>("/similar-reports", {
        json: { category: draft.category, location: draft.location ?? undefined, address: draft.address || draft.landmark || undefined },
      });
      const others = found.reports.filter((r) => !r.mine);
      setSimilar(others);
      setStep(others.length ? "similar" : "review");
    } catch (e) {
      failWith(e);
    } finally {
      setSending(undefined);
    }
  };

  const send = async () => {
    setSendError(undefined);
    setSending("Đang gửi phản ánh…");
    try {
      const report = await api<Report>("/reports", { json: request() });
      // only now, with the code in hand, is the draft dropped
      clearDraft();
      setDraft(emptyDraft());
      setStep("form");
      setSent(report);
    } catch (e) {
      failWith(e);
    } finally {
      setSending(undefined);
    }
  };

  const follow = async (id: number) => {
    setSendError(undefined);
    setSending("Đang đăng ký theo dõi…");
    try {
      // following needs the resident to be near the report: the place they gave is sent along.
      // The resident's own draft stays: they may still want to send it, or change it.
      setFollowed(await api<Report>(`/reports/${id}/follow`, { method: "POST", json: { location: draft.location ?? undefined, address: draft.address || draft.landmark || undefined } }));
    } catch (e) {
      failWith(e);
    } finally {
      setSending(undefined);
    }
  };

  const categoryLabel = config?.categories.find((c) => c.id === draft.category)?.label;

  // ------------------------------------------------------------ screens

  if (sent) {
    return (
      <Page className="page">
        <h1 className="page-title">Đã gửi phản ánh</h1>
        <div className="card success" role="status">
          <p>Phản ánh của ông/bà đã tới phường. Khi cán bộ tiếp nhận, ông/bà sẽ nhận được thông báo.</p>
          <p className="code">Mã phản ánh: <strong>{sent.code}</strong></p>
          <p className="muted">Ông/bà theo dõi kết quả trong mục "Phản ánh của tôi".</p>
        </div>
        <button className="btn btn-primary" onClick={() => navigate(`/reports/${sent.id}`)}>Xem phản ánh vừa gửi</button>
        <button className="btn btn-secondary" onClick={() => setSent(undefined)}>Gửi phản ánh khác</button>
      </Page>
    );
  }

  if (followed) {
    return (
      <Page className="page">
        <h1 className="page-title">Đã theo dõi phản ánh</h1>
        <div className="card success" role="status">
          <p>Ông/bà đang theo dõi phản ánh <strong className="code">{followed.code}</strong>. Phường sẽ báo kết quả cho ông/bà.</p>
          <p>Nội dung ông/bà đang viết vẫn được giữ. Nếu là việc khác, ông/bà có thể sửa và gửi tiếp.</p>
        </div>
        <button className="btn btn-primary" onClick={() => navigate(`/reports/${followed.id}`)}>Xem phản ánh đang theo dõi</button>
        <button className="btn btn-secondary" onClick={() => { setFollowed(undefined); setStep("form"); }}>Quay lại phản ánh của tôi đang viết</button>
      </Page>
    );
  }

  const sendErrorBox = sendError && (
    <div className={`alert ${sendError.network ? "alert-warn" : "alert-error"}`} role="alert" id="err-send">{sendError.message}</div>
  );

  if (step === "similar") {
    return (
      <Page className="page">
        <h1 className="page-title">Có phản ánh tương tự gần đây</h1>
        <p>Phường đã nhận các phản ánh dưới đây cùng loại, ở gần nơi ông/bà chọn. Nếu đúng việc này, ông/bà bấm "Theo dõi phản ánh này" để nhận kết quả, không cần gửi trùng.</p>
        {similar.map((r) => (
          <div key={r.id} className="card">
            <div className="row-wrap"><strong>{r.categoryLabel}</strong><span className="badge">{r.statusLabel}</span></div>
            {r.place && <p>{r.place}</p>}
            <p className="muted">Gửi {r.ageLabel.charAt(0).toLowerCase() + r.ageLabel.slice(1)}{r.distanceM !== null ? ` · cách khoảng ${r.distanceM} m` : ""}</p>
            <button className="btn btn-primary" disabled={r.following || !!sending} onClick={() => follow(r.id)}>
              {r.following ? "Ông/bà đang theo dõi" : "Theo dõi phản ánh này"}
            </button>
          </div>
        ))}
        {sendErrorBox}
        <button className="btn btn-secondary" disabled={!!sending} onClick={() => setStep("review")}>Việc khác, tiếp tục gửi phản ánh của tôi</button>
        <button className="btn btn-link" onClick={() => setStep("form")}>Quay lại sửa</button>
      </Page>
    );
  }

  if (step === "review" && config) {
    return (
      <Page className="page">
        <h1 className="page-title">Xem lại trước khi gửi</h1>
        <section className="card review">
          <h2>Loại phản ánh</h2>
          <p>{categoryLabel}</p>
          <h2>Nội dung</h2>
          <p className="pre">{draft.description.trim()}</p>
          {draft.photos.length > 0 && (
            <>
              <h2>Ảnh ({draft.photos.length})</h2>
              <div className="photos">{draft.photos.map((p, i) => <div key={p.id} className="photo-tile"><div className="photo">{p.thumb ? <img src={p.thumb} alt={`Ảnh ${i + 1}`} /> : <span className="photo-placeholder">Ảnh {i + 1}</span>}</div></div>)}</div>
            </>
          )}
          <h2>Nơi xảy ra</h2>
          {draft.location && <PlacePreview settings={config.map} value={draft.location} />}
          <p data-testid="review-place">{placeText(draft)}</p>
          {draft.phone.trim() && draft.phoneConsent && <><h2>Số điện thoại liên hệ</h2><p>{draft.phone}</p></>}
          {draft.hideName && <p className="muted">Tên của ông/bà được ẩn ở mọi nơi công khai.</p>}
        </section>
        {sendErrorBox}
        <button className="btn btn-primary btn-large" disabled={!!sending} aria-describedby="send-why" onClick={send}>
          {sending ?? (sendError ? "Gửi lại" : "Gửi phản ánh")}
        </button>
        <DisabledReason id="send-why" reason={sending ? "Ông/bà vui lòng chờ trong giây lát." : undefined} />
        <button className="btn btn-secondary" disabled={!!sending} onClick={() => setStep("form")}>Sửa lại</button>
      </Page>
    );
  }

  const nextBlockedBy = active.length
    ? `Nút này chờ ảnh tải lên xong (${uploadStatus ?? "đang tải"}).`
    : failed.length
      ? "Còn ảnh chưa tải lên được: bấm “Thử lại” trên ảnh đó, hoặc bấm “Bỏ ảnh này”."
      : !config
        ? "Đang tải dữ liệu của phường…"
        : sending;

  return (
    <Page className="page">
      <h1 className="page-title">Gửi phản ánh</h1>
      {prefilled && (
        <div className="card info" role="status">
          {prefilled === "fresh"
            ? "Phường đã điền sẵn thông tin từ tin nhắn của ông/bà trong Zalo. Ông/bà xem lại, thêm ảnh nếu có, rồi bấm “Tiếp tục”."
            : "Ông/bà còn một phản ánh đang viết dở nên nội dung đó được giữ nguyên; thông tin từ tin nhắn chỉ điền vào các ô còn trống."}
        </div>
      )}
      {configError && <div className="alert alert-error" role="alert">{configError}</div>}

      <fieldset className="field">
        <legend className="label">1. Loại phản ánh</legend>
        <div className="choices" role="radiogroup" aria-describedby={errors.category ? "err-category" : undefined}>
          {config?.categories.map((c, i) => (
            <label key={c.id} className={`choice ${draft.category === c.id ? "on" : ""}`}>
              <input
                type="radio"
                name="category"
                value={c.id}
                data-field={i === 0 ? "category" : undefined}
                checked={draft.category === c.id}
                onChange={() => {
                  clearError("category");
                  update({ category: c.id });
                }}
              />
              <span>{c.label}</span>
            </label>
          ))}
        </div>
        <FieldError id="err-category" message={errors.category} />
      </fieldset>

      <div className="field">
        <label className="label" htmlFor="description">2. Nội dung</label>
        <span className="hint" id="description-hint">Việc gì, ở đâu, từ khi nào.</span>
        <textarea
          id="description"
          name="description"
          data-field="description"
          rows={5}
          maxLength={2000}
          aria-invalid={Boolean(errors.description)}
          aria-describedby={errors.description ? "err-description description-hint" : "description-hint"}
          value={draft.description}
          onChange={(e) => {
            clearError("description");
            update({ description: e.target.value });
          }}
        />
        <span className="muted small">{draft.description.length}/2.000 ký tự</span>
        <FieldError id="err-description" message={errors.description} />
      </div>

      <div className="field">
        <span className="label">3. Ảnh hiện trường (không bắt buộc, tối đa 5)</span>
        <div className="photos">
          {draft.photos.map((p, i) => (
            <div key={p.id} className="photo-tile">
              <div className="photo">
                {p.thumb ? <img src={p.thumb} alt={`Ảnh ${i + 1}`} /> : <span className="photo-placeholder">Ảnh {i + 1}</span>}
                <button className="photo-remove" aria-label={`Bỏ ảnh ${i + 1}`} onClick={() => removePhoto(p.id)}>×</button>
              </div>
              <span className="photo-caption ok">✓ Đã tải lên</span>
            </div>
          ))}
          {uploads.map((u, i) => (
            <div key={u.key} className={`photo-tile photo-${u.state}`} data-testid="photo-upload">
              <div className="photo">
                <img src={u.preview} alt={`Ảnh đang tải ${i + 1}`} />
                {u.state === "uploading" && <span className="photo-bar" style={{ width: `${Math.round(u.progress * 100)}%` }} />}
              </div>
              {u.state === "failed" ? (
                <div className="photo-caption">
                  <span className="failed-text">Chưa tải được</span>
                  <button className="btn btn-primary photo-retry" onClick={() => runUpload(u.key)}>Thử lại</button>
                  <button className="btn btn-link photo-drop" onClick={() => forget(u.key)}>Bỏ ảnh này</button>
                </div>
              ) : (
                <span className="photo-caption">{u.state === "uploading" ? `Đang tải ${Math.round(u.progress * 100)}%` : "Chờ tải lên"}</span>
              )}
            </div>
          ))}
          {draft.photos.length + uploads.length < MAX_REPORT_PHOTOS && (
            <button className="photo-add" data-field="photos" onClick={addPhotos}>+ Thêm ảnh</button>
          )}
        </div>
        <p className="upload-status" role="status" aria-live="polite">{uploadStatus ?? ""}</p>
        {failed.map((u) => <p key={u.key} className="field-error" role="alert">{u.error}</p>)}
        <FieldError id="err-photos" message={errors.photos} />
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          multiple
          hidden
          data-testid="photo-input"
          onChange={(e) => {
            pendingFiles.current?.(Array.from(e.target.files ?? []));
            pendingFiles.current = null;
            e.target.value = "";
          }}
        />
      </div>

      <div className="field">
        <span className="label">4. Nơi xảy ra</span>
        <button className="btn btn-secondary" data-field="location" disabled={locating} onClick={useMyLocation}>
          {locating ? "Đang lấy vị trí…" : "Dùng vị trí hiện tại của tôi"}
        </button>
        {!showMap && (
          <button className="btn btn-secondary" onClick={() => setShowMap(true)}>Chọn trên bản đồ</button>
        )}
        {showMap && config && (
          <>
            <span className="hint">Kéo ghim đỏ, hoặc chạm vào bản đồ đúng nơi xảy ra việc.</span>
            <LocationMap settings={config.map} value={draft.location} onChange={setLocation} />
            {draft.location ? (
              <div className="place-box" data-testid="pin-place">
                <p>
                  <strong>Ghim đang ở:</strong>{" "}
                  {addressLookup.loading
                    ? "đang tìm địa chỉ…"
                    : addressLookup.address ?? `${draft.location.lat.toFixed(5)}, ${draft.location.lng.toFixed(5)}`}
                </p>
                {addressLookup.address && draft.address !== addressLookup.address && (
                  <button className="btn btn-secondary" onClick={() => update({ address: addressLookup.address! })}>Dùng địa chỉ này</button>
                )}
                {addressLookup.failed && <p className="muted small">Chưa tìm được địa chỉ cho ghim này; ông/bà ghi địa chỉ vào ô dưới.</p>}
                <button className="btn btn-link" onClick={() => update({ location: null })}>Bỏ ghim</button>
              </div>
            ) : (
              <p className="muted">Ghim chưa được đặt.</p>
            )}
          </>
        )}
        <label className="label-sub" htmlFor="address">Địa chỉ (số nhà, ngõ, phố)</label>
        <textarea
          id="address"
          name="address"
          rows={2}
          maxLength={300}
          value={draft.address}
          onChange={(e) => {
            clearError("location");
            update({ address: e.target.value });
          }}
        />
        <label className="label-sub" htmlFor="landmark">Gần chỗ nào dễ nhận ra (không bắt buộc)</label>
        <textarea
          id="landmark"
          name="landmark"
          rows={2}
          maxLength={200}
          value={draft.landmark}
          onChange={(e) => {
            clearError("location");
            update({ landmark: e.target.value });
          }}
        />
        <FieldError id="err-location" message={errors.location} />
      </div>

      <div className="field">
        <label className="label" htmlFor="phone">5. Số điện thoại liên hệ (không bắt buộc)</label>
        <input
          id="phone"
          name="phone"
          data-field="phone"
          inputMode="tel"
          maxLength={15}
          autoComplete="tel"
          aria-invalid={Boolean(errors.phone)}
          value={draft.phone}
          onChange={(e) => {
            clearError("phone", "phoneConsent");
            update({ phone: e.target.value });
          }}
        />
        <FieldError id="err-phone" message={errors.phone} />
        <button className="btn btn-link" onClick={usePhoneFromZalo}>Dùng số điện thoại Zalo của tôi</button>
        <label className="check">
          <input
            type="checkbox"
            name="phoneConsent"
            data-field="phoneConsent"
            checked={draft.phoneConsent}
            onChange={(e) => {
              clearError("phoneConsent");
              update({ phoneConsent: e.target.checked });
            }}
          />
          <span>Tôi đồng ý để cán bộ phường dùng số này để liên hệ về phản ánh.</span>
        </label>
        <FieldError id="err-phoneConsent" message={errors.phoneConsent} />
      </div>
      <label className="check">
        <input type="checkbox" name="hideName" checked={draft.hideName} onChange={(e) => update({ hideName: e.target.checked })} />
        <span>Ẩn tên tôi ở mọi nơi công khai.</span>
      </label>

      <FieldError id="err-submit" message={errors.submit} />
      {sendErrorBox}
      <button className="btn btn-primary btn-large" data-testid="report-next" disabled={!!nextBlockedBy} aria-describedby="next-why" onClick={next}>
        {sending ?? (sendError ? "Thử lại" : "Tiếp tục")}
      </button>
      <DisabledReason id="next-why" reason={nextBlockedBy && !sending ? nextBlockedBy : undefined} />
      <EmergencyNumbers />
    </Page>
  );
}

function placeText(d: Draft): string {
  const parts = [d.address.trim(), d.landmark.trim() && `gần ${d.landmark.trim()}`].filter(Boolean);
  if (parts.length) return parts.join(", ") + (d.location ? " (đã ghim trên bản đồ)" : "");
  return d.location ? `Ghim trên bản đồ: ${d.location.lat.toFixed(5)}, ${d.location.lng.toFixed(5)}` : "";
}

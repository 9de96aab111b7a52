import { useEffect, useRef, useState } from "react";
import { Page, useNavigate } from "zmp-ui";
import { api, ApiError, type Category, type Report, type SimilarReport } from "../lib/api";
import { clearDraft, emptyDraft, loadDraft, saveDraft, type Draft } from "../lib/draft";
import { pickLocation, pickPhone, pickPhotos, zaloAccessToken } from "../lib/zalo";

const MAX_PHOTOS = 5;

export function NewReportPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [categories, setCategories] = useState<Category[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [similar, setSimilar] = useState<SimilarReport[] | null>(null);
  const [sent, setSent] = useState<Report>();
  const fileInput = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  // the message sits at the top of a long form: bring it into view where the resident is looking
  useEffect(() => {
    if (error) alertRef.current?.scrollIntoView({ block: "center" });
  }, [error]);
  const pendingFiles = useRef<((files: File[]) => void) | null>(null);

  useEffect(() => {
    fetch(`${(import.meta.env.VITE_API_BASE as string | undefined) ?? ""}/api/miniapp/categories`)
      .then((r) => r.json())
      .then((d: { categories: Category[] }) => setCategories(d.categories))
      .catch(() => setError("Không tải được danh sách loại phản ánh. Vui lòng kiểm tra mạng."));
  }, []);

  // every change is kept at once: closing the app loses nothing
  const update = (patch: Partial<Draft>) =>
    setDraft((d) => {
      const next = { ...d, ...patch };
      saveDraft(next);
      return next;
    });

  const addPhotos = async () => {
    setError(undefined);
    const room = MAX_PHOTOS - draft.photos.length;
    if (room <= 0) return setError("Mỗi phản ánh gửi tối đa 5 ảnh.");
    const picked = await pickPhotos(room, () => new Promise<File[]>((resolve) => {
      pendingFiles.current = resolve;
      fileInput.current?.click();
    }));
    setBusy("Đang tải ảnh lên…");
    try {
      const uploaded: Draft["photos"] = [];
      for (const p of picked) {
        const res = await api<{ id: number }>("/photos", { body: p.blob });
        uploaded.push({ id: res.id, previewUrl: p.previewUrl });
      }
      setDraft((d) => {
        const next = { ...d, photos: [...d.photos, ...uploaded].slice(0, MAX_PHOTOS) };
        saveDraft(next);
        return next;
      });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(undefined);
    }
  };

  const useMyLocation = async () => {
    setError(undefined);
    try {
      const loc = await pickLocation(async (code) => api<{ lat: number; lng: number }>("/location", { json: { code, accessToken: await zaloAccessToken() } }));
      update({ location: loc });
    } catch (e) {
      setError((e as Error).message || "Không lấy được vị trí. Ông/bà có thể ghi địa chỉ bên dưới.");
    }
  };

  const usePhoneFromZalo = async () => {
    setError(undefined);
    try {
      const phone = await pickPhone(async (code) => (await api<{ phone: string }>("/phone", { json: { code, accessToken: await zaloAccessToken() } })).phone);
      update({ phone, phoneConsent: true });
    } catch (e) {
      setError((e as Error).message || "Không lấy được số điện thoại.");
    }
  };

  const localCheck = (): string | undefined => {
    if (!draft.category) return "Vui lòng chọn loại phản ánh.";
    if (draft.description.trim().length < 10) return "Vui lòng mô tả rõ hơn (ít nhất 10 ký tự): việc gì, ở đâu, từ khi nào.";
    if (!draft.location && !draft.address.trim() && !draft.landmark.trim()) return "Vui lòng chọn vị trí hoặc ghi rõ địa chỉ, địa điểm gần đó.";
    return undefined;
  };

  const submit = async (skipSimilar = false) => {
    setError(undefined);
    const problem = localCheck();
    if (problem) return setError(problem);
    setBusy("Đang gửi phản ánh…");
    try {
      if (!skipSimilar) {
        const found = await api<{ reports: SimilarReport[] }>("/reports/similar", {
          json: { category: draft.category, location: draft.location ?? undefined, address: draft.address || draft.landmark || undefined },
        });
        const others = found.reports.filter((r) => !r.mine);
        if (others.length) {
          setSimilar(others);
          return;
        }
      }
      const report = await api<Report>("/reports", {
        json: {
          clientRequestId: draft.clientRequestId,
          category: draft.category,
          description: draft.description,
          location: draft.location ?? undefined,
          address: draft.address || undefined,
          landmark: draft.landmark || undefined,
          phone: draft.phoneConsent ? draft.phone : undefined,
          phoneConsent: draft.phoneConsent,
          hideName: draft.hideName,
          photoIds: draft.photos.map((p) => p.id),
        },
      });
      // only now, with the code in hand, is the draft dropped
      clearDraft();
      setDraft(emptyDraft());
      setSimilar(null);
      setSent(report);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Có lỗi xảy ra, nội dung đã nhập vẫn được giữ. Vui lòng thử lại.");
    } finally {
      setBusy(undefined);
    }
  };

  const follow = async (id: number) => {
    setBusy("Đang đăng ký theo dõi…");
    try {
      // following needs the resident to be near the report: the place they gave is sent along
      await api<Report>(`/reports/${id}/follow`, { method: "POST", json: { location: draft.location ?? undefined, address: draft.address || draft.landmark || undefined } });
      clearDraft();
      setDraft(emptyDraft());
      navigate("/reports");
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(undefined);
    }
  };

  if (sent) {
    return (
      <Page className="page">
        <h1 className="page-title">Đã gửi phản ánh</h1>
        <div className="card success" role="status">
          <p>Phường đã nhận phản ánh của ông/bà.</p>
          <p className="code">Mã phản ánh: <strong>{sent.code}</strong></p>
          <p className="muted">Ông/bà theo dõi kết quả trong mục "Phản ánh của tôi".</p>
        </div>
        <button className="btn btn-primary" onClick={() => navigate("/reports")}>Xem phản ánh của tôi</button>
        <button className="btn btn-secondary" onClick={() => setSent(undefined)}>Gửi phản ánh khác</button>
      </Page>
    );
  }

  if (similar) {
    return (
      <Page className="page">
        <h1 className="page-title">Có phản ánh tương tự gần đây</h1>
        <p>Phường đã nhận các phản ánh dưới đây cùng loại, ở gần vị trí của ông/bà. Nếu đúng việc này, ông/bà bấm "Theo dõi phản ánh này" để nhận kết quả, không cần gửi trùng.</p>
        {similar.map((r) => (
          <div key={r.id} className="card">
            <div className="row-between"><strong>{r.categoryLabel}</strong><span className="badge">{r.statusLabel}</span></div>
            {r.place && <p>{r.place}</p>}
            <p className="muted">Gửi {r.ageLabel.charAt(0).toLowerCase() + r.ageLabel.slice(1)}{r.distanceM !== null ? ` · cách khoảng ${r.distanceM} m` : ""}</p>
            <button className="btn btn-primary" disabled={r.following || !!busy} onClick={() => follow(r.id)}>
              {r.following ? "Đang theo dõi" : "Theo dõi phản ánh này"}
            </button>
          </div>
        ))}
        <button className="btn btn-secondary" disabled={!!busy} onClick={() => submit(true)}>Việc khác, vẫn gửi phản ánh mới</button>
        <button className="btn btn-link" onClick={() => setSimilar(null)}>Quay lại sửa</button>
      </Page>
    );
  }

  return (
    <Page className="page">
      <h1 className="page-title">Gửi phản ánh</h1>
      {error && <div ref={alertRef} className="alert alert-error" role="alert">{error}</div>}
      <label className="field">
        <span className="label">Loại phản ánh</span>
        <select name="category" value={draft.category} onChange={(e) => update({ category: e.target.value })}>
          <option value="">— Chọn loại phản ánh —</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>{c.label}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="label">Nội dung</span>
        <textarea name="description" rows={5} maxLength={2000} placeholder="Việc gì, ở đâu, từ khi nào…" value={draft.description} onChange={(e) => update({ description: e.target.value })} />
        <span className="muted small">{draft.description.length}/2.000 ký tự</span>
      </label>

      <div className="field">
        <span className="label">Ảnh hiện trường (tối đa 5)</span>
        <div className="photos">
          {draft.photos.map((p, i) => (
            <div key={p.id} className="photo">
              <img src={p.previewUrl} alt={`Ảnh ${i + 1}`} onError={(e) => ((e.target as HTMLImageElement).style.visibility = "hidden")} />
              <button className="photo-remove" aria-label={`Bỏ ảnh ${i + 1}`} onClick={() => update({ photos: draft.photos.filter((x) => x.id !== p.id) })}>×</button>
            </div>
          ))}
          {draft.photos.length < MAX_PHOTOS && (
            <button className="photo-add" onClick={addPhotos} disabled={!!busy}>+ Thêm ảnh</button>
          )}
        </div>
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
        <span className="label">Vị trí</span>
        <button className="btn btn-secondary" onClick={useMyLocation}>{draft.location ? "✓ Đã lấy vị trí hiện tại" : "Lấy vị trí hiện tại"}</button>
        {draft.location && (
          <button className="btn btn-link" onClick={() => update({ location: null })}>Bỏ vị trí</button>
        )}
        <input name="address" maxLength={300} placeholder="Hoặc ghi địa chỉ: số nhà, ngõ, phố" value={draft.address} onChange={(e) => update({ address: e.target.value })} />
        <input name="landmark" maxLength={200} placeholder="Địa điểm gần đó (không bắt buộc)" value={draft.landmark} onChange={(e) => update({ landmark: e.target.value })} />
      </div>

      <div className="field">
        <span className="label">Số điện thoại liên hệ (không bắt buộc)</span>
        <input name="phone" inputMode="tel" maxLength={15} placeholder="Ví dụ 0912345678" value={draft.phone} onChange={(e) => update({ phone: e.target.value })} />
        <button className="btn btn-link" onClick={usePhoneFromZalo}>Dùng số điện thoại Zalo của tôi</button>
        <label className="check">
          <input type="checkbox" name="phoneConsent" checked={draft.phoneConsent} onChange={(e) => update({ phoneConsent: e.target.checked })} />
          <span>Tôi đồng ý để cán bộ phường dùng số này để liên hệ về phản ánh.</span>
        </label>
      </div>
      <label className="check">
        <input type="checkbox" name="hideName" checked={draft.hideName} onChange={(e) => update({ hideName: e.target.checked })} />
        <span>Ẩn tên tôi ở mọi nơi công khai.</span>
      </label>

      <button className="btn btn-primary btn-large" disabled={!!busy} onClick={() => submit(false)}>{busy ?? "Gửi phản ánh"}</button>
      <p className="muted small">Việc khẩn cấp, nguy hiểm: gọi ngay 113, 114, 115.</p>
    </Page>
  );
}

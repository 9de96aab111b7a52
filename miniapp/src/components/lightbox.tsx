import { useEffect } from "react";

/** A photo full screen, with big "Đóng" and previous/next buttons. */
export function Lightbox({ photos, index, onClose, onIndex }: { photos: Array<{ src: string; alt: string }>; index: number; onClose: () => void; onIndex: (i: number) => void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
      if (e.key === "ArrowRight" && index < photos.length - 1) onIndex(index + 1);
      if (e.key === "ArrowLeft" && index > 0) onIndex(index - 1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [index, photos.length, onClose, onIndex]);
  const photo = photos[index];
  if (!photo) return null;
  return (
    <div className="lightbox" role="dialog" aria-modal="true" aria-label={photo.alt}>
      <img src={photo.src} alt={photo.alt} />
      <div className="lightbox-bar">
        {photos.length > 1 && (
          <button className="btn btn-secondary" disabled={index === 0} onClick={() => onIndex(index - 1)}>← Ảnh trước</button>
        )}
        <span className="lightbox-count">{index + 1}/{photos.length}</span>
        {photos.length > 1 && (
          <button className="btn btn-secondary" disabled={index === photos.length - 1} onClick={() => onIndex(index + 1)}>Ảnh sau →</button>
        )}
      </div>
      <button className="btn btn-primary lightbox-close" onClick={onClose} autoFocus>Đóng</button>
    </div>
  );
}

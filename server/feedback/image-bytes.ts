import { ValidationError } from "../lib/errors";

/** Byte helpers and errors shared by the image sanitizers. */

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
/** Declared sizes above these are refused (decompression bombs for whoever opens the photo). */
export const MAX_IMAGE_SIDE = 16_384;
export const MAX_IMAGE_PIXELS = 100_000_000;

export function ascii(b: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...b.subarray(start, start + length));
}

export function u32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const notAnImage = () =>
  new ValidationError("not_an_image", "upload is not a supported image", "Tệp gửi lên không phải là ảnh. Ông/bà vui lòng chọn ảnh chụp (JPEG, PNG, WebP hoặc HEIC).");

export const damaged = (detail = "image structure is damaged") => new ValidationError("damaged_image", detail, "Ảnh bị lỗi, không đọc được. Ông/bà vui lòng chọn ảnh khác.");

export const heifUnsupported = (detail: string) =>
  new ValidationError(
    "heic_unsupported",
    `HEIF refused: ${detail}`,
    "Ảnh HEIC này có cấu trúc chưa được hỗ trợ nên chưa xoá được thông tin kèm theo (như vị trí chụp). Ông/bà vui lòng chọn ảnh khác hoặc ảnh JPEG (trên iPhone: Cài đặt > Camera > Định dạng > Tương thích nhất).",
  );

/** Refuses a declared size over the limits (or zero). */
export function checkDimensions(width: number, height: number): void {
  if (!width || !height) throw damaged("image without a size");
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    throw new ValidationError(
      "image_too_large",
      `declared size ${width}x${height}`,
      `Ảnh có kích thước quá lớn (${width}×${height} điểm ảnh; tối đa ${MAX_IMAGE_SIDE.toLocaleString("vi-VN")} điểm mỗi cạnh và ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh). Ông/bà vui lòng chọn ảnh khác.`,
    );
  }
}

import { ValidationError } from "../lib/errors";

/*
 * Photo checks before storage (Decree 13/2023: no more personal data than needed). The type is
 * read from the bytes, never from the name or the declared content type, and metadata that can
 * hold GPS positions, device serials or names is removed at the byte level (no image decoder,
 * so it runs the same on Node and on Workers):
 *   JPEG: APP1 (EXIF, XMP), APP3–APP13 (IPTC/Photoshop…), APP15 and COM segments are dropped;
 *         the EXIF orientation alone is kept, rewritten as a minimal EXIF, so photos stay upright.
 *   PNG:  eXIf, tEXt, zTXt, iTXt and tIME chunks are dropped.
 *   WebP: EXIF and XMP chunks are dropped and the VP8X flags updated.
 *   HEIC: refused. Its EXIF lives in an item referenced through ISO-BMFF boxes (iinf/iloc) whose
 *         offsets would all need rewriting; rather than store a photo we cannot vouch for, the
 *         resident is asked to choose a JPEG (Zalo's picker on iPhone normally gives JPEG anyway).
 */

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export type ImageType = "image/jpeg" | "image/png" | "image/webp" | "image/heic";

export function sniffImageType(b: Uint8Array): ImageType | undefined {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return "image/png";
  if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WEBP") return "image/webp";
  if (b.length >= 12 && ascii(b, 4, 4) === "ftyp" && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii(b, 8, 4))) return "image/heic";
  return undefined;
}

const notAnImage = () =>
  new ValidationError("not_an_image", "upload is not a supported image", "Tệp gửi lên không phải là ảnh. Ông/bà vui lòng chọn ảnh chụp (JPEG, PNG hoặc WebP).");
const damaged = () => new ValidationError("damaged_image", "image structure is damaged", "Ảnh bị lỗi, không đọc được. Ông/bà vui lòng chọn ảnh khác.");

/** Checks and cleans an uploaded photo; throws ValidationError with a Vietnamese message. */
export function sanitizeImage(bytes: Uint8Array): { bytes: Uint8Array; contentType: ImageType } {
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw new ValidationError("photo_too_large", `photo is ${bytes.length} bytes`, "Ảnh quá lớn (tối đa 8 MB). Ông/bà vui lòng chọn ảnh khác hoặc chụp lại.");
  }
  const type = sniffImageType(bytes);
  if (!type) throw notAnImage();
  switch (type) {
    case "image/jpeg":
      return { bytes: stripJpeg(bytes), contentType: type };
    case "image/png":
      return { bytes: stripPng(bytes), contentType: type };
    case "image/webp":
      return { bytes: stripWebp(bytes), contentType: type };
    case "image/heic":
      throw new ValidationError(
        "heic_not_supported",
        "HEIC photos are refused: their metadata cannot be removed safely",
        "Ảnh định dạng HEIC chưa được hỗ trợ. Ông/bà vui lòng chọn ảnh JPEG (trên iPhone: Cài đặt > Camera > Định dạng > Tương thích nhất).",
      );
  }
}

function ascii(b: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...b.subarray(start, start + length));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ---- JPEG ----

function stripJpeg(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  let orientation: number | undefined;
  let i = 2;
  for (;;) {
    if (i + 4 > b.length || b[i] !== 0xff) throw damaged();
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      parts.push(b.subarray(i, i + 2));
      break;
    }
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    if (length < 2 || i + 2 + length > b.length) throw damaged();
    const segment = b.subarray(i, i + 2 + length);
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (marker === 0xe1) {
      const o = ascii(segment, 4, 6) === "Exif\0\0" ? readOrientation(segment.subarray(10)) : undefined;
      orientation ??= o;
    }
    // keep APP0 (JFIF), APP2 (ICC colour profile), APP14 (Adobe colour transform); drop other APPn and comments
    const drop = marker === 0xfe || (isApp && marker !== 0xe0 && marker !== 0xe2 && marker !== 0xee);
    if (!drop) parts.push(segment);
    i += 2 + length;
    if (marker === 0xda) {
      parts.push(b.subarray(i)); // entropy-coded data to the end: copied as is
      break;
    }
  }
  if (orientation && orientation !== 1) parts.splice(1, 0, orientationExif(orientation));
  return concat(parts);
}

/** Orientation (tag 0x0112) from IFD0 of a TIFF structure. */
function readOrientation(tiff: Uint8Array): number | undefined {
  if (tiff.length < 8) return undefined;
  const little = tiff[0] === 0x49;
  const u16 = (o: number) => (o + 2 > tiff.length ? 0 : little ? tiff[o]! | (tiff[o + 1]! << 8) : (tiff[o]! << 8) | tiff[o + 1]!);
  const u32 = (o: number) => (o + 4 > tiff.length ? 0 : little ? (u16(o) | (u16(o + 2) << 16)) >>> 0 : ((u16(o) << 16) | u16(o + 2)) >>> 0);
  const ifd = u32(4);
  const count = u16(ifd);
  for (let k = 0; k < count && k < 200; k++) {
    const entry = ifd + 2 + k * 12;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** A minimal APP1 EXIF holding only the orientation. */
function orientationExif(orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const payload = [...Array.from("Exif\0\0", (c) => c.charCodeAt(0)), ...tiff];
  const length = payload.length + 2;
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...payload]);
}

// ---- PNG ----

const PNG_DROP = new Set(["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]);

function stripPng(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 8)];
  let i = 8;
  while (i < b.length) {
    if (i + 12 > b.length) throw damaged();
    const length = ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
    const type = ascii(b, i + 4, 4);
    const end = i + 12 + length;
    if (end > b.length) throw damaged();
    if (!PNG_DROP.has(type)) parts.push(b.subarray(i, end));
    i = end;
    if (type === "IEND") break;
  }
  return concat(parts);
}

// ---- WebP ----

function stripWebp(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let i = 12;
  while (i + 8 <= b.length) {
    const type = ascii(b, i, 4);
    const size = (b[i + 4]! | (b[i + 5]! << 8) | (b[i + 6]! << 16) | (b[i + 7]! << 24)) >>> 0;
    const end = i + 8 + size + (size & 1);
    if (i + 8 + size > b.length) throw damaged();
    if (type !== "EXIF" && type !== "XMP ") {
      const chunk = b.slice(i, Math.min(end, b.length));
      if (type === "VP8X" && chunk.length > 8) chunk[8] = chunk[8]! & ~0x0c; // clear the EXIF and XMP flags
      parts.push(chunk);
    }
    i = end;
  }
  const body = concat(parts);
  const riffSize = body.length + 4;
  const header = new Uint8Array([0x52, 0x49, 0x46, 0x46, riffSize & 0xff, (riffSize >> 8) & 0xff, (riffSize >> 16) & 0xff, riffSize >>> 24, 0x57, 0x45, 0x42, 0x50]);
  return concat([header, body]);
}

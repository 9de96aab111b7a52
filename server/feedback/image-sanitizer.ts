import { ValidationError } from "../lib/errors";
import { ascii, checkDimensions, concat, damaged, MAX_PHOTO_BYTES, notAnImage, u32 } from "./image-bytes";
import { stripHeif } from "./heif-sanitizer";
import { stripJpeg } from "./jpeg-sanitizer";

export { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MAX_PHOTO_BYTES } from "./image-bytes";

/*
 * Photo checks before storage (Law 91/2025/QH15: no more personal data than needed). The type
 * is read from the bytes, never from the name or the declared content type; declared sizes over
 * MAX_IMAGE_SIDE / MAX_IMAGE_PIXELS are refused; metadata that can hold GPS positions, device
 * serials or names is removed at the byte level (no image decoder, so it runs the same on Node
 * and on Workers), in one linear pass over at most MAX_PHOTO_BYTES:
 *   JPEG (jpeg-sanitizer.ts): APP1 (EXIF, XMP), APP2 other than the ICC profile (MPF: the
 *         multi-picture index), APP3–APP13, APP15 and COM segments are dropped, and everything
 *         after the end-of-image marker (MPO second frames with their own GPS, appended data);
 *         the EXIF orientation alone is kept, rewritten as a minimal EXIF, so photos stay upright.
 *   PNG:  eXIf, tEXt, zTXt, iTXt and tIME chunks are dropped.
 *   WebP: EXIF and XMP chunks are dropped and the VP8X flags updated.
 *   HEIC/HEIF (heif-sanitizer.ts): cleaned in place without re-encoding: EXIF/XMP items,
 *         thumbnails carrying EXIF and unused bytes zeroed, with caps on boxes, items, extents.
 */

export type ImageType = "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/heif";

/** ftyp major brands of HEVC-coded HEIF (image/heic) and of generic HEIF (image/heif). */
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs"]);
const HEIF_BRANDS = new Set(["mif1", "msf1"]);

export function sniffImageType(b: Uint8Array): ImageType | undefined {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return "image/png";
  if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WEBP") return "image/webp";
  if (b.length >= 16 && ascii(b, 4, 4) === "ftyp") {
    const major = ascii(b, 8, 4);
    if (HEIC_BRANDS.has(major)) return "image/heic";
    if (HEIF_BRANDS.has(major)) {
      // generic HEIF: image/heic when an HEVC brand is among the compatible brands
      const size = u32(b, 0);
      for (let o = 16; o + 4 <= Math.min(size, b.length); o += 4) if (HEIC_BRANDS.has(ascii(b, o, 4))) return "image/heic";
      return "image/heif";
    }
  }
  return undefined;
}

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
    case "image/heif":
      return { bytes: stripHeif(bytes), contentType: type };
  }
}

// ---- PNG ----

const PNG_DROP = new Set(["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]);

function stripPng(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 8)];
  // IHDR comes first: its declared size is checked before anything else is read
  if (b.length < 24 || ascii(b, 12, 4) !== "IHDR") throw damaged("PNG without IHDR");
  checkDimensions(u32(b, 16), u32(b, 20));
  let i = 8;
  while (i < b.length) {
    if (i + 12 > b.length) throw damaged();
    const length = u32(b, i);
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
  checkWebpSize(b);
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

/** The canvas size of a WebP from its first chunk (VP8X, VP8 key frame or VP8L header). */
function checkWebpSize(b: Uint8Array): void {
  if (b.length < 30) throw damaged("WebP too short");
  const type = ascii(b, 12, 4);
  const le24 = (o: number) => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16);
  if (type === "VP8X") return checkDimensions(le24(24) + 1, le24(27) + 1);
  if (type === "VP8 ") return checkDimensions(((b[27]! << 8) | b[26]!) & 0x3fff, ((b[29]! << 8) | b[28]!) & 0x3fff);
  if (type === "VP8L") {
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
    return checkDimensions((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  throw damaged(`WebP starting with '${type}'`);
}

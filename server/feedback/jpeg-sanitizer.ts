import { ascii, checkDimensions, concat, damaged } from "./image-bytes";

/*
 * JPEG: one pass over the segments, linear in the file size. Kept: APP0 (JFIF), APP2 only when
 * it is the ICC colour profile, APP14 (Adobe colour transform), the tables, frames and scans.
 * Dropped: APP1 (EXIF, XMP), APP2 MPF (the multi-picture index of MPO files) and every other
 * APPn, comments, and everything after the end-of-image marker — MPO second frames (phones
 * write one with its own GPS EXIF) and data appended to the file. The EXIF orientation alone
 * is kept, rewritten as a minimal EXIF, so photos stay upright. Frame sizes are checked.
 */
export function stripJpeg(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  let orientation: number | undefined;
  let sawFrame = false;
  let i = 2;
  for (;;) {
    if (i + 2 > b.length || b[i] !== 0xff) throw damaged();
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      parts.push(b.subarray(i, i + 2));
      break; // end of the primary image: whatever follows is dropped
    }
    if (i + 4 > b.length) throw damaged();
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    if (length < 2 || i + 2 + length > b.length) throw damaged();
    const segment = b.subarray(i, i + 2 + length);
    if (marker === 0xe1) {
      const o = ascii(segment, 4, 6) === "Exif\0\0" ? readOrientation(segment.subarray(10)) : undefined;
      orientation ??= o;
    }
    if (isFrame(marker)) {
      if (length < 8) throw damaged();
      checkDimensions((segment[7]! << 8) | segment[8]!, (segment[5]! << 8) | segment[6]!);
      sawFrame = true;
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const iccProfile = marker === 0xe2 && ascii(segment, 4, 12) === "ICC_PROFILE\0";
    const drop = marker === 0xfe || (isApp && marker !== 0xe0 && marker !== 0xee && !iccProfile);
    if (!drop) parts.push(segment);
    i += 2 + length;
    if (marker === 0xda) {
      // entropy-coded data up to the next marker that is not a stuffed 0xFF00 or a restart marker
      const end = scanEnd(b, i);
      parts.push(b.subarray(i, end));
      if (end >= b.length) break; // no end marker: the data runs to the end of the file
      i = end;
    }
  }
  if (!sawFrame) throw damaged("JPEG without a frame header");
  if (orientation && orientation !== 1) parts.splice(1, 0, orientationExif(orientation));
  return concat(parts);
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
function isFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function scanEnd(b: Uint8Array, from: number): number {
  let i = from;
  for (;;) {
    i = b.indexOf(0xff, i);
    if (i < 0 || i + 1 >= b.length) return b.length;
    const next = b[i + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
      i += 2;
      continue;
    }
    if (next === 0xff) {
      i++;
      continue;
    }
    return i;
  }
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

/**
 * The same cleaning in place, for a JPEG embedded in another file (a HEIF 'jpeg' item): the
 * payloads of the segments stripJpeg would drop are zeroed and the bytes after the end marker
 * too, so nothing moves. Returns false when the bytes are not a JPEG it can walk.
 */
export function blankJpegMetadata(b: Uint8Array): boolean {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return false;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return false;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd9) {
      b.fill(0, i + 2);
      return true;
    }
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    if (length < 2 || i + 2 + length > b.length) return false;
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const iccProfile = marker === 0xe2 && ascii(b, i + 4, 12) === "ICC_PROFILE\0";
    if (marker === 0xfe || (isApp && marker !== 0xe0 && marker !== 0xee && !iccProfile)) b.fill(0, i + 4, i + 2 + length);
    i += 2 + length;
    if (marker === 0xda) i = scanEnd(b, i);
  }
  return true;
}

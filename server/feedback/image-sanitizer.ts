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
 *   HEIC/HEIF: cleaned without re-encoding and without moving a byte. The ISO-BMFF boxes (ftyp,
 *         meta with hdlr/pitm/iloc/iinf/iref/iprp/idat, mdat) are parsed; every item whose infe
 *         type is 'Exif', or 'mime' with an XML/RDF content type (XMP), has its extents (found
 *         through iloc, in the file or in idat) overwritten with zeros, so every offset stays
 *         valid and readers simply find empty metadata (orientation lives in the irot/imir
 *         properties, which are kept). Bytes of mdat that no item uses and the
 *         contents of free/skip boxes are zeroed too, and 'udes' (user description) properties
 *         are blanked. Anything not understood or inconsistent (image sequences with moov,
 *         construction_method 2, external data references, extents outside the file or
 *         overlapping the picture, unknown boxes) makes the upload refused instead.
 */

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

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

const notAnImage = () =>
  new ValidationError("not_an_image", "upload is not a supported image", "Tệp gửi lên không phải là ảnh. Ông/bà vui lòng chọn ảnh chụp (JPEG, PNG, WebP hoặc HEIC).");
const damaged = (detail = "image structure is damaged") =>
  new ValidationError("damaged_image", detail, "Ảnh bị lỗi, không đọc được. Ông/bà vui lòng chọn ảnh khác.");
const heifUnsupported = (detail: string) =>
  new ValidationError(
    "heic_unsupported",
    `HEIF refused: ${detail}`,
    "Ảnh HEIC này có cấu trúc chưa được hỗ trợ nên chưa xoá được thông tin kèm theo (như vị trí chụp). Ông/bà vui lòng chọn ảnh khác hoặc ảnh JPEG (trên iPhone: Cài đặt > Camera > Định dạng > Tương thích nhất).",
  );

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

function ascii(b: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...b.subarray(start, start + length));
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
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

// ---- HEIC / HEIF (ISO/IEC 23008-12 on the ISO base media file format, ISO/IEC 14496-12) ----

interface Box {
  type: string;
  start: number;
  /** first byte after the box header (size, type, largesize, usertype) */
  body: number;
  end: number;
}

/** Boxes laid end to end in b[start, end): each must fit inside, or the file is damaged. */
function readBoxes(b: Uint8Array, start: number, end: number, lastMayRunToEnd = false): Box[] {
  const boxes: Box[] = [];
  let i = start;
  while (i < end) {
    if (i + 8 > end) throw damaged("truncated box header");
    let size = u32(b, i);
    const type = ascii(b, i + 4, 4);
    let header = 8;
    if (size === 1) {
      if (i + 16 > end) throw damaged("truncated box header");
      size = u32(b, i + 8) * 2 ** 32 + u32(b, i + 12);
      header = 16;
    } else if (size === 0) {
      if (!lastMayRunToEnd) throw damaged(`box '${type}' without size`);
      size = end - i;
    }
    if (type === "uuid") header += 16;
    if (size < header || i + size > end) throw damaged(`box '${type}' at ${i} does not fit in its parent`);
    boxes.push({ type, start: i, body: i + header, end: i + size });
    i += size;
  }
  return boxes;
}

/** Reads the fields of one box; reading past its end means the file is damaged. */
class Fields {
  constructor(
    private readonly b: Uint8Array,
    public at: number,
    private readonly end: number,
    private readonly where: string,
  ) {}
  private need(n: number) {
    if (this.at + n > this.end) throw damaged(`'${this.where}' box is shorter than its fields`);
  }
  u8(): number {
    this.need(1);
    return this.b[this.at++]!;
  }
  u16(): number {
    this.need(2);
    const v = (this.b[this.at]! << 8) | this.b[this.at + 1]!;
    this.at += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = u32(this.b, this.at);
    this.at += 4;
    return v;
  }
  /** An unsigned integer of 0, 4 or 8 bytes (iloc field sizes). */
  uint(size: number): number {
    if (size === 0) return 0;
    if (size === 4) return this.u32();
    return this.u32() * 2 ** 32 + this.u32();
  }
  fourcc(): string {
    this.need(4);
    const v = ascii(this.b, this.at, 4);
    this.at += 4;
    return v;
  }
  /** A null-terminated UTF-8 string; `optional` allows it to be absent at the end of the box. */
  cstring(optional = false): string | undefined {
    if (optional && this.at >= this.end) return undefined;
    let z = this.at;
    while (z < this.end && this.b[z] !== 0) z++;
    if (z >= this.end) throw damaged(`unterminated string in '${this.where}'`);
    const v = new TextDecoder().decode(this.b.subarray(this.at, z));
    this.at = z + 1;
    return v;
  }
  fullBox(): { version: number; flags: number } {
    const version = this.u8();
    const flags = (this.u8() << 16) | (this.u8() << 8) | this.u8();
    return { version, flags };
  }
}

const fields = (b: Uint8Array, box: Box) => new Fields(b, box.body, box.end, box.type);

const META_CHILDREN = new Set(["hdlr", "dinf", "pitm", "iloc", "iinf", "iref", "iprp", "idat", "grpl", "free", "skip"]);

interface HeifItem {
  type: string;
  contentType?: string;
  metadata: boolean;
}

interface Extent {
  start: number;
  end: number;
}

/**
 * Zeroes the EXIF and XMP items of a HEIF file in place (same length, no offset changes), plus
 * bytes of mdat/idat that no item uses and free/skip contents; refuses what it cannot vouch for.
 */
function stripHeif(input: Uint8Array): Uint8Array {
  const b = new Uint8Array(input); // a copy (Buffer.prototype.slice would share the bytes)
  const top = readBoxes(b, 0, b.length, true);
  if (top[0]?.type !== "ftyp") throw damaged("HEIF without a leading ftyp box");
  const zero = (from: number, to: number) => b.fill(0, from, to);
  let meta: Box | undefined;
  for (const box of top.slice(1)) {
    switch (box.type) {
      case "meta":
        if (meta) throw heifUnsupported("more than one top-level meta box");
        meta = box;
        break;
      case "mdat":
        break;
      case "free":
      case "skip":
        zero(box.body, box.end);
        break;
      case "moov":
        throw heifUnsupported("image sequences (moov) are not handled");
      default:
        throw heifUnsupported(`top-level box '${box.type}'`);
    }
  }
  if (!meta) throw damaged("HEIF without a meta box");

  // meta is a FullBox; its children are read by type
  const metaFields = fields(b, meta);
  if (metaFields.fullBox().version !== 0) throw heifUnsupported("meta box version");
  const children = readBoxes(b, metaFields.at, meta.end);
  const byType = new Map<string, Box>();
  for (const child of children) {
    if (!META_CHILDREN.has(child.type)) throw heifUnsupported(`'${child.type}' box in meta`);
    if (child.type === "free" || child.type === "skip") {
      zero(child.body, child.end);
      continue;
    }
    if (byType.has(child.type)) throw damaged(`two '${child.type}' boxes in meta`);
    byType.set(child.type, child);
  }
  const hdlr = byType.get("hdlr");
  const iinf = byType.get("iinf");
  const iloc = byType.get("iloc");
  if (!hdlr || !iinf || !iloc) throw damaged("meta without hdlr, iinf or iloc");

  const h = fields(b, hdlr);
  h.fullBox();
  h.u32(); // pre_defined
  if (h.fourcc() !== "pict") throw heifUnsupported("meta handler is not 'pict'");

  const items = readItemInfo(b, iinf);

  const pitm = byType.get("pitm");
  if (pitm) {
    const p = fields(b, pitm);
    const id = p.fullBox().version === 0 ? p.u16() : p.u32();
    const primary = items.get(id);
    if (!primary || primary.metadata) throw damaged("primary item missing or not an image");
  }

  const idat = byType.get("idat");
  const locations = readItemLocations(b, iloc, idat);
  for (const id of locations.keys()) if (!items.has(id)) throw damaged(`iloc item ${id} has no infe`);

  const iprp = byType.get("iprp");
  if (iprp) checkProperties(b, iprp, items, zero);
  const iref = byType.get("iref");
  if (iref) checkReferences(b, iref, items);

  // what to zero, what must stay
  const metadataExtents: Extent[] = [];
  const keep = new Uint8Array(b.length);
  for (const [id, item] of items) {
    const extents = locations.get(id);
    if (item.metadata) {
      if (!extents) throw damaged(`metadata item ${id} without a location`);
      metadataExtents.push(...extents);
    } else {
      for (const e of extents ?? []) keep.fill(1, e.start, e.end);
    }
  }
  for (const e of metadataExtents) {
    if (keep.subarray(e.start, e.end).includes(1)) throw heifUnsupported("metadata shares bytes with the picture");
    zero(e.start, e.end);
  }
  // bytes of mdat and idat that no item uses are read by no one: zeroed, so nothing hides there
  for (const box of [...top.filter((x) => x.type === "mdat"), ...(idat ? [idat] : [])]) {
    for (let i = box.body; i < box.end; i++) if (!keep[i]) b[i] = 0;
  }
  return b;
}

/** iinf: the items and their types; EXIF and XMP items are marked as metadata. */
function readItemInfo(b: Uint8Array, iinf: Box): Map<number, HeifItem> {
  const f = fields(b, iinf);
  const count = f.fullBox().version === 0 ? f.u16() : f.u32();
  const entries = readBoxes(b, f.at, iinf.end);
  if (entries.length !== count) throw damaged("iinf entry count does not match its boxes");
  const items = new Map<number, HeifItem>();
  for (const entry of entries) {
    if (entry.type !== "infe") throw heifUnsupported(`'${entry.type}' box in iinf`);
    const e = fields(b, entry);
    const { version } = e.fullBox();
    if (version !== 2 && version !== 3) throw heifUnsupported(`infe version ${version}`);
    const id = version === 2 ? e.u16() : e.u32();
    if (e.u16() !== 0) throw heifUnsupported("protected item");
    const type = e.fourcc();
    e.cstring(); // item_name
    let contentType: string | undefined;
    if (type === "mime") {
      contentType = e.cstring();
      e.cstring(true); // content_encoding
    }
    if (items.has(id)) throw damaged(`item ${id} described twice`);
    const metadata = type === "Exif" || (type === "mime" && /xml|rdf/i.test(contentType ?? ""));
    items.set(id, { type, contentType, metadata });
  }
  return items;
}

/** iloc (versions 0–2): each item's extents as absolute byte ranges of the file. */
function readItemLocations(b: Uint8Array, iloc: Box, idat: Box | undefined): Map<number, Extent[]> {
  const f = fields(b, iloc);
  const { version } = f.fullBox();
  if (version > 2) throw heifUnsupported(`iloc version ${version}`);
  const sizes = f.u8();
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 0x0f;
  const more = f.u8();
  const baseOffsetSize = more >> 4;
  const indexSize = version === 0 ? 0 : more & 0x0f;
  for (const size of [offsetSize, lengthSize, baseOffsetSize, indexSize]) {
    if (size !== 0 && size !== 4 && size !== 8) throw heifUnsupported(`iloc field size ${size}`);
  }
  const count = version < 2 ? f.u16() : f.u32();
  const locations = new Map<number, Extent[]>();
  for (let k = 0; k < count; k++) {
    const id = version < 2 ? f.u16() : f.u32();
    const method = version === 0 ? 0 : f.u16() & 0x0f;
    if (method === 2) throw heifUnsupported("iloc construction_method 2 (item offset)");
    if (method !== 0 && method !== 1) throw damaged(`iloc construction_method ${method}`);
    if (f.u16() !== 0) throw heifUnsupported("data in another file (data_reference_index)");
    const base = f.uint(baseOffsetSize);
    const extentCount = f.u16();
    let region: Extent;
    if (method === 0) region = { start: 0, end: b.length };
    else if (idat) region = { start: idat.body, end: idat.end };
    else throw damaged("iloc refers to idat but there is none");
    const extents: Extent[] = [];
    for (let e = 0; e < extentCount; e++) {
      f.uint(indexSize); // extent_index: only meaningful with construction_method 2
      const offset = f.uint(offsetSize);
      const length = f.uint(lengthSize);
      const start = region.start + base + offset;
      const end = length === 0 ? region.end : start + length; // 0: the whole rest of the data
      if (start < region.start || start > region.end || end > region.end) throw damaged(`item ${id} extent outside the file`);
      extents.push({ start, end });
    }
    if (locations.has(id)) throw damaged(`item ${id} located twice`);
    locations.set(id, extents);
  }
  return locations;
}

/** iprp: ipco properties (user descriptions blanked) and ipma associations that point into them. */
function checkProperties(b: Uint8Array, iprp: Box, items: Map<number, HeifItem>, zero: (from: number, to: number) => void) {
  const children = readBoxes(b, iprp.body, iprp.end);
  const ipcos = children.filter((c) => c.type === "ipco");
  if (ipcos.length !== 1) throw damaged("iprp without exactly one ipco");
  for (const c of children) if (c.type !== "ipco" && c.type !== "ipma" && c.type !== "free" && c.type !== "skip") throw heifUnsupported(`'${c.type}' box in iprp`);
  const properties = readBoxes(b, ipcos[0]!.body, ipcos[0]!.end);
  for (const p of properties) {
    // 'udes' (user description: name, description, tags) may hold personal text: all strings emptied
    if (p.type === "udes" && p.body + 4 <= p.end) zero(p.body + 4, p.end);
  }
  for (const ipma of children.filter((c) => c.type === "ipma")) {
    const f = fields(b, ipma);
    const { version, flags } = f.fullBox();
    const count = f.u32();
    for (let k = 0; k < count; k++) {
      const id = version < 1 ? f.u16() : f.u32();
      if (!items.has(id)) throw damaged(`ipma refers to unknown item ${id}`);
      const associations = f.u8();
      for (let a = 0; a < associations; a++) {
        const index = flags & 1 ? f.u16() & 0x7fff : f.u8() & 0x7f;
        if (index > properties.length) throw damaged(`ipma refers to missing property ${index}`);
      }
    }
  }
}

/** iref: every reference is between known items. */
function checkReferences(b: Uint8Array, iref: Box, items: Map<number, HeifItem>) {
  const f = fields(b, iref);
  const { version } = f.fullBox();
  if (version > 1) throw heifUnsupported(`iref version ${version}`);
  for (const ref of readBoxes(b, f.at, iref.end)) {
    const r = fields(b, ref);
    const id = () => (version === 0 ? r.u16() : r.u32());
    const ids = [id()];
    const count = r.u16();
    for (let k = 0; k < count; k++) ids.push(id());
    if (ids.some((x) => !items.has(x))) throw damaged(`iref '${ref.type}' refers to an unknown item`);
  }
}

import { ascii, checkDimensions, damaged, heifUnsupported, u32 } from "./image-bytes";
import { blankJpegMetadata } from "./jpeg-sanitizer";

/*
 * HEIC/HEIF (ISO/IEC 23008-12 on the ISO base media file format, ISO/IEC 14496-12), cleaned
 * without re-encoding and without moving a byte. The boxes (ftyp, meta with hdlr/pitm/iloc/iinf/
 * iref/iprp/idat, mdat) are parsed; every item whose infe type is 'Exif', or 'mime' with an
 * XML/RDF content type (XMP), has its extents overwritten with zeros, so every offset stays
 * valid and readers find empty metadata (orientation lives in the irot/imir properties, which
 * are kept). Thumbnails and auxiliary images that carry EXIF (their own Exif item, or JPEG-coded
 * with an APP1) are zeroed too; other JPEG-coded items lose their metadata segments in place.
 * Bytes of mdat and idat that no item uses and the contents of free/skip boxes are zeroed, and
 * 'udes' (user description) properties are blanked. Declared sizes (ispe) are checked.
 *
 * Untrusted input, bounded work: at most MAX_BOXES boxes, MAX_ITEMS items, MAX_EXTENTS extents
 * and MAX_REFERENCES references are read, and extents are handled as sorted, merged intervals,
 * so the work is linear in the file size (≤ 8 MB) plus n·log n in those capped counts: a
 * crafted file is answered in milliseconds on the request thread instead of being rescanned
 * once per extent. Anything not understood or inconsistent (image sequences with moov,
 * construction_method 2, external data references, extents outside the file or overlapping the
 * picture, unknown boxes, counts over the caps) makes the upload refused instead.
 */

const MAX_BOXES = 20_000;
const MAX_ITEMS = 4_096;
const MAX_EXTENTS = 8_192;
const MAX_REFERENCES = 16_384;

interface Box {
  type: string;
  start: number;
  /** first byte after the box header (size, type, largesize, usertype) */
  body: number;
  end: number;
}

interface HeifItem {
  type: string;
  contentType?: string;
  metadata: boolean;
}

interface Extent {
  start: number;
  end: number;
}

/** Counts what a file makes the parser read; over a cap the file is refused. */
class Budget {
  boxes = 0;
  extents = 0;
  references = 0;
  box() {
    if (++this.boxes > MAX_BOXES) throw heifUnsupported(`more than ${MAX_BOXES} boxes`);
  }
  extent() {
    if (++this.extents > MAX_EXTENTS) throw heifUnsupported(`more than ${MAX_EXTENTS} extents`);
  }
  reference() {
    if (++this.references > MAX_REFERENCES) throw heifUnsupported(`more than ${MAX_REFERENCES} references`);
  }
}

/** Boxes laid end to end in b[start, end): each must fit inside, or the file is damaged. */
function readBoxes(b: Uint8Array, start: number, end: number, budget: Budget, lastMayRunToEnd = false): Box[] {
  const boxes: Box[] = [];
  let i = start;
  while (i < end) {
    budget.box();
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
    const z = this.b.indexOf(0, this.at);
    if (z < 0 || z >= this.end) throw damaged(`unterminated string in '${this.where}'`);
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

/** Sorted, merged copy of intervals (empty ones dropped). */
function merged(list: Extent[]): Extent[] {
  const sorted = list.filter((e) => e.end > e.start).sort((a, b) => a.start - b.start);
  const out: Extent[] = [];
  for (const e of sorted) {
    const last = out.at(-1);
    if (last && e.start <= last.end) last.end = Math.max(last.end, e.end);
    else out.push({ ...e });
  }
  return out;
}

/** Whether [start, end) meets any of the sorted, merged intervals (binary search). */
function overlaps(intervals: Extent[], e: Extent): boolean {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]!.end <= e.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < intervals.length && intervals[lo]!.start < e.end;
}

/**
 * Zeroes the EXIF and XMP items of a HEIF file in place (same length, no offset changes), plus
 * thumbnails/auxiliary images carrying EXIF, bytes of mdat/idat that no item uses and free/skip
 * contents; refuses what it cannot vouch for.
 */
export function stripHeif(input: Uint8Array): Uint8Array {
  const b = new Uint8Array(input); // a copy (Buffer.prototype.slice would share the bytes)
  const budget = new Budget();
  const top = readBoxes(b, 0, b.length, budget, true);
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
  const children = readBoxes(b, metaFields.at, meta.end, budget);
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

  const items = readItemInfo(b, iinf, budget);

  let primaryId: number | undefined;
  const pitm = byType.get("pitm");
  if (pitm) {
    const p = fields(b, pitm);
    primaryId = p.fullBox().version === 0 ? p.u16() : p.u32();
    const primary = items.get(primaryId);
    if (!primary || primary.metadata) throw damaged("primary item missing or not an image");
  }

  const idat = byType.get("idat");
  const locations = readItemLocations(b, iloc, idat, budget);
  for (const id of locations.keys()) if (!items.has(id)) throw damaged(`iloc item ${id} has no infe`);

  const iprp = byType.get("iprp");
  if (iprp) checkProperties(b, iprp, items, zero, budget);
  const iref = byType.get("iref");
  const references = iref ? readReferences(b, iref, items, budget) : [];

  // Thumbnails and auxiliary images that carry EXIF (described by an Exif/XMP item, or coded
  // as JPEG, which holds its own APP1) are dropped: zeroed like the metadata itself.
  const describedByMetadata = new Set<number>();
  for (const ref of references) if (ref.type === "cdsc" && items.get(ref.from)?.metadata) for (const to of ref.to) describedByMetadata.add(to);
  const dropped = new Set<number>();
  for (const ref of references) {
    if (ref.type !== "thmb" && ref.type !== "auxl") continue;
    const item = items.get(ref.from);
    if (ref.from !== primaryId && item && !item.metadata && (item.type === "jpeg" || describedByMetadata.has(ref.from))) dropped.add(ref.from);
  }

  const keepList: Extent[] = [];
  const blankList: Extent[] = [];
  for (const [id, item] of items) {
    const extents = locations.get(id);
    if (item.metadata && !extents) throw damaged(`metadata item ${id} without a location`);
    if (item.metadata || dropped.has(id)) blankList.push(...(extents ?? []));
    else keepList.push(...(extents ?? []));
  }
  const keep = merged(keepList);
  const blank = merged(blankList);
  for (const e of blank) {
    if (overlaps(keep, e)) throw heifUnsupported("metadata shares bytes with the picture");
    zero(e.start, e.end);
  }
  // other JPEG-coded items (kept) lose their metadata segments in place
  for (const [id, item] of items) {
    if (item.type !== "jpeg" || item.metadata || dropped.has(id)) continue;
    const extents = locations.get(id) ?? [];
    if (extents.length !== 1 || !blankJpegMetadata(b.subarray(extents[0]!.start, extents[0]!.end))) throw heifUnsupported(`JPEG item ${id} not in one readable piece`);
  }
  // bytes of mdat and idat that no item uses are read by no one: zeroed, so nothing hides there
  for (const box of [...top.filter((x) => x.type === "mdat"), ...(idat ? [idat] : [])]) {
    let at = box.body;
    for (const e of keep) {
      if (e.end <= box.body || e.start >= box.end) continue;
      if (e.start > at) zero(at, e.start);
      at = Math.max(at, e.end);
    }
    if (at < box.end) zero(at, box.end);
  }
  return b;
}

/** iinf: the items and their types; EXIF and XMP items are marked as metadata. */
function readItemInfo(b: Uint8Array, iinf: Box, budget: Budget): Map<number, HeifItem> {
  const f = fields(b, iinf);
  const count = f.fullBox().version === 0 ? f.u16() : f.u32();
  if (count > MAX_ITEMS) throw heifUnsupported(`more than ${MAX_ITEMS} items`);
  const entries = readBoxes(b, f.at, iinf.end, budget);
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
function readItemLocations(b: Uint8Array, iloc: Box, idat: Box | undefined, budget: Budget): Map<number, Extent[]> {
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
  if (count > MAX_ITEMS) throw heifUnsupported(`more than ${MAX_ITEMS} located items`);
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
      budget.extent();
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

/** iprp: ipco properties (user descriptions blanked, sizes checked) and ipma associations that point into them. */
function checkProperties(b: Uint8Array, iprp: Box, items: Map<number, HeifItem>, zero: (from: number, to: number) => void, budget: Budget) {
  const children = readBoxes(b, iprp.body, iprp.end, budget);
  const ipcos = children.filter((c) => c.type === "ipco");
  if (ipcos.length !== 1) throw damaged("iprp without exactly one ipco");
  for (const c of children) if (c.type !== "ipco" && c.type !== "ipma" && c.type !== "free" && c.type !== "skip") throw heifUnsupported(`'${c.type}' box in iprp`);
  const properties = readBoxes(b, ipcos[0]!.body, ipcos[0]!.end, budget);
  for (const p of properties) {
    // 'udes' (user description: name, description, tags) may hold personal text: all strings emptied
    if (p.type === "udes" && p.body + 4 <= p.end) zero(p.body + 4, p.end);
    if (p.type === "ispe") {
      const f = fields(b, p);
      f.fullBox();
      checkDimensions(f.u32(), f.u32());
    }
  }
  for (const ipma of children.filter((c) => c.type === "ipma")) {
    const f = fields(b, ipma);
    const { version, flags } = f.fullBox();
    const count = f.u32();
    if (count > MAX_ITEMS) throw heifUnsupported(`more than ${MAX_ITEMS} property associations`);
    for (let k = 0; k < count; k++) {
      const id = version < 1 ? f.u16() : f.u32();
      if (!items.has(id)) throw damaged(`ipma refers to unknown item ${id}`);
      const associations = f.u8();
      for (let a = 0; a < associations; a++) {
        budget.reference();
        const index = flags & 1 ? f.u16() & 0x7fff : f.u8() & 0x7f;
        if (index > properties.length) throw damaged(`ipma refers to missing property ${index}`);
      }
    }
  }
}

/** iref: references between known items (type, from, to). */
function readReferences(b: Uint8Array, iref: Box, items: Map<number, HeifItem>, budget: Budget) {
  const f = fields(b, iref);
  const { version } = f.fullBox();
  if (version > 1) throw heifUnsupported(`iref version ${version}`);
  const out: Array<{ type: string; from: number; to: number[] }> = [];
  for (const ref of readBoxes(b, f.at, iref.end, budget)) {
    const r = fields(b, ref);
    const id = () => (version === 0 ? r.u16() : r.u32());
    const from = id();
    const count = r.u16();
    const to: number[] = [];
    for (let k = 0; k < count; k++) {
      budget.reference();
      to.push(id());
    }
    if (!items.has(from) || to.some((x) => !items.has(x))) throw damaged(`iref '${ref.type}' refers to an unknown item`);
    out.push({ type: ref.type, from, to });
  }
  return out;
}

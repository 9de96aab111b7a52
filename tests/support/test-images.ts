/**
 * Small real images for upload tests, and helpers that add the metadata a phone camera writes
 * (EXIF with a GPS block, PNG text chunks), so tests can prove it is gone after upload.
 */
import { deflateSync } from "node:zlib";

/** A 24×16 JPEG rendered by Chromium (baseline, JFIF + ICC profile). */
export const SMALL_JPEG = Buffer.from(
  "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAQABgDASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABQAD/8QAFhABAQEAAAAAAAAAAAAAAAAAAANB/8QAFQEBAQAAAAAAAAAAAAAAAAAABQb/xAAXEQEAAwAAAAAAAAAAAAAAAAAAAwQy/9oADAMBAAIRAxEAPwDWGEIYPhhCGDrI6oQhiUMQSTShiy//2Q==",
  "base64",
);

/** The GPS latitude written by withGpsExif, as it appears in the bytes (ASCII marker for searching). */
export const GPS_MARKER = "GPSMARKER-21.0285N-105.8542E";

/**
 * The JPEG with an APP1 EXIF segment right after SOI: IFD0 with Orientation 6 and a GPS IFD
 * pointer; the GPS IFD holds GPSLatitudeRef "N" and a GPSMapDatum string carrying GPS_MARKER.
 */
export function withGpsExif(jpeg: Uint8Array = SMALL_JPEG, orientation = 6): Buffer {
  const payload = [...Array.from(Buffer.from("Exif\0\0", "binary")), ...gpsTiff(orientation)];
  const app1 = Buffer.from([0xff, 0xe1, ...be16(payload.length + 2), ...payload]);
  return Buffer.concat([Buffer.from(jpeg.subarray(0, 2)), app1, Buffer.from(jpeg.subarray(2))]);
}

const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

/** A big-endian TIFF structure: IFD0 with Orientation and a GPS IFD carrying N and GPS_MARKER. */
function gpsTiff(orientation: number): number[] {
  const marker = Array.from(Buffer.from(GPS_MARKER + "\0", "ascii"));
  // TIFF header (8) + IFD0 (2 + 2*12 + 4 = 30) → GPS IFD at 38: (2 + 2*12 + 4 = 30) → data at 68
  const ifd0 = [...be16(2), ...be16(0x0112), ...be16(3), ...be32(1), ...be16(orientation), 0, 0, ...be16(0x8825), ...be16(4), ...be32(1), ...be32(38), ...be32(0)];
  const gps = [...be16(2), ...be16(0x0001), ...be16(2), ...be32(2), 0x4e, 0, 0, 0, ...be16(0x0012), ...be16(2), ...be32(marker.length), ...be32(68), ...be32(0)];
  return [0x4d, 0x4d, 0, 0x2a, ...be32(8), ...ifd0, ...gps, ...marker];
}

// ---- HEIF ----

/** A marker and coordinates inside the XMP item of makeHeif (searched for after sanitizing). */
export const XMP_MARKER = "XMPMARKER-exif:GPSLatitude=21,1.71N";

/** Stand-in for HEVC-coded picture data: a recognisable byte pattern. */
export const HEIF_IMAGE_DATA = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7 + 3) & 0xff));

/** The Exif item payload: exif_tiff_header_offset (6), "Exif\0\0", then a TIFF with a GPS IFD. */
export const HEIF_EXIF_PAYLOAD = Buffer.from([...be32(6), ...Buffer.from("Exif\0\0", "binary"), ...gpsTiff(6)]);

export const HEIF_XMP_PAYLOAD = Buffer.from(
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="21,1.71N" exif:GPSLongitude="105,51.252E" exif:Note="${XMP_MARKER}"/></rdf:RDF></x:xmpmeta>`,
  "utf8",
);

export interface HeifOptions {
  /** major brand (default 'heic') */
  brand?: string;
  /** also an XMP item: infe 'mime' with content_type application/rdf+xml */
  xmp?: boolean;
  ilocVersion?: 0 | 1 | 2;
  offsetSize?: 0 | 4 | 8;
  lengthSize?: 0 | 4 | 8;
  baseOffsetSize?: 0 | 4 | 8;
  indexSize?: 0 | 4 | 8;
  /** put the Exif payload in idat (construction_method 1) instead of mdat */
  exifInIdat?: boolean;
  /** construction_method of the Exif item (needs ilocVersion 1 or 2) */
  exifConstructionMethod?: number;
  exifDataReferenceIndex?: number;
  /** added to the Exif extent's length (a positive value makes it run past the end of the file) */
  exifLengthExtra?: number;
  /** bytes after the last item's data in mdat, not used by any item */
  trailing?: Buffer;
}

/** Where the pieces of a makeHeif file are, as absolute offsets. */
export interface HeifLayout {
  bytes: Buffer;
  image: { offset: number; length: number };
  exif: { offset: number; length: number };
  xmp?: { offset: number; length: number };
}

function box(type: string, ...parts: (Buffer | number[])[]): Buffer {
  const body = Buffer.concat(parts.map((p) => Buffer.from(p)));
  return Buffer.concat([Buffer.from(be32(body.length + 8)), Buffer.from(type, "latin1"), body]);
}
const fullBox = (type: string, version: number, flags: number, ...parts: (Buffer | number[])[]) =>
  box(type, [version, (flags >> 16) & 0xff, (flags >> 8) & 0xff, flags & 0xff], ...parts);
const cstr = (s: string) => Buffer.from(s + "\0", "utf8");
const uint = (size: number, n: number) => (size === 0 ? [] : size === 4 ? be32(n) : [...be32(Math.floor(n / 2 ** 32)), ...be32(n >>> 0)]);

/**
 * A small synthetic HEIF laid out like an iPhone photo: ftyp 'heic'; meta with hdlr 'pict', pitm,
 * iinf (item 1 'hvc1', item 2 'Exif', optionally item 3 XMP), iref cdsc, iprp (hvcC, ispe; ipma),
 * iloc, optional idat; then mdat with the picture data and the metadata payloads.
 */
export function makeHeif(o: HeifOptions = {}): HeifLayout {
  const v = o.ilocVersion ?? 1;
  const offsetSize = o.offsetSize ?? 4;
  const lengthSize = o.lengthSize ?? 4;
  const baseOffsetSize = o.baseOffsetSize ?? 0;
  const indexSize = v === 0 ? 0 : (o.indexSize ?? 0);
  const ftyp = box("ftyp", Buffer.from(o.brand ?? "heic", "latin1"), be32(0), Buffer.from("mif1heicmiaf", "latin1"));

  const build = (mdatStart: number) => {
    const idat = o.exifInIdat ? box("idat", HEIF_EXIF_PAYLOAD) : undefined;
    const imageAt = mdatStart + 8;
    const exifAt = o.exifInIdat ? 0 : imageAt + HEIF_IMAGE_DATA.length;
    const xmpAt = imageAt + HEIF_IMAGE_DATA.length + (o.exifInIdat ? 0 : HEIF_EXIF_PAYLOAD.length);
    const entry = (id: number, method: number, dri: number, start: number, length: number) => {
      // with a base offset, half of the position goes in base_offset and half in extent_offset
      const base = baseOffsetSize ? Math.floor(start / 2) : 0;
      return [
        ...(v < 2 ? be16(id) : be32(id)),
        ...(v === 0 ? [] : be16(method & 0x0f)),
        ...be16(dri),
        ...uint(baseOffsetSize, base),
        ...be16(1),
        ...uint(indexSize, 0),
        ...uint(offsetSize, start - base),
        ...uint(lengthSize, length),
      ];
    };
    const items = [
      entry(1, 0, 0, imageAt, HEIF_IMAGE_DATA.length),
      entry(2, o.exifConstructionMethod ?? (o.exifInIdat ? 1 : 0), o.exifDataReferenceIndex ?? 0, exifAt, HEIF_EXIF_PAYLOAD.length + (o.exifLengthExtra ?? 0)),
      ...(o.xmp ? [entry(3, 0, 0, xmpAt, HEIF_XMP_PAYLOAD.length)] : []),
    ];
    const iloc = fullBox("iloc", v, 0, [(offsetSize << 4) | lengthSize, (baseOffsetSize << 4) | indexSize], v < 2 ? be16(items.length) : be32(items.length), ...items);
    const infe = (id: number, type: string, ...rest: Buffer[]) => fullBox("infe", 2, 0, be16(id), be16(0), Buffer.from(type, "latin1"), ...rest);
    const iinf = fullBox(
      "iinf",
      0,
      0,
      be16(o.xmp ? 3 : 2),
      infe(1, "hvc1", cstr("")),
      infe(2, "Exif", cstr("")),
      ...(o.xmp ? [infe(3, "mime", cstr("XMP"), cstr("application/rdf+xml"))] : []),
    );
    const iref = fullBox("iref", 0, 0, box("cdsc", be16(2), be16(1), be16(1)), ...(o.xmp ? [box("cdsc", be16(3), be16(1), be16(1))] : []));
    const ipco = box("ipco", box("hvcC", Buffer.alloc(23, 1)), fullBox("ispe", 0, 0, be32(64), be32(48)));
    const ipma = fullBox("ipma", 0, 0, be32(1), be16(1), [2, 0x81, 0x02]);
    const meta = fullBox(
      "meta",
      0,
      0,
      fullBox("hdlr", 0, 0, be32(0), Buffer.from("pict", "latin1"), be32(0), be32(0), be32(0), cstr("")),
      fullBox("pitm", 0, 0, be16(1)),
      iloc,
      iinf,
      iref,
      box("iprp", ipco, ipma),
      ...(idat ? [idat] : []),
    );
    const mdat = box("mdat", HEIF_IMAGE_DATA, o.exifInIdat ? [] : HEIF_EXIF_PAYLOAD, o.xmp ? HEIF_XMP_PAYLOAD : [], o.trailing ?? []);
    const bytes = Buffer.concat([ftyp, meta, mdat]);
    const exifOffset = o.exifInIdat ? ftyp.length + meta.length - idat!.length + 8 : exifAt;
    return {
      bytes,
      metaLength: meta.length,
      layout: {
        bytes,
        image: { offset: imageAt, length: HEIF_IMAGE_DATA.length },
        exif: { offset: exifOffset, length: HEIF_EXIF_PAYLOAD.length },
        ...(o.xmp ? { xmp: { offset: xmpAt, length: HEIF_XMP_PAYLOAD.length } } : {}),
      } as HeifLayout,
    };
  };
  // the meta box's size does not depend on the offsets it holds: measure, then build for real
  const first = build(0);
  return build(ftyp.length + first.metaLength).layout;
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A solid-colour PNG; with `text` it also carries a tEXt chunk (e.g. a location comment). */
export function makePng(width: number, height: number, rgb: [number, number, number], text?: string): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    ...(text ? [chunk("tEXt", Buffer.from(`Comment\0${text}`, "latin1"))] : []),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

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
  const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
  const be32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  const marker = Array.from(Buffer.from(GPS_MARKER + "\0", "ascii"));
  // TIFF header (8) + IFD0 (2 + 2*12 + 4 = 30) → GPS IFD at 38: (2 + 2*12 + 4 = 30) → data at 68
  const ifd0 = [...be16(2), ...be16(0x0112), ...be16(3), ...be32(1), ...be16(orientation), 0, 0, ...be16(0x8825), ...be16(4), ...be32(1), ...be32(38), ...be32(0)];
  const gps = [...be16(2), ...be16(0x0001), ...be16(2), ...be32(2), 0x4e, 0, 0, 0, ...be16(0x0012), ...be16(2), ...be32(marker.length), ...be32(68), ...be32(0)];
  const tiff = [0x4d, 0x4d, 0, 0x2a, ...be32(8), ...ifd0, ...gps, ...marker];
  const payload = [...Array.from(Buffer.from("Exif\0\0", "binary")), ...tiff];
  const app1 = Buffer.from([0xff, 0xe1, ...be16(payload.length + 2), ...payload]);
  return Buffer.concat([Buffer.from(jpeg.subarray(0, 2)), app1, Buffer.from(jpeg.subarray(2))]);
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

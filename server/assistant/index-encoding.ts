/**
 * Typed arrays ↔ base64 text, for the serialised search index (stored as text in the database).
 * Hand-written because Workers and Node share no fast built-in (Buffer needs node:buffer,
 * atob/btoa go through binary strings); table-driven, one pass each way.
 */
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const decodeTable = new Uint8Array(128);
for (let i = 0; i < alphabet.length; i++) decodeTable[alphabet.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 3 * 16384;
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(bytes.length, start + chunk);
    let s = "";
    let i = start;
    for (; i + 2 < end; i += 3) {
      const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      s += alphabet[v >> 18]! + alphabet[(v >> 12) & 63]! + alphabet[(v >> 6) & 63]! + alphabet[v & 63]!;
    }
    if (i < end) {
      const rest = end - i;
      const v = (bytes[i]! << 16) | (rest > 1 ? bytes[i + 1]! << 8 : 0);
      s += alphabet[v >> 18]! + alphabet[(v >> 12) & 63]! + (rest > 1 ? alphabet[(v >> 6) & 63]! : "=") + "=";
    }
    parts.push(s);
  }
  return parts.join("");
}

export function base64ToBytes(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61 /* = */) length--;
  const out = new Uint8Array((length * 3) >> 2);
  let o = 0;
  let i = 0;
  for (; i + 3 < length; i += 4) {
    const v = (decodeTable[text.charCodeAt(i)]! << 18) | (decodeTable[text.charCodeAt(i + 1)]! << 12) | (decodeTable[text.charCodeAt(i + 2)]! << 6) | decodeTable[text.charCodeAt(i + 3)]!;
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 255;
    out[o++] = v & 255;
  }
  if (i < length) {
    let v = 0;
    for (let k = 0; k < 4; k++) v = (v << 6) | (i + k < length ? decodeTable[text.charCodeAt(i + k)]! : 0);
    out[o++] = v >> 16;
    if (o < out.length) out[o++] = (v >> 8) & 255;
  }
  return out;
}

type Numeric = Int32Array | Uint16Array | Float64Array | Float32Array | Uint8Array;

export function encodeArray(array: Numeric): string {
  return bytesToBase64(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
}

/** Decodes into a fresh, aligned buffer (little-endian, as every platform we run on). */
export function decodeArray<T extends Numeric>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = base64ToBytes(text);
  return make(bytes.buffer.byteLength === bytes.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer));
}

/** Non-negative integers in the narrowest type that holds them (most arrays of an index are small numbers). */
export type PackedInts = { type: "u8" | "u16" | "i32"; data: string };

export function packInts(values: ArrayLike<number>): PackedInts {
  let max = 0;
  let min = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! > max) max = values[i]!;
    if (values[i]! < min) min = values[i]!;
  }
  if (min >= 0 && max < 256) return { type: "u8", data: encodeArray(Uint8Array.from(values)) };
  if (min >= 0 && max < 65536) return { type: "u16", data: encodeArray(Uint16Array.from(values)) };
  return { type: "i32", data: encodeArray(Int32Array.from(values)) };
}

export function unpackInts(packed: PackedInts): Int32Array {
  if (packed.type === "i32") return decodeArray(packed.data, (b) => new Int32Array(b));
  const narrow = packed.type === "u8" ? base64ToBytes(packed.data) : decodeArray(packed.data, (b) => new Uint16Array(b));
  return Int32Array.from(narrow);
}

/** Offsets (non-decreasing, from 0) stored as the counts between them. */
export function packOffsets(offsets: Int32Array): PackedInts {
  const counts = new Int32Array(offsets.length - 1);
  for (let i = 0; i < counts.length; i++) counts[i] = offsets[i + 1]! - offsets[i]!;
  return packInts(counts);
}

export function unpackOffsets(packed: PackedInts): Int32Array {
  const counts = unpackInts(packed);
  const offsets = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  return offsets;
}

/**
 * The binary container of the stored search index (a BLOB in the database): a small JSON header,
 * then sections: integer arrays as raw little-endian u8, u16 or i32 (the narrowest that holds
 * them), float arrays as float64, strings as UTF-8 lines. Raw arrays because loading is cold code
 * run once per process: widening them into Int32Arrays is a native copy, where decoding varints
 * (delta-coded, a third smaller) took a JS loop over millions of values (see bench/README.md).
 * TextEncoder/TextDecoder exist on Workers and Node.
 *
 *   "HPSI" | header length (u32 LE) | header (UTF-8 JSON) | sections, each starting 8-aligned
 */
const MAGIC = [0x48, 0x50, 0x53, 0x49]; // "HPSI"

type SectionKind = "u8" | "u16" | "i32" | "f64" | "text";
/** name → [kind, element count, byte offset from the first section, byte length] */
type SectionTable = Record<string, [SectionKind, number, number, number]>;

const align8 = (n: number) => (n + 7) & ~7;
const WIDTH: Record<SectionKind, number> = { u8: 1, u16: 2, i32: 4, f64: 8, text: 1 };

/** Builds a container: add sections, then finish() with the header's other fields. */
export class IndexWriter {
  private readonly parts: Uint8Array[] = [];
  private length = 0;
  private readonly sections: SectionTable = {};

  private section(name: string, kind: SectionKind, count: number, bytes: Uint8Array): void {
    const start = align8(this.length);
    if (start > this.length) this.parts.push(new Uint8Array(start - this.length));
    this.parts.push(bytes);
    this.length = start + bytes.length;
    this.sections[name] = [kind, count, start, bytes.length];
  }

  /** Non-negative integers below 2³¹, in the narrowest of u8, u16, i32. */
  ints(name: string, values: ArrayLike<number>): void {
    let max = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (!(v >= 0 && v <= 0x7fffffff)) throw new Error(`index encoding: ${v} in ${name} is not a non-negative int32`);
      if (v > max) max = v;
    }
    const narrow = max < 256 ? Uint8Array.from(values) : max < 65536 ? Uint16Array.from(values) : Int32Array.from(values);
    this.section(name, max < 256 ? "u8" : max < 65536 ? "u16" : "i32", values.length, new Uint8Array(narrow.buffer));
  }

  /**
   * Offsets of a compressed-sparse-row array (0 first, ascending) as the lengths of its rows, one
   * byte each: most rows are short (a feature's postings, a syllable's pairs), and a stored index's
   * size is what a cold start pays most for (reading it from libSQL costs ~15 ms of CPU per MB,
   * summing the lengths at load ~1 ms per 100,000 rows). A row of 255 or more is written as 255,
   * its length kept in section `<name>.long` (in order).
   */
  counts(name: string, offsets: ArrayLike<number>): void {
    const rows = Math.max(0, offsets.length - 1);
    if (offsets.length === 0 || offsets[0] !== 0) throw new Error(`index encoding: ${name} does not start at 0`);
    const lengths = new Uint8Array(rows);
    const long: number[] = [];
    for (let i = 0; i < rows; i++) {
      const n = offsets[i + 1]! - offsets[i]!;
      if (!(n >= 0)) throw new Error(`index encoding: ${name} is not ascending`);
      if (n >= 255) {
        lengths[i] = 255;
        long.push(n);
      } else lengths[i] = n;
    }
    this.section(name, "u8", rows, lengths);
    this.ints(`${name}.long`, long);
  }

  floats(name: string, values: Float64Array): void {
    this.section(name, "f64", values.length, new Uint8Array(values.slice().buffer));
  }

  /** Strings that never contain a line break, joined by one. */
  lines(name: string, values: readonly string[]): void {
    for (const v of values) if (v.includes("\n")) throw new Error("index encoding: a string with a line break");
    this.section(name, "text", values.length, new TextEncoder().encode(values.join("\n")));
  }

  finish(header: Record<string, unknown>): Uint8Array {
    const head = new TextEncoder().encode(JSON.stringify({ ...header, sections: this.sections }));
    const start = align8(8 + head.length);
    const out = new Uint8Array(start + this.length);
    out.set(MAGIC, 0);
    new DataView(out.buffer).setUint32(4, head.length, true);
    out.set(head, 8);
    let at = start;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/**
 * Reads a container written by IndexWriter; throws on anything malformed. An array read in the
 * element type its section is stored in (ints() of an i32 section, codes(), floats()) is a view
 * over the bytes, not a copy; narrower sections are widened into a copy. Loading is
 * cold code: what it paid for was writing fresh memory (first-touch page faults), and almost half
 * the 2,000-entry index's bytes are i32 sections. So the arrays returned may share the bytes:
 * the caller hands them over and never changes them afterwards.
 */
export class IndexReader {
  readonly header: Record<string, unknown>;
  private readonly bytes: Uint8Array;
  private readonly sections: SectionTable;
  private readonly start: number;

  constructor(bytes: Uint8Array) {
    if (bytes.length < 8 || MAGIC.some((m, i) => bytes[i] !== m)) throw new Error("index encoding: not a stored index");
    // typed views need aligned offsets: a driver's Buffer may sit anywhere in a shared pool
    this.bytes = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
    const headLength = new DataView(this.bytes.buffer, this.bytes.byteOffset, 8).getUint32(4, true);
    if (8 + headLength > bytes.length) throw new Error("index encoding: truncated header");
    this.header = JSON.parse(new TextDecoder().decode(this.bytes.subarray(8, 8 + headLength))) as Record<string, unknown>;
    this.sections = this.header.sections as SectionTable;
    this.start = align8(8 + headLength);
  }

  private view(name: string, kinds: readonly SectionKind[]): { kind: SectionKind; count: number; at: number; end: number } {
    const s = this.sections?.[name];
    if (!s || !kinds.includes(s[0])) throw new Error(`index encoding: no section ${name} of kind ${kinds.join("/")}`);
    const [kind, count, offset, length] = s;
    const at = this.start + offset;
    const end = at + length;
    if (end > this.bytes.length || (kind !== "text" && length !== count * WIDTH[kind])) throw new Error(`index encoding: section ${name} truncated or of the wrong size`);
    return { kind, count, at, end };
  }

  private typed(name: string): Uint8Array | Uint16Array | Int32Array {
    const { kind, count, at } = this.view(name, ["u8", "u16", "i32"]);
    const buffer = this.bytes.buffer;
    const offset = this.bytes.byteOffset + at;
    return kind === "u8" ? new Uint8Array(buffer, offset, count) : kind === "u16" ? new Uint16Array(buffer, offset, count) : new Int32Array(buffer, offset, count);
  }

  ints(name: string): Int32Array {
    const view = this.typed(name);
    return view instanceof Int32Array ? view : new Int32Array(view);
  }

  /** Codes into a small table: a view over the bytes, u8 or u16 as stored. */
  codes(name: string): Uint8Array | Uint16Array {
    const view = this.typed(name);
    if (view instanceof Int32Array) throw new Error(`index encoding: section ${name} holds values above 65,535`);
    return view;
  }

  /** Offsets written by IndexWriter.counts(): the row lengths summed (rows + 1 values, 0 first). */
  offsets(name: string): Int32Array {
    const lengths = this.typed(name);
    if (!(lengths instanceof Uint8Array)) throw new Error(`index encoding: section ${name} is not row lengths`);
    const long = this.typed(`${name}.long`);
    const out = new Int32Array(lengths.length + 1);
    let sum = 0;
    let next = 0;
    for (let i = 0; i < lengths.length; i++) {
      const n = lengths[i]!;
      if (n === 255) {
        if (next >= long.length) throw new Error(`index encoding: section ${name}.long is too short`);
        sum += long[next++]!;
      } else sum += n;
      if (sum > 0x7fffffff) throw new Error(`index encoding: section ${name} sums past int32`);
      out[i + 1] = sum;
    }
    if (next !== long.length) throw new Error(`index encoding: section ${name}.long is too long`);
    return out;
  }

  floats(name: string): Float64Array {
    const { count, at } = this.view(name, ["f64"]);
    return new Float64Array(this.bytes.buffer, this.bytes.byteOffset + at, count);
  }

  /** Throws as lines() would when the section is missing or runs past the bytes, without decoding it (a lazy read). */
  checkLines(name: string): void {
    this.view(name, ["text"]);
  }

  lines(name: string): string[] {
    const { count, at, end } = this.view(name, ["text"]);
    if (count === 0) return [];
    const out = new TextDecoder().decode(this.bytes.subarray(at, end)).split("\n");
    if (out.length !== count) throw new Error(`index encoding: section ${name} has the wrong count`);
    return out;
  }
}

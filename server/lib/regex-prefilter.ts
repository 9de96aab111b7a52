/*
 * A cheap pre-test for a regular expression: literal strings of which every match must contain at
 * least one, derived from the pattern's own source when it is first used (so rules edited later stay
 * exact). When the text contains none of them the pattern cannot match and its scan is skipped.
 * The scam check runs ~100 patterns on every message, most of which match nothing.
 *
 * Conservative by construction: anything the reader does not fully understand (flags other than
 * g/s/u, backreferences, escapes it does not know, a `{` that is not a quantifier, unbalanced
 * groups) gives no literals, i.e. no pre-test. Character classes and `.` count as "any text";
 * zero-width parts (^ $ \b \B, lookahead and lookbehind) consume nothing, so they are skipped.
 */

/** Info about a part of a pattern. `exact`: every string it can match (small, finite), or null.
 * `any`: one of these is a substring of every match (null: nothing known). */
type Info = { exact: string[] | null; any: string[] | null };

const MAX_EXACT = 16;
/** Literals shorter than this are too common to pay for their own test. */
const MIN_LITERAL = 2;
/** The scam rules' longest alternations have 100–200 phrases; the automaton marks them all in one pass. */
const MAX_LITERALS = 256;

class GiveUp extends Error {}

const unknown: Info = { exact: null, any: null };
const empty: Info = { exact: [""], any: null };

/** `any` of an info: its exact strings when none is empty. */
function anyOf(info: Info): string[] | null {
  if (info.exact) return info.exact.includes("") ? null : info.exact;
  return info.any;
}

/** The more selective of two clauses (longest shortest literal, then fewest literals). */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const ma = Math.min(...a.map((s) => s.length));
  const mb = Math.min(...b.map((s) => s.length));
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

class Reader {
  i = 0;
  /** `unicode`: the u flag, under which a surrogate pair (a character above U+FFFF) is one atom */
  constructor(
    readonly src: string,
    readonly unicode = false,
  ) {}

  /** alternation := sequence ('|' sequence)* */
  alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    if (branches.every((b) => b.exact)) {
      const exact = unique(branches.flatMap((b) => b.exact!));
      if (exact.length <= MAX_EXACT) return { exact, any: null };
    }
    const any: string[] = [];
    for (const b of branches) {
      const a = anyOf(b);
      if (!a) return unknown;
      any.push(...a);
    }
    return { exact: null, any: unique(any) };
  }

  /** sequence := (atom quantifier?)* — exact runs are joined; the best clause is kept */
  sequence(): Info {
    let run = [""];
    let exactSoFar = true;
    let best: string[] | null = null;
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const part = this.quantified(this.atom());
      if (part.exact && run.length * part.exact.length <= MAX_EXACT) {
        const next: string[] = [];
        for (const a of run) for (const b of part.exact) next.push(a + b);
        run = unique(next);
        continue;
      }
      // the run ends here: it is one clause, the part another; a new run starts after the part
      exactSoFar = false;
      if (!run.includes("")) best = better(best, run);
      best = better(best, anyOf(part));
      run = part.exact ?? [""];
    }
    if (exactSoFar) return { exact: run, any: null };
    if (!run.includes("")) best = better(best, run);
    return { exact: null, any: best };
  }

  quantified(atom: Info): Info {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === "*" || c === "+" || c === "?") {
      this.i++;
      min = c === "+" ? 1 : 0;
      max = c === "?" ? 1 : Infinity;
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new GiveUp("a { that is no quantifier");
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    } else return atom;
    if (this.src[this.i] === "?") this.i++; // lazy: same strings
    if (min === 0 && max === 1 && atom.exact && atom.exact.length < MAX_EXACT) return { exact: unique([...atom.exact, ""]), any: null };
    if (min === 0) return max === 0 ? empty : unknown;
    if (min === max && atom.exact && atom.exact.length ** min <= MAX_EXACT) {
      let exact = [""];
      for (let k = 0; k < min; k++) exact = unique(exact.flatMap((a) => atom.exact!.map((b) => a + b)));
      return { exact, any: null };
    }
    return { exact: null, any: anyOf(atom) };
  }

  atom(): Info {
    const src = this.src;
    const c = src[this.i]!;
    if (c === "(") return this.group();
    if (c === "[") return this.characterClass();
    if (c === "\\") return this.escape();
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]") throw new GiveUp(`stray ${c}`);
    this.i++;
    if (c === "^" || c === "$") return empty;
    if (c === ".") return unknown;
    // under u, "😀?" makes the whole character optional, not only its low surrogate
    const low = src[this.i];
    if (this.unicode && /[\uD800-\uDBFF]/.test(c) && low !== undefined && /[\uDC00-\uDFFF]/.test(low)) {
      this.i++;
      return { exact: [c + low], any: null };
    }
    return { exact: [c], any: null };
  }

  group(): Info {
    const src = this.src;
    this.i++;
    let zeroWidth = false;
    if (src[this.i] === "?") {
      const head = src.slice(this.i, this.i + 3);
      if (head.startsWith("?:")) this.i += 2;
      else if (head.startsWith("?=") || head.startsWith("?!")) {
        this.i += 2;
        zeroWidth = true;
      } else if (head === "?<=" || head === "?<!") {
        this.i += 3;
        zeroWidth = true;
      } else {
        const named = /^\?<[A-Za-z_$][\w$]*>/.exec(src.slice(this.i));
        if (!named) throw new GiveUp("unknown group");
        this.i += named[0].length;
      }
    }
    const inner = this.alternation();
    if (src[this.i] !== ")") throw new GiveUp("unclosed group");
    this.i++;
    // a lookaround consumes nothing: its own literals need not be in the match
    return zeroWidth ? empty : inner;
  }

  characterClass(): Info {
    const src = this.src;
    this.i++;
    if (src[this.i] === "]") throw new GiveUp("[] or []…]");
    while (this.i < src.length && src[this.i] !== "]") this.i += src[this.i] === "\\" ? 2 : 1;
    if (src[this.i] !== "]") throw new GiveUp("unclosed class");
    this.i++;
    return unknown;
  }

  escape(): Info {
    const c = this.src[this.i + 1];
    this.i += 2;
    if (c === undefined) throw new GiveUp("trailing \\");
    if ("dDsSwW".includes(c)) return unknown;
    if (c === "b" || c === "B") return empty;
    const control: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v" };
    if (control[c]) return { exact: [control[c]!], any: null };
    // an escaped syntax character stands for itself; anything else (backreferences, \p, \u, \x, \c, \k…)
    // is not read
    if ("^$\\.*+?()[]{}|/-".includes(c)) return { exact: [c], any: null };
    throw new GiveUp(`escape \\${c}`);
  }
}

/**
 * Literals one of which every match of `re` contains, or null when the pattern is not understood or
 * gives no useful literal (shorter than `minLength`, too many).
 */
export function requiredLiterals(re: RegExp, minLength = MIN_LITERAL): string[] | null {
  if (/[^gsu]/.test(re.flags)) return null;
  try {
    const reader = new Reader(re.source, re.flags.includes("u"));
    const info = reader.alternation();
    if (reader.i !== re.source.length) return null;
    const any = anyOf(info);
    if (!any) return null;
    // a literal containing another is implied by it: the shorter one alone says the same
    const literals = any.filter((s) => !any.some((t) => t !== s && s.includes(t)));
    return literals.length <= MAX_LITERALS && literals.every((s) => s.length >= minLength) ? literals : null;
  } catch (e) {
    if (e instanceof GiveUp) return null;
    throw e;
  }
}

/*
 * The pre-test itself: one pass of an Aho–Corasick automaton over the text marks every known literal
 * it contains (the text is remembered, so the ~60 patterns asked of one text share the pass); a
 * pattern may then match only if one of its literals is marked. A `text.includes` per literal costs
 * ~50 ns — as much as scanning a plain alternation of words —, the pass ~1 ns a character.
 * Patterns are registered when first seen; their literals join the automaton at the next new text
 * (until then they are tested with includes).
 */
const literalIds = new Map<string, number>();
const literals: string[] = [];
// keyed weakly: a pattern written inline in a function is a new object on every call
const patternLiterals = new WeakMap<RegExp, Int32Array | null>();
let recorder: Set<RegExp> | null = null;

/** Tests: remember every pattern pre-tested from now on (to check each against a corpus). */
export function recordPatterns(into: Set<RegExp>): void {
  recorder = into;
}

function literalsOf(re: RegExp): Int32Array | null {
  let ids = patternLiterals.get(re);
  if (ids === undefined) {
    const found = requiredLiterals(re);
    // the automaton reads ASCII (folded text); a pattern with other literals gets no pre-test
    ids = found && found.every((l) => /^[\x00-\x7f]+$/.test(l)) ? Int32Array.from(found, literalId) : null;
    patternLiterals.set(re, ids);
    recorder?.add(re);
  }
  return ids;
}

function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id === undefined) {
    literalIds.set(literal, (id = literals.length));
    literals.push(literal);
  }
  return id;
}

/** characters → columns (0: in no literal, back to the root) */
const column = new Uint8Array(128);
let width = 1;
let built = 0;
/** the scan's automaton: moves in 16 bits when the states fit (half the memory: it is read cold,
 * once per message), and each state's literals as a range of one flat array */
let scanMoves: Uint16Array | Int32Array = new Uint16Array(1);
let outputStart = new Int32Array(2);
let outputIds = new Int32Array(0);

/*
 * Built straight into flat typed arrays (no per-node maps or lists): the builds happen during a
 * fresh engine's first asks, as the rules' patterns are first seen, where a build over ~2,400
 * literals cost 40–110 ms CPU with a Map per trie node and an array per node's outputs. The trie's
 * edges are written into the move table itself (0 = no edge: the root is no one's child), then the
 * breadth-first pass fills the missing moves from each node's failure. Literals are distinct, so a
 * node ends at most one of them.
 */
function build(): void {
  built = literals.length;
  column.fill(0);
  width = 1;
  let chars = 0;
  for (const l of literals) {
    chars += l.length;
    for (let i = 0; i < l.length; i++) if (!column[l.charCodeAt(i)]) column[l.charCodeAt(i)] = width++;
  }
  // the trie has at most one node per character, plus the root
  const bound = chars + 1;
  const moves: Uint16Array | Int32Array = bound <= 0x10000 ? new Uint16Array(bound * width) : new Int32Array(bound * width);
  const ends = new Int32Array(bound).fill(-1);
  let nodes = 1;
  for (let id = 0; id < literals.length; id++) {
    const l = literals[id]!;
    let node = 0;
    for (let i = 0; i < l.length; i++) {
      const at = node * width + column[l.charCodeAt(i)]!;
      if (!moves[at]) moves[at] = nodes++;
      node = moves[at]!;
    }
    ends[node] = id;
  }
  // breadth first: each node's failure (longest proper suffix in the trie) is settled before it,
  // and so is the number of literals it ends (its own and its failure's)
  const fail = new Int32Array(nodes);
  const count = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  let queued = 1;
  for (let q = 0; q < queued; q++) {
    const node = queue[q]!;
    if (node) count[node] = (ends[node]! >= 0 ? 1 : 0) + count[fail[node]!]!;
    const row = node * width;
    const failRow = fail[node]! * width;
    for (let c = 1; c < width; c++) {
      const child = moves[row + c]!;
      if (!child) moves[row + c] = node ? moves[failRow + c]! : 0;
      else {
        fail[child] = node ? moves[failRow + c]! : 0;
        queue[queued++] = child;
      }
    }
  }
  outputStart = new Int32Array(nodes + 1);
  let total = 0;
  for (let node = 0; node < nodes; node++) {
    outputStart[node] = total;
    total += count[node]!;
  }
  outputStart[nodes] = total;
  // a node's literals: its own, then its failure's (filled before it, breadth first)
  outputIds = new Int32Array(total);
  for (let q = 1; q < queued; q++) {
    const node = queue[q]!;
    let at = outputStart[node]!;
    if (ends[node]! >= 0) outputIds[at++] = ends[node]!;
    const f = fail[node]!;
    outputIds.copyWithin(at, outputStart[f]!, outputStart[f + 1]!);
  }
  scanMoves = moves.slice(0, nodes * width);
}

/*
 * The last few texts scanned, each with its own marks: one turn pre-tests patterns on several texts
 * in turn (the message folded, folded as typed, lowercased), and rules asking of one and then of
 * another would otherwise scan each again at every switch. `built`: the literals the automaton held
 * at that scan (later ones are tested with includes, as before).
 */
type Scanned = { text: string | undefined; pass: number; built: number; seen: Float64Array };
const SCANNED_KEPT = 4;
const recent: Scanned[] = Array.from({ length: SCANNED_KEPT }, () => ({ text: undefined, pass: 0, built: 0, seen: new Float64Array(0) }));
/** the slot scanned into next (the oldest) */
let nextSlot = 0;
let pass = 0;

/** Scans of new texts since start (a figure for benches: bench/ask-work.ts). */
export const prefilterScans = { count: 0, chars: 0 };

/** Marks (slot.seen[id] === slot.pass) every known literal in `text`, in the oldest slot. */
function scan(text: string): Scanned {
  if (built !== literals.length) build();
  const slot = recent[nextSlot]!;
  nextSlot = (nextSlot + 1) % SCANNED_KEPT;
  if (slot.seen.length < built) slot.seen = new Float64Array(built * 2);
  const seen = slot.seen;
  slot.text = text;
  slot.built = built;
  slot.pass = ++pass;
  prefilterScans.count++;
  prefilterScans.chars += text.length;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    state = c < 128 ? scanMoves[state * width + column[c]!]! : 0;
    for (let k = outputStart[state]!, end = outputStart[state + 1]!; k < end; k++) seen[outputIds[k]!] = pass;
  }
  return slot;
}

function scannedSlot(text: string): Scanned {
  for (let i = 0; i < SCANNED_KEPT; i++) if (recent[i]!.text === text) return recent[i]!;
  return scan(text);
}

/** False only when `re` cannot match `text` (none of its required literals is in it). */
export function mayMatch(re: RegExp, text: string): boolean {
  const ids = literalsOf(re);
  if (ids === null) return true;
  const { seen, pass: mark, built: known } = scannedSlot(text);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (id < known ? seen[id] === mark : text.includes(literals[id]!)) return true;
  }
  return false;
}

/** `re.test(text)`, skipping the scan when the pre-test rules a match out. */
export function matches(re: RegExp, text: string): boolean {
  if (mayMatch(re, text)) return re.test(text);
  // test() that fails resets a global or sticky pattern's lastIndex
  if (re.global || re.sticky) re.lastIndex = 0;
  return false;
}

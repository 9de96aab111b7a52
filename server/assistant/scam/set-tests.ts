/*
 * The check's `has("otp_request")` and `on("threat", …)` shorthands, made by these functions
 * instead of as named arrows inside every call: under tsx and wrangler (esbuild keepNames) a named
 * arrow made per call also runs Object.defineProperty(fn, "name") per call (~0.3 µs each, several
 * per message); an arrow returned from a function has no name to keep.
 */

/** `(s) => set.has(s)` */
export function hasIn<T>(set: ReadonlySet<T>): (s: T) => boolean {
  return (s) => set.has(s);
}

/** `(s) => list.includes(s)` */
export function includedIn<T>(list: readonly T[]): (s: T) => boolean {
  return (s) => list.includes(s);
}

/** `(name, condition) => { if (condition) set.add(name) }` */
export function adderTo<T>(set: Set<T>): (name: T, condition: unknown) => void {
  return (name, condition) => {
    if (condition) set.add(name);
  };
}

/**
 * `f` itself. A per-call arrow wrapped in this (`const fold = unnamed(() => …)`) is an argument,
 * not a named declaration: under tsx and wrangler (esbuild keepNames) a named arrow made per call
 * also runs Object.defineProperty(fn, "name") per call (~0.3 µs each, several per message).
 */
export function unnamed<F extends (...args: never[]) => unknown>(f: F): F {
  return f;
}

/**
 * `{ ...base, ...patch }`, the same own keys in the same order with the same values, without the
 * spread. On Node 20 (V8 11.3) a literal that starts with a spread and then adds keys its source
 * lacks (`{ ...ctx.memory, entryId, lang: "vi" }`) costs about 1.5 µs per added key and leaves
 * old-space garbage that brings full collections (bench/README, "session 9"); Object.assign onto
 * a fresh object costs ~0.1 µs. The one difference, an own "__proto__" key (JSON.parse can make
 * one), which Object.assign would pass to the prototype setter, keeps the spread.
 */
export function extended<T extends object, P extends object>(base: T, patch: P): T & P {
  if (Object.hasOwn(base, "__proto__") || Object.hasOwn(patch, "__proto__")) return { ...base, ...patch };
  return Object.assign({}, base, patch);
}

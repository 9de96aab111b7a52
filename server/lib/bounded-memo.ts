/**
 * A pure function of a string, remembered: for the few texts asked of again and again (choice labels on every turn
 * with choices, titles' words on every message). The memory is emptied when it reaches `limit` keys, so a stream
 * of new texts cannot grow it without bound.
 */
export function boundedMemo<T>(compute: (text: string) => T, limit = 512): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    let value = memory.get(text);
    if (value === undefined) {
      if (memory.size >= limit) memory.clear();
      memory.set(text, (value = compute(text)));
    }
    return value;
  };
}

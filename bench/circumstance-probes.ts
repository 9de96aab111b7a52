/**
 * Probe set for a negated circumstance the previous entry writes word for word, asked as a later turn
 * ("nếu bố mẹ chưa đăng ký kết hôn thì sao" after the birth registration). Generated, not written: every
 * entry's title is asked first, then each negated phrase of its own text (a negation and the three to
 * five words after it, up to punctuation) inside two chat shapes. A probe holds when the answer stays on that
 * entry. Scam entries are left out (a later turn there is about the scam told).
 *
 *   npx tsx bench/circumstance-probes.ts [--misses]
 */
import { Assistant } from "../server/assistant/assistant";
import { emptyMemory } from "../server/assistant/ask-result";
import { foldDiacritics } from "../server/assistant/vietnamese-text";
import { loadKnowledge, NOW } from "./ask-latency";

const negations = new Set(["không", "chưa"]);
const shapes = ["nếu {} thì sao", "mà {} thì làm thế nào"];
const { kb, ward } = await loadKnowledge();
const assistant = new Assistant(kb);
const showMisses = process.argv.includes("--misses");
let total = 0;
let held = 0;
for (const entry of kb.entries) {
  if (entry.category === "lua-dao") continue;
  const first = assistant.ask(entry.title, ward, NOW, emptyMemory());
  if (first.kind !== "answer" || first.entries[0]?.id !== entry.id) continue;
  const phrases = new Set<string>();
  for (const clause of entry.body.split(/[.,;:!?()\n"“”]+/)) {
    const words = clause.trim().split(/\s+/);
    words.forEach((w, i) => {
      if (!negations.has(w.toLowerCase())) return;
      const after = words.slice(i + 1, i + 5).filter((x) => /^\p{L}+$/u.test(x));
      if (after.length >= 3) phrases.add(`${w.toLowerCase()} ${after.join(" ")}`);
    });
  }
  for (const phrase of phrases)
    for (const shape of shapes)
      for (const accented of [true, false]) {
        const text0 = shape.replace("{}", phrase);
        const text = accented ? text0 : foldDiacritics(text0);
        const r = assistant.ask(text, ward, NOW + 60_000, first.memory);
        const ok = r.kind === "answer" && r.entries[0]?.id === entry.id;
        total++;
        if (ok) held++;
        else if (showMisses) console.log(`MISS ${entry.id} "${text}" <- ${r.kind} ${r.entries[0]?.id ?? ""}`);
      }
}
console.log(`circumstance probes: ${held}/${total} held (${((100 * held) / total).toFixed(1)}%)`);

/**
 * Probe set for numbered choices picked by their label wrapped in chat words ("cho hỏi lệ phí với",
 * "thế còn giấy tờ", "xem đầy đủ đi", "gặp cán bộ giúp"). Generated, not written: every entry's title
 * is asked as a first message, and each choice the engine actually offers is answered with its label
 * inside each chat wrapper (with and without diacritics). A probe holds when the engine shows that
 * entry's part (or hands off for "Gặp cán bộ").
 *
 *   npx tsx bench/choice-label-probes.ts [--misses]
 */
import { Assistant } from "../server/assistant/assistant";
import { emptyMemory, type OfferedChoice } from "../server/assistant/ask-result";
import { foldDiacritics } from "../server/assistant/vietnamese-text";
import { loadKnowledge, NOW } from "./ask-latency";

/** the label's short forms a resident types: "giấy tờ" for "Giấy tờ cần mang", "thời gian" for "Thời gian giải quyết" */
const shortForms: Record<string, string[]> = {
  "Giấy tờ cần mang": ["giấy tờ cần mang", "giấy tờ"],
  "Lệ phí": ["lệ phí"],
  "Nơi làm": ["nơi làm"],
  "Thời gian giải quyết": ["thời gian giải quyết", "thời gian"],
  "Làm trực tuyến": ["làm trực tuyến"],
  "Các bước": ["các bước"],
  "Cơ quan giải quyết": ["cơ quan giải quyết"],
  "Trường hợp đặc biệt": ["trường hợp đặc biệt"],
  "Xem đầy đủ": ["xem đầy đủ"],
  "Gặp cán bộ": ["gặp cán bộ"],
};
/** labels that are an action, not a part: said as a request ("xem đầy đủ đi", "cho gặp cán bộ với") */
const actionLabels = new Set(["Xem đầy đủ", "Gặp cán bộ"]);
const actionWrappers = ["{} đi", "{} giúp em", "{} nhé", "ok {}", "vâng, {} ạ", "em muốn {}", "cho em {} với", "cho tôi {} ạ", "{} luôn"];
const wrappers = [
  "cho hỏi {} với",
  "cho em hỏi {} ạ",
  "thế còn {}",
  "thế còn {} thì sao",
  "còn {} thì sao ạ",
  "{} thế nào ạ",
  "{} đi",
  "{} giúp em",
  "{} nhé",
  "em muốn xem {}",
  "cho tôi xem {} với",
  "vậy {} như nào",
  "ok {}",
  "vâng, {} ạ",
];

const { kb, ward } = await loadKnowledge();
const assistant = new Assistant(kb);
const showMisses = process.argv.includes("--misses");
let total = 0;
let held = 0;
const missesByWrapper = new Map<string, number>();
const missesByLabel = new Map<string, number>();
for (const entry of kb.entries) {
  const first = assistant.ask(entry.title, ward, NOW, emptyMemory());
  if (first.kind !== "answer" || first.entries[0]?.id !== entry.id) continue;
  for (const choice of first.memory.choices as OfferedChoice[]) {
    const forms = shortForms[choice.label];
    if (!forms) continue;
    for (const form of forms)
      for (const wrapper of actionLabels.has(choice.label) ? actionWrappers : wrappers)
        for (const accented of [true, false]) {
          const text0 = wrapper.replace("{}", form);
          const text = accented ? text0 : foldDiacritics(text0);
          const r = assistant.ask(text, ward, NOW + 60_000, first.memory);
          const ok =
            choice.action.do === "staff"
              ? r.kind === "handoff"
              : r.kind === "answer" && r.entries[0]?.id === choice.action.entryId && r.shown === choice.action.shown;
          total++;
          if (ok) held++;
          else {
            missesByWrapper.set(wrapper, (missesByWrapper.get(wrapper) ?? 0) + 1);
            missesByLabel.set(choice.label, (missesByLabel.get(choice.label) ?? 0) + 1);
            if (showMisses) console.log(`MISS ${entry.id} [${choice.label}] "${text}" <- ${r.kind} ${r.entries[0]?.id ?? ""} ${r.kind === "answer" ? r.shown : ""}`);
          }
        }
  }
}
console.log(`choice-label probes: ${held}/${total} held (${((100 * held) / total).toFixed(1)}%)`);
console.log("misses by wrapper:", Object.fromEntries([...missesByWrapper].sort((a, b) => b[1] - a[1])));
console.log("misses by label:", Object.fromEntries([...missesByLabel].sort((a, b) => b[1] - a[1])));

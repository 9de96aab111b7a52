import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { shapedLikeFollowup, type FacetReading } from "./facet-cues";
import { offTopicTurn } from "./off-topic-turn";
import { foldedText } from "./text-analysis";
import { keyWordAbsent, uncoveredSubject, type TermLookup } from "./uncovered-subject";

/*
 * The resident goes on telling the scam story the assistant just warned about: "họ còn bảo cài
 * app gì đó nữa", "họ có giấy phép hành nghề đàng hoàng mà", "họ biết cả số căn cước của tôi".
 * The subject is the scammer ("họ", "bọn nó", "người đó"), so the words that follow (app, giấy
 * phép, căn cước) are details of the same scam, not a new question about apps, licences or ID
 * cards. Typed without accents, "ho" is also "hộ" (household: "hộ nghèo có được…"), so then a verb
 * of telling or doing must follow.
 */

/** "họ …", "bọn họ", "nó", "người đó", … opening the message (after "thế/vậy/mà/nhưng/còn") */
const leadIn = String.raw`^\s*(?:(?:thế|the|vậy|vay|mà|ma|nhưng|nhung|còn|con|à|a)\s+)*`;
const accentedSubject = new RegExp(leadIn + String.raw`(?:họ|bọn họ|tụi họ|bọn nó|tụi nó|chúng nó|người đó|người kia|đứa đó|bên đó|bên kia)(?=\s|$)`, "iu");
/** folded, an unambiguous subject ("bon no", "nguoi do") or "ho"/"no" followed by what they did or said */
const plainSubject = new RegExp(
  String.raw`^\s*(?:(?:the|vay|ma|nhung|con|a)\s+)*(?:(?:bon|tui) (?:ho|no)|chung no|nguoi do|dua do|ben do|(?:ho|no) (?:con |lai |da |dang |cu |van |cung )?(?:bao|noi|goi|nhan|doi|bat|yeu cau|hua|gui|co|biet|lay|dua|xin|ep|doa|dam bao|cam ket|moi|keu|ra|chi|nap|chuyen))\b`,
);

/** Whether the message's subject is the scammer of the story ("họ còn bảo …", "ho co giay phep …"). */
export function tellsScamStory(text: string): boolean {
  const lower = text.normalize("NFC").toLowerCase();
  return accentedSubject.test(lower) || plainSubject.test(foldedText(lower));
}

/** a scam story's next message that nothing answers clearly stays with the scam entry when it has this share of its words */
const SCAM_STORY_WORDS = 0.5;

/** The message as the engine read it, and how its search went. */
export type StoryMessage = {
  text: string;
  folded: string;
  reading: FacetReading;
  /** its topic words */
  terms: string[];
  r: { top: { entry: KnowledgeEntry } | undefined; weak: boolean; confident: boolean };
};

/** What the story decision needs of the engine. */
export type StoryDeps = {
  index: TermLookup;
  /** the entry is for the resident's ward */
  applies: (entry: KnowledgeEntry) => boolean;
  /** the entry's folded text, as the engine compares messages with it */
  entryText: (entry: KnowledgeEntry) => string;
};

/**
 * The scam story goes on after a scam entry or warning: "họ còn bảo cài app gì đó nữa" (the scammer is the subject),
 * or a message nothing else answers clearly whose words the scam entry has ("nạp 3 lần rồi mà không rút được",
 * "sao lại thế được"): that scam entry answers, not a look-alike about apps or ID cards, nor a handoff. `remembered`:
 * the conversation's entry (or the victim warning's, or the warning's first choice). `advice`: more of the story,
 * nothing asked of a part: the entry's advice (not its parts offered again); else a follow-up of the entry.
 */
export function scamStoryTurn(m: StoryMessage, remembered: KnowledgeEntry | undefined, deps: StoryDeps): { entry: KnowledgeEntry; advice: boolean } | undefined {
  const { text, folded, reading, terms, r } = m;
  const entry = remembered && remembered.category === "lua-dao" && deps.applies(remembered) ? remembered : undefined;
  if (!entry) return undefined;
  const told = tellsScamStory(text);
  // "thời tiết chiều nay có mưa không" after a scam entry: a subject of its own that nothing covers, the scam entry
  // included, is no more of the story (the scammer is not its subject): handed off as a single question would be
  if (!told && r.weak && (uncoveredSubject(terms, entry.id, deps.index) || keyWordAbsent(terms, entry.id, deps.index))) return undefined;
  if (!told && offTopicTurn(folded, deps.entryText(entry), r.top?.entry, text, entry)) return undefined;
  // (as for any follow-up: a short message shaped like one, "giờ làm sao xác minh", that nothing else answers clearly)
  const shaped = shapedLikeFollowup(reading) && terms.length <= 3;
  const unclear = !r.confident && (shaped || !terms.length || deps.index.termCoverage(entry.id, terms) >= SCAM_STORY_WORDS);
  if (!told && !unclear) return undefined;
  return { entry, advice: !reading.facet && !reading.yesno && !terms.length };
}

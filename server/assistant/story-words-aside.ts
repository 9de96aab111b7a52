/*
 * "hôm qua đi làm về mới thấy mất ví, giờ làm lại căn cước thế nào", "tuần sau em về quê, có cần khai
 * tạm vắng không", "sợ quá, nghe nói phải nộp phạt, ...": a resident tells when, where and how they feel
 * before what they ask. Like the words saying who it is for (person-words-aside.ts) and one's own work
 * (work-words-aside.ts), the story's words (time expressions, going home or to work, hearsay, feelings)
 * name no subject of the ward's, but they count against the coverage of the entry the rest names. They
 * are set aside for the same second reading, which the caller takes only when it is clear and answers
 * the whole message's own top (assistant.ts, personAside).
 *
 * Only phrases of a story, never one that an entry names in its title or keywords (checked once against
 * the published entries: "đi học" or "về quê" stay if an entry is about them).
 */
import type { Fold } from "./entry-folds";
import { foldedText } from "./text-analysis";
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedAligned, withoutMatches } from "./person-words-aside";

/** folded story phrases: time, places of one's life, hearsay, feelings (longest first within a class) */
const STORY = [
  // when
  "hom qua", "hom kia", "hom truoc", "hom nay", "sang nay", "chieu nay", "toi nay", "toi qua", "dem qua", "chieu qua", "sang qua",
  "tuan truoc", "tuan roi", "tuan sau", "tuan toi", "thang truoc", "thang roi", "nam ngoai", "nam roi", "may hom nay", "may hom truoc", "may hom",
  "dao nay", "dao truoc", "hoi truoc", "vua roi", "vua xong", "luc nay", "moi day", "ngay mai", "sap toi", "ra tet", "sau tet",
  // where one lives and goes
  "di lam ve", "di lam", "di cho ve", "di cho", "ve que an tet", "ve que", "o que", "tren que", "duoi que", "len ha noi", "ra ha noi", "ra bac",
  // hearsay
  "nghe nguoi ta noi", "nghe nguoi ta bao", "nghe noi", "nghe bao", "nghe dau", "nguoi ta bao", "nguoi ta noi", "hang xom bao", "hang xom noi",
  // feelings
  "so qua", "so lam", "lo qua", "lo lam", "hoang mang qua", "hoang mang", "sot ruot", "ban khoan", "lo lang", "buon qua", "met qua", "kho qua", "bo tay",
  "khong biet lam sao", "khong biet lam the nao",
  "tuan nay", "thang nay", "nam nay", "bay gio", "hien gio", "nghe", "so",
  // a relative named bare ("mẹ em không biết làm trên mạng"); never after "của" (whose paper it is)
  "me em", "bo em", "me", "bo", "vo", "chong",
];

/** Sets a resident's story words aside; a phrase an entry names in its title or keywords is never one. */
export class StoryWords {
  private pattern: RegExp | null | undefined;

  /** `fold`: foldedText, or the folds stored with the search index (entry-folds.ts) */
  constructor(
    private readonly entries: readonly KnowledgeEntry[],
    private readonly fold: Fold = foldedText,
  ) {}

  private storyPattern(): RegExp | null {
    if (this.pattern !== undefined) return this.pattern;
    const named = ` ${this.entries.map((e) => [e.title, ...e.keywords.map(String)].map((k) => this.fold(k).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()).join(" | ")).join(" | ")} `;
    const phrases = STORY.filter((p) => !named.includes(` ${p} `)).sort((a, b) => b.length - a.length);
    return (this.pattern = phrases.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!cua )(?:${phrases.join("|")})(?![\p{L}\p{N}])`, "gu") : null);
  }

  /** The message without its story words, or undefined when it has none (or nothing else). */
  without(text: string): string | undefined {
    const pattern = this.storyPattern();
    if (!pattern) return undefined;
    const nfc = text.normalize("NFC");
    const folded = foldedAligned(nfc);
    if (folded.length !== nfc.length) return undefined;
    return withoutMatches(nfc, folded, pattern);
  }
}

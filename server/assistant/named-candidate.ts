import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { Scored } from "./search-index";
import { foldedText } from "./text-analysis";

/*
 * A near tie between two entries where the message uses the names of only one of them: "hồ sơ xin giấy xác nhận
 * khuyết tật gồm những gì" (the disability certificate entry lists "giấy xác nhận khuyết tật"; the monthly allowance
 * entry only shares "khuyết tật" inside its "người khuyết tật"), "muốn làm giám hộ cho cháu" (giám hộ against the
 * allowance for orphans), "gửi phản ánh rác thải qua iHanoi được không" (the complaint entry's "gửi phản ánh"
 * against the iHanoi app), "làn xanh có phải là ưu tiên cho người già không" (the definition names "làn xanh", the
 * how-to does not). Asking back which one was meant made the resident repeat the name they had already written
 * (tuning10 ×5, tuning, tuning2, tuning3). The names are an entry's keywords and the parts of its title of two or more
 * syllables, as whole words of the message; when only the top one of the two closest candidates has one that the
 * other's title and keywords do not also say, it answers ("làn xanh có cần tự xin không" is still asked back: both
 * green-lane titles say "làn xanh").
 */

/** "không có …", "chưa có …" up to the end of the clause (folded) */
const negated = /\b(?:khong|chua) co [^,.;?!]*/g;

export class NamedCandidates {
  private readonly names = new Map<string, string[]>();
  private readonly texts = new Map<string, string>();

  private namesOf(entry: KnowledgeEntry): string[] {
    let names = this.names.get(entry.id);
    if (!names) {
      const parts = [...entry.keywords.map(String), entry.title].flatMap((k) => k.split(/[,;()–-]/));
      names = [...new Set(parts.map((k) => ` ${foldedText(k).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()} `).filter((k) => k.trim().split(" ").length >= 2))];
      this.names.set(entry.id, names);
    }
    return names;
  }

  /** an entry's title and keywords, folded, space-padded */
  private textOf(entry: KnowledgeEntry): string {
    let text = this.texts.get(entry.id);
    if (text === undefined) this.texts.set(entry.id, (text = ` ${[entry.title, ...entry.keywords.map(String)].map((k) => foldedText(k).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()).join(" | ")} `));
    return text;
  }

  /** The one of the two closest candidates whose names the message uses, or undefined. `folded`: the message folded. */
  only(candidates: readonly Scored[], folded: string): Scored | undefined {
    // (what the resident says they do not have names nothing: "không có lương hưu, nghe nói được hỗ trợ hằng tháng")
    const padded = ` ${folded.replace(negated, " ").replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()} `;
    const [top, second] = candidates;
    if (!top || !second) return undefined;
    // (a name the rival's own title or keywords also say is no name of the top's alone: "làn xanh" in both green-lane titles)
    const rival = this.textOf(second.entry);
    const topNamed = this.namesOf(top.entry).some((k) => padded.includes(k) && !rival.includes(k));
    return topNamed && !this.namesOf(second.entry).some((k) => padded.includes(k)) ? top : undefined;
  }

  /** Which of the entry's names the message uses (own: not in the rival's title or keywords; shared: also there), and whether it uses one of the rival's names. */
  namesIn(entry: KnowledgeEntry, folded: string, rivalEntry?: KnowledgeEntry): { own: string[]; shared: string[]; rivalNamed: boolean } {
    const padded = ` ${folded.replace(negated, " ").replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim()} `;
    const rival = rivalEntry ? this.textOf(rivalEntry) : "";
    const used = this.namesOf(entry).filter((k) => padded.includes(k));
    return { own: used.filter((k) => !rival.includes(k)), shared: used.filter((k) => rival.includes(k)), rivalNamed: !!rivalEntry && this.namesOf(rivalEntry).some((k) => padded.includes(k)) };
  }
}

import { z } from "zod";
import { foldDiacritics } from "../assistant/vietnamese-text";

/*
 * `yes_no`: yes/no facts an entry states, so that "thuê trọ có phải đăng ký tạm trú không" gets
 * "Dạ có, …" first. Each fact quotes the entry's own text (`says`, checked by kb:check to be
 * a verbatim part of the summary or body, with its "(chưa xác nhận)" marker when the text has
 * one), so it adds no fact the entry and its official sources do not already state. The
 * assistant uses a fact only on a yes/no question that names one of `asks` (each a phrase, or
 * phrases joined by " + " that must all be there, any spelling: folded) and none of `unless`
 * (conditions the fact does not settle: "3 hôm" for a stay under 30 days). Anything else gets
 * the facet without a yes or a no, as before.
 */
export const yesNoFactSchema = z.object({
  asks: z.array(z.string().trim().min(3)).min(1).max(20),
  unless: z.array(z.string().trim().min(2)).max(20).optional(),
  answer: z.enum(["có", "không"]),
  says: z.string().trim().min(10).max(200),
});

export type YesNoFact = z.infer<typeof yesNoFactSchema>;

export const entryYesNoFields = {
  yes_no: z.array(yesNoFactSchema).max(8).optional(),
};

const plain = (text: string) => text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ");
const unverifiedMark = " (chưa xác nhận)";

/*
 * Words that only make a question a question (or name the ward, a person, a generic action):
 * an ask made of these alone ("có gọi", "an toàn", "có thật", "phải báo") matches genuine
 * questions on other matters, which then get a "Dạ không" the quote does not settle.
 */
const scaffold = new Set(
  (
    "co khong ko k nen phai can duoc dc that gia hoi gui goi nhan cho doc dua tai cai lam di len den ve " +
    "mot 1 hai 2 nguoi ai minh toi em con ong ba hay thuong bao gio tin dang an toan the nao sao gi " +
    "voi va hoac bi da se roi nua thi o tu phuong ubnd xa cua nay kia do duoc bao thiet chac nen"
  ).split(" "),
);

const syllables = (text: string) => foldDiacritics(text.normalize("NFC").toLocaleLowerCase("vi")).split(/[^a-z0-9]+/).filter(Boolean);

/** The entry's subject: the words of its title and keywords that are not question scaffolding. */
function subjectWords(entry: { title?: string; keywords?: string[] }): Set<string> {
  return new Set(syllables(`${entry.title ?? ""} ${(entry.keywords ?? []).join(" ")}`).filter((w) => !scaffold.has(w)));
}

/**
 * An ask is specific enough when it names a word of the entry's subject or at least two
 * content words: "có thật" is not, "tin nhắn + phạt nguội" is.
 */
export function askIsSpecific(ask: string, subject: Set<string>): boolean {
  const content = syllables(ask).filter((w) => !scaffold.has(w));
  return content.some((w) => subject.has(w)) || content.length >= 2;
}

/** The sentence of `own` around [at, end): from the previous sentence end to the next one. */
function sentenceAround(own: string, at: number, end: number): string {
  const before = Math.max(own.lastIndexOf(". ", at - 1), own.lastIndexOf("\n", at - 1));
  const after = own.slice(end).search(/\.(?:\s|$)|\n/);
  return own.slice(before + 1, after < 0 ? own.length : end + after);
}

type CheckedEntry = { title?: string; keywords?: string[]; summary?: string; body: string; yes_no?: YesNoFact[] };

/**
 * kb:check messages for the yes/no facts: each quotes the entry's own summary or body, with the
 * "(chưa xác nhận)" marker when any place it is quoted from carries one in the same sentence, no
 * {{placeholder}}; each ask names the entry's subject or two content words.
 */
export function checkEntryYesNo(entry: CheckedEntry): string[] {
  const problems: string[] = [];
  const own = plain(`${entry.summary ?? ""}\n${entry.body}`);
  const subject = subjectWords(entry);
  for (const fact of entry.yes_no ?? []) {
    const says = plain(fact.says).replace(/\.$/, "");
    if (says.includes("{{")) problems.push(`yes_no "${fact.says}": a placeholder ({{…}}) would be shown raw in the yes/no sentence; quote words without one`);
    let at = own.indexOf(says);
    if (at < 0) problems.push(`yes_no "${fact.says}": not a verbatim part of the entry's summary or body (a yes/no fact quotes the entry's own text)`);
    else if (!says.includes(unverifiedMark.trim())) {
      // every place the words occur: the summary may drop the body's marker
      for (; at >= 0; at = own.indexOf(says, at + 1)) {
        if (sentenceAround(own, at, at + says.length).includes(unverifiedMark.trim())) {
          problems.push(`yes_no "${fact.says}": the entry marks this "(chưa xác nhận)"; quote the marker too`);
          break;
        }
      }
    }
    for (const ask of fact.asks) {
      if (ask.split("+").some((p) => p.trim().length < 2)) problems.push(`yes_no asks "${ask}": empty phrase`);
      else if (!askIsSpecific(ask, subject)) {
        problems.push(`yes_no asks "${ask}": too general (name a word of the entry's title or keywords, or two content words), other questions would get "Dạ ${fact.answer}"`);
      }
    }
  }
  return problems;
}

/** The staff editor's messages (Vietnamese) for yes/no facts that no longer hold after an edit. */
export function yesNoProblemsVi(entry: CheckedEntry): string[] {
  return checkEntryYesNo(entry).map((m) => {
    const quoted = /^yes_no(?: asks)? "([^"]*)"/.exec(m)?.[1] ?? "";
    if (m.includes("not a verbatim part")) return `Câu trả lời có/không "${quoted}" không còn khớp nguyên văn nội dung; sửa hoặc xóa mục yes_no này.`;
    if (m.includes("(chưa xác nhận)")) return `Câu trả lời có/không "${quoted}" lấy từ câu có ghi "(chưa xác nhận)"; cần giữ cả ghi chú này.`;
    if (m.includes("placeholder")) return `Câu trả lời có/không "${quoted}" không được chứa chỗ điền {{…}}.`;
    if (m.includes("too general")) return `Cụm câu hỏi "${quoted}" quá chung chung; cần nêu đúng chủ đề của mục.`;
    return `Câu trả lời có/không không hợp lệ: ${m}`;
  });
}

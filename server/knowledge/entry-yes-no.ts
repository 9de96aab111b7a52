import { z } from "zod";

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

/** kb:check messages for the yes/no facts: each quotes the entry's own summary or body, its unverified marker included. */
export function checkEntryYesNo(entry: { summary?: string; body: string; yes_no?: YesNoFact[] }): string[] {
  const problems: string[] = [];
  const own = plain(`${entry.summary ?? ""}\n${entry.body}`);
  for (const fact of entry.yes_no ?? []) {
    const says = plain(fact.says).replace(/\.$/, "");
    const at = own.indexOf(says);
    if (at < 0) problems.push(`yes_no "${fact.says}": not a verbatim part of the entry's summary or body (a yes/no fact quotes the entry's own text)`);
    else if (!says.endsWith(unverifiedMark.trim()) && own.startsWith(unverifiedMark, at + says.length)) {
      problems.push(`yes_no "${fact.says}": the entry marks this "(chưa xác nhận)"; quote the marker too`);
    }
    for (const ask of fact.asks) if (ask.split("+").some((p) => p.trim().length < 2)) problems.push(`yes_no asks "${ask}": empty phrase`);
  }
  return problems;
}

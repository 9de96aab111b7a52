import { expect, it } from "vitest";
import type { AskResult } from "../../server/assistant/ask-result";

/**
 * The two halves of a yes/no-facts test (sessions 22–24): questions a quoted fact settles get that entry with "Dạ có" /
 * "Dạ không" first, in one phone screen; questions the quotes do not settle get no yes or no, whatever entry answers.
 */
export function yesNoFirstCases(ask: (q: string) => AskResult, answered: Array<[string, string, RegExp]>) {
  it.each(answered)("\"%s\" → %s, yes/no first", (q, id, lead) => {
    const r = ask(q);
    expect(r.kind, q).toBe("answer");
    if (r.kind !== "answer") return;
    expect(r.entry.id, q).toBe(id);
    expect(r.reply, q).toMatch(lead);
    // "~450": the yes/no line takes the room of the text after it (stated-yes-no.ts), a choice line may differ
    expect(r.reply.length, q).toBeLessThanOrEqual(460);
  });
}

export function unsettledCases(ask: (q: string) => AskResult, unsettled: string[]) {
  it.each(unsettled)("\"%s\": no Dạ có / Dạ không", (q) => {
    const r = ask(q);
    expect(r.reply, q).not.toMatch(/^Dạ (có|không)(?!\p{L})/u);
  });
}

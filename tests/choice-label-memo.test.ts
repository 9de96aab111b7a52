import { describe, expect, it } from "vitest";
import type { OfferedChoice } from "../server/assistant/ask-result";
import { pickByLabelVariant } from "../server/assistant/choice-label-variant";
import { pickChoice } from "../server/assistant/choice-picking";

/* Labels' folds are remembered per label (choice-picking.ts, choice-label-variant.ts): the picks stay those of a fresh fold. */

const parts: OfferedChoice[] = [
  { n: 1, label: "Giấy tờ cần mang", action: { do: "show", entryId: "x", shown: "documents" } },
  { n: 2, label: "Lệ phí", action: { do: "show", entryId: "x", shown: "fee" } },
  { n: 3, label: "Nơi làm", action: { do: "show", entryId: "x", shown: "where" } },
  { n: 0, label: "Gặp cán bộ", action: { do: "staff" } },
];

describe("choice labels folded once", () => {
  it("picks the same choices before and after the memo of labels was filled and cleared", () => {
    const picks = () => [pickChoice("le phi", parts)?.n, pickChoice("giấy tờ cần", parts)?.n, pickChoice("xem đầy đủ", parts)?.n, pickByLabelVariant("noi dang ky", parts)?.n, pickByLabelVariant("giay to can nop", parts)?.n];
    const first = picks();
    expect(first).toEqual([2, 1, undefined, 3, 1]);
    // many other labels: the memo clears itself and folds again
    for (let i = 0; i < 1200; i++) {
      const other: OfferedChoice[] = [{ n: 1, label: `Nhãn số ${i} đầy đủ`, action: { do: "show", entryId: "y", shown: "summary" } }, { n: 2, label: `Mục ${i}`, action: { do: "show", entryId: "y", shown: "fee" } }];
      pickChoice(`nhan so ${i}`, other);
      pickByLabelVariant(`nhan so ${i}`, other);
    }
    expect(picks()).toEqual(first);
  });
  it("reads a label variant only among the parts of one entry, and only when one part is offered at least", () => {
    const staffOnly: OfferedChoice[] = [{ n: 0, label: "Gặp cán bộ", action: { do: "staff" } }];
    expect(pickByLabelVariant("gap can bo a", staffOnly)).toBeUndefined();
    const two: OfferedChoice[] = [
      { n: 1, label: "Nơi làm", action: { do: "show", entryId: "a", shown: "where" } },
      { n: 2, label: "Lệ phí", action: { do: "show", entryId: "b", shown: "fee" } },
    ];
    expect(pickByLabelVariant("noi dang ky", two)).toBeUndefined();
    expect(pickByLabelVariant("noi dang ky", [two[0]!, parts[3]!])?.n).toBe(1);
  });
});

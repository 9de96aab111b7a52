import { describe, expect, it } from "vitest";
import { longestSharedRun } from "../server/assistant/title-phrase";

/** The search as it was before its runs were bounded by the title's length (every run of the message joined and looked for). */
function reference(message: string[], title: string[]): string {
  const padded = ` ${title.join(" ")} `;
  let best = "";
  for (let i = 0; i < message.length; i++) {
    for (let j = message.length; j > i + best.split(" ").filter(Boolean).length; j--) {
      const run = message.slice(i, j).join(" ");
      if (padded.includes(` ${run} `)) {
        if (j - i > best.split(" ").filter(Boolean).length) best = run;
        break;
      }
    }
  }
  return best;
}

describe("longestSharedRun", () => {
  it("finds the longest run of message words the title holds word for word", () => {
    const message = "em can giay xac nhan tinh trang hon nhan de dang ky ket hon o que chong".split(" ");
    expect(longestSharedRun(message, "xac nhan tinh trang hon nhan".split(" "))).toBe("xac nhan tinh trang hon nhan");
    expect(longestSharedRun(message, "dang ky ket hon".split(" "))).toBe("dang ky ket hon");
    expect(longestSharedRun(message, "cap ban sao trich luc".split(" "))).toBe("");
  });

  it.each([
    ["plain words (compared word for word)", ["a", "b", "c", "d", "ab"]],
    ["words with a space or empty (runs joined and looked for)", ["a", "b", "c", "d", "ab", "b c", ""]],
  ])("answers as the unbounded search did, messages far longer than the title: %s", (_, vocabulary) => {
    // a small vocabulary so that runs repeat and overlap
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const words = (n: number) => Array.from({ length: n }, () => vocabulary[next(vocabulary.length)]!);
    for (let k = 0; k < 1000; k++) {
      const message = words(next(40));
      const title = words(next(8));
      expect(longestSharedRun(message, title), JSON.stringify({ message, title })).toBe(reference(message, title));
    }
  });
});

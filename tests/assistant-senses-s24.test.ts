/**
 * "mat" typed without marks as "mặt" (face, presence), not "mất" (died), session 24 (issue 10 §4). Wordings
 * written for this file (not tuning lines): the analysis over word-senses.ts, and the real Assistant over the
 * repository's knowledge.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../server/assistant/text-analysis";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const read = (q: string) => analyze(q).map((t) => t.folded).join(" ");

describe("'có mặt', 'vắng mặt', 'tiền mặt', 'mặt phố' are no death (word-senses.ts)", () => {
  const presence = [
    "ong ba noi co can co mat luc lam giay khai sinh khong",
    "chong em di lam xa khong co mat duoc thi sao",
    "con gai toi phai co mat o phuong sang nay a",
    "bo em vang mat hom qua nen chua ky duoc",
    "me toi tra bang tien mat duoc khong",
    "anh trai toi muon ban nha mat pho thi nop thue gi",
    "co toi co mat khi ky van ban khong",
  ];
  for (const q of presence)
    it(`not read as died: ${q}`, () => {
      expect(read(q)).not.toMatch(/qua doi/);
      const r = ask(q);
      if (r.kind === "answer") expect(r.entry.id).not.toBe("dvc-khai-tu");
    });

  const deaths = [
    "ong noi em vua mat dem qua",
    "co toi mat roi lam khai tu o dau",
    "cô mất sáng nay ở nhà thì báo ai",
    "me chong toi mat o benh vien tuan truoc",
    "bố tôi mất rồi",
  ];
  for (const q of deaths)
    it(`still a death: ${q}`, () => {
      expect(read(q)).toMatch(/qua doi/);
      const r = ask(q);
      expect(r.kind).toBe("answer");
      if (r.kind === "answer") expect(r.entry.id).toBe("dvc-khai-tu");
    });

  it("'có mất đồng nào' is a cost asked, its fee shown, not presence", () => {
    const r = ask("dang ky giam ho co mat dong nao khong");
    expect(r.kind).toBe("answer");
    if (r.kind === "answer") {
      expect(r.entry.id).toBe("dvc-giam-ho");
      expect(r.reply).toMatch(/[Pp]hí/);
    }
  });

  const losses = ["mat vi tien o cho", "em lam mat cccd roi", "mat 30 trieu vi bam link"];
  for (const q of losses)
    it(`still a loss: ${q}`, () => {
      expect(read(q)).not.toMatch(/qua doi/);
      expect(read(q)).toMatch(/\bmat\b/);
    });
});

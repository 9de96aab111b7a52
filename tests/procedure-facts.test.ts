import { describe, expect, it } from "vitest";
import { runKnowledgeCheck } from "../server/cli/kb-check";
import { checkKnowledge } from "../server/knowledge/knowledge-check";
import { readKnowledgeDir, readWardDefinition } from "../server/knowledge/knowledge-files";
import { procedureSchema, type KnowledgeBase, type KnowledgeEntry, type Procedure } from "../server/knowledge/knowledge-schema";
import { briefFactText, factText, unverifiedFacts, UNVERIFIED_MARKER } from "../server/knowledge/procedure-facts";
import { renderEntryAnswer } from "../server/knowledge/render-answer";
import { unmarkedFigures } from "../server/knowledge/unverified-markers";
import { wardFixture } from "./support/ward-fixture";

const source = "https://vanban.chinhphu.vn/";

function procedure(overrides: Partial<Procedure> = {}): Procedure {
  return procedureSchema.parse({
    id: "thu-tuc-thu",
    name: "Thủ tục thử",
    deciding_body: "UBND phường",
    submission: "online_partial",
    documents: ["Tờ khai"],
    sources: [{ title: "Cổng văn bản Chính phủ", url: source }],
    where: { text: "Bộ phận Một cửa UBND phường", verified: true, source },
    legal_time: { text: "03 ngày làm việc.", verified: true, source },
    fee: { text: "Lệ phí 50.000 đồng/lần", verified: false, note: "Mức thu năm 2026 chưa đối chiếu." },
    legal_basis: { items: ["Luật thử"], verified: true, source },
    ...overrides,
  });
}

function entry(body: string): KnowledgeEntry {
  return {
    id: "muc-thu",
    title: "Mục thử",
    category: "dich-vu-cong",
    status: "published",
    questions: ["một", "hai", "ba"],
    keywords: [],
    procedures: ["thu-tuc-thu"],
    links: [],
    sources: [{ title: "Cổng văn bản Chính phủ", url: source }],
    wards: "all",
    last_reviewed: "2026-11-29",
    verified: false,
    unverified: "Lệ phí chưa xác nhận.",
    body,
  };
}

function kbWith(p: Procedure, e: KnowledgeEntry): KnowledgeBase {
  return { entries: [e], procedures: new Map([[p.id, p]]), version: "t" };
}

describe("procedure facts", () => {
  it("renders an unverified fee with the marker right after it, and verified facts without one", () => {
    const p = procedure();
    const text = renderEntryAnswer(entry("## Lệ phí\n{{procedure.thu-tuc-thu.fee}}\n\n## Thời gian giải quyết\n{{procedure.thu-tuc-thu.time}}"), kbWith(p, entry("")), wardFixture());
    expect(text).toContain(`Lệ phí:\nLệ phí 50.000 đồng/lần ${UNVERIFIED_MARKER}\n`);
    expect(text).toContain("Thời gian giải quyết:\n03 ngày làm việc.");
    expect(text.match(/chưa xác nhận/g)).toHaveLength(1);
    // the generic end-of-answer note is gone: the marker says which fact is unconfirmed
    expect(text).not.toContain("Lưu ý");
  });

  it("keeps a closing full stop after the marker", () => {
    expect(factText({ text: "07 ngày làm việc.", verified: false, note: "chưa đối chiếu" })).toBe(`07 ngày làm việc ${UNVERIFIED_MARKER}.`);
    expect(factText({ text: "07 ngày làm việc.", verified: true, source })).toBe("07 ngày làm việc.");
  });

  it("marks the legal time in a green-lane line when it is unconfirmed", () => {
    const p = procedure({ legal_time: { text: "03 ngày làm việc", verified: false, note: "chưa đối chiếu" } });
    const ward = wardFixture({ profile: { green_lane: { sample: true, items: [{ procedure: "thu-tuc-thu", time: "trong ngày" }] } } });
    const text = renderEntryAnswer(entry("{{green_lane.list}}"), kbWith(p, entry("")), ward);
    expect(text).toContain(`Thủ tục thử: trong ngày (thời hạn theo quy định: 03 ngày làm việc ${UNVERIFIED_MARKER})`);
  });

  it("requires a source on verified facts and a note on unverified ones", () => {
    const base = procedure();
    const bad = { ...base, fee: { text: "Miễn phí", verified: true }, where: { text: "Phường", verified: false } };
    const result = procedureSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toContain("fee.source");
    expect(paths).toContain("where.note");
  });

  it("validates catalogue codes and asks for the procedure's page", () => {
    expect(procedureSchema.safeParse({ ...procedure(), code: "1.1193", code_url: "https://dichvucong.gov.vn/x" }).success).toBe(false);
    const p = procedure({ code: "1.001193" });
    const problems = checkKnowledge({ kb: { entries: [], procedures: new Map([[p.id, p]]), version: "t" }, files: new Map(), wards: [wardFixture()], requiredTopics: [], allowedNumbers: [] });
    expect(problems.map((x) => x.message)).toContain("code needs code_url (the procedure's page in the national catalogue)");
  });

  it("does not accept an unofficial page as the source of a verified fact", () => {
    const p = procedure({ fee: { text: "Miễn phí", verified: true, source: "https://thuvienphapluat.vn/van-ban/x" } });
    const problems = checkKnowledge({ kb: { entries: [], procedures: new Map([[p.id, p]]), version: "t" }, files: new Map(), wards: [wardFixture()], requiredTopics: [], allowedNumbers: [] });
    expect(problems.map((x) => x.message).join(" ")).toContain("fee: verified from https://thuvienphapluat.vn/van-ban/x, which is not an official source");
  });

  it("lists a record's unconfirmed facts with what to confirm", () => {
    expect(unverifiedFacts(procedure())).toEqual([{ key: "fee", label: "Lệ phí", value: "Lệ phí 50.000 đồng/lần", note: "Mức thu năm 2026 chưa đối chiếu.", source: undefined }]);
  });

  it("flags a reworded reply that repeats an unconfirmed amount without its marker", () => {
    const sourceText = `Lệ phí:\nLệ phí 50.000 đồng/lần ${UNVERIFIED_MARKER}\nThời gian: 03 ngày làm việc.`;
    expect(unmarkedFigures("Ông/bà nộp 50.000 đồng, chờ 03 ngày làm việc.", [sourceText])).toEqual(["50.000 đồng"]);
    expect(unmarkedFigures(`Ông/bà nộp 50.000 đồng ${UNVERIFIED_MARKER}, chờ 03 ngày làm việc.`, [sourceText])).toEqual([]);
  });
});

describe("procedure records in the repository", async () => {
  const { kb, problems } = await readKnowledgeDir("knowledge");

  it("load with fact-level verification and pass kb:check", async () => {
    expect(problems).toEqual([]);
    expect((await runKnowledgeCheck("knowledge")).problems).toEqual([]);
    for (const [id, p] of kb.procedures) {
      for (const fact of [p.where, p.legal_time, p.fee, p.legal_basis]) {
        if (fact.verified) expect(fact.source, id).toBeTruthy();
        else expect(fact.note?.length ?? 0, id).toBeGreaterThan(10);
      }
      if (p.code) expect(p.code_url, id).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
    }
  });

  it("shows the citizen-ID fee with its marker in the resident's answer", () => {
    const e = kb.entries.find((x) => x.id === "dvc-can-cuoc")!;
    const fee = kb.procedures.get("cap-can-cuoc")!.fee;
    expect(fee.verified).toBe(false);
    const text = renderEntryAnswer(e, kb, wardFixture());
    expect(text).toContain(factText(fee));
    expect(factText(fee).endsWith(`${UNVERIFIED_MARKER}.`)).toBe(true);
    expect(text).not.toContain("30.000 đồng");
  });
});

describe("the demo ward's sample green lane", async () => {
  const { kb } = await readKnowledgeDir("knowledge");
  const def = readWardDefinition("knowledge/wards/demo.yaml");
  const demo = { id: 1, slug: def.slug, name: def.name, oaId: null, appId: null, profile: def.profile };

  it("is labelled as sample data and lists procedures from the records with their legal time", () => {
    expect(def.profile.green_lane.sample).toBe(true);
    expect(def.profile.green_lane.items.length).toBeGreaterThanOrEqual(3);
    const text = renderEntryAnswer(kb.entries.find((e) => e.id === "lx-danh-muc")!, kb, demo);
    expect(text).toContain("Danh mục thủ tục làn xanh của Phường Demo (danh mục mẫu, phường cần xác nhận):");
    for (const item of def.profile.green_lane.items) {
      const p = kb.procedures.get(item.procedure)!;
      expect(p, item.procedure).toBeTruthy();
      expect(text).toContain(`${p.name}: ${item.time} (thời hạn theo quy định: ${briefFactText(p.legal_time)})`);
    }
  });

  it("answers a procedure in the sample list with its shortened time, marked as sample", () => {
    const text = renderEntryAnswer(kb.entries.find((e) => e.id === "dvc-chung-thuc")!, kb, demo);
    expect(text).toContain("Thủ tục này thuộc danh mục làn xanh của Phường Demo: giải quyết trong 02 giờ làm việc");
    expect(text).toContain("(danh mục mẫu, phường cần xác nhận).");
  });
});

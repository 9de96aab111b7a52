import { categoryLabels, type KnowledgeBase, type KnowledgeEntry } from "../knowledge/knowledge-schema";
import { renderEntryAnswer } from "../knowledge/render-answer";
import type { Ward } from "../wards/ward-profile";
import { describeNextStaffTime } from "../wards/working-hours";
import { humanRequestPattern, offTopicPattern, smalltalkPatterns } from "./lexicon";
import { checkScam, type ScamVerdict } from "./scam/check";
import { scamReply } from "./scam/reply";
import { SearchIndex, type RankingTuning, type Scored } from "./search-index";
import { foldedText } from "./text-analysis";

export type AskKind = "answer" | "clarify" | "handoff" | "smalltalk" | "scam_warning" | "scam_no_signs";

export type AskResult = {
  kind: AskKind;
  reply: string;
  entries: Array<{ id: string; title: string; score: number }>;
  /** quick replies a resident can tap (their text is sent back as the resident's message) */
  suggestions: Array<{ title: string; query: string }>;
  links: Array<{ label: string; url: string }>;
  /** set when a person at the ward should take over */
  handoff?: { reason: "out_of_scope" | "asked_for_person" | "empty" | "scam_victim" };
  /** the scam check's findings (server/assistant/scam/), for replies and for spotting waves;
   *  a scam_warning's outcome is "scam" (a received scam) or "victim" (just scammed: steps + person) */
  scam?: Pick<ScamVerdict, "outcome" | "signals" | "domains" | "brands" | "body" | "phones" | "accounts">;
  /** why the assistant decided as it did (shown to staff in "Thử trợ lý") */
  explanation: string;
};

/** When to answer, ask back or hand off; measured on held-out paraphrases (bench/tune-ranking.ts). */
export type DecisionThresholds = {
  /** below this top score nothing fits: hand off */
  minScore: number;
  /** below this share of the question's content words found in the top entry: hand off */
  minCoverage: number;
  /** answer when the top score reaches this and beats the second by answerRatio */
  answerScore: number;
  answerRatio: number;
  /** a weak match (below weakScore) must beat the second by weakRatio */
  weakScore: number;
  weakRatio: number;
  /** or when it is this clear a match, beating the second by clearRatio */
  clearScore: number;
  clearRatio: number;
};

export const defaultThresholds: DecisionThresholds = {
  minScore: 0.18,
  minCoverage: 0.2,
  answerScore: 0.15,
  answerRatio: 1.15,
  weakScore: 0.25,
  weakRatio: 1.25,
  clearScore: 0.55,
  clearRatio: 1.05,
};

export const FEEDBACK_HELPFUL = "Hữu ích";
export const FEEDBACK_NOT_HELPFUL = "Chưa đúng";
export const ASK_FOR_STAFF = "Gặp cán bộ";

const greetingSuggestions = [
  { title: "Làm căn cước", query: "Làm thẻ căn cước ở đâu?" },
  { title: "Dịch vụ công", query: "Cách nộp hồ sơ trực tuyến" },
  { title: "Kiểm tra lừa đảo", query: "Cách kiểm tra tin nhắn lừa đảo" },
];

/**
 * The answer engine. Pure: no database, no network, no clock of its own; the same instance
 * serves every ward (ward facts are filled in per answer).
 */
export class Assistant {
  private readonly index: SearchIndex;
  private readonly published: KnowledgeEntry[];

  private readonly thresholds: DecisionThresholds;

  constructor(
    readonly kb: KnowledgeBase,
    options: { tuning?: Partial<RankingTuning>; thresholds?: Partial<DecisionThresholds> } = {},
  ) {
    this.published = kb.entries.filter((e) => e.status === "published");
    this.index = new SearchIndex(this.published, options.tuning);
    this.thresholds = { ...defaultThresholds, ...options.thresholds };
  }

  get version(): string {
    return this.kb.version;
  }

  entry(id: string): KnowledgeEntry | undefined {
    return this.published.find((e) => e.id === id);
  }

  ask(text: string, ward: Ward, now: number): AskResult {
    const trimmed = text.normalize("NFC").trim().slice(0, 4000);
    if (!trimmed) return this.handoff(ward, now, "empty", [], "tin nhắn trống");
    const folded = foldedText(trimmed);

    // forwarded messages, scam victims: decided and worded by the scam module
    const scam = scamReply(checkScam(trimmed), { kb: this.kb, ward, now, related: (n) => this.relatedScamEntries(trimmed, ward, n) });
    if (scam) return scam;

    const smalltalk = smalltalkPatterns.find((s) => s.pattern.test(folded));
    if (smalltalk) return this.smalltalk(smalltalk.kind, ward);

    if (humanRequestPattern.test(folded)) {
      const staffEntry = this.published.find((e) => e.action === "handoff" && appliesTo(e, ward));
      const scored = staffEntry ? [{ id: staffEntry.id, title: staffEntry.title, score: 1 }] : [];
      return { ...this.handoff(ward, now, "asked_for_person", scored, "người dân yêu cầu gặp cán bộ"), kind: staffEntry ? "answer" : "handoff" };
    }

    const result = this.index.search(trimmed, { limit: 20 });
    const ranked = result.ranked.filter((r) => appliesTo(r.entry, ward));
    const [top, second] = ranked;
    const scored = ranked.slice(0, 3).map((r) => ({ id: r.entry.id, title: r.entry.title, score: round(r.score) }));

    const t = this.thresholds;
    const offTopic = offTopicPattern.exec(folded)?.[0];
    if (offTopic && !(top && foldedText(`${top.entry.title} ${top.entry.questions.join(" ")}`).includes(offTopic))) {
      return this.handoff(ward, now, "out_of_scope", scored, `chủ đề ngoài phạm vi của phường ("${offTopic}")`);
    }
    if (!top || top.score < t.minScore || top.coverage < t.minCoverage) {
      const why = top ? `khớp yếu (điểm ${round(top.score)}, độ phủ ${round(top.coverage)})` : "không có mục nào khớp";
      return this.handoff(ward, now, "out_of_scope", scored, why);
    }
    const ratio = second ? top.score / Math.max(second.score, 1e-9) : Infinity;
    const confident =
      (top.score >= t.answerScore && ratio >= (top.score < t.weakScore ? t.weakRatio : t.answerRatio)) ||
      (top.score >= t.clearScore && ratio >= t.clearRatio);
    const signals = `điểm ${round(top.score)}, gấp ${round(ratio)} lần mục thứ hai, độ phủ ${round(top.coverage)}`;
    if (confident) return this.answer(top, scored, ward, now, signals);
    return this.clarify(ranked.slice(0, 3), scored, `chưa chắc: ${signals}`);
  }

  /** Searches entries (for the mini app's "Hỏi đáp" and for staff). */
  search(text: string, ward: Ward, limit = 10): Array<{ id: string; title: string; category: string; score: number }> {
    return this.index
      .search(text, { limit: limit * 2 })
      .ranked.filter((r) => appliesTo(r.entry, ward))
      .slice(0, limit)
      .map((r) => ({ id: r.entry.id, title: r.entry.title, category: r.entry.category, score: round(r.score) }));
  }

  renderEntry(entry: KnowledgeEntry, ward: Ward): string {
    return renderEntryAnswer(entry, this.kb, ward);
  }

  private answer(top: Scored, scored: AskResult["entries"], ward: Ward, now: number, why: string): AskResult {
    const entry = top.entry;
    if (entry.action === "handoff") {
      // "I want to talk to a person": do it, rather than explain how to.
      return { ...this.handoff(ward, now, "asked_for_person", scored, `mục "${entry.title}" chuyển cho cán bộ`), kind: "answer" };
    }
    return {
      kind: "answer",
      reply: this.renderEntry(entry, ward),
      entries: scored,
      suggestions: [
        { title: FEEDBACK_HELPFUL, query: FEEDBACK_HELPFUL },
        { title: FEEDBACK_NOT_HELPFUL, query: FEEDBACK_NOT_HELPFUL },
      ],
      links: entry.links,
      explanation: `Trả lời bằng mục "${entry.title}" (${entry.id}): ${why}.`,
    };
  }

  private clarify(candidates: Scored[], scored: AskResult["entries"], why: string): AskResult {
    const lines = candidates.map((c, i) => `${i + 1}. ${c.entry.title}`);
    return {
      kind: "clarify",
      reply: `Dạ, ông/bà muốn hỏi về nội dung nào dưới đây ạ? Ông/bà bấm vào một mục, hoặc gõ lại câu hỏi rõ hơn:\n${lines.join("\n")}`,
      entries: scored,
      suggestions: candidates.map((c) => ({ title: c.entry.title.slice(0, 100), query: c.entry.title })),
      links: [],
      explanation: `Hỏi lại để làm rõ: ${why}.`,
    };
  }

  private handoff(ward: Ward, now: number, reason: NonNullable<AskResult["handoff"]>["reason"], scored: AskResult["entries"], why: string): AskResult {
    const when = describeNextStaffTime(ward.profile.working_hours, now, ward.calendar);
    const opening =
      reason === "asked_for_person"
        ? "Dạ, tôi đã chuyển tin nhắn của ông/bà tới cán bộ"
        : "Dạ, câu hỏi này trợ lý tự động chưa trả lời được. Tôi đã chuyển câu hỏi của ông/bà tới cán bộ";
    return {
      kind: "handoff",
      reply:
        `${opening} ${ward.name}. Cán bộ sẽ trả lời ông/bà ngay trong cuộc trò chuyện Zalo này, ${when}.\n` +
        `Giờ làm việc của Bộ phận Một cửa: ${ward.profile.office_hours}.\n` +
        "Việc khẩn cấp xin gọi 113 (công an), 114 (cứu hỏa, cứu nạn), 115 (cấp cứu).",
      entries: scored,
      suggestions: [],
      links: [],
      handoff: { reason },
      explanation: `Chuyển cán bộ: ${why}.`,
    };
  }

  private smalltalk(kind: "greeting" | "thanks" | "ack" | "bye", ward: Ward): AskResult {
    const replies = {
      greeting:
        `Dạ, ${ward.name} xin chào ông/bà! Tôi là trợ lý Hỏi Phường. Ông/bà có thể hỏi về thủ tục hành chính, dịch vụ công trực tuyến, làn xanh, cảnh giác lừa đảo, hoặc gửi phản ánh tới phường.\n` +
        'Ví dụ: "làm căn cước ở đâu", "đăng ký tạm trú cho người thuê trọ". Muốn nói chuyện với cán bộ, ông/bà gõ "gặp cán bộ".',
      thanks: "Dạ, không có gì ạ. Ông/bà cần hỏi thêm điều gì cứ nhắn cho phường nhé.",
      ack: "Dạ. Ông/bà cần hỏi thêm điều gì cứ nhắn cho phường nhé.",
      bye: "Dạ, chào ông/bà. Chúc ông/bà và gia đình mạnh khỏe!",
    } as const;
    return {
      kind: "smalltalk",
      reply: replies[kind],
      entries: [],
      suggestions: kind === "greeting" ? greetingSuggestions : [],
      links: [],
      explanation: `Chào hỏi, cảm ơn (${kind}).`,
    };
  }

  private relatedScamEntries(text: string, ward: Ward, n: number): AskResult["entries"] {
    return this.index
      .search(text, { categories: ["lua-dao"], limit: 3 })
      .ranked.filter((r) => appliesTo(r.entry, ward))
      .slice(0, n)
      .map((r) => ({ id: r.entry.id, title: r.entry.title, score: round(r.score) }));
  }
}

export function appliesTo(entry: KnowledgeEntry, ward: Ward): boolean {
  return entry.wards === "all" || entry.wards.includes(ward.slug);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export { categoryLabels };

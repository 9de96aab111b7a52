/*
 * A turn in English (english.ts tells the language and glosses the words): the entry's English
 * summary where it has one, else a polite English handoff to staff. Kept apart from the engine's
 * Vietnamese decisions; it needs of the engine only entries by id and the Vietnamese search.
 */
import { fillPlaceholders } from "../knowledge/render-answer";
import { gatherSampleMarkers } from "../knowledge/sample-markers";
import type { KnowledgeBase, KnowledgeEntry } from "../knowledge/knowledge-schema";
import type { Ward } from "../wards/ward-profile";
import { describeNextStaffTimeEn } from "../wards/working-hours";
import type { AskResult, ConversationMemory, OfferedChoice, ScoredEntry } from "./ask-result";
import { composeAnswer, hasFacet } from "./compose-answer";
import { englishAskedFacet, englishAsksForPerson, englishAsksPartAsWho, englishNamesTopic, englishAsksPartOnly, englishNamesOtherThing, englishRefersBack, englishToVietnamese } from "./english";
import { SAMPLE_DATA_NOTE, SAMPLE_DATA_NOTE_EN } from "../knowledge/sample-markers";
import { englishFacet } from "./english-facet";
import { englishAsksForWriting } from "./english-favour-request";
import { livesElsewhere } from "./resident-elsewhere";
import { englishUncoveredThing } from "./english-uncovered";
import { englishWardFacts } from "./english-ward-facts";
import { askedSentenceFirst, askedWardFact } from "./english-asked-sentence";
import { afterScamText, asksScamAdvice } from "./english-after-scam";
import { englishYesNo } from "./english-yes-no";
import { englishWhereFollowUp } from "./english-where";
import { englishWhoOnlineFollowUp } from "./english-who-online";
import { greenLaneYesNoEn } from "./green-lane-yes-no";
import { replyFields } from "./reply-text";
import { extended } from "../lib/extended";
import { englishCaseFollowUp } from "./english-case-follow-up";
import { englishPointsBack } from "./english-pointing-back";
// "Can we do it at this ward or somewhere else?": the procedure just answered, as the verb's object (english-do-it.ts)
import { englishDoesItAgain, pronounsOwnSentence } from "./english-do-it";
import { englishMoneyAlreadySent, englishReportsIt } from "./english-money-sent";
// "how I check it is really her?" after a scam entry: that scam's steps (english-scam-check.ts)
import { englishChecksTheScam } from "./english-scam-check";
import { LOSS_ENTRY } from "./checking-not-loss";
import { firstMessageEntry, notWhoAtFirst } from "./english-first-part";
import { englishSpecialFollowUp } from "./english-special";
import { englishHandedOffMatter, rememberingMatter } from "./english-after-handoff";

/** What the English turn needs of the engine. */
export type EnglishTurnDeps = {
  kb: KnowledgeBase;
  /** a published entry by id */
  entry: (id: string) => KnowledgeEntry | undefined;
  /** the engine's search of the Vietnamese gloss: the top entry, whether it is too weak to answer, the scores */
  retrieve: (query: string, ward: Ward) => { top: { entry: KnowledgeEntry } | undefined; weak: boolean; scored: ScoredEntry[] };
};

export type EnglishTurnContext = { ward: Ward; now: number; memory: ConversationMemory; handedOff?: string; handedOffLead?: number };

/** A message in English: the entry's English summary where it has one, else a polite English handoff. */
export function englishTurn(text: string, ctx: EnglishTurnContext, deps: EnglishTurnDeps): AskResult {
  // "where can I report this?" right after a scam warning reports that scam (english-after-scam.ts)
  const scamBefore = ctx.memory.entryId ? deps.entry(ctx.memory.entryId) : undefined;
  const scamText = afterScamText(text, scamBefore);
  const query = englishToVietnamese(scamText);
  // "Can I talk to a real officer please", "I need to speak with an officer about…": a person, at once
  if (englishAsksForPerson(text)) return handoffInEnglish(text, ctx, [], "asked_for_person");
  // "Can you help me write an email to my landlord?": a favour, not the ward's contacts (english-favour-request.ts)
  if (englishAsksForWriting(text)) return handoffInEnglish(text, ctx, [], "out_of_scope");
  // "I live in Da Nang…", "My apartment in Ho Chi Minh City…": their own ward's procedure, not this ward's (resident-elsewhere.ts)
  if (livesElsewhere(text)) return handoffInEnglish(text, ctx, [], "out_of_scope", `The assistant only has the information of ${ctx.ward.name} in Hanoi, so I have passed your question to its staff.`, undefined, "Tin nhắn tiếng Anh: người hỏi ở tỉnh, thành khác (resident-elsewhere.ts): chuyển cán bộ.");
  // "What documents do I need?", "Can I do it online?": the previous entry, still in English
  // ("Also, where can I find an English-speaking dentist nearby?" asks where of another thing: a person answers)
  // "Can I use it to report problems in my street?" after iHanoi: the app just answered, not reporting in general
  const refersBack = !!ctx.memory.entryId && (englishRefersBack(text) || asksScamAdvice(text, scamBefore) || englishCaseFollowUp(text, ctx.memory.entryId, () => (englishNamesTopic(text) ? strongTop(query, ctx, deps) : undefined)) || englishAsksPartAsWho(text) || (ctx.memory.entryId === LOSS_ENTRY && englishReportsIt(text)) || (scamBefore?.category === "lua-dao" && englishChecksTheScam(text)) || ((englishPointsBack(text) || englishDoesItAgain(text)) && !pronounsOwnSentence(text, (s) => (englishNamesTopic(s) ? strongTop(englishToVietnamese(afterScamText(s, scamBefore)), ctx, deps) : undefined), ctx.memory.entryId)));
  const partOnly = englishAsksPartOnly(scamText) || refersBack;
  if (partOnly && !refersBack && /\bwhere\b/i.test(text) && englishNamesOtherThing(text)) return handoffInEnglish(text, ctx, [], "out_of_scope");
  // (or, right after an English handoff that answered nothing, the matter it remembered: english-after-handoff.ts)
  // "I already sent him 1.8 million dong, what should I do now?" after a scam: the victim's steps (english-money-sent.ts)
  const offered = ctx.memory.choices.find((c) => c.action.do === "show")?.action;
  const scamTold = [scamBefore, offered?.do === "show" ? deps.entry(offered.entryId) : undefined, deps.entry(ctx.handedOff ?? "")].some((e) => e?.category === "lua-dao") || /\b(?:scam\w*|fraud\w*|cheat\w*)\b/i.test(text);
  const victim = scamTold && englishMoneyAlreadySent(text) ? deps.entry(LOSS_ENTRY) : undefined;
  const previous = victim?.summary_en ? victim : partOnly ? deps.entry(ctx.memory.entryId ?? englishHandedOffMatter(ctx) ?? "") : undefined;
  // with nothing to lean on (the first message, or the previous turn was handed off), a part alone names no procedure:
  // the search would pick one by its wording ("documents" → certification), a confident wrong answer; staff ask which
  const r = previous || partOnly ? undefined : query ? deps.retrieve(query, ctx.ward) : undefined;
  // "Is birth registration in the green lane?": yes or no from the ward's list, over the green-lane entry
  const lane = query && !previous ? greenLaneYesNoEn(text, query, deps.kb, ctx.ward, (q) => deps.retrieve(q, ctx.ward)) : undefined;
  const laneEntry = lane ? deps.retrieve("danh muc thu tuc lan xanh", ctx.ward).top?.entry : undefined;
  const entry = laneEntry?.summary_en ? laneEntry : (previous ?? (r?.top && !r.weak ? r.top.entry : undefined));
  // "Where can I buy a SIM card?", "My electricity bill is double, who do I complain to?": nothing the ward's information covers (english-uncovered.ts)
  const uncovered = entry && !laneEntry ? englishUncoveredThing(text, entry) : undefined;
  if (uncovered) return handoffInEnglish(text, ctx, r?.scored ?? [], "out_of_scope", `The ward's information does not cover this, so I have passed your question to the staff of ${ctx.ward.name}.`, undefined, `Tin nhắn tiếng Anh hỏi việc không mục nào nói đến ("${uncovered}"): chuyển cán bộ.`);
  // "How much does it cost?" after an English answer: the summary again would leave it unanswered (review S4);
  // the entry's fee/time part exists only in Vietnamese, so it is shown under a one-line English lead
  // ("How much does it cost to certify a copy?" asks the fee at once: the first message gets the part asked too)
  // (only of a procedure that states that part: "A company can recover my money for a fee" names a scam's fee)
  const asked = entry?.summary_en && entry.action !== "handoff" && (previous || (entry.procedures.length && hasFacetAsked(entry, text, deps.kb))) ? englishAskedFacet(text) : undefined;
  const yesNo = (laneEntry?.summary_en ? lane : undefined) ?? (entry && entry.action !== "handoff" ? englishYesNo(text, entry, deps.kb, ctx.ward) : undefined);
  if (entry && asked && hasFacet(entry, asked, deps.kb)) return facetInEnglish(entry, asked, ctx, deps, yesNo);
  // "Where do I go?" after an English answer: the procedure's English place where it has one (english-where.ts)
  // ("Where can I get certified copies?" as a first message too: english-first-part.ts)
  const first = firstMessageEntry(previous, r, entry);
  const where = !asked && !yesNo ? englishWhereFollowUp(text, previous ?? first, ctx, deps.kb) : undefined;
  if (where) return where;
  // "Who signs it?", "How do I do it online?": the procedures' English deciding body or online way (english-who-online.ts)
  const whoOnline = !asked ? notWhoAtFirst(englishWhoOnlineFollowUp(text, previous ?? first, yesNo, ctx, deps.kb), previous) : undefined;
  if (whoOnline) return whoOnline;
  // "What if we forgot to declare?": the entry's special cases in English (english-special.ts)
  const special = !asked ? englishSpecialFollowUp(text, previous, ctx.memory) : undefined;
  if (special) return special;
  // the staff entry says how to reach staff: answered when asked how or when (a request for a person was handed off above)
  if (entry?.summary_en && !asked) {
    const summary = gatherSampleMarkers(fillPlaceholders(englishWardFacts(askedSentenceFirst(entry.summary_en, text), ctx.ward), deps.kb, ctx.ward), "en");
    const body = yesNo ? `${yesNo}\n${summary}` : summary;
    const offered = [{ n: 0, label: "Talk to ward staff", action: { do: "staff" } } as OfferedChoice];
    // led by the asked hours or address, which the entry's time or where part also holds: that part was answered first
    const led = askedWardFact(entry.summary_en, text);
    const shown = led && hasFacet(entry, led, deps.kb) ? led : "summary";
    return {
      kind: "answer",
      ...replyFields(body, entry.links.slice(0, 1), offered, "en"),
      entries: r?.scored ?? [{ id: entry.id, title: entry.title, score: 1 }],
      entry: { id: entry.id, title: entry.title },
      shown,
      followup: !!previous,
      also: [],
      lang: "en",
      explanation: `Tin nhắn tiếng Anh: trả lời bằng tóm tắt tiếng Anh của mục "${entry.title}" (${entry.id})${shown === "summary" ? "" : `, câu ${shown === "time" ? "giờ làm việc" : "địa chỉ"} được hỏi lên đầu`}.`,
      memory: extended(ctx.memory, { entryId: entry.id, shown: "summary" as const, choices: offered, lang: "en" as const }),
    };
  }
  if (asked) return handoffInEnglish(text, ctx, r?.scored ?? [], "out_of_scope", `The ward's information on this does not give the ${asked === "fee" ? "fee" : asked === "time" ? "processing time" : "documents to bring"}, so I have passed your question to the staff of ${ctx.ward.name}.`, entry);
  return rememberingMatter(handoffInEnglish(text, ctx, r?.scored ?? [], "out_of_scope", undefined, entry), ctx.memory.entryId, r?.scored ?? []);
}

/** the entry the message's own words find strongly (english-case-follow-up.ts) */
function strongTop(query: string, ctx: EnglishTurnContext, deps: EnglishTurnDeps): string | undefined {
  const r = query ? deps.retrieve(query, ctx.ward) : undefined;
  return r?.top && !r.weak ? r.top.entry.id : undefined;
}

function hasFacetAsked(entry: KnowledgeEntry, text: string, kb: KnowledgeBase): boolean {
  const key = englishAskedFacet(text);
  return !!key && hasFacet(entry, key, kb);
}

/** A polite English handoff: staff reply in this chat at the next office hours. */
function handoffInEnglish(text: string, ctx: EnglishTurnContext, scored: ScoredEntry[], reason: "out_of_scope" | "asked_for_person", leadText?: string, entry?: KnowledgeEntry, why?: string): AskResult {
  const lead =
    leadText ??
    (reason === "asked_for_person"
      ? `Thank you for your message. I have passed it to the staff of ${ctx.ward.name}.`
      : `Thank you for your message. The assistant cannot answer this in English yet, so I have passed it to the staff of ${ctx.ward.name}.`);
  const when = describeNextStaffTimeEn(ctx.ward.profile.working_hours, ctx.now, ctx.ward.calendar);
  const body = gatherSampleMarkers(
    `${lead} They will reply in this chat ${when}.\n` +
      "In an emergency call 113 (police), 114 (fire and rescue), 115 (ambulance).",
  );
  return {
    kind: "handoff",
    ...replyFields(body, [], [], "en"),
    entries: scored,
    lang: "en",
    handoff: reason === "asked_for_person" ? { reason } : { reason, topic: text.slice(0, 80) },
    explanation: why ?? (reason === "asked_for_person" ? "Tin nhắn tiếng Anh xin gặp cán bộ: chuyển cán bộ." : entry ? `Tin nhắn tiếng Anh; mục "${entry.title}" chưa có tóm tắt tiếng Anh: chuyển cán bộ.` : "Tin nhắn tiếng Anh không khớp mục nào có tóm tắt tiếng Anh: chuyển cán bộ."),
    memory: extended(ctx.memory, { entryId: undefined, shown: undefined, choices: [], lang: "en" as const }),
  };
}

const facetLeads = {
  fee: "The fee for this procedure, as the ward's information gives it:",
  time: "The processing time for this procedure, as the ward's information gives it:",
  documents: "The documents to bring for this procedure, as the ward's information gives them:",
} as const;

/**
 * The fee or time part of the entry: in English where its procedures give an English rendering
 * (english-facet.ts), the rest in Vietnamese under an honest note; markers kept.
 */
function facetInEnglish(entry: KnowledgeEntry, key: "fee" | "time" | "documents", ctx: EnglishTurnContext, deps: EnglishTurnDeps, yesNo?: string): AskResult {
  const parts = englishFacet(entry, key, deps.kb, ctx.ward);
  let text: string;
  if (parts?.english.length) {
    const rest = parts.vietnamese.length ? `\nMore details, in Vietnamese:\n${parts.vietnamese.join("\n")}` : "";
    text = `${facetLeads[key]}\n${parts.english.join("\n")}${rest}`;
  } else {
    const view = composeAnswer(entry, deps.kb, ctx.ward, { shown: key, choices: false });
    text = `${facetLeads[key]} the details are in Vietnamese below.\n${view.body.replace(SAMPLE_DATA_NOTE, SAMPLE_DATA_NOTE_EN)}`;
  }
  const body = `${yesNo ? `${yesNo}\n` : ""}${gatherSampleMarkers(text, "en")}`;
  const offered = [{ n: 0, label: "Talk to ward staff", action: { do: "staff" } } as OfferedChoice];
  return {
    kind: "answer",
    ...replyFields(body, [], offered, "en"),
    entries: [{ id: entry.id, title: entry.title, score: 1 }],
    entry: { id: entry.id, title: entry.title },
    shown: key,
    followup: !!ctx.memory.entryId && ctx.memory.entryId === entry.id,
    also: [],
    lang: "en",
    explanation: `Tin nhắn tiếng Anh hỏi ${key === "fee" ? "lệ phí" : key === "time" ? "thời gian" : "giấy tờ"} của mục "${entry.title}" (${entry.id}): ${parts?.english.length ? "bản tiếng Anh của thủ tục" : "phần tiếng Việt kèm dòng dẫn tiếng Anh"}.`,
    memory: extended(ctx.memory, { entryId: entry.id, shown: key, choices: offered, lang: "en" as const }),
  };
}

import { facetLabels, type FacetKey } from "../knowledge/entry-facets";
import { categoryLabels, type KnowledgeBase, type KnowledgeEntry } from "../knowledge/knowledge-schema";
import { gatherSampleMarkers } from "../knowledge/sample-markers";
import type { Ward } from "../wards/ward-profile";
import { describeNextStaffTime } from "../wards/working-hours";
import {
  emptyMemory,
  type AnswerResult,
  type AskResult,
  type ClarifyResult,
  type ConversationMemory,
  type HandoffReason,
  type HandoffResult,
  type OfferedChoice,
  type ScoredEntry,
  type Shown,
  type SmalltalkResult,
} from "./ask-result";
import { pickChoice, pickedNumber } from "./choice-picking";
import { bestFacetFor, BRIEF_LIMIT, composeAnswer, FULL_LABEL, hasFacet, staffChoice, STAFF_LABEL, fullText } from "./compose-answer";
import { EntryScopes } from "./entry-scope";
import { askedAspect, MATTER_CHARS } from "./handed-off-matter";
import { handedOffOutright, switchedOnOwnWords } from "./switched-but-uncovered";
import { marksQuestions, segmentsWithEnds, storySentence } from "./story-sentences";
import { CLAUSE_MIN_IDF, clauseAmongLeaders, toldAsStory, clauseNamesEntry, conditionThenQuestion, questionClauses, storyThenQuestion } from "./question-clause";
import { TitleHeads } from "./title-head";
import { TITLE_RIVAL_SHARE, TitlePhrases } from "./title-phrase";
import { BareSubjects } from "./bare-subject";
import { SampleSideWords } from "./sample-side-words";
import { DivertedCompound } from "./diverted-compound";
import { answersWithWardOffice, otherPlaceNamed } from "./other-place";
import { livesElsewhere } from "./resident-elsewhere";
import { placeFramedElsewhere } from "./place-framed-elsewhere";
import { everydayWords } from "./place-lookalike";
import { scamHallmarkPattern } from "./scam-hallmarks";
import { asksGenuineAppSource } from "./genuine-app-source";
import { saysImpersonation } from "./impersonation-word";

import { officeElsewhere } from "./office-elsewhere";
import { chitChat } from "./chit-chat";
import { leavesScamForMatter } from "./scam-and-matter";
import { matterOverWarning } from "./matter-over-warning";
import { describesService, serviceAsked } from "./existence-question";
import { namesThing, thingDefined } from "./definition-question";
import { isEnglish } from "./english";
import { englishTurn } from "./english-turn";
import { englishSmalltalk } from "./english-smalltalk";
import { scamSearchText } from "./english-scam-related";
import { readFacet, shapedLikeFollowup, topicTextKeepingTitleWords, type FacetReading } from "./facet-cues";
import { personCondition } from "./followup-shape";
import { statesOfReferent } from "./referent-statement";
import { namesSiblingSubject } from "./sibling-subject";
import { BoundSyllables } from "./bound-syllable";
import { asksContrastTie, asksUnsureNewQuestion } from "./unsure-new-question";
import { coreGap } from "./core-gap";
import { asksPerUnitPrice } from "./per-unit-price";
import { asksTaxOfProcedure } from "./tax-of-procedure";
import { procedureFeeNames } from "./procedure-fee-names";
import { courseFeeAsked } from "./course-fee";
import { offTopicAsPurpose } from "./off-topic-purpose";
import { agreedCandidate } from "./clarify-agreement";
import { coverageLeadTie } from "./coverage-lead-tie";
import { endsAsQuestion, genericWordsOnly } from "./generic-words";
import { changesTopic } from "./topic-change";
import { namesOtherSubject, titleWords } from "./other-subject";
import { negatedThing } from "./negated-thing";
import { scamStoryTurn } from "./scam-story";
import { partAskedElsewhere } from "./part-elsewhere";
import { namesTitleInsidePrevious } from "./title-inside-previous";
import { namesTitleSubject } from "./title-subject-named";
import { echoesPreviousAnswer } from "./echo-question";
import { partWordHow } from "./part-word-how";
import { titleNamesSubject } from "./not-covered-turn";
import { keyWordAbsent, uncoveredSubject } from "./uncovered-subject";
import { uncoveredMatterWord } from "./uncovered-matter-word";
import { fold as foldMatter } from "./matter-words";
import { titleAsksPartAsked } from "./part-asked-sibling";
import { topicAmongLeaders } from "./topic-among-leaders";
import { CONTRAST_CORE, CONTRAST_LEAD, contrastOpener } from "./contrast-subject";
import { offTopicOf, offTopicTurn } from "./off-topic-turn";
import { askedMatterIn } from "./uncovered-matters";
import { asksToBeConnected } from "./connect-call-request";
import { withoutProperNames } from "./proper-names";
import { asksToCheckOwnFile } from "./own-case-check";
import { asksPersonalContact } from "./personal-contact";
import { asksForRecommendation } from "./recommendation-request";
import { followsThrough } from "./follow-through";
import { previousUnranked } from "./previous-unranked";
import { statesOwnFigure } from "./figure-statement";
import { leadingClause } from "./part-then-circumstance";
import { handoffLead, partOnlyAfterHandoff, partOnlyTerms } from "./part-after-handoff";
import { CLOSE_CALL_CORE, CLOSE_CALL_LEAD, CLOSE_CALL_SHORT_TERMS, CLOSE_CALL_SHORT_WORDS, CLOSE_CALL_TERMS, namesOtherHead, negatedCase } from "./close-call";
import { onlyPartWords, whichOfferedBody, whichProcedureBody } from "./part-without-topic";
import { personStateCondition } from "./person-status-condition";
import { isCheckingEntry, looksUpScamObject } from "./lookup-scam-object";
import { asksPrerequisite } from "./prerequisite-asked";
import { asksWarnedTitle } from "./warned-title-yes-no";
import { cannotComeInHours } from "./cannot-come-in-hours";
import { reportsPointedObject } from "./reporting-pointed-object";
import { moneyBackAsked } from "./money-back-question";
import { asksAgainPlainer, closingReply } from "./closing-replies";
import { asksAboutTheMessage } from "./scam/about-message";
import { COMMON_WORD_IDF, commonWordsOnly, coversPart, isReportingEntry, reissuePart, reportingQuestion } from "./part-asked";
import { channelQuestionPattern, checkingVerbPattern, humanRequestPattern, offTopicPattern, onDutyPattern, personRequestPattern, scamTalkPattern, smalltalkPatterns } from "./lexicon";
import { replyFields } from "./reply-text";
import { checkSafety, checkSafetyDetailed, type SafetyContext } from "./safety";
import { scatteredMatch } from "./scattered-match";
import { SearchIndex, type RankingTuning, type Scored } from "./search-index";
import { foldedText } from "./text-analysis";
import { foldDiacritics, LastTwo, normalizeText } from "./vietnamese-text";
import { yesNoSentence } from "./yes-no";
import { scamScriptYesNo } from "./scam-script-yes-no";
import { greenLaneYesNo } from "./green-lane-yes-no";
import { composeWithYesNo } from "./stated-yes-no";
import { factInPreviousContext } from "./fact-in-previous-context";
import { partShown } from "./part-shown";
import { partAskedPlainly } from "./part-asked-plainly";
import { timeIsWardSchedule, wardHoursAsked } from "./ward-hours-part";
import { extended } from "../lib/extended";
import { matches } from "../lib/regex-prefilter";
import { unnamed } from "./unnamed";
import { asksPaperRequired } from "./paper-required";
import { namesPreviousTitle } from "./previous-title-named";
import { namesOnlyOtherTitle } from "./other-title-only";
import { leansOnClarify } from "./clarify-continuation";
import { HELD_PARTS, offeredAboveFirst, partAfterClarify } from "./part-after-clarify";
import { correctionNamingWrong } from "./correction-naming-wrong";
import { asksToTalkDirectly } from "./direct-talk-request";
import { asksToMeetNow } from "./meet-now-request";
import { reactsToAnswer } from "./reaction-to-answer";
import { asksPreviousUnderCondition, questionAfterCondition } from "./condition-then-previous";
import { askedAfterDone, asksPartAfterDone, switchesAfterDone } from "./asked-after-done";
import { askedAfterBareDone, doneClause, nextProcedure } from "./next-procedure";
import { contrastNamesTitle } from "./contrast-title-named";
import { asksStaffIdentity } from "./staff-identity";
import { namedRunnerUp } from "./title-named-runner-up";
import { CHILD_AFTER_CON } from "./child-word";
import { checkingNotLoss } from "./checking-not-loss";
import { secretCodeEntry } from "./secret-code-asked";
import { reRegistrationEntry } from "./re-registration-asked";
import { personalDataGivenEntry } from "./personal-data-given";
import { asksAboutChannel } from "./channel-nature-question";
import { callsForPerson } from "./bare-person-call";
import { lateCivilRegistrationEntry } from "./late-civil-registration";
import { submittedFileTracking } from "./submitted-file-tracking";
import { namesThisChat, onlyChatMarks } from "./this-chat-named";
import { otherAppTitled } from "./other-app-titled";
import { asksAppLogin } from "./app-login";
import { asksAppAction } from "./app-action";
import { foldKeepingLookalikes } from "./lookalike-accents";
import { resumesAfterHandoff } from "./after-handoff";
import { personAsideClear, withoutPersonWords } from "./person-words-aside";
import { withoutLetterFrame, withoutSelfIntroduction } from "./letter-frame";
import { withoutOwnWork, withoutWorkWords } from "./work-words-aside";
import { StoryWords } from "./story-words-aside";
import { entryOfAskedAction } from "./asked-action-entry";
import { isReportTrackingEntry, reportNotAnswered } from "./report-not-answered";
import { reportProgressAsked } from "./report-progress-asked";
import { MERGER_ENTRY, mergedPlaceTold } from "./merged-place-told";
import { topNamesAnotherApp } from "./unnamed-app-top";
import { deadlineQuestion } from "./deadline-question";
import { NamedAppUse } from "./named-app-use";
import { appOverAssistance } from "./app-over-assistance";
import { inPreviousTitleWordsOnly } from "./previous-title-words";
import { learnedElsewhere } from "./switched-learned-answer";
import { NamedCandidates } from "./named-candidate";
import { timeEntryElsewhere } from "./time-entry-elsewhere";
import { facetTitledRunnerUp, facetTitledSibling, partTitledSibling } from "./facet-titled-sibling";
import { namesTitleAlias } from "./title-alias-named";
import { correctionAnsweredAlone } from "./correction-read-alone";
import { namedCloseCallSettled } from "./named-close-call-alone";
import { unsureCorrection } from "./correction-read-together";
import { caseEntryElsewhere, caseWordsOfOtherTitle } from "./case-entry-elsewhere";
import { contrastTitleTie } from "./contrast-title-tie";
import { returnedTopic } from "./return-to-topic";
import { afterAcknowledgment } from "./acknowledgment-opener";
import { readTelexMessage } from "./telex-message";
import { readAgeShorthand } from "./age-shorthand";
import { readRunTogetherWords } from "./run-together-words";
import { readFearOfFalling } from "./fear-of-falling";
import { readDictatedWords } from "./dictated-words";
import { EntrySpellings, readConfusedSpellings, type WrittenForms } from "./confused-spelling";
import { helpEntryAsked } from "./help-request";
import { asksForGenuine, asksWhetherToAct, reportsTheScam, typedFolded } from "./scam-followups";
import { victimReportWhere } from "./victim-report-where";
import { checksWithoutObject } from "./checking-without-object";
import { asksWhatToDoNow } from "./scam-what-now";
import { asksIfScam } from "./scam-is-it-real";
import { trackingEntryAsked } from "./tracking-after-submission";
import { portalLoginAfterFiling } from "./portal-login-after-filing";
import { ownVneidTroubleAfterScam, vneidTroubleTurn } from "./vneid-trouble-turn";
import { residenceRemovalTurn } from "./residence-removal-turn";
import { overdueFileTurn } from "./overdue-file-turn";
import { greenLaneListTurn } from "./green-lane-list-turn";
import { mayTellSituation, situationEntry } from "./situation-entry";
import { coverageWithoutSideWords, namedDespiteSideWords, RARE_WORD_IDF, SIDE_WORDS_LEAD } from "./named-despite-side-words";
import { recoversWithoutObject } from "./recover-without-object";
import { applicationFormRest } from "./application-form-asked";
import { appSaysCondition } from "./app-says-condition";
import { aboutAppOrAccount, tellsAppTrouble } from "./app-trouble-statement";
import { quotesServiceMessage } from "./quoted-service-message";
import { partFoundElsewhere, restatesPartOnly } from "./part-restated-only";
import { foldedTitle } from "./folded-title";
import { doneButNothing } from "./done-but-nothing";
import { pickByLabelVariant } from "./choice-label-variant";
import { pickWrappedLabel } from "./choice-label-wrapped";
import { circumstanceInPrevious, circumstanceSentence } from "./circumstance-in-previous";
import { otherPartyRefuses } from "./other-party-refuses";
import answerWeights from "./data/answer-weights.json";
import { learnedClassifier, type AnswerClassifier, type AnswerWeights } from "./learned-answer-model";
import { LEARNED_LIMITS, learnedChoice, letterFrameTaken, type LearnedLimits } from "./learned-answer-choice";
import { ledByClassifier } from "./scam-lead-learned";
import turnWeights from "./data/turn-weights.json";
import { learnedTurnChoice, TURN_THRESHOLDS, type TurnThresholds } from "./learned-turn-choice";
import { asksListMembership, asksUnnamedPassword, namesPreviousAsWrong, otherTitleWordsInPrevious, speaksOfOwnPassword } from "./followup-own-thing";
import { followupProbability, type TurnWeights } from "./learned-turn-model";
import { mayStandAlone } from "./standalone-uncovered";
import { keptButTitledElsewhere } from "./kept-but-titled-elsewhere";

/**
 * An office elsewhere or a question framed by another province (office-elsewhere.ts, place-framed-elsewhere.ts), read on the
 * analysed message and, failing that, on the words as typed: spelling repair may turn a province typed bare into another
 * word ("o da nang dang ky tam tru" read "da nan"), and the question was answered with this ward's office.
 */
function placeElsewhere(folded: string, text: string): string | undefined {
  const typed = typedFolded(text);
  const found = officeElsewhere(folded) ?? placeFramedElsewhere(folded) ?? (typed === folded ? undefined : (officeElsewhere(typed) ?? placeFramedElsewhere(typed)));
  // (not "hai phòng" typed with its accents: two rooms, not Hải Phòng, place-lookalike.ts)
  return everydayWords(found, text) ? undefined : found;
}


export type { AskKind, AskResult, ConversationMemory } from "./ask-result";

/** When to answer, ask back or hand off; measured on tuning questions (bench/tune-ranking.ts, bench/answers.ts). */
export type DecisionThresholds = {
  /** below this top score nothing fits: hand off */
  minScore: number;
  /** below this share of the question's content words found in the top entry: hand off */
  minCoverage: number;
  /** below this share found in the top entry's title, questions, keywords and summary: hand off */
  minCoreCoverage: number;
  /** below this share of the question's two most informative words in the top entry's core: hand off */
  minKeyCoverage: number;
  /** answer when the top score reaches this and beats the second by answerRatio */
  answerScore: number;
  answerRatio: number;
  /** a weak match (below weakScore) must beat the second by weakRatio */
  weakScore: number;
  weakRatio: number;
  /** or when it is this clear a match, beating the second by clearRatio */
  clearScore: number;
  clearRatio: number;
  /** every content word of the question in the top entry: a smaller lead over the second suffices */
  fullCoverage: number;
  fullCoverageRatio: number;
  /** below this coverage the top entry is about something else unless it wins clearly: hand off */
  lowCoverage: number;
  lowCoverageScore: number;
  lowCoverageRatio: number;
  /** a story (at least storyTerms content words, most of them about the resident's life, not the
   *  topic): a top entry with storyScore that leads by storyRatio is the answer, whatever the coverage */
  storyTerms: number;
  storyScore: number;
  storyRatio: number;
  /** a near tie where the top entry's core (title, questions, keywords, summary) holds at least
   *  coreLeadCore of the message's words and coreLead more than the second's: the message names the
   *  top entry's subject, the second matched it in its body; answered from coreLeadScore, when the
   *  top's core also has the message's two most informative words and the second's does not */
  coreLeadScore: number;
  coreLeadCore: number;
  coreLead: number;
};

/** Chosen on the tuning sets (tests/fixtures/blind/tuning-*.jsonl, tests/fixtures/paraphrases.jsonl), never on the eval sets. */
export const defaultThresholds: DecisionThresholds = {
  minScore: 0.15,
  minCoverage: 0.2,
  minCoreCoverage: 0.2,
  minKeyCoverage: 0,
  answerScore: 0.15,
  answerRatio: 1.15,
  weakScore: 0.25,
  weakRatio: 1.4,
  clearScore: 0.55,
  clearRatio: 1.1,
  fullCoverage: 1.01,
  fullCoverageRatio: 1.05,
  lowCoverage: 0.7,
  lowCoverageScore: 0.25,
  lowCoverageRatio: 1.3,
  storyTerms: 12,
  storyScore: 0.18,
  storyRatio: 1.3,
  coreLeadScore: 0.2,
  coreLeadCore: 0.9,
  coreLead: 0.15,
};

export const FEEDBACK_HELPFUL = "Hữu ích";
export const FEEDBACK_NOT_HELPFUL = "Chưa đúng";
export const ASK_FOR_STAFF = STAFF_LABEL;

/** "không phải, ý tôi là …": the previous answer was the wrong topic (folded, lowercase). */
const correctionLead = String.raw`^\s*(?:(?:a|o|oi|u|ua|thoi|a thoi)\s*[,.!]?\s+)?(?:khong\s*[,.!]?\s*)?`;
const correctionPattern = new RegExp(
  correctionLead +
    String.raw`(?:${correctionNamingWrong}|(?:(?:khong|ko|k|hong|chua) (?:phai|dung)(?: roi)?|sai roi|nham roi|khong phai cai do|khong phai y do)\b[\s,.!:;-]*(?:(?:y )?(?:toi|em|minh|chau|bac)? ?(?:la|muon hoi|hoi|can hoi|dang hoi)(?: ve| la)?\b)?[\s,.:;-]*|(?:y (?:toi|em|minh|chau|bac) la|toi muon hoi la|toi dang hoi ve|cai toi hoi la)\b[\s,.:;-]*)`,
);

/** Where one message asks two things: question marks, new lines, sentence ends, "còn … thì". */
// ("con trai", "con tôi": the child, not "còn": child-word.ts)
const segmentBreak = new RegExp(String.raw`[?？]+|\n+|[.;!]\s+(?=\p{L})|,\s+(?=(?:còn|con(?!\s+${CHILD_AFTER_CON})|với lại|voi lai|và cho hỏi|va cho hoi|cho hỏi thêm|cho hoi them)\s)`, "u");

type Retrieval = {
  ranked: Scored[];
  top: Scored | undefined;
  scored: ScoredEntry[];
  ratio: number;
  /** nothing fits well enough: hand off */
  weak: boolean;
  /** the top entry is a clear answer */
  confident: boolean;
  signals: string;
  /** the top shares a title head with a close candidate whose subject the message names: no near-tie rule */
  headTie?: boolean;
};

/** No ranking behind an answer: an entry a rule chose outright (a help entry, a scam story's advice). */
const noRetrieval = (): Retrieval => ({ ranked: [], top: undefined, scored: [], ratio: 0, weak: true, confident: false, signals: "" });

type TurnContext = {
  ward: Ward;
  now: number;
  memory: ConversationMemory;
  scamVictim?: string;
  partAsked?: FacetKey;
  handedOff?: string;
  handedOffLead?: number;
  /** the message handed off last turn as a matter out of the ward's coverage (one turn only; handed-off-matter.ts) */
  handedOffMatter?: string;
  /** this turn's message read alone, as a first question (asked once a turn by the later-turn checks: aloneReading) */
  alone?: AskResult;
  /** one of several questions in one message: each is answered, never asked back (no close call, no story read across them) */
  segment?: boolean;
  /** the scam check had something to say of this message (a warning, or "no clear signs" of a forwarded text): it is not read as a story before a question */
  scamChecked?: boolean;
};

/**
 * The answer engine: the one place that decides how a message is answered. Pure: no database,
 * no network, no clock of its own; the conversation's memory comes in and goes out with each
 * turn; the same instance serves every ward (ward facts are filled in per answer).
 */
export class Assistant {
  private readonly index: SearchIndex;
  private readonly published: KnowledgeEntry[];
  /**
   * the entries' written syllables and pairs, for confused spellings (confused-spelling.ts): the search index's (stored
   * with it, entry-spellings.ts) when it was built over these entries, else read from them at the first ask, not in the
   * constructor — indexing every entry's pairs costs about 60–240 ms of CPU, which spent the processing child's whole
   * warm-up budget before its first ask (tests/processing-warm-up.test.ts) and every construction that never asks
   */
  private spellingsBuilt: WrittenForms | undefined;
  private get spellings(): WrittenForms {
    return (this.spellingsBuilt ??= this.index.spellingsOf(this.published) ?? new EntrySpellings(this.published));
  }
  private readonly byId: Map<string, KnowledgeEntry>;
  private readonly entryTexts = new Map<string, string>();
  private readonly scopes: EntryScopes;
  private readonly titleHeads = new TitleHeads();
  private readonly titlePhrases = new TitlePhrases();
  private readonly bareSubjects: BareSubjects;
  private readonly sideWords = new SampleSideWords();
  private readonly divertedCompounds = new DivertedCompound();
  private readonly boundSyllables: BoundSyllables;
  private readonly appUses: NamedAppUse;
  private readonly namedCandidates = new NamedCandidates();
  private readonly storyWords: StoryWords;
  /** fold()'s last results: a turn folds its message about 3.6 times (a pure function of the text for this index) */
  private readonly lastFolds = new LastTwo();
  private readonly thresholds: DecisionThresholds;
  /** the learned reading of first questions (learned-answer-model.ts); none for a knowledge base the weights were not trained on */
  private readonly learned: AnswerClassifier | undefined;
  /** the learned reading of later turns (learned-turn-model.ts, learned-turn-choice.ts); none without the classifier */
  private readonly turns: { weights: TurnWeights; thresholds: TurnThresholds } | undefined;
  /** where the classifier may change a first question's outcome (learned-answer-choice.ts) */
  private readonly learnedLimits: LearnedLimits;

  constructor(
    readonly kb: KnowledgeBase,
    options: { tuning?: Partial<RankingTuning>; thresholds?: Partial<DecisionThresholds>; index?: SearchIndex; learned?: boolean; learnedWeights?: AnswerWeights; learnedLimits?: LearnedLimits; learnedTurns?: { weights?: TurnWeights; thresholds?: Partial<TurnThresholds> } | boolean } = {},
  ) {
    this.published = kb.entries.filter((e) => e.status === "published");
    this.byId = new Map(this.published.map((e) => [e.id, e]));
    // `index`: one loaded from storage (server/knowledge/stored-index.ts), built over these published entries
    this.index = options.index ?? new SearchIndex(this.published, options.tuning);
    // the entries' titles, keywords and subjects as folded when the index was stored (entry-folds.ts), else foldedText
    const fold = this.index.foldsOf(this.published);
    this.scopes = new EntryScopes(this.published, fold);
    this.bareSubjects = new BareSubjects(this.published, fold);
    this.boundSyllables = new BoundSyllables(this.published);
    this.appUses = new NamedAppUse(this.published, fold);
    this.storyWords = new StoryWords(this.published, fold);
    this.thresholds = { ...defaultThresholds, ...options.thresholds };
    // on unless `learned: false` (tests of the rules' own hand-off mechanisms): held out by writer set it fixed
    // clearly more first questions than it broke (bench/README.md, session 16); off by itself for a knowledge base
    // the weights were not trained on (learned-answer-model.ts)
    this.learned = (options.learned ?? true) ? learnedClassifier(options.learnedWeights ?? (answerWeights as AnswerWeights), this.byId) : undefined;
    this.learnedLimits = options.learnedLimits ?? LEARNED_LIMITS;
    // `learnedWeights`, `learnedLimits`, `learnedTurns`: other weights or thresholds (the leave-one-writer-set-out benches, tests)
    // on unless `learnedTurns: false` (session 17: held out by writer set it fixed more later turns than it broke and
    // lowered confident wrong; a circumstance naming another topic before "thì" is read by circumstance-shape.ts)
    const turns = options.learnedTurns ?? true;
    this.turns = this.learned && turns !== false ? { weights: (turns !== true && turns.weights) || (turnWeights as TurnWeights), thresholds: { ...TURN_THRESHOLDS, ...(turns !== true ? turns.thresholds : {}) } } : undefined;
  }

  get version(): string {
    return this.kb.version;
  }

  entry(id: string): KnowledgeEntry | undefined {
    return this.byId.get(id);
  }

  /**
   * Decides the reply to one message. `memory` is what the conversation remembered after the
   * previous turn (none for a fresh conversation); the result carries what to remember next.
   */
  ask(text: string, ward: Ward, now: number, memory: ConversationMemory = emptyMemory()): AskResult {
    // a message typed in raw Telex ("thur tucj ddawng kys") as the Vietnamese it was meant to be (telex-message.ts)
    // names and words as voice-to-text writes them ("vn id", "ct 07", "thẻ căn cứ"): dictated-words.ts
    // "bé 14t", "tôi 70t rồi": an age typed as shorthand, read as "N tuổi" (age-shorthand.ts)
    // "congchung cccd", "phuongmay giolamviec": syllables typed without spaces, read apart (run-together-words.ts)
    // "nàm giấy khai xinh", "nừa đảo": a consonant confused in a form no entry writes, as the entries spell it (confused-spelling.ts)
    const typed = textReaders.reduce((t, read) => read(t), text.normalize("NFC").trim().slice(0, 4000));
    const trimmed = readConfusedSpellings(readRunTogetherWords(typed, this.spellings), this.spellings);
    // a victim warning's scam lasts one turn: what this turn remembers does not carry it on
    const { scamVictim, partAsked, handedOff, handedOffLead, handedOffMatter, ...carried } = memory;
    const ctx: TurnContext = { ward, now, memory: carried, scamVictim, partAsked, handedOff, handedOffLead, handedOffMatter };
    if (!trimmed) return this.handoff(ctx, "empty", [], "tin nhắn trống");
    const { result: safety, ownWords, score: scamScore } = checkSafetyDetailed(trimmed, this.safetyContext(trimmed, ward, now, memory));
    // a warning on a resident's own question (no quote, no link) that is about something the
    // knowledge base answers outside scams ("có nên gửi ảnh căn cước cho chủ nhà trọ không",
    // "ngoài giờ nhắn Zalo này bao giờ cán bộ trả lời") is answered; a victim always gets the steps
    // ("có phải lừa đảo không", "thật không" about a warned message: the warning is the answer)
    const ownQuestion =
      !!safety && ownWords && safety.kind === "scam_warning" && !safety.handoff && trimmed.length <= OWN_QUESTION_CHARS && ((questionShaped(foldedText(trimmed)) && !asksAboutTheMessage(foldedText(trimmed))) || !!personalDataGivenEntry(typedFolded(trimmed)));
    // "gửi phản ánh qua Zalo này được ạ": the only marks are the check's reading of this very chat; whatever the knowledge base makes of it (this-chat-named.ts)
    const chatQuestion = !!safety && ownWords && safety.kind === "scam_warning" && !safety.handoff && trimmed.length <= OWN_QUESTION_CHARS && namesThisChat(typedFolded(trimmed)) && onlyChatMarks(safety.scam.signals) && !asksAboutTheMessage(foldedText(trimmed));
    // "tôi vào dichvucong.gov.vn nhưng không biết tạo tài khoản…": a question naming only official
    // sites is the resident's own question too (a forwarded notice is not question-shaped)
    const officialLinkQuestion =
      safety?.kind === "scam_no_signs" && namesOfficialLinksOnly(safety.scam.signals) && trimmed.length <= OWN_QUESTION_CHARS && questionShaped(foldedText(trimmed));
    // `vneid báo "Tài khoản … bị khóa", mở khóa sao`: a service's own status text quoted is the resident's question (quoted-service-message.ts)
    const serviceQuoted = safety?.kind === "scam_no_signs" && quotesServiceMessage(trimmed, safety.scam);
    // "hàng xóm thả chó cắn con tôi, tôi muốn họ bồi thường": a matter no entry covers told in the resident's own words, no
    // scam in it; handed off when the assistant's own reading hands it off, else the check's reply stands (matter-over-warning.ts)
    const matterTold = !!safety && ownWords && safety.kind !== "handoff" && !("handoff" in safety && safety.handoff) && matterOverWarning(trimmed, safety.scam, scamScore ?? 0);
    // the check's reply stands, unless it left the message to the knowledge base: "no clear signs" on the resident's own
    // words, an official link or a service's quoted text asked about, their own question, a question to the channel
    const warningStands = !!safety && !(safety.kind === "scam_no_signs" && (ownWords || officialLinkQuestion || serviceQuoted)) && !ownQuestion && !chatQuestion;
    if (safety && warningStands && !matterTold) return safety;
    // (a "no clear signs" reading of the resident's own words — no quote, no link — in a story of STORY_WORDS or more is still
    // read as a story before a question: a family matter told before it asks is theirs, not a text to check; a shorter
    // "có người nhắn …, có phải lừa đảo không" stays the scam check's; tests/assistant-long-story-s28.test.ts)
    const understood = this.understand(trimmed, safety && !(safety.kind === "scam_no_signs" && ownWords && toldAsStory(trimmed)) ? extended(ctx, { scamChecked: true }) : ctx);
    // (session 23) identity data already given away, told mid-conversation ("nhưng mẹ tôi lỡ đọc tên, ngày sinh, số căn cước
    // cho họ rồi" after a prize call): the personal-data entry, not more of the scam answered before nor the at-risk steps for a
    // code or an app (personal-data-given.ts); the message's own ranking is not asked (a follow-up reading keeps the scam's)
    const given = ownQuestion ? personalDataGivenEntry(typedFolded(trimmed)) : undefined;
    const givenEntry = given && !(understood.kind === "answer" && understood.entry.id === given && !understood.followup) ? this.byId.get(given) : undefined;
    const result = givenEntry && appliesTo(givenEntry, ward) && givenEntry.status === "published" ? this.answer(givenEntry, readFacet(this.fold(trimmed)), this.fold(trimmed), { ...noRetrieval(), scored: understood.entries, signals: "dữ liệu cá nhân đã đưa cho người khác" }, ctx, false) : understood;
    const matterHandedOff = matterTold && result.kind === "handoff" && result.handoff.reason === "out_of_scope";
    if (ownQuestion && !chatQuestion && !matterHandedOff && !(result.kind === "answer" && !result.entry.id.startsWith("ld-") && result.entries[0]?.id === result.entry.id && !result.followup)) return safety;
    // "no clear signs" on a resident's own words: their question, answered where the knowledge base can;
    // a request for a person ("có người thật không, cần nói chuyện trực tiếp") is that, not a message to check
    const personAsked = result.kind === "handoff" && result.handoff.reason === "asked_for_person";
    if (safety && result.kind !== "answer" && result.kind !== "clarify" && !personAsked && !chatQuestion && !serviceQuoted && !matterHandedOff) return safety;
    // (the warning let through for its matter alone, and the matter answered after all: the warning, as before)
    if (safety && warningStands && matterTold && !matterHandedOff) return safety;
    // a first question the learned classifier reads otherwise, with high probability (learned-answer-choice.ts)
    // a later turn the learned turn model reads otherwise: a topic of its own, or a follow-up (learned-turn-choice.ts)
    const learnedOrRules = this.firstQuestion(ctx) ? this.learnedTurn(trimmed, result, ctx) : this.learnedLaterTurn(trimmed, result, ctx);
    // a turn kept on the previous entry that alone goes to another entry whose title it names: asked which (kept-but-titled-elsewhere.ts)
    // "thế chia tài sản thì sao" after a divorce was handed off: one more side of the matter handed off (handed-off-matter.ts)
    // a turn switched to another entry on its own words that alone would be handed off: handed off (switched-but-uncovered.ts)
    const decided = this.matterContinued(trimmed, this.switchedUncovered(trimmed, this.keptOrAsked(trimmed, learnedOrRules, ctx), ctx), ctx);
    // (a matter's hand-off let through over the scam check's reply stands only as a hand-off)
    if (safety && matterHandedOff && decided.kind !== "handoff") return safety;
    if (decided.kind === "answer" || decided.kind === "clarify") decided.memory.question = trimmed.slice(0, 300);
    return decided;
  }

  /** The learned classifier's say on a first question's outcome (learned-answer-choice.ts); the result as it is otherwise. */
  private learnedTurn(text: string, result: AskResult, ctx: TurnContext): AskResult {
    if (!this.learned || result.lang !== "vi") return result;
    // a question about this chat, or the merger told from an old commune's side, read by its own rule: the classifier has few such lines to know it by
    if (result.kind === "answer" && (result.explanation.includes(CHANNEL_ASKED) || result.explanation.includes(MERGER_TOLD))) return result;
    const weakMatch = result.kind === "handoff" && result.handoff.reason === "out_of_scope" && result.explanation.includes("khớp yếu");
    const storyAsked = result.kind === "answer" && result.explanation.includes("câu hỏi sau phần kể");
    const letterFramed = result.kind === "answer" && letterFrameTaken(text);
    const clauseOfStory = result.kind === "answer" && result.explanation.includes(CLAUSE_ASKED) && toldAsStory(text);
    const choice = learnedChoice(text, { kind: result.kind, weakMatch, candidates: result.entries.map((e) => e.id), storyAsked, letterFramed, clauseOfStory }, this.learned, this.learnedLimits);
    if (!choice) return result;
    const why = "bộ phân loại đã học";
    if (choice.do === "handoff") return this.handoff(ctx, "out_of_scope", result.entries, `${why}: ${LEARNED_HANDOFF}`, topicOf(text));
    const folded = this.fold(text);
    const reading = readFacet(folded);
    const entries = (choice.do === "answer" ? [choice.id] : choice.ids).map((id) => this.byId.get(id)).filter((e): e is KnowledgeEntry => !!e && appliesTo(e, ctx.ward));
    // (not where the rules hand off for a place elsewhere: the classifier does not read places)
    if (choice.do === "answer" && (placeElsewhere(folded, text) ?? otherPlaceNamed(text, ctx.ward.name) ?? livesElsewhere(text))) return result;
    if (choice.do === "answer") return entries[0] ? this.answer(entries[0], reading, folded, { ...noRetrieval(), scored: result.entries, signals: LEARNED_PICK }, ctx, false) : result;
    return entries.length > 1 ? this.clarify(entries.map((entry) => ({ entry })), reading, result.entries, `${why} không đồng ý với mục "${entries[0]!.title}"`, ctx) : result;
  }

  /** The learned turn model's say on a later turn that the rules answered (learned-turn-choice.ts); the result as it is otherwise. */
  private learnedLaterTurn(text: string, result: AskResult, ctx: TurnContext): AskResult {
    const previous = ctx.memory.entryId ? this.byId.get(ctx.memory.entryId) : undefined;
    if (!this.learned || !this.turns || !previous || result.kind !== "answer" || result.lang !== "vi") return result;
    const choice = learnedTurnChoice(text, { kind: result.kind, entryId: result.entries[0]?.id, previous: previous.id }, this.learned, this.turns.weights, this.turns.thresholds);
    if (!choice) return this.uncoveredAlone(text, result, previous, ctx);
    const folded = this.fold(text);
    if (choice.do === "keep") return appliesTo(previous, ctx.ward) ? this.followUp(previous, readFacet(folded), folded, [], ctx) : result;
    // the message alone must rank that entry among its first three too
    const alone = this.retrieve(text, ctx.ward);
    const entry = this.byId.get(choice.id);
    if (!entry || !appliesTo(entry, ctx.ward) || !alone.scored.some((s) => s.id === choice.id)) return result;
    return this.answer(entry, readFacet(folded), folded, { ...alone, signals: "mô hình lượt hội thoại đã học: câu hỏi mới, không hỏi tiếp mục trước" }, ctx, false);
  }

  /** A later turn kept on the previous entry, that alone is answered from another entry whose title's subject it names: both offered, and staff. */
  private keptOrAsked(text: string, result: AskResult, ctx: TurnContext): AskResult {
    // (the entry kept: the previous answer's, or the one a scam warning before led with)
    const previous = result.kind === "answer" && result.followup && !this.firstQuestion(ctx) ? this.byId.get(result.entry.id) : undefined;
    if (!previous || result.kind !== "answer" || result.lang !== "vi") return result;
    const alone = this.aloneReading(text, ctx);
    const other = alone.kind === "answer" && !alone.followup && alone.entries[0]?.id === alone.entry.id ? this.byId.get(alone.entry.id) : undefined;
    const folded = this.fold(text);
    const reading = readFacet(folded);
    const all = this.topicTermsOf(folded, reading);
    // the rules that keep a turn on purpose though it names another title: an action of the app just answered ("kích
    // hoạt thế nào", "cài đặt rồi đăng nhập"; app-action.ts, app-login.ts), a procedure asked about the list just
    // answered ("đăng ký tạm trú có trong đó không"); after a condition ("nhà em thuê trọ, tạm trú ở đây thì khai ở
    // đâu" after khai sinh; condition-then-previous.ts) only the question after it may name the other title
    if (asksAppAction(folded, all, previous) || asksAppLogin(folded, all, previous) || asksListMembership(typedFolded(text))) return result;
    const asked = questionAfterCondition(folded);
    const terms = asked ? this.topicTermsOf(asked) : all;
    if (!other || !appliesTo(other, ctx.ward) || !keptButTitledElsewhere({ previous, kept: true, alone: other, terms, idf: (w) => this.index.idfFor(w), inPrevious: (w) => this.index.termCoverage(previous.id, [w]) > 0 })) return result;
    return this.clarify([{ entry: other }, { entry: previous }], reading, alone.entries, `hỏi tiếp mục "${previous.title}" nhưng câu hỏi nêu chủ đề của mục "${other.title}"`, ctx);
  }

  /** An aspect ("[thế/còn] X thì sao") of the matter handed off last turn, handed off when read together with it it is, and X names no subject of the entry answered (handed-off-matter.ts). */
  private matterContinued(text: string, result: AskResult, ctx: TurnContext): AskResult {
    const matter = ctx.handedOffMatter;
    if (!matter || result.lang !== "vi" || !askedAspect(text)) return result;
    // (an aspect handed off on its own words — "chia tài sản" names a matter no entry speaks of, uncovered-matter-word.ts —
    // keeps the matter it is an aspect of remembered: "còn con cái thì sao" next is one more side of the divorce)
    if (result.kind === "handoff") return result.handoff.reason === "out_of_scope" ? withMatter(result, matter) : result;
    if (result.kind !== "answer" && result.kind !== "clarify") return result;
    // (the entry answered, or every one offered: a subject of theirs named is a question of its own)
    const ids = result.kind === "answer" ? [result.entry.id] : result.memory.choices.flatMap((c) => (c.action.do === "show" ? [c.action.entryId] : []));
    const folded = this.fold(text);
    const entries = ids.map((id) => this.byId.get(id)).filter((e): e is KnowledgeEntry => !!e);
    if (!entries.length || entries.some((e) => ((n) => n.own.length + n.shared.length > 0)(this.namedCandidates.namesIn(e, folded)))) return result;
    const together = this.ask(`${matter}. ${text}`, ctx.ward, ctx.now, emptyMemory());
    if (together.kind !== "handoff" || together.handoff.reason !== "out_of_scope") return result;
    // (the matter's nearest entries, not the look-alike the aspect alone matched: a part asked next leans on them, after-handoff.ts)
    const handed = this.handoff(ctx, "out_of_scope", together.entries, `hỏi tiếp một mặt của việc vừa chuyển cán bộ ("${topicOf(matter) ?? matter}"), không nêu chủ đề của mục ${entries.map((e) => `"${e.title}"`).join(", ")}; đọc cùng câu trước thì ${together.explanation.replace(/\.$/, "")}`, together.handoff.topic ?? topicOf(matter));
    // (the matter stays remembered: "còn con cái thì sao" next is one more side of it)
    return withMatter(handed, matter);
  }

  /**
   * A later turn answered from another entry than the previous one on its own words, that alone is handed off: handed off
   * (switched-but-uncovered.ts); that alone the learned classifier answers from a third entry: that entry (switched-learned-answer.ts).
   */
  private switchedUncovered(text: string, result: AskResult, ctx: TurnContext): AskResult {
    if (result.kind !== "answer" || result.lang !== "vi" || !switchedOnOwnWords({ answered: { entryId: result.entry.id, followup: result.followup }, previous: ctx.memory.entryId })) return result;
    // (a correction is read against the question it corrects: alone its words mean less)
    if (correctionPattern.test(foldDiacritics(normalizeText(text)))) return result;
    const alone = this.aloneReading(text, ctx);
    // (or answered alone by the learned reading of first questions from a third entry: that entry, switched-learned-answer.ts)
    const elsewhere = this.byId.get(learnedElsewhere({ answered: result.entry.id, previous: ctx.memory.entryId!, alone: { kind: alone.kind, entryId: alone.kind === "answer" ? alone.entry.id : undefined, learned: alone.explanation.includes(LEARNED_PICK) } }) ?? "");
    if (elsewhere && appliesTo(elsewhere, ctx.ward)) {
      const folded = this.fold(text);
      return this.answer(elsewhere, readFacet(folded), folded, { ...noRetrieval(), scored: alone.entries, signals: `${LEARNED_PICK} cho câu hỏi đứng riêng, không phải mục "${result.entry.title}" mà các quy tắc chuyển sang` }, ctx, false);
    }
    if (alone.kind !== "handoff" || !handedOffOutright({ reason: alone.handoff.reason, learned: alone.explanation.includes(LEARNED_HANDOFF) })) return result;
    const why = `chuyển sang mục "${result.entry.title}" bằng lời của chính câu hỏi, nhưng hỏi riêng thì ${alone.explanation.replace(/\.$/, "")}`;
    return alone.handoff.reason === "asked_for_person" ? this.personRequested(ctx, alone.entries, why) : this.handoff(ctx, "out_of_scope", alone.entries, why, alone.handoff.topic ?? topicOf(text));
  }

  /** The turn's message asked alone, as a first question; a turn's later checks (uncoveredAlone, keptOrAsked, switchedUncovered) share one reading. */
  private aloneReading(text: string, ctx: TurnContext): AskResult {
    return (ctx.alone ??= this.ask(text, ctx.ward, ctx.now, emptyMemory()));
  }

  /** A turn carried on the previous entry that stands on its own and alone would be handed off: handed off (standalone-uncovered.ts). */
  private uncoveredAlone(text: string, result: AnswerResult, previous: KnowledgeEntry, ctx: TurnContext): AskResult {
    if (!this.turns || !mayStandAlone({ carried: result.entry.id === previous.id, followupP: followupProbability(this.turns.weights, text), standsAloneBelow: this.turns.thresholds.aloneFollowup })) return result;
    const alone = this.aloneReading(text, ctx);
    if (alone.kind !== "handoff" || alone.handoff.reason !== "out_of_scope") return result;
    return this.handoff(ctx, "out_of_scope", alone.entries, `câu hỏi đứng riêng, không hỏi tiếp mục "${previous.title}" (mô hình lượt hội thoại); hỏi riêng thì ${alone.explanation}`, alone.handoff.topic ?? topicOf(text));
  }

  /** The scam and emergency checks alone: they run on every message, even while a person handles the conversation. */
  safety(text: string, ward: Ward, now: number, memory: ConversationMemory = emptyMemory()) {
    return checkSafety(text, this.safetyContext(text, ward, now, memory));
  }

  private safetyContext(text: string, ward: Ward, now: number, memory: ConversationMemory): SafetyContext {
    // "họ bảo lãi 5% một tuần, có thật không" after a scam entry: the warning on it leads with that scam (scam-is-it-real.ts)
    // (the entry answered, or the first one a scam warning offered)
    const offered = memory.choices.find((c) => c.action.do === "show")?.action;
    const carried = this.byId.get(memory.entryId ?? (offered?.do === "show" ? offered.entryId : ""));
    const asked = carried?.category === "lua-dao" && appliesTo(carried, ward) && asksIfScam(text) ? carried : undefined;
    const leading = <T extends { id: string }>(list: T[], first: (id: string, title: string) => T): T[] => (asked ? [list.find((x) => x.id === asked.id) ?? first(asked.id, asked.title), ...list.filter((x) => x.id !== asked.id)] : list);
    return {
      kb: this.kb,
      ward,
      now,
      memory,
      related: unnamed((n: number) =>
        // (the first two in the order the learned classifier reads them, when it is sure: scam-lead-learned.ts)
        leading(ledByClassifier(text, this.index
          .search(scamSearchText(text, memory.lang === "en"), { categories: ["lua-dao"], limit: 3 })
          .ranked.filter((r) => appliesTo(r.entry, ward))
          .map((r) => ({ id: r.entry.id, title: r.entry.title, score: round(r.score) })), this.learned), (id, title) => ({ id, title, score: 0 }))
          .slice(0, n),
      ),
    };
  }

  /** Searches entries (for the mini app's "Hỏi đáp" and for staff). */
  search(text: string, ward: Ward, limit = 10): Array<{ id: string; title: string; category: string; score: number }> {
    return this.index
      .search(text, { limit: limit * 2 })
      .ranked.filter((r) => appliesTo(r.entry, ward))
      .slice(0, limit)
      .map((r) => ({ id: r.entry.id, title: r.entry.title, category: r.entry.category, score: round(r.score) }));
  }

  /** The whole entry as a resident reads it (the mini app's article view, the model's documents). */
  renderEntry(entry: KnowledgeEntry, ward: Ward): string {
    return fullText(entry, this.kb, ward);
  }

  /** Folded, analysed text with the index's spelling help ("nệ phí" reads as "lệ phí"). */
  private fold(text: string): string {
    // ("hồ sơ đó" stays "sơ đó" as typed, not folded to a look-alike of "sổ đỏ": lookalike-accents.ts)
    return this.lastFolds.get(text) ?? this.lastFolds.set(text, foldKeepingLookalikes(this.index.analyzeQuery(text)));
  }

  private understand(text: string, ctx: TurnContext): AskResult {
    const { memory } = ctx;
    const folded = this.fold(text);

    // ("nơi đăng ký", "chỗ nộp" for "Nơi làm": choice-label-variant.ts)
    // ("cho hỏi lệ phí với", "xem đầy đủ giúp em": choice-label-wrapped.ts)
    const picked = pickChoice(text, memory.choices) ?? pickByLabelVariant(text, memory.choices) ?? pickWrappedLabel(text, memory.choices);
    if (picked) return this.runChoice(picked, ctx);
    const number = pickedNumber(text);
    if (number === 0) return this.personRequested(ctx);
    if (number !== undefined) return this.staleChoice(number, ctx);
    // "quay lại khai sinh, cần giấy chứng sinh không": the question after the lead (return-to-topic.ts)
    const back = returnedTopic(text);
    if (back) return this.understand(back, ctx);
    // "vâng, bao lâu thì có", "thế à, mảnh đấy …": the question after the acknowledgement (acknowledgment-opener.ts)
    const acknowledged = afterAcknowledgment(text);
    if (acknowledged) return this.understand(acknowledged, ctx);

    // whole-message patterns read the text as typed (no spelling help: "nha" is not a typo there)
    const plain = foldedText(text);
    // "người", "cb", "cán bộ ơi", "admin đâu", "alo có ai không": the whole message calls for a person, at any turn (bare-person-call.ts)
    if (callsForPerson(plain)) return this.personRequested(ctx);
    const pleasantry = englishSmalltalk(text, ctx); // "thank you so much", "hello, how are you?" (english-smalltalk.ts)
    if (pleasantry) return pleasantry;
    const smalltalk = smalltalkPatterns.find((s) => matches(s.pattern, plain));
    if (smalltalk) return this.smalltalk(smalltalk.kind, ctx);
    const closing = closingReply(plain);
    if (closing) return this.smalltalk(closing, ctx);
    // "em ơi bạn ăn cơm chưa": chit-chat with the assistant, off-topic like the weather (chit-chat.ts)
    if (chitChat(plain)) return this.handoff(ctx, "out_of_scope", [], `chủ đề ngoài phạm vi của phường ("${plain}")`, topicOf(text));
    const previous = memory.entryId ? this.byId.get(memory.entryId) : undefined;
    // "sao lại thế được", "thật à" after an answer: about that answer (reaction-to-answer.ts)
    if (previous && appliesTo(previous, ctx.ward) && reactsToAnswer(plain)) return this.answer(previous, readFacet(folded), folded, noRetrieval(), ctx, true);
    if (previous && appliesTo(previous, ctx.ward) && asksAgainPlainer(plain)) {
      const reading = readFacet(folded);
      return this.followUp(previous, hasFacet(previous, "steps", this.kb) ? { ...reading, facet: "steps", strength: 2 } : reading, folded, [], ctx);
    }

    if (isEnglish(text, memory.lang === "en")) return englishTurn(text, ctx, { kb: this.kb, entry: (id) => this.byId.get(id), retrieve: (q, ward) => this.retrieve(q, ward) });
    // "máy hay người thật", "là robot à", "nói chuyện với cán bộ qua Zalo được không": about this chat, answered (channel-nature-question.ts)
    const aboutChannel = asksAboutChannel(plain);
    if (!aboutChannel && (matches(humanRequestPattern, plain) || (matches(personRequestPattern, plain) && !matches(channelQuestionPattern, plain)))) return this.personRequested(ctx);
    if (asksToBeConnected(plain) || (!aboutChannel && asksToTalkDirectly(plain)) || asksToMeetNow(plain)) return this.personRequested(ctx);
    const staffEntry = aboutChannel ? this.published.find((e) => e.action === "handoff" && appliesTo(e, ctx.ward)) : undefined;
    if (staffEntry) return this.answer(staffEntry, readFacet(folded), folded, { ...noRetrieval(), signals: CHANNEL_ASKED }, ctx, false);
    // "tuần trước tôi báo ổ gà rồi mà chưa thấy ai đến": following a report sent, not a file for staff to check (report-not-answered.ts)
    // (…named first then said sent, its progress asked: "phản ánh đã gửi giờ sao rồi": report-progress-asked.ts)
    const tracking = (reportNotAnswered(plain) || reportProgressAsked(plain)) && !memory.scamVictim ? this.published.find((e) => isReportTrackingEntry(e) && appliesTo(e, ctx.ward)) : undefined;
    if (tracking) return this.answer(tracking, readFacet(folded), folded, { ...noRetrieval(), signals: "phản ánh đã gửi, hỏi tiến độ" }, ctx, false);
    // "xã tôi giờ thành phường à, làm giấy tờ đi đâu", "xã … cũ nhập vào đâu": the merger told from the old unit's side (merged-place-told.ts)
    const merger = mergedPlaceTold(plain) ? this.byId.get(MERGER_ENTRY) : undefined;
    if (merger && appliesTo(merger, ctx.ward)) return this.answer(merger, readFacet(folded), folded, { ...noRetrieval(), signals: MERGER_TOLD }, ctx, false);
    // one person's own number, or the resident's own file to be checked: staff's (personal-contact.ts, own-case-check.ts)
    if (asksPersonalContact(plain, text) || asksToCheckOwnFile(plain, text)) return this.handoff(ctx, "out_of_scope", [], "hỏi số liên lạc của một người, hoặc nhờ cán bộ xem hồ sơ của chính mình", topicOf(text));
    // who one member of staff is, their name or the number of the one in charge (staff-identity.ts)
    if (asksStaffIdentity(plain)) return this.handoff(ctx, "out_of_scope", [], "hỏi tên hoặc số liên lạc của một cán bộ", topicOf(text));

    const correction = correctionPattern.exec(foldDiacritics(normalizeText(text)));
    if (correction && (memory.entryId || memory.question)) {
      const rest = text.slice(correction[0].length).trim();
      // "không phải, ý tôi là lệ phí bao nhiêu": the part was wrong, not the topic
      const partOnly = rest.length >= 3 ? this.partCorrection(rest, ctx) : undefined;
      if (partOnly) return partOnly;
      // ("không phải vssid, ý em là quên mật khẩu vneid" after VssID: the wrong thing named is the previous entry's, no reissue of it)
      const reissue = rest.length >= 3 && !namesPreviousAsWrong(correction[0]!, this.byId.get(memory.entryId ?? "")) ? this.reissueCorrection(rest, ctx) : undefined;
      if (reissue) return reissue;
      const question = rest.length >= 3 ? rest : (memory.question ?? rest);
      const corrected = this.single(question, this.fold(question), ctx, memory.entryId);
      // "không phải, ý tôi là sửa ngày sinh" after "cải chính họ tên": nothing else fits, and the words
      // alone clearly name the previous entry: the resident corrected what of it they asked
      // (also when another entry answers, but only weakly next to the previous one: the words name the previous entry)
      const other = corrected.kind === "answer" ? (corrected.entries[0]?.score ?? 0) : 0;
      const same = this.sameEntryCorrection(rest, ctx, other);
      if (same) return same;
      // "không phải, ý tôi là làm khai sinh trước đã" after "nhập khẩu cho con mới sinh": the words alone leave two
      // entries level, the question they correct tells them apart (read together, the corrected entry set aside)
      if (unsureCorrection(corrected) && rest.length >= 3 && memory.question && memory.entryId) {
        const restFolded = this.fold(rest);
        const reading = readFacet(restFolded);
        const together = this.retrieveTopic(`${memory.question}. ${rest}`, reading, ctx.ward, memory.entryId);
        const alone = corrected.entries.slice(0, 2).map((e) => e.id);
        if (together.top && together.confident && alone.includes(together.top.entry.id)) return this.answer(together.top.entry, reading, restFolded, together, ctx, false);
      }
      // "không phải, ý tôi là con dâu chỉ ở tạm vài tháng thôi, đăng ký tạm trú ấy" after thường trú: still unsure, yet the
      // corrected words asked as a first question are answered from one of their nearest entries (correction-read-alone.ts)
      if (unsureCorrection(corrected) && rest.length >= 3) {
        const alone = this.ask(rest, ctx.ward, ctx.now, emptyMemory());
        const entry = this.byId.get(correctionAnsweredAlone({ corrected, alone, correctedEntry: memory.entryId }) ?? "");
        if (entry && appliesTo(entry, ctx.ward)) {
          const restFolded = this.fold(rest);
          return this.answer(entry, readFacet(restFolded), restFolded, { ...noRetrieval(), scored: alone.entries, signals: `lời sửa lại hỏi riêng như câu hỏi đầu: ${alone.explanation.replace(/^Trả lời bằng mục .*?: /, "").replace(/\.$/, "")}` }, ctx, false);
        }
      }
      // asked back after a correction: the entry the resident said was wrong is no topic to go back to ("xin online được không" next)
      // (only a said "không phải", "sai rồi": "ý tôi là làm sổ lần đầu" alone narrows the same topic down)
      if (corrected.kind === "clarify" && corrected.memory.entryId === memory.entryId && /\b(?:khong|ko|k|hong|chua|sai|nham)\b/.test(correction[0]!)) corrected.memory = { ...corrected.memory, entryId: undefined, shown: undefined };
      return corrected;
    }

    // two (or three) questions in one message; a story or a forwarded notice has sentences, not questions
    // (a trimmed segment of two words or more is one with a white space inside: tested, not split)
    // (a sentence ended by "." in a message that marks its questions with "?" is its story: story-sentences.ts)
    const segments = segmentsWithEnds(text, segmentBreak).filter((s) => /\s/.test(s.text));
    if (segments.length >= 2 && segments.length <= 3 && segments.every((s) => s.text.length <= 160)) {
      const marked = marksQuestions(text);
      const questions = segments.map((s) => ({ text: s.text, folded: this.fold(s.text), end: s.end })).filter((s) => questionShaped(s.folded) && !storySentence(s, s.folded, marked));
      if (questions.length >= 2) {
        const combined = this.severalQuestions(questions, ctx);
        if (combined) return combined;
      }
    }
    // "Kính gửi UBND phường. Tôi tên là … Xin trân trọng cảm ơn": the letter's frame is not the matter (letter-frame.ts)
    const matter = withoutLetterFrame(text);
    return matter ? this.single(matter, this.fold(matter), ctx) : this.single(text, folded, ctx);
  }

  /** Whether a message talks of a scam (or the conversation did): a scam entry that only matched its bait words is no answer. */
  private talksOfScam(text: string, r: Retrieval, ctx: TurnContext): boolean {
    const folded = foldedText(text);
    return (
      scamTalkPattern.test(folded) ||
      // a scam's hallmark said without its name: "file apk", "phải nộp phí", "nên tin không" (scam-hallmarks.ts)
      scamHallmarkPattern.test(folded) ||
      // where to get the genuine app, "người xưng ..." (genuine-app-source.ts, impersonation-word.ts)
      asksGenuineAppSource(folded) ||
      saysImpersonation(folded) ||
      // (the title of the top, or of the second in a near tie: a clarify may offer the checking entry)
      (checkingVerbPattern.test(folded) && r.ranked.slice(0, r.confident ? 1 : 2).some((c) => checkingVerbPattern.test(foldedText(c.entry.title)))) ||
      [ctx.memory.entryId, ...ctx.memory.choices.map((c) => (c.action.do === "show" ? c.action.entryId : undefined))].some((id) => this.byId.get(id ?? "")?.category === "lua-dao")
    );
  }

  /** The retrieval of what is asked after a clause of what is done, when it switches from the previous entry (asked-after-done.ts). */
  private afterDone(folded: string, previous: KnowledgeEntry, ctx: TurnContext): (Retrieval & { asked: string }) | undefined {
    const asked = askedAfterDone(folded);
    const askedTerms = asked ? this.topicTermsOf(asked) : [];
    if (!asked || !askedTerms.length) return undefined;
    const r = this.retrieve(asked, ctx.ward);
    const switches = !!r.top && switchesAfterDone({ askedTerms, previous, other: r.top.entry, confident: r.confident, otherScore: r.top.score, previousScore: r.ranked.find((x) => x.entry.id === previous.id)?.score ?? 0, otherCore: this.index.termCoverage(r.top.entry.id, askedTerms, "core"), previousCore: this.index.termCoverage(previous.id, askedTerms, "core"), informative: (w) => this.index.idfFor(w) >= COMMON_WORD_IDF });
    return switches ? { ...r, asked, signals: `${r.signals}; hỏi sau việc đã xong: "${asked}"` } : undefined;
  }

  /** The next procedure's entry, asked after a clause saying the previous one is done (next-procedure.ts). */
  private nextAfterDone(folded: string, previous: KnowledgeEntry, r: Retrieval): { entry: KnowledgeEntry; asked: string } | undefined {
    // (not after an app or an account: "cài vssid xong đăng nhập bằng gì" is the app's own business, app-login.ts)
    if (previous.category === "lua-dao" || aboutAppOrAccount(foldedTitle(previous))) return undefined;
    const asked = askedAfterDone(folded) ?? askedAfterBareDone(folded);
    if (!asked) return undefined;
    const done = doneClause(folded, asked);
    const entry = nextProcedure({ doneTerms: done ? this.topicTermsOf(done) : [], askedTerms: this.topicTermsOf(asked), previous, ranked: r.ranked, informative: (w) => this.index.idfFor(w) >= COMMON_WORD_IDF });
    return entry ? { entry, asked } : undefined;
  }

  /** Only a part the previous entry has, asked after a clause of what is done ("làm xong thì mất mấy ngày"; asked-after-done.ts). */
  private partAfterDone(folded: string, previous: KnowledgeEntry, next: KnowledgeEntry): boolean {
    const asked = askedAfterDone(folded);
    const reading = asked ? readFacet(asked) : undefined;
    const part = reading?.strength === 2 ? reading.facet : undefined;
    return asksPartAfterDone({ part, previousHasPart: !!part && hasFacet(previous, part, this.kb), askedTerms: asked ? this.topicTermsOf(asked, reading) : [], partOnly: (t) => partOnlyTerms(t, (w) => this.index.idfFor(w), COMMON_WORD_IDF), next });
  }

  /** The message alone confidently prefers another entry whose core holds its topic words, the previous entry's core hardly
   *  any (core-gap.ts); about a person, only a match of 0.5 or more (a person's case is usually the previous entry's). */
  private coreGapTo(previous: KnowledgeEntry, r: Retrieval, terms: string[], aboutPerson: boolean): boolean {
    const top = r.top;
    if (!top || !r.confident || top.entry.id === previous.id || (aboutPerson && top.score < 0.5)) return false;
    const previousScore = r.ranked.find((x) => x.entry.id === previous.id)?.score ?? 0;
    return coreGap({ otherCore: this.index.termCoverage(top.entry.id, terms, "core"), previousCore: this.index.termCoverage(previous.id, terms, "core"), otherScore: top.score, previousScore });
  }

  /** The message read without the words saying who it is for, when that reading answers the whole message's own top confidently (person-words-aside.ts). */
  private personAside(text: string, whole: Retrieval, ward: Ward, exclude?: string): Retrieval | undefined {
    const people = withoutPersonWords(text);
    // (and the words telling the writer's own work: work-words-aside.ts; and the story's, "tháng này", "nghe nói", "bây giờ": story-words-aside.ts)
    // (and who the writer is, said in an opening clause: "tôi là người khiếm thị, …", letter-frame.ts)
    const rest = ((r) => this.storyWords.without(r ?? text) ?? r)(((r) => withoutSelfIntroduction(r ?? text) ?? r)(withoutWorkWords(people ?? text) ?? people));
    const aside = rest ? this.retrieve(rest, ward, exclude, text) : undefined;
    if (!aside?.confident || !aside.top || aside.top.entry.id !== whole.top?.entry.id) return undefined;
    // (a clear reading only: most of its words in the entry, a score past the weak band, and no close rival the message names alone)
    // (a trade alone set aside: the reading's own confidence is enough, its words being few and rare)
    if (people !== undefined && !personAsideClear({ score: aside.top.score, coverage: aside.top.coverage, weakScore: this.thresholds.weakScore, lowCoverage: this.thresholds.lowCoverage })) return undefined;
    const named = this.namedCandidates.only(aside.ranked.slice(0, 3), this.fold(rest!));
    if (named && named !== aside.top) return undefined;
    return { ...aside, signals: `${aside.signals}; người được nói đến để riêng: "${rest}"` };
  }

  /** The entry a handoff last turn came nearest to, when this short question leans on it (after-handoff.ts). */
  private resumedAfterHandoff(r: Retrieval, terms: string[], ctx: TurnContext): KnowledgeEntry | undefined {
    const id = ctx.handedOff;
    const entry = id ? this.byId.get(id) : undefined;
    if (!entry || !appliesTo(entry, ctx.ward) || !r.top) return undefined;
    const rememberedScore = r.ranked.find((x) => x.entry.id === entry.id)?.score ?? 0;
    const rememberedCore = terms.length ? this.index.termCoverage(entry.id, terms, "core") : 0;
    return resumesAfterHandoff({ handedOff: id, top: { id: r.top.entry.id, score: r.top.score }, rememberedScore, terms: terms.length, rememberedCore }) ? entry : undefined;
  }

  /** One question: a follow-up of the previous turn, or a new topic. */
  private single(text: string, folded: string, ctx: TurnContext, exclude?: string): AskResult {
    // ("phí thế nào", "giấy tờ ra sao": a part's word and "how", nothing else: that part, surely; part-word-how.ts)
    const own = partWordHow(folded) ?? readFacet(folded);
    // "bao nhiêu ngày thì phải khai sinh, quá hạn có sao không": the procedure's deadline, not its late registration (deadline-question.ts)
    const deadline = ((rest) => (rest && !exclude ? this.retrieve(rest, ctx.ward) : undefined))(deadlineQuestion(folded));
    // the previous turn asked which procedure a part was asked of: this message names it
    const reading = deadline?.confident ? { ...own, facet: "time" as const, strength: 2 as const } : ctx.partAsked && !own.facet ? { ...own, facet: ctx.partAsked, strength: 2 as const } : own;
    const found = deadline?.confident ? deadline : this.retrieveTopic(text, reading, ctx.ward, exclude, !ctx.scamChecked, !exclude && this.firstQuestion(ctx));
    // "cài iHanoi thế nào, đăng nhập bằng gì": using the one app named is that app's entry, when nothing else was clear (named-app-use.ts)
    // (also over a confident home-help entry when no helper is asked for: app-over-assistance.ts)
    const used = exclude || (found.confident && !appOverAssistance(found.top?.entry.kind, folded)) ? found : this.appUsed(text, folded, found);
    // "đăng ký khai sinh ở phường cũ, giờ xin bản sao ở đâu": the action asked decides between entries on one paper (asked-action-entry.ts)
    const r = exclude ? used : this.askedAction(text, used);

    // "mà thôi, cho tôi hỏi …", "tiện thể cho hỏi …" with a topic of its own: another matter, read as if it came first (topic-change.ts)
    const changed = !exclude && changesTopic(text) && this.topicTermsOf(folded, reading).length >= 2;
    // "cái số shipper đó báo ở đâu": reporting a scammer's number, link or app pointed at (reporting-pointed-object.ts)
    const pointed = !exclude && reportsPointedObject(text) ? this.published.find((e) => isReportingEntry(e) && appliesTo(e, ctx.ward)) : undefined;
    if (pointed) return this.followUp(pointed, { ...reading, facet: "where", strength: 2 }, folded, [], ctx);
    // "cũng vậy à?", "cũng vậy à, ở phường bên nhà chồng cũng được?": whether the previous answer holds as well (echo-question.ts)
    const echoed = !exclude && !changed && echoesPreviousAnswer(typedFolded(text)) ? this.byId.get(ctx.memory.entryId ?? ctx.memory.choices.flatMap((c) => (c.action.do === "show" ? [c.action.entryId] : []))[0] ?? "") : undefined;
    if (echoed && appliesTo(echoed, ctx.ward)) return this.followUp(echoed, { ...reading, yesno: true }, folded, [], ctx);
    // ("nhà tôi mất điện thật từ tối qua, gọi ai" after a fake power bill: a matter no entry covers, not the scam's; scam-and-matter.ts)
    if (!exclude && !changed && (this.scamConversation(ctx.memory) || !!ctx.scamVictim) && !leavesScamForMatter(folded, text)) {
      // "vneid của tôi tự nhiên bị khóa" after a fake app: the resident's own account in trouble, no scam's (vneid-trouble-turn.ts)
      const ownVneid = ownVneidTroubleAfterScam(typedFolded(text), this.wardEntries(ctx.ward));
      if (ownVneid) return this.answer(ownVneid, reading, folded, r, ctx, false);
      // "báo tin nhắn này ở đâu", "có nên chuyển không", "muốn nhận trợ cấp thật thì làm sao": leaning on the warning (scam-followups.ts)
      const leaning = this.leansOnScamWarning(text, folded, reading, ctx);
      if (leaning) return leaning;
      // "báo công an ở đâu", "giờ báo cho ai": where to report this scam, whatever bait words the story had
      const reporting = reportingQuestion.test(folded) ? this.published.find((e) => isReportingEntry(e) && appliesTo(e, ctx.ward)) : undefined;
      if (reporting) return this.followUp(reporting, reading, folded, this.topicTermsOf(folded, reading), ctx);
      // the scam is the subject: "báo cho ai", "báo công an ở đâu" are read as about it
      const s = this.retrieve(`${text} lừa đảo`, ctx.ward);
      if (s.top && s.confident && s.top.entry.category === "lua-dao" && (!r.confident || r.top?.entry.category === "lua-dao")) return this.answer(s.top.entry, reading, folded, s, ctx, false);
      // after a scam warning, a message without a topic of its own ("vậy thì sao") goes on with the warning's first entry
      const first = ctx.memory.choices.find((c) => c.action.do === "show")?.action;
      const warned = !ctx.memory.entryId && first?.do === "show" ? this.byId.get(first.entryId) : undefined;
      const terms = this.topicTermsOf(folded, reading);
      if (warned && warned.category === "lua-dao" && !terms.length) return this.followUp(warned, reading, folded, terms, ctx);
      const story = ctx.segment ? undefined : this.scamStory(text, folded, reading, terms, r, warned, ctx);
      if (story) return story;
    }
    const previous = ctx.memory.entryId && !exclude ? this.byId.get(ctx.memory.entryId) : undefined;
    // a first message that tells a situation ("tôi sắp đi xuất khẩu lao động 3 năm"): the entry it needs (situation-entry.ts)
    // (not when the message asks an uncovered matter's own question beside the situation: "hòa giải không thành, hàng xóm vẫn
    // lấn đất, giờ chi phí luật sư bao nhiêu" asks no mediation, uncovered-matters.ts askedMatterIn)
    const situation = !exclude && !changed && this.firstQuestion(ctx) && mayTellSituation(folded) && !askedMatterIn(folded, text) ? this.situationTold(text, folded, r, ctx) : undefined;
    if (situation) return this.answer(situation.entry, reading, folded, { ...r, signals: `${r.signals}; tình huống được kể: ${situation.situation}` }, ctx, false);
    const topicTerms = unnamed(() => this.topicTermsOf(folded, reading));
    // "giới thiệu giúp tôi luật sư nào giỏi về đất đai" after hòa giải: the previous entry recommends no one (recommendation-request.ts)
    if (previous && asksForRecommendation(text)) return this.handoff(ctx, "out_of_scope", r.scored, "xin giới thiệu một người, một nơi cụ thể: trợ lý không giới thiệu dịch vụ tư nhân", topicOf(text));
    // "thời tiết chiều nay thế nào", "giá vàng hôm nay" after any entry: a subject known to be outside the ward's work is
    // no follow-up of it; it is handed off as it is alone, below. Unless the previous entry speaks of it anywhere, or the
    // entry the message alone prefers does ("học phí" of hộ nghèo's school-fee help: not handed off alone either)
    // "thế còn thẻ bảo hiểm y tế cho bà thì sao" after the allowance: a contrast opener ("thế còn X thì …") whose subject X the
    // previous entry's core has none of (its body may mention it in passing) is a question of its own, read as if it came first
    const contrastedAway = !!previous && !r.weak && contrastOpener(text) && ((t) => t.length >= 2 && this.index.termCoverage(previous.id, t, "core") === 0)(topicTerms());
    // "mà mất điện cả phố từ chiều, bao giờ có điện lại" after the fake power bill's entry: a real matter no entry covers, not a part of the scam (scam-and-matter.ts)
    const leftScam = (previous?.category === "lua-dao" || this.scamConversation(ctx.memory)) && leavesScamForMatter(folded, text);
    // "còn khách người nước ngoài thì sao" after lưu trú: the previous entry's front matter says it does not cover what the turn names (entry-scope.ts): no follow-up of it
    const beyondPrevious = previous && this.scopes.outOfScope(previous, ` ${folded} `);
    if (beyondPrevious && !changed && r.top && r.top.entry.id !== previous!.id && titleNamesSubject(r.top.entry, beyondPrevious)) return this.answer(r.top.entry, reading, folded, r, ctx, false);
    if (previous && !changed && !contrastedAway && !leftScam && !beyondPrevious && appliesTo(previous, ctx.ward) && !offTopicTurn(folded, this.entryText(previous), r.top?.entry, text, previous)) {
      const terms = topicTerms();
      // "có ai đến nhà giúp không, tôi 75 tuổi rồi": someone to help is a matter of its own (help-request.ts)
      const typed = typedFolded(text);
      const helper = helpEntryAsked(typed, previous, this.wardEntries(ctx.ward));
      if (helper) return this.answer(helper, { ...reading, facet: reading.facet === "special" ? undefined : reading.facet }, folded, noRetrieval(), ctx, false);
      // "gửi rồi theo dõi thế nào" after sending a report: following up what was sent is the tracking entry's (tracking-after-submission.ts)
      const tracking = trackingEntryAsked(typed, previous, this.wardEntries(ctx.ward));
      if (tracking) return this.answer(tracking, reading, folded, noRetrieval(), ctx, false);
      // "đăng nhập bằng tài khoản gì" after filing online: the portal's login entry (portal-login-after-filing.ts)
      const login = portalLoginAfterFiling(typed, previous, this.wardEntries(ctx.ward));
      if (login) return this.answer(login, reading, folded, r, ctx, false);
      // "mất căn cước thì VNeID có bị khóa luôn không", "nó báo tài khoản bị khóa" after VNeID level 2: the VNeID trouble entry (vneid-trouble-turn.ts)
      const vneidTrouble = vneidTroubleTurn(typed, previous, this.wardEntries(ctx.ward));
      if (vneidTrouble) return this.answer(vneidTrouble, reading, folded, r, ctx, false);
      // "có phải xóa hộ khẩu ở nhà bố mẹ trước không" after thường trú: removing a residence registration (residence-removal-turn.ts)
      const removal = residenceRemovalTurn(typed, previous, this.wardEntries(ctx.ward));
      if (removal) return this.answer(removal, reading, folded, r, ctx, false);
      // "nếu quá thời gian mà chưa có kết quả thì sao" after the green lane's time: a file past its date (overdue-file-turn.ts)
      const overdueFile = overdueFileTurn(typed, previous, this.wardEntries(ctx.ward));
      if (overdueFile) return this.answer(overdueFile, reading, folded, r, ctx, false);
      // "thế xác nhận tình trạng hôn nhân có đi làn xanh được không" after "Làn xanh là gì": a procedure's place on the list (green-lane-list-turn.ts)
      const laneList = greenLaneListTurn({ folded, yesno: !!reading.yesno, previous, entries: this.wardEntries(ctx.ward), retrieve: (q) => this.retrieve(q, ctx.ward) });
      if (laneList) return this.followUp(laneList, { ...reading, yesno: true }, folded, terms, ctx);
      // "nhưng tôi đi làm cả ngày, không ra phường được": a case of the procedure at hand, its online part (cannot-come-in-hours.ts)
      if (previous.category !== "lua-dao" && cannotComeInHours(typed)) return this.followUp(previous, { ...reading, facet: hasFacet(previous, "online", this.kb) ? "online" : "special", strength: 2 }, folded, [], ctx);
      // "đăng ký thường trú có trong danh sách đó không" after the green lane's list; "quên mật khẩu rồi thì sao" after VssID;
      // "nó báo tài khoản chưa định danh mức 2" after the portal's login: the previous entry's own thing (followup-own-thing.ts)
      if (previous.category !== "lua-dao" && asksListMembership(typed)) return this.followUp(previous, { ...reading, yesno: true }, folded, [], ctx);
      if (previous.category !== "lua-dao" && asksUnnamedPassword(typed) && speaksOfOwnPassword(this.entryText(previous), titleWords(previous)))
        return this.followUp(previous, hasFacet(previous, "special", this.kb) ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      if (r.confident && r.top && r.top.entry.id !== previous.id && previous.category !== "lua-dao" && aboutAppOrAccount(foldedTitle(previous)) && appSaysCondition(typed, normalizeText(text)) &&
        otherTitleWordsInPrevious(terms, titleWords(r.top.entry), (t) => this.index.termCoverage(previous.id, [t]) > 0))
        return this.followUp(previous, hasFacet(previous, "special", this.kb) ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      // a title word of the other entry counts as named only in its own sense, not as a syllable of another compound ("học sinh")
      const otherSense = (w: string) => !!r.top && this.boundSyllables.boundElsewhere(w, folded, r.top.entry);
      // "bọn em chưa đăng ký kết hôn thì sao" after khai sinh: a circumstance the previous entry writes word for word (circumstance-in-previous.ts)
      const circumstance = previous.category !== "lua-dao" && previous.action !== "handoff" ? circumstanceInPrevious(text, foldedText(text), this.entryText(previous)) : undefined;
      if (circumstance) {
        const special = hasFacet(previous, "special", this.kb);
        return this.circumstanceAnswer(previous, circumstance, ctx) ?? this.followUp(previous, special ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      }
      // "có bị phạt tiền không" after late birth registration: a fact the previous entry states, its title the subject left out (fact-in-previous-context.ts)
      // (the part shown: the one asked plainly, else the summary the fact goes before; not a part its other words lean to)
      if (reading.yesno && previous.action !== "handoff" && this.factInContext(previous, folded, reading)) return this.followUp(previous, reading.strength === 2 ? reading : { ...reading, facet: undefined, strength: 0 }, folded, [], ctx);
      // "mẹ tôi không có smartphone thì sao": a person and a condition of theirs, nothing else asked
      const condition = personCondition(folded);
      // (unless the condition is another entry's subject, named by its title: "mà con tôi chưa đăng ký tạm trú ở đây thì sao"
      // after the residence certificate, core-gap.ts; "mẹ tôi không có smartphone thì sao" names no title)
      // (the question after the condition may have words of its own when the previous entry holds them all: "bố không có điện
      // thoại thông minh thì dùng số của con được không" after VNeID level 2 asks that entry's own case, not the phone classes)
      const conditionTail = condition ? this.topicTermsOf(condition.tail) : [];
      if (condition && (!conditionTail.length || this.index.termCoverage(previous.id, conditionTail) >= 0.99) && !(this.coreGapTo(previous, r, terms, false) && namesOtherHead(terms, previous, r.top!.entry, (w) => this.index.idfFor(w), otherSense))) {
        const special = hasFacet(previous, "special", this.kb);
        return this.followUp(previous, special ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      }
      // "ông đang hưởng trợ cấp xã hội thì sao": the person's state, a case of the matter at hand (person-status-condition.ts)
      if (previous.category !== "lua-dao" && personStateCondition(typed)) return this.followUp(previous, hasFacet(previous, "special", this.kb) ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      // "làm ở đâu, chú quê Thái Bình mà giờ sống ở đây": a part asked first, then whose case it is: that part (part-then-circumstance.ts)
      // (session 23: also when the message alone prefers another entry but names no word of its title that the previous title
      // lacks: "làm ở phường nào, tôi khai sinh ở Hải Dương" after correcting a birth certificate)
      const lead = (!r.confident || (!!r.top && r.top.entry.id !== previous.id && ((theirs, mine) => !terms.some((t) => theirs.has(t) && !mine.has(t) && this.index.idfFor(t) >= COMMON_WORD_IDF))(titleWords(r.top.entry), titleWords(previous)))) && previous.category !== "lua-dao" ? ((c) => (c ? this.fold(c) : undefined))(leadingClause(text)) : undefined;
      const leadReading = lead ? readFacet(lead) : undefined;
      if (lead && leadReading?.facet && leadReading.strength === 2 && hasFacet(previous, leadReading.facet, this.kb) && partOnlyTerms(this.topicTermsOf(lead, leadReading), (w) => this.index.idfFor(w), COMMON_WORD_IDF))
        return this.followUp(previous, { ...reading, facet: leadReading.facet, strength: 2 }, folded, terms, ctx);
      // "một ngày em bán tầm 1 triệu thôi" after the business tax: the resident's own figure, asking nothing: that entry's special cases (figure-statement.ts)
      if (!r.confident && previous.category !== "lua-dao" && statesOwnFigure(text)) return this.followUp(previous, hasFacet(previous, "special", this.kb) ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      // "nó đang học thạc sĩ nữa" after military service: a circumstance of the person spoken of, asking nothing, that no
      // entry matches clearly: the previous entry's special cases (referent-statement.ts; not in scam talk, where "nó" is the app)
      if (!r.confident && previous.category !== "lua-dao" && statesOfReferent(text)) {
        const special = hasFacet(previous, "special", this.kb);
        return this.followUp(previous, special ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      }
      // "điện thoại không có nfc thì sao": a thing's negated condition is a case of the previous entry
      // (when the previous entry knows some of its words and no other title's subject is named)
      if (negatedThing(folded) && terms.length <= 3 && this.index.termCoverage(previous.id, terms) > 0 && !(r.top && namesOtherSubject(terms, previous, r.top.entry, (w) => this.index.idfFor(w)))) {
        const special = hasFacet(previous, "special", this.kb);
        return this.followUp(previous, special ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      }
      // "có cần tích hợp bảo hiểm y tế trước không": whether this procedure needs something first, its yes/no (prerequisite-asked.ts)
      if (previous.category !== "lua-dao" && asksPrerequisite(typed)) return this.followUp(previous, { ...reading, yesno: true }, folded, [], ctx);
      // "có cần giấy đăng ký kết hôn không" after khai sinh: whether a paper is needed asks the papers of the procedure at hand (paper-required.ts)
      if (asksPaperRequired(foldedText(text)) && hasFacet(previous, "documents", this.kb)) return this.followUp(previous, { ...reading, facet: "documents", strength: 2 }, folded, terms, ctx);
      // "bao nhiêu một trang" after certified copies: a price per page, copy or time asks the procedure's fee (per-unit-price.ts)
      if (asksPerUnitPrice(foldedText(text)) && hasFacet(previous, "fee", this.kb)) return this.followUp(previous, { ...reading, facet: "fee", strength: 2 }, folded, terms, ctx);
      // "có phải nộp thuế gì không" after a land transfer: the procedure's own taxes, in its fee part (tax-of-procedure.ts)
      if (hasFacet(previous, "fee", this.kb) && asksTaxOfProcedure(text, previous, this.wardEntries(ctx.ward), (w) => this.index.idfFor(w) >= COMMON_WORD_IDF)) return this.followUp(previous, { ...reading, facet: "fee", strength: 2 }, folded, terms, ctx);
      // "các bước thực hiện", "bao lâu thì có giấy chứng nhận": a part asked, its other words only restating it or common (part-restated-only.ts)
      if (reading.strength >= 1 && (hasFacet(previous, reading.facet!, this.kb) || !partFoundElsewhere(reading.facet)) && restatesPartOnly(reading.facet, reading.strength, terms, (w) => this.index.idfFor(w), COMMON_WORD_IDF, ((theirs, mine) => (w: string) => theirs.has(w) && !mine.has(w))(r.top && r.top.entry.id !== previous.id ? titleWords(r.top.entry) : new Set<string>(), titleWords(previous)))) return this.followUp(previous, reading, folded, terms, ctx);
      // "còn thuế thì sao" after "Đăng ký hộ kinh doanh": a follow-up whose part is a sibling
      // entry's subject, and the message alone prefers that sibling to the previous entry
      const first = r.top;
      const followupShaped = (reading.followupCue || !!reading.facet) && !personPattern.test(folded);
      const firstOver = !!first && first.entry.id !== previous.id && first.score > (r.ranked.find((x) => x.entry.id === previous.id)?.score ?? 0);
      if (first && firstOver && followupShaped && namesSiblingSubject(text, previous, first.entry, (w) => this.index.idfFor(w))) return this.answer(first.entry, reading, folded, r, ctx, false);
      // "xong rồi trả lệ phí thế nào" after logging in: a part the previous entry lacks, that the message alone finds elsewhere (part-elsewhere.ts)
      if (first && first.entry.id !== previous.id && partAskedElsewhere({ partAsked: reading.strength === 2 && reading.facet === "fee", previousHasPart: !!reading.facet && hasFacet(previous, reading.facet, this.kb), terms: terms.length, namesPrevious: ((mine) => terms.some((t) => mine.has(t)))(titleWords(previous)), otherScore: first.score, previousScore: r.ranked.find((x) => x.entry.id === previous.id)?.score ?? 0 })) return this.answer(first.entry, reading, folded, r, ctx, false);
      // "khách là người Pháp thì khai thế nào" after lưu trú: the case told is another entry's subject (case-entry-elsewhere.ts)
      if (r.top && r.top.entry.id !== previous.id && reading.facet === "special" && reading.strength === 2 &&
        caseEntryElsewhere({ caseAsked: terms.length >= 1, caseWords: caseWordsOfOtherTitle(folded, reading.topicText, previous, r.top.entry).length, confident: r.confident, otherScore: r.top.score, previousScore: r.ranked.find((x) => x.entry.id === previous.id)?.score ?? 0 }))
        return this.answer(r.top.entry, reading, folded, r, ctx, false);
      // "bao lâu thì có người xử lý" after sending a report: the time, which the previous entry lacks, is another entry's subject (time-entry-elsewhere.ts)
      if (r.top && r.top.entry.id !== previous.id && timeEntryElsewhere({ timeAsked: reading.strength === 2 && reading.facet === "time" && terms.length >= 1, previousHasTime: hasFacet(previous, "time", this.kb), other: r.top.entry, confident: r.confident, otherScore: r.top.score, previousScore: r.ranked.find((x) => x.entry.id === previous.id)?.score ?? 0 }))
        return this.answer(r.top.entry, reading, folded, r, ctx, false);
      // "thế làn xanh nhanh hơn được bao nhiêu ngày" after "Làn xanh là gì": the part asked is a sibling's whole title (facet-titled-sibling.ts)
      if (r.top && terms.length >= 1 && facetTitledSibling({ part: reading.strength === 2 ? reading.facet : undefined, previous, other: r.top.entry, otherScore: r.top.score, previousScore: r.ranked.find((x) => x.entry.id === previous.id)?.score ?? 0 })) return this.answer(r.top.entry, reading, folded, r, ctx, false);
      // "đi làn xanh thì mất mấy ngày" after the green lane's list: another sibling first, the one titled by the part close behind (facet-titled-sibling.ts)
      const titledRunnerUp = terms.length >= 1 ? facetTitledRunnerUp({ part: reading.strength === 2 ? reading.facet : undefined, previous, ranked: r.ranked, previousScore: r.ranked.find((x) => x.entry.id === previous.id)?.score ?? 0 }) : undefined;
      if (titledRunnerUp) return this.answer(titledRunnerUp, reading, folded, r, ctx, false);
      // "thường mấy ngày thì trả" after "Làm thế nào … theo làn xanh": a part the previous entry lacks, a sibling titled by it (facet-titled-sibling.ts)
      const titledSibling = partTitledSibling({ part: reading.strength === 2 ? reading.facet : undefined, previousHasPart: !!reading.facet && hasFacet(previous, reading.facet, this.kb), partOnly: partOnlyTerms(terms, (w) => this.index.idfFor(w), COMMON_WORD_IDF), previous, entries: this.wardEntries(ctx.ward) });
      if (titledSibling) return this.followUp(titledSibling, reading, folded, terms, ctx);
      if (!terms.length) return this.followUp(previous, reading, folded, terms, ctx);
      // "đăng nhập bằng gì" after an app's entry: logging into that app, not the portal whose title has the words (app-login.ts)
      if (asksAppLogin(folded, terms, previous)) return this.followUp(previous, reading, folded, terms, ctx);
      // "kích hoạt thế nào" after the health book on VNeID: an action of the app just answered, its steps (app-action.ts)
      if (asksAppAction(folded, terms, previous)) return this.followUp(previous, !reading.facet && hasFacet(previous, "steps", this.kb) ? { ...reading, facet: "steps", strength: 2 } : reading, folded, terms, ctx);
      // "lấy lại thế nào", "mở khóa thế nào" after a non-scam entry: recovering its own thing (its text has the verb), not the scam entry on getting money back (recover-without-object.ts)
      if (previous.category !== "lua-dao" && recoversWithoutObject(typed) && this.index.termCoverage(previous.id, terms) >= 0.99) return this.followUp(previous, !(reading.facet && reading.strength === 2) && hasFacet(previous, "steps", this.kb) ? { ...reading, facet: "steps", strength: 2 } : reading, folded, terms, ctx);
      // "phải viết đơn thế nào", "viết đơn thì cần kèm theo gì": the application of the procedure just answered (application-form-asked.ts)
      if (previous.category !== "lua-dao" && ((rest) => rest !== undefined && this.index.termCoverage(previous.id, ["don"]) > 0 && partOnlyTerms(this.topicTermsOf(this.fold(rest)), (w) => this.index.idfFor(w), COMMON_WORD_IDF))(applicationFormRest(typed)))
        return this.followUp(previous, !(reading.facet && reading.strength === 2) && hasFacet(previous, "steps", this.kb) ? { ...reading, facet: "steps", strength: 2 } : reading, folded, terms, ctx);
      // "trừ tiền rồi mà không thấy cập nhật": the previous procedure's step done and nothing came of it, a case of it (done-but-nothing.ts)
      if (!r.confident && previous.category !== "lua-dao" && doneButNothing(typed)) return this.followUp(previous, hasFacet(previous, "special", this.kb) ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      // "chủ trọ không cho mượn sổ đỏ thì sao": the other party of the procedure at hand will not give or sign, a case of it (other-party-refuses.ts)
      if (!r.confident && previous.category !== "lua-dao" && otherPartyRefuses(typed)) return this.followUp(previous, hasFacet(previous, "special", this.kb) ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      // "nó báo chưa có dữ liệu thì sao": what the app of the procedure just answered shows, a case of it (app-says-condition.ts)
      if (!r.confident && previous.category !== "lua-dao" && appSaysCondition(typed, normalizeText(text))) return this.followUp(previous, hasFacet(previous, "special", this.kb) ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      // "làm rồi mà nó báo thông tin không khớp", "tìm không thấy app" after an app's entry: trouble told with it (app-trouble-statement.ts)
      if (!r.confident && previous.category !== "lua-dao" && aboutAppOrAccount(foldedTitle(previous)) && tellsAppTrouble(typed)) return this.followUp(previous, hasFacet(previous, "special", this.kb) ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
      // "giấy tờ chụp bằng điện thoại có được không" after filing online: the message alone prefers a scam entry for its bait
      // words ("chụp", "điện thoại") though nothing speaks of a scam; that entry is set aside below anyway (a hand-off), while
      // the previous entry has most of the words: the turn goes on with it
      if (first && !r.weak && first.entry.category === "lua-dao" && previous.category !== "lua-dao" && !this.talksOfScam(text, r, ctx) && this.index.termCoverage(previous.id, terms) >= 0.5) return this.followUp(previous, reading, folded, terms, ctx);
      // "gửi rồi thì bao lâu có người sửa" after sending a report: the previous action is done, and the message alone
      // prefers another entry (what comes next) to the previous one, if not clearly: that entry, also when only a part is asked
      // (follow-through.ts); not the entry that hands over to staff ("bao giờ có người sửa" asks about the report, not for a person)
      if (first && !r.weak && firstOver && r.ratio >= FOLLOWUP.throughLead && first.entry.action !== "handoff" && followsThrough(text) && !ctx.segment && !this.partAfterDone(folded, previous, first.entry)) return this.answer(first.entry, reading, folded, r, ctx, false);
      // "cần mang những giấy gì", "ai ký giấy": a part the previous entry has, asked with common words only
      const partAsked = reading.strength === 2 && !!reading.facet && hasFacet(previous, reading.facet, this.kb);
      if (partAsked && !personPattern.test(folded) && commonWordsOnly(terms, (w) => this.index.idfFor(w))) return this.followUp(previous, reading, folded, terms, ctx);
      const top = r.top;
      // "thế nộp ở phường luôn hả": a question of the previous turn in words most entries use names no subject (generic-words.ts)
      const askedOfPrevious = reading.yesno || (!!reading.facet && reading.strength === 2) || endsAsQuestion(foldedText(text));
      const namesOtherTitle = !!top && top.entry.id !== previous.id && namedBy(top.entry, terms) && !namedBy(previous, terms);
      if (askedOfPrevious && !personPattern.test(folded) && !namesOtherTitle && genericWordsOnly(terms, (w) => this.index.idfFor(w))) return this.followUp(previous, reading, folded, terms, ctx);
      // "kích hoạt xong rồi mà giờ quên mật khẩu": the part asked after a clause of what is done names another entry (asked-after-done.ts)
      const afterDone = this.afterDone(folded, previous, ctx);
      if (afterDone) return this.answer(afterDone.top!.entry, readFacet(afterDone.asked), folded, afterDone, ctx, false);
      // "khai tử xong thì có phải làm xóa hộ khẩu không": the done clause is the previous procedure, the question names the next one (next-procedure.ts)
      const next = this.nextAfterDone(folded, previous, r);
      if (next) return this.answer(next.entry, readFacet(next.asked), folded, r, ctx, false);
      // "thế tôi đăng ký thường trú ở nhà con gái thì cần gì" after "Xóa đăng ký thường trú": a title named whole, its entry close behind the previous one (title-named-runner-up.ts)
      const runnerUp = namedRunnerUp({ previousFirst: !!top && top.entry.id === previous.id && !r.weak, runnerUp: r.ranked[1], topScore: top?.score ?? 0, named: (e) => namesTitleSubject(typedFolded(text), previous, e) || namesTitleAlias(typedFolded(text), previous, e) || namesTitleInsidePrevious({ folded, previous, other: e, otherScore: 1, previousScore: 0 }) });
      if (runnerUp) return this.answer(runnerUp, reading, folded, r, ctx, false);
      if (top && top.entry.id === previous.id && !r.weak) return this.answer(previous, reading, folded, r, ctx, true);
      const previousCore = this.index.termCoverage(previous.id, terms, "core");
      const previousAll = this.index.termCoverage(previous.id, terms);
      const topCore = top ? this.index.termCoverage(top.entry.id, terms, "core") : 0;
      // "mẹ tôi nằm liệt giường thì sao": a case of the same topic, about a person
      const aboutPerson = reading.followupCue && personPattern.test(folded);

      // a sibling of the previous entry (same words, another part of the subject: "làn xanh là gì" →
      // "những thủ tục nào được đi làn xanh"): the message alone prefers it by far; a sibling is of the same category
      // ("ra phường có lấy lại được không" after a forgotten VNeID password is not the scam victims' "lấy lại tiền")
      // "thuế phí hết bao nhiêu": the part asked of the previous entry, a word or two around it
      // (unless those words name another entry: "lệ phí khai sinh bao nhiêu")
      const partOfPrevious = reading.strength === 2 && !!reading.facet && terms.length <= 2 && hasFacet(previous, reading.facet, this.kb) && !(top && namedBy(top.entry, terms));
      const previousScore = r.ranked.find((x) => x.entry.id === previous.id)?.score ?? 0;
      const sibling =
        !!top && r.confident && top.entry.id !== previous.id && top.entry.category === previous.category && terms.length >= 2 && top.score >= FOLLOWUP.siblingScore && topCore >= 0.9 && previousCore >= topCore && top.score >= FOLLOWUP.siblingLead * previousScore;
      // a long question of its own, not leaning on the previous turn ("chồng sắp cưới của tôi ở tỉnh khác,
      // anh ấy xin giấy xác nhận tình trạng hôn nhân ở đâu"), that another entry answers clearly better
      const longQuestion = !!top && r.confident && top.entry.id !== previous.id && terms.length >= FOLLOWUP.ownTerms && !reading.followupCue && top.score >= FOLLOWUP.ownLead * previousScore;
      // "giờ làm việc của phường" after căn cước: the message alone does not find the previous entry at
      // all (though its text happens to hold the words) and another entry covers it clearly
      const unrelated =
        !!top && r.confident && top.entry.id !== previous.id && topCore >= 0.9 && topCore > previousCore && !r.ranked.some((x) => x.entry.id === previous.id) && !(aboutPerson && top.score < 0.5) && !(partOfPrevious && top.score < FOLLOWUP.partScore);
      // "làm căn cước ở đâu" after the scam-reporting entry: a question of its own (no follow-up cue) whose
      // words name another entry's title (not the previous one's), that entry covers them clearly, while the message alone barely finds the previous entry (its words
      // are there only in passing: the body, or another word of the same letters, "cuộc" for "cước")
      const ownQuestion =
        !!top && r.confident && top.entry.id !== previous.id && !reading.followupCue && !aboutPerson && topCore >= 0.9 && namedBy(top.entry, terms) && !namedBy(previous, terms) && previousScore <= FOLLOWUP.passingScore * top.score && !(partOfPrevious && top.score < FOLLOWUP.partScore);
      // "thế còn xoá hộ khẩu chỗ cũ" after thường trú: an informative word of another entry's title that the
      // previous title lacks, that entry covers every topic word and the message alone prefers it clearly
      const otherSubject =
        !!top && r.confident && top.entry.id !== previous.id && !aboutPerson && topCore >= 0.9 && top.score >= FOLLOWUP.otherLead * previousScore && namesOtherSubject(terms, previous, top.entry, (w) => this.index.idfFor(w));
      // "còn hợp đồng mua bán nhà thì …": a contrast opener and another entry's subject named; a plain lead is enough (contrast-subject.ts)
      const contrasted =
        !ctx.segment && !!top && r.confident && top.entry.id !== previous.id && !aboutPerson && topCore >= CONTRAST_CORE && top.score >= CONTRAST_LEAD * previousScore &&
        contrastOpener(text) && namesOtherSubject(terms, previous, top.entry, (w) => this.index.idfFor(w));
      // "mà con tôi chưa đăng ký tạm trú ở đây thì sao" after the residence certificate: the other entry's core holds every
      // topic word, the previous entry's core hardly any (its body mentions them in passing) and the message alone prefers
      // the other by far (core-gap.ts)
      const gap = this.coreGapTo(previous, r, terms, aboutPerson) && !(partOfPrevious && top!.score < FOLLOWUP.partScore);
      // "nếu quá hạn thì sao" after "Làn xanh là gì": every topic word is another title's, none the previous title's (other-title-only.ts)
      const otherTitleOnly = !!top && namesOnlyOtherTitle({ terms, previous, other: top.entry, confident: r.confident, otherScore: top.score, previousScore });
      // "rồi đăng ký thường trú ở chỗ mới thì làm sao" after "Xóa đăng ký thường trú": a title inside the previous title, named whole (title-inside-previous.ts)
      if (top && namesTitleInsidePrevious({ folded, previous, other: top.entry, otherScore: top.score, previousScore })) return this.answer(top.entry, reading, folded, r, ctx, false);
      // "còn tách thửa chia cho 3 anh em thì sao" after sổ đỏ lần đầu: another title's subject said whole (title-subject-named.ts)
      if (top && top.score > previousScore && namesTitleSubject(typedFolded(text), previous, top.entry)) return this.answer(top.entry, reading, folded, r, ctx, false);
      // "… xin giấy độc thân ở đâu" after kết hôn: another title's bracketed name, said in the resident's words (title-alias-named.ts)
      if (top && top.score > previousScore && namesTitleAlias(typedFolded(text), previous, top.entry)) return this.answer(top.entry, reading, folded, r, ctx, false);
      // a new topic brings words of its own: the previous entry never uses some of them
      const newTopic =
        sibling || longQuestion || unrelated || ownQuestion || otherSubject || contrasted || gap || otherTitleOnly ||
        (!!top && r.confident && top.entry.id !== previous.id && topCore >= 0.5 && topCore > previousCore && (terms.length > FOLLOWUP.selfContained || previousAll <= FOLLOWUP.newWords) && !(aboutPerson && top.score < 0.5) && !(partOfPrevious && top.score < FOLLOWUP.partScore));
      // the other way round: a short message all in the previous entry's words ("mỗi tháng được bao nhiêu") that names
      // nothing of the other entry's subject would switch on score alone (not a switch rule that has a reason of its own — the
      // sibling rule's same category and clear lead among them —
      // except "not found at all" for a yes/no question: "có phải ra công an không" asks about the previous procedure): ask which
      const shortCloseCall =
        !ctx.segment &&
        newTopic && !((unrelated && !reading.yesno) || sibling || ownQuestion || otherSubject || longQuestion || contrasted || otherTitleOnly) && !!top && top.entry.id !== previous.id && terms.length <= CLOSE_CALL_SHORT_TERMS &&
        previousAll >= CLOSE_CALL_SHORT_WORDS && !namesOtherHead(terms, previous, top.entry) && !namedBy(top.entry, terms);
      // (not when every topic word is the previous title's and none the other's: previous-title-words.ts)
      if (shortCloseCall) return inPreviousTitleWordsOnly(terms, previous, top.entry, (w) => this.index.idfFor(w), COMMON_WORD_IDF) ? this.followUp(previous, reading, folded, terms, ctx) : this.closeCall(previous, top, previousScore, reading, r, ctx, false);
      // "bố mẹ ở trọ, tạm trú ở đây thì khai ở đâu" after khai sinh: the question after "thì" names the previous title (condition-then-previous.ts)
      if (newTopic && top && ((q) => !!q && asksPreviousUnderCondition(this.topicTermsOf(q), previous, top.entry))(questionAfterCondition(folded))) return this.followUp(previous, reading, folded, terms, ctx);
      // a subject of its own that nothing covers, the previous entry included: handed off as the message alone would be (uncovered-subject.ts)
      const uncovered = r.weak && (uncoveredSubject(terms, previous.id, this.index) || keyWordAbsent(terms, previous.id, this.index));
      if (!newTopic && !uncovered) {
        // the previous entry has the words, but the message alone clearly prefers another entry whose subject it names: ask which
        const closeCall =
          !ctx.segment &&
          !!top && r.confident && top.entry.id !== previous.id && previousAll >= 0.5 && !partOfPrevious && terms.length >= CLOSE_CALL_TERMS && topCore >= CLOSE_CALL_CORE &&
          top.score >= CLOSE_CALL_LEAD * previousScore && namesOtherHead(terms, previous, top.entry, undefined, otherSense) && !negatedCase(folded);
        if (closeCall) return this.closeCall(previous, top, previousScore, reading, r, ctx, true, text);
        // a new question retrieval is unsure of, whose words another entry's core holds clearly more of and whose title it names: ask which (unsure-new-question.ts)
        const unsure =
          !ctx.segment && !!top && !r.weak && top.entry.id !== previous.id && !aboutPerson && !partOfPrevious &&
          ((namesOther) =>
            (!r.confident && asksUnsureNewQuestion({ followupCue: reading.followupCue, otherScore: top.score, previousScore, otherCore: topCore, previousCore, namesOther })) ||
            asksContrastTie({ contrast: contrastOpener(text), otherScore: top.score, previousScore, otherCore: topCore, namesOther }))(namesOtherHead(terms, previous, top.entry, (w) => this.index.idfFor(w), otherSense));
        if (unsure) return this.closeCall(previous, top, previousScore, reading, r, ctx, true, text);
        // "thế còn thẻ bảo hiểm y tế thì sao" after khai sinh: "còn X", X in the first-ranked entry's title words only (contrast-title-named.ts)
        if (top && contrastNamesTitle({ text, terms, previous, other: top.entry, otherScore: top.score, previousScore, weak: r.weak, informative: (w) => this.index.idfFor(w) >= COMMON_WORD_IDF })) return this.answer(top.entry, reading, folded, r, ctx, false);
        if (aboutPerson || previousAll >= 0.5 || partOfPrevious) return this.followUp(previous, reading, folded, terms, ctx);
        // short, shaped like a follow-up ("trưa có nghỉ không", "ở xa thì sao") and no topic of its own
        const shaped = shapedLikeFollowup(reading);
        // (unless the message alone does not rank the previous entry at all and names another's subject: previous-unranked.ts)
        const unranked = !!top && previousUnranked({ previousScore, otherCore: topCore, otherWeak: r.weak, terms: terms.length, namesOtherTitle: ((theirs, mine) => terms.some((t) => theirs.has(t) && !mine.has(t) && this.index.idfFor(t) >= COMMON_WORD_IDF))(titleWords(top.entry), titleWords(previous)) });
        if (shaped && terms.length <= 3 && !r.confident && !unranked) return this.followUp(previous, reading, folded, terms, ctx);
        // nothing else fits clearly: a short message in a conversation goes on with its topic
        // ("mức đóng thấp nhất bao nhiêu", "bố mẹ ở hai phường khác nhau thì khai ở đâu")
        if (!r.confident && terms.length <= FOLLOWUP.shortTerms && previousAll >= FOLLOWUP.someWords && !unranked) return this.followUp(previous, reading, folded, terms, ctx);
      }
    } else if (!exclude && !changed && !contrastedAway && !leftScam) {
      // the previous turn asked back (a clarify): a message without a topic of its own ("giấy tờ
      // cần mang") answers from its first candidate; one with a few words that nothing fits
      // clearly is read together with the question asked
      const candidates = [...new Set(ctx.memory.choices.flatMap((c) => (c.action.do === "show" ? [c.action.entryId] : [])))];
      if (candidates.length >= 2 && ctx.memory.question) {
        const first = this.byId.get(candidates[0]!);
        const terms = topicTerms();
        // a part with no topic: read together with the question asked back, or asked back again (part-after-clarify.ts)
        // (session 20) a part asked in a few common words of its own ("làm đơn có cần kèm giấy gì không") is read the same way
        const alone = r.ranked.map((x) => ({ id: x.entry.id, score: x.score }));
        // (the message alone ranks another offered entry clearly above the first: read once for both rules below)
        const aboveFirst = r.weak ? undefined : offeredAboveFirst(candidates, alone);
        const partWords = !!first && !!terms.length && !!own.facet && own.strength === 2 && !aboveFirst && (partOnlyTerms(terms, (w) => this.index.idfFor(w), COMMON_WORD_IDF) || (terms.length <= PART_WORDS_AFTER_CLARIFY && !r.confident));
        const withPart = own.facet && HELD_PARTS.has(own.facet) ? candidates.filter((id) => ((e) => !!e && hasFacet(e, own.facet!, this.kb) && appliesTo(e, ctx.ward))(this.byId.get(id))) : undefined;
        const part = first && (!terms.length || partWords) ? ((t) => partAfterClarify({ offered: candidates, together: t.top && { id: t.top.entry.id, confident: t.confident }, facet: own.facet, alone, withPart }))(this.retrieveTopic(`${ctx.memory.question}. ${text}`, reading, ctx.ward)) : undefined;
        if (part?.do === "answer") return this.followUp(this.byId.get(part.entryId)!, reading, folded, terms, ctx);
        if (part?.do === "ask") return this.partAskedAgain(part.facet, candidates, ctx);
        if (part?.do === "which") return this.offeredAgain(ctx);
        if (first && !terms.length) return this.followUp(first, reading, folded, terms, ctx);
        // (session 20) words of its own that the message alone finds clearly in another offered entry than the first ("tra trên mạng thế nào"): that entry (part-after-clarify.ts)
        const aloneOffered = this.byId.get(aboveFirst ?? "");
        if (aloneOffered && appliesTo(aloneOffered, ctx.ward)) return this.answer(aloneOffered, reading, folded, r, ctx, true);
        // "có phải làm lại không": a short question naming no subject, confident only for an entry not offered (clarify-continuation.ts)
        const leans = r.confident && leansOnClarify({ aloneTop: r.top?.entry.id, offered: candidates, namesAloneTop: !!r.top && namedBy(r.top.entry, terms), terms: terms.length });
        if (!r.confident || leans) {
          const together = this.retrieveTopic(`${ctx.memory.question}. ${text}`, reading, ctx.ward);
          if (together.top && together.confident && candidates.includes(together.top.entry.id)) return this.answer(together.top.entry, reading, folded, together, ctx, true);
          // not clear either way, but the message alone also ranks that offered entry near the top: both readings agree (clarify-agreement.ts)
          const agreed = agreedCandidate({ offered: candidates, together: together.weak ? undefined : together.top?.entry.id, alone: r.ranked.map((x) => x.entry.id) });
          const entry = agreed ? this.byId.get(agreed) : undefined;
          if (entry && appliesTo(entry, ctx.ward)) return this.answer(entry, reading, folded, together, ctx, true);
        }
      }
    }

    // "nộp hồ sơ ở đâu", "mất bao lâu" right after a handoff: which procedure, the entry the handed-off matter came nearest to offered;
    // another part with no topic while that question is open: asked back the same way (part-after-handoff.ts)
    const handedOffEntry = !exclude && !ctx.memory.entryId && !ctx.partAsked ? this.byId.get(ctx.handedOff ?? "") : undefined;
    const partOnly = !exclude && !ctx.memory.entryId && !!own.facet && own.strength === 2 && partOnlyTerms(topicTerms(), (w) => this.index.idfFor(w), COMMON_WORD_IDF);
    const offeredAgain = partOnly && ctx.partAsked && !this.scamConversation(ctx.memory) ? ctx.memory.choices : undefined;
    const offeredFirst =
      partOnly && handedOffEntry && appliesTo(handedOffEntry, ctx.ward) && hasFacet(handedOffEntry, own.facet!, this.kb) && !this.resumedAfterHandoff(r, topicTerms(), ctx) && partOnlyAfterHandoff({ handedOff: ctx.handedOff, lead: ctx.handedOffLead ?? 0, terms: topicTerms(), idf: (w) => this.index.idfFor(w), commonIdf: COMMON_WORD_IDF })
        ? [{ n: 1, label: handedOffEntry.title, action: { do: "show" as const, entryId: handedOffEntry.id, shown: own.facet! } }, staffChoice()]
        : undefined;
    const offered = offeredFirst ?? offeredAgain?.map((c) => (c.action.do === "show" ? { ...c, action: { ...c.action, shown: hasFacet(this.byId.get(c.action.entryId)!, own.facet!, this.kb) ? own.facet! : c.action.shown } } : c));
    if (offered && offered.length) {
      const shownIds = offered.flatMap((c) => (c.action.do === "show" ? [c.action.entryId] : []));
      const result = this.clarifyResult(whichProcedureBody(own.facet!), offered, shownIds.map((id) => ({ id, title: this.byId.get(id)!.title, score: 1 })), `Hỏi lại thủ tục nào: hỏi phần ${own.facet} ${offeredFirst ? "ngay sau khi chuyển cán bộ; gợi ý mục gần nhất của câu đã chuyển" : "khi câu hỏi thủ tục nào còn chờ"}.`, ctx, undefined);
      result.memory.partAsked = own.facet!;
      return result;
    }
    // "lệ phí bao nhiêu", "mất bao lâu" with nothing to lean on (first message, or memory expired): which procedure?
    if (!exclude && !ctx.memory.entryId && !ctx.partAsked && own.facet && own.strength === 2 && !this.scamConversation(ctx.memory) && !ctx.scamVictim && onlyPartWords(own.facet, topicTerms())) {
      const result = this.clarifyResult(whichProcedureBody(own.facet), [staffChoice()], r.scored, `Hỏi lại thủ tục nào: hỏi phần ${own.facet}, không có chủ đề.`, ctx, undefined);
      result.memory.partAsked = own.facet;
      return result;
    }
    // (not the writer's own trade: "tôi làm thợ xây", work-words-aside.ts)
    const work = withoutOwnWork(folded, text);
    const offTopic = r.top ? offTopicOf(work.folded, r.top.entry, work.text) : offTopicPattern.exec(folded)?.[0];
    // (not a cost the top entry's own procedure lists in its fee part: the land transfer's income tax, procedure-fee-names.ts;
    // nor "học phí" of the course the top entry is about, course-fee.ts)
    // (nor a side remark of a story: the subject is in none of its question clauses, and one of them names the top alone, offTopicAside)
    // (nor what the top entry's own paper is for: "giấy xác nhận khuyết tật để … miễn học phí", off-topic-purpose.ts)
    if (offTopic && !(r.top && (procedureFeeNames(offTopic, r.top.entry, this.kb.procedures, work.folded) || courseFeeAsked(offTopic, r.top.entry, work.folded) || this.offTopicAside(offTopic, text, r, ctx.ward) || offTopicAsPurpose(offTopic, r.top.entry, work.text)))) {
      return withMatter(this.handoff(ctx, "out_of_scope", r.scored, `chủ đề ngoài phạm vi của phường ("${offTopic}")`, topicOf(text)), text);
    }
    // a matter word the entry about to answer does not speak of: a look-alike, no answer (uncovered-matter-word.ts)
    const matterWord = r.top && r.top.entry.category !== "lua-dao" ? uncoveredMatterWord(work.text, r.top.entry) : undefined;
    // (not a cost the top entry's own procedure lists in its fee part, as for an off-topic subject above: "phí trước bạ khi
    // sang tên sổ đỏ" is the land transfer's fee)
    if (matterWord && !procedureFeeNames(foldMatter(matterWord), r.top!.entry, this.kb.procedures, work.folded)) return this.handoff(ctx, "out_of_scope", r.scored, `mục "${r.top!.entry.title}" không nói về "${matterWord}" mà câu hỏi nêu`, topicOf(text));
    // a scam entry for a message that says nothing of a scam: it matched the bait words only
    // (after a scam entry or a scam warning in this conversation, the scam is said: "giờ phải làm gì")
    if (r.top && !r.weak && r.top.entry.category === "lua-dao" && !this.talksOfScam(text, r, ctx)) {
      return this.handoff(ctx, "out_of_scope", r.scored, `mục về lừa đảo cho tin nhắn không nói về lừa đảo (${r.signals})`, topicOf(text));
    }
    if (r.weak || !r.top) {
      if (onDutyPattern.test(foldedText(text))) return this.personRequested(ctx);
      // "quên mật khẩu vssid thì sao" after VssID: nothing matches well, but the message names the previous entry's subject (previous-title-named.ts)
      if (previous && !changed && !beyondPrevious && appliesTo(previous, ctx.ward) && namesPreviousTitle(topicTerms(), previous, (w) => this.index.idfFor(w)) && !offTopicTurn(folded, this.entryText(previous), r.top?.entry, text, previous))
        return this.followUp(previous, reading, folded, topicTerms(), ctx);
      const why = r.top ? `khớp yếu (${r.signals})` : "không có mục nào khớp";
      // nothing answers this question, but nothing says the resident left the topic either ("có phải đưa cháu đi
      // cùng không" after căn cước): the next turn may still ask a part of it ("hết bao nhiêu tiền")
      return this.handoff(ctx, "out_of_scope", r.scored, why, topicOf(text), true);
    }
    // "tôi ở Đà Nẵng, muốn làm giấy xác nhận cư trú": the resident's own ward is elsewhere, whose office this assistant does not know (resident-elsewhere.ts)
    const home = r.top.entry.category !== "lua-dao" ? livesElsewhere(text) : undefined;
    if (home) return this.handoff(ctx, "out_of_scope", r.scored, `người hỏi ở nơi khác ("${home}"): thủ tục làm ở phường nơi họ ở, trợ lý chỉ có thông tin của phường này`, topicOf(text));
    // "UB phường ở Đà Nẵng làm căn cước có phải hẹn trước không": an office of another city (office-elsewhere.ts)
    // (or framed by another city: "ở Đà Nẵng thì làm căn cước ở phường nào", place-framed-elsewhere.ts)
    const officeThere = r.top.entry.category !== "lua-dao" ? placeElsewhere(folded, text) : undefined;
    if (officeThere) return this.handoff(ctx, "out_of_scope", r.scored, `hỏi về cơ quan ở nơi khác ("${officeThere}"), trợ lý chỉ có thông tin của phường này`, topicOf(text));
    // "X là gì": the entry must name X in its core, "là gì" alone is no match
    const defined = thingDefined(folded);
    const namesIt = !defined || namesThing(defined, this.entryText(r.top.entry, true));
    // (not the near-tie rule when the previous entry was set aside by a correction: the rest are only what is left)
    if (namesIt && (r.confident || (!exclude && (this.leadsByCore(r) || (this.firstQuestion(ctx) && this.leadsByTitle(this.questionAsked(text), r)))))) {
      // "phường có [service] không": the entry must describe that service, not share a word with it
      const service = serviceAsked(folded);
      if (service && !describesService(service, this.entryText(r.top.entry))) {
        return this.handoff(ctx, "out_of_scope", r.scored, `hỏi phường có dịch vụ mà mục "${r.top.entry.title}" không nói đến (${r.signals})`, topicOf(text));
      }
      // another city's or ward's office: our ward's address and hours would be wrong there (other-place.ts)
      const elsewhere = answersWithWardOffice(r.top.entry) ? otherPlaceNamed(text, ctx.ward.name) : undefined;
      if (elsewhere) return this.handoff(ctx, "out_of_scope", r.scored, `hỏi về cơ quan ở nơi khác ("${elsewhere}"), trợ lý chỉ có thông tin của phường này`, topicOf(text));
      // "tôi phản ánh ở đâu" after a handoff: the matter handed off, when the short question's words are all its (after-handoff.ts)
      const resumed = exclude ? undefined : this.resumedAfterHandoff(r, topicTerms(), ctx);
      return this.answer(resumed ?? r.top.entry, reading, folded, r, ctx, false);
    }
    const candidates = r.ranked.slice(0, 3);
    // (asked back otherwise: the matter handed off last turn, when the short question's words are all its)
    const resumedTie = exclude ? undefined : this.resumedAfterHandoff(r, topicTerms(), ctx);
    if (resumedTie) return this.answer(resumedTie, reading, folded, r, ctx, false);
    // "thế còn thẻ bảo hiểm y tế thì sao": a contrast's subject, named whole by one of the level titles (contrast-title-tie.ts)
    const contrastNamed = !exclude && ctx.memory.entryId && contrastOpener(text) ? contrastTitleTie(topicTerms(), r.ranked.slice(0, 3)) : undefined;
    if (contrastNamed) return this.answer(contrastNamed, reading, folded, r, ctx, false);
    if (!exclude && scatteredMatch(this.index, text, candidates.map((c) => c.entry.id), r.top.score)) {
      return this.handoff(ctx, "out_of_scope", r.scored, `khớp yếu, rời rạc: không mục nào chứa cụm từ của câu hỏi (${r.signals})`, topicOf(text));
    }
    // a near tie where the message uses the names (keywords, title parts) of only one of the two: that one (named-candidate.ts)
    const namedOne = exclude ? undefined : this.namedCandidates.only(candidates, folded);
    if (namedOne) return this.answer(namedOne.entry, reading, folded, r, ctx, false);
    // a near tie the top wins on coverage of the message's words, whole and core (coverage-lead-tie.ts)
    const covered = exclude ? undefined : coverageLeadTie(r.ranked, topicTerms(), folded);
    if (covered) return this.answer(covered.entry, reading, folded, r, ctx, false);
    return this.clarify(candidates, reading, r.scored, `chưa chắc: ${r.signals}`, ctx);
  }

  /** The entry of the action the message asks (a copy of a civil-status paper, deleting a residence), put first when among the first five (asked-action-entry.ts). */
  private askedAction(text: string, r: Retrieval): Retrieval {
    // (or handing a secret code over, being asked for it: secret-code-asked.ts; a civil-status paper gone for good or never made: re-registration-asked.ts)
    const id = ((plain) => entryOfAskedAction(plain) ?? secretCodeEntry(plain) ?? reRegistrationEntry(plain) ?? lateCivilRegistrationEntry(plain) ?? personalDataGivenEntry(plain))(typedFolded(text));
    // (or the app the message names, when the top's title names another app: other-app-titled.ts)
    // (or the look-up entry of a file handed in whose progress is asked, wherever it ranks: submitted-file-tracking.ts)
    const top = id ? r.ranked.slice(0, 5).find((x) => x.entry.id === id) : (submittedFileTracking(text, r.ranked) ?? otherAppTitled(r.ranked.slice(0, 5), this.fold(text)));
    if (!top || (top === r.top && r.confident)) return r;
    const ranked = [top, ...r.ranked.filter((x) => x !== top)];
    const scored = ranked.slice(0, 3).map((x) => ({ id: x.entry.id, title: x.entry.title, score: round(x.score) }));
    return { ...r, ranked, top, scored, weak: false, confident: true, signals: `${r.signals}; việc được hỏi: mục "${top.entry.title}"` };
  }

  /** The app's entry put first, when the message asks to install, log into or fix that one app (named-app-use.ts). */
  private appUsed(text: string, folded: string, r: Retrieval): Retrieval {
    const id = this.appUses.entryFor(text, folded);
    const top = id ? r.ranked.find((x) => x.entry.id === id) : undefined;
    if (!top) return r;
    const ranked = [top, ...r.ranked.filter((x) => x !== top)];
    const scored = ranked.slice(0, 3).map((x) => ({ id: x.entry.id, title: x.entry.title, score: round(x.score) }));
    return { ...r, ranked, top, scored, weak: false, confident: true, signals: `${r.signals}; dùng ứng dụng được nêu tên: mục "${top.entry.title}"` };
  }

  /** A short question right after a scam warning that leans on it (scam-followups.ts). */
  private leansOnScamWarning(text: string, folded: string, reading: FacetReading, ctx: TurnContext): AskResult | undefined {
    const plain = typedFolded(text);
    // "báo công an có lấy lại được tiền không" after a victim's steps: that entry's yes/no (money-back-question.ts)
    const victim = this.byId.get(moneyBackAsked(plain, { entryId: ctx.memory.entryId, scamVictim: ctx.scamVictim }) ?? "");
    if (victim && appliesTo(victim, ctx.ward)) return this.followUp(victim, { ...reading, yesno: true }, folded, [], ctx);
    // "thế báo công an ở đâu" after a victim's steps, nothing pointed at to report: that entry's place (victim-report-where.ts)
    const lossPlace = this.byId.get(victimReportWhere(plain, { entryId: ctx.memory.entryId, scamVictim: ctx.scamVictim }) ?? "");
    if (lossPlace && appliesTo(lossPlace, ctx.ward)) return this.followUp(lossPlace, { ...reading, facet: "where", strength: 2 }, folded, [], ctx);
    const reporting = reportsTheScam(plain) ? this.published.find((e) => isReportingEntry(e) && appliesTo(e, ctx.ward)) : undefined;
    if (reporting) return this.followUp(reporting, { ...reading, facet: "where", strength: 2 }, folded, [], ctx);
    const first = ctx.memory.choices.find((c) => c.action.do === "show")?.action;
    const remembered = [ctx.memory.entryId, first?.do === "show" ? first.entryId : undefined, ctx.scamVictim].map((id) => this.byId.get(id ?? "")).find((e) => e?.category === "lua-dao");
    // (or "có phải lừa không", "vâng, thế là lừa hả", "họ bảo lãi 5% một tuần, có thật không": whether the scam told is one, scam-is-it-real.ts)
    if (remembered && appliesTo(remembered, ctx.ward) && (asksWhetherToAct(plain) || asksIfScam(text))) return this.followUp(remembered, { ...reading, yesno: true }, folded, [], ctx);
    // "thế rốt cuộc có phải cập nhật không": a yes/no in the words of that scam entry's title (warned-title-yes-no.ts)
    if (remembered && appliesTo(remembered, ctx.ward) && asksWarnedTitle({ yesno: reading.yesno, plain, termsOf: (t) => this.topicTermsOf(this.fold(t)), title: titleWords(remembered) })) return this.followUp(remembered, reading, folded, [], ctx);
    // "số gọi đến là 0869 gì đó, tra ở đâu": looking up a number, account or link named is the checking entry's (lookup-scam-object.ts)
    const checking = looksUpScamObject(plain) ? this.published.find((e) => isCheckingEntry(e) && appliesTo(e, ctx.ward)) : undefined;
    if (checking) return this.followUp(checking, hasFacet(checking, "steps", this.kb) && !reading.facet ? { ...reading, facet: "steps", strength: 2 } : reading, folded, [], ctx);
    // "kiểm tra thế nào trước khi chuyển" (checking-without-object.ts) or "giờ tôi phải làm gì trước" (scam-what-now.ts):
    // how to check, or what to do now about, the scam told, nothing else named: that scam entry's steps
    if (remembered && appliesTo(remembered, ctx.ward) && (checksWithoutObject(plain) || asksWhatToDoNow(plain))) return this.followUp(remembered, hasFacet(remembered, "steps", this.kb) ? { ...reading, facet: "steps", strength: 2 } : reading, folded, [], ctx);
    const genuine = asksForGenuine(plain, text);
    if (!genuine) return undefined;
    const genuineFolded = this.fold(genuine);
    const genuineReading = readFacet(genuineFolded);
    const r = this.retrieveTopic(genuine, genuineReading, ctx.ward);
    // the genuine thing is named by the answering entry's title, not the warned entry's: "trợ cấp"; not "tra cứu thật ở đâu"
    // after a fake traffic fine (the warned entry tells where to look the fine up)
    const named = (e: KnowledgeEntry | undefined) => !!e && ((title) => this.topicTermsOf(genuineFolded, genuineReading).some((t) => title.has(t) && this.index.idfFor(t) >= COMMON_WORD_IDF))(titleWords(e));
    return r.top && named(r.top.entry) && !named(remembered) && r.confident && r.top.entry.category !== "lua-dao" ? this.answer(r.top.entry, genuineReading, genuineFolded, r, ctx, false) : undefined;
  }

  /** More of a scam story (scam-story.ts): the scam entry's advice, or a follow-up of it. */
  private scamStory(text: string, folded: string, reading: FacetReading, terms: string[], r: Retrieval, warned: KnowledgeEntry | undefined, ctx: TurnContext): AskResult | undefined {
    const remembered = this.byId.get(ctx.memory.entryId ?? ctx.scamVictim ?? "") ?? warned;
    const story = scamStoryTurn({ text, folded, reading, terms, r }, remembered, { index: this.index, applies: (e) => appliesTo(e, ctx.ward), entryText: (e) => this.entryText(e) });
    if (!story) return undefined;
    if (story.advice) {
      return this.answer(story.entry, reading, folded, noRetrieval(), ctx, true);
    }
    return this.followUp(story.entry, reading, folded, terms, ctx);
  }

  /**
   * A short question between the previous entry and another one (close-call.ts); a number picks one, 0 a person. `named`:
   * the message names the other entry's subject (the long close call) or only scores for it (the short one).
   */
  private closeCall(previous: KnowledgeEntry, other: Scored, previousScore: number, reading: FacetReading, r: Retrieval, ctx: TurnContext, named: boolean, text?: string): AskResult {
    // (the entry named, when the message asked as a first question is answered from it by retrieval: named-close-call-alone.ts)
    if (named && text !== undefined) {
      const alone = this.ask(text, ctx.ward, ctx.now, emptyMemory());
      const folded = this.fold(text);
      const aloneReading = { kind: alone.kind, entryId: alone.kind === "answer" ? alone.entry.id : undefined, followup: alone.kind === "answer" && alone.followup, learned: alone.explanation.includes(LEARNED_PICK) };
      if (namedCloseCallSettled({ other: other.entry, alone: aloneReading, questionShaped: questionShaped(folded), folded })) return this.answer(other.entry, reading, folded, { ...r, signals: `hỏi riêng như câu hỏi đầu thì mục "${other.entry.title}" mà tin nhắn nêu tên trả lời, không tiếp mục trước "${previous.title}"` }, ctx, false);
    }
    const before = r.ranked.find((x) => x.entry.id === previous.id) ?? { ...other, entry: previous, score: previousScore };
    const why = named ? `mục "${other.entry.title}" mà tin nhắn nêu tên` : `mục "${other.entry.title}" gần với tin nhắn`;
    return this.clarify([other, before], reading, r.scored, `tiếp mục trước "${previous.title}" hay ${why}`, ctx);
  }

  /** The conversation is about a scam: its entry, or the choices a scam warning offered, are scam entries. */
  private scamConversation(memory: ConversationMemory): boolean {
    return [memory.entryId, ...memory.choices.map((c) => (c.action.do === "show" ? c.action.entryId : undefined))].some((id) => this.byId.get(id ?? "")?.category === "lua-dao");
  }

  /** The words of a message that name a topic: not the part asked, not the follow-up words, not who it is for. */
  private topicTermsOf(folded: string, reading: FacetReading = readFacet(folded)): string[] {
    // asked about two or three times per turn on the same topic text: the terms are remembered (a copy is handed out)
    const known = this.lastTopicTerms.get(reading.topicText) ?? this.lastTopicTerms.set(reading.topicText, this.index.contentTermsOf(reading.topicText).filter((t) => !peopleWords.has(t)));
    return known.slice();
  }

  private readonly lastTopicTerms = new LastTwo<string[]>();

  /**
   * A correction that names only a part or a person ("không phải, tôi hỏi là làm ở đâu", "không phải,
   * ý tôi là cho con 5 tuổi"): the previous entry again, that part; undefined when it names a topic.
   */
  private partCorrection(rest: string, ctx: TurnContext): AskResult | undefined {
    const previous = ctx.memory.entryId ? this.byId.get(ctx.memory.entryId) : undefined;
    if (!previous || !appliesTo(previous, ctx.ward)) return undefined;
    const folded = this.fold(rest);
    const reading = readFacet(folded);
    if (!reading.facet || this.topicTermsOf(folded, reading).length) return undefined;
    return this.followUp(previous, reading, folded, [], ctx);
  }

  /**
   * "không phải, cấp lại do bị mất cơ" after căn cước: the correction names a re-issue part (cấp lại,
   * đổi, gia hạn, mất, hỏng) and nothing the previous entry lacks, and the previous entry's own text
   * covers that part: that part of it, not another entry whose sample questions share the verb.
   */
  private reissueCorrection(rest: string, ctx: TurnContext): AskResult | undefined {
    const previous = ctx.memory.entryId ? this.byId.get(ctx.memory.entryId) : undefined;
    if (!previous || !appliesTo(previous, ctx.ward)) return undefined;
    const folded = this.fold(rest);
    const reading = readFacet(folded);
    const terms = this.topicTermsOf(folded, reading);
    const part = reissuePart(folded, terms, rest);
    if (!part || !coversPart(previous, part.phrases)) return undefined;
    if (part.rest.length && this.index.termCoverage(previous.id, part.rest) < 0.5) return undefined;
    const special = !reading.facet && hasFacet(previous, "special", this.kb);
    return this.followUp(previous, special ? { ...reading, facet: "special", strength: 2 } : reading, folded, terms, ctx);
  }

  /** The corrected question alone is clearly about the previous entry: that entry again, the part named or its summary. */
  private sameEntryCorrection(rest: string, ctx: TurnContext, otherScore: number): AskResult | undefined {
    const previous = ctx.memory.entryId ? this.byId.get(ctx.memory.entryId) : undefined;
    if (!previous || !appliesTo(previous, ctx.ward) || rest.length < 3) return undefined;
    const folded = this.fold(rest);
    const reading = readFacet(folded);
    const r = this.retrieveTopic(rest, reading, ctx.ward);
    if (!r.confident || r.top?.entry.id !== previous.id || r.top.score < FOLLOWUP.correctionLead * otherScore) return undefined;
    return this.answer(previous, reading, folded, r, ctx, true);
  }

  /**
   * The words that name the part asked ("lệ phí", "bao nhiêu", "ở đâu") are in many entries
   * ("thanh toán lệ phí trực tuyến"): when the message also names a topic, that topic alone
   * decides, if it decides clearly ("lệ phí làm căn cước bao nhiêu" → căn cước).
   */
  private retrieveTopic(text: string, reading: FacetReading, ward: Ward, exclude?: string, questionClause = false, firstQuestion = false): Retrieval {
    const whole = this.retrieve(text, ward, exclude);
    let folded: string | undefined;
    const fold = unnamed(() => (folded ??= this.fold(text)));
    let r = whole;
    let fromTopic: Retrieval | undefined;
    if (!whole.confident && reading.strength >= 2 && reading.topicText && reading.topicText !== fold()) {
      // (the whole message names what an entry does not cover: "làm thẻ ngân hàng" whose topic words are "thẻ ngân hàng")
      // (a special case the whole message's leader is about stays in the topic: "xác nhận khuyết tật", facet-cues.ts)
      const lead = whole.top ? topicTextKeepingTitleWords(fold(), foldedTitle(whole.top.entry)) : undefined;
      const topic = this.retrieve(lead ?? reading.topicText, ward, exclude, text);
      if (topic.confident) r = fromTopic = topic;
    }
    // a long message that tells a story before it asks: the question clause alone names an entry
    // clearly, and the whole message's own top is that entry (question-clause.ts)
    // (not a call for the person on duty: that has a reply of its own)
    if (questionClause && !r.confident && whole.top && !onDutyPattern.test(foldedText(text))) {
      const then = conditionThenQuestion(text, (s) => this.fold(s));
      for (const clause of questionClauses(text, (s) => this.fold(s))) {
        const c = this.retrieve(clause, ward, exclude, text);
        // (the question after a "thì" names the top entry's title: the words before it were the condition)
        // (or one the whole message ranks close behind its top: the story's words lifted another entry a little, question-clause.ts clauseAmongLeaders)
        if (c.confident && c.top && clauseAmongLeaders(c.top.entry.id, whole.ranked, text) && this.clauseAsks(clause, c) && (clause !== then || this.namesTitle(clause, c.top.entry))) {
          r = { ...c, signals: `${c.signals}; ${CLAUSE_ASKED}: "${clause}"` };
          break;
        }
      }
    }
    // "bé nhà mình 4 tuổi có cần làm căn cước không": who it is for set aside, the rest names the entry (person-words-aside.ts)
    if (firstQuestion && !r.confident && whole.top) r = this.personAside(text, whole, ward, exclude) ?? r;
    // the story before "cho em hỏi" names an entry of its own that pulled the whole message: the question after it decides
    if (questionClause && whole.top) {
      const told = this.storyPulled(text, whole, ward, exclude, firstQuestion);
      if (told) r = told;
    }
    let topicTerms: string[] | undefined;
    const terms = unnamed(() => (topicTerms ??= this.topicTermsOf(fold(), reading)));
    // found only through the first syllables of a word the message continues differently (diverted-compound.ts)
    if (r.confident && r.top && this.divertedCompounds.diverted(this.index, r.top.entry, fold(), terms())) {
      return { ...r, confident: false, weak: true, signals: `${r.signals}; chỉ trùng phần đầu của một từ khác` };
    }
    // only where the words left for the topic lost the subject the whole message names (the whole
    // message's own confident answers stand: promoting over them cost blind accuracy)
    // (a story before "cho tôi hỏi" may name a title of its own: only the question after the marker names the subject)
    if (r.confident && r !== whole) {
      const named = this.namedByTitleHead(r, whole, this.fold(this.questionAsked(text)));
      // (a topic-only top the whole message scores far below its leader: the words taken out as the part asked were the subject (topic-among-leaders.ts))
      return named === r && r === fromTopic && !topicAmongLeaders(r, whole.ranked) ? whole : named;
    }
    // the whole message's confident top shares a head with a close candidate whose subject the message names: ask between them
    if (!r.weak && this.titleHeads.named(r.top, r.ranked.slice(1, 3).filter((x) => x.score >= HEAD_TIE_SHARE * (r.top?.score ?? 0)), fold())) {
      return { ...r, confident: false, headTie: true, signals: `${r.signals}; một mục khác cùng tên chung được nêu` };
    }
    // a bare procedure noun several entries share: the entry that lists it as a keyword (bare-subject.ts)
    let plainest = r.weak ? undefined : this.bareSubjects.plainest(terms(), r.ranked.slice(0, 3));
    // (not over a confident top whose title asks the part the message asks: part-asked-sibling.ts)
    if (plainest && r.confident && r.top && titleAsksPartAsked(r.top.entry, reading)) plainest = undefined;
    if (plainest) {
      const ranked = [plainest, ...r.ranked.filter((x) => x !== plainest)];
      const scored = ranked.slice(0, 3).map((x) => ({ id: x.entry.id, title: x.entry.title, score: round(x.score) }));
      return { ...r, ranked, top: plainest, scored, confident: true, signals: `${r.signals}; tên thủ tục trần: mục "${plainest.entry.title}"` };
    }
    // "làm sao biết số tài khoản này có phải của kẻ lừa đảo không": how to check, not the steps after a loss (checking-not-loss.ts)
    const checking = r.weak ? undefined : checkingNotLoss(text, r.ranked);
    if (checking) return { ...r, ranked: [checking, ...r.ranked.filter((x) => x !== checking)], top: checking, scored: [checking, ...r.ranked.filter((x) => x !== checking)].slice(0, 3).map((x) => ({ id: x.entry.id, title: x.entry.title, score: round(x.score) })), confident: true, signals: `${r.signals}; hỏi cách kiểm tra, chưa bị lừa: mục "${checking.entry.title}"` };
    // found only through words of one sample question's own situation (sample-side-words.ts)
    if (r.confident && r.top && this.sideWords.onlySideWords(this.index, r.top.entry, terms())) {
      return { ...r, confident: false, weak: true, signals: `${r.signals}; chỉ khớp từ riêng của một câu hỏi mẫu` };
    }
    return r;
  }

  /**
   * A story, an ask marker, a question (question-clause.ts storyThenQuestion): the question alone names
   * another entry clearly (the clause guards of the long-message rule), and the story alone has the
   * whole message's top: the story's words made that top, the question's entry answers.
   */
  private storyPulled(text: string, whole: Retrieval, ward: Ward, exclude?: string, firstQuestion = false): Retrieval | undefined {
    const parts = storyThenQuestion(text, (s) => this.fold(s));
    if (!parts || !whole.top || onDutyPattern.test(parts.asked)) return undefined;
    let c = this.retrieve(parts.asked, ward, exclude, text);
    // (a first question's near tie the question settles by naming the top's title: title-phrase.ts)
    if (!c.confident && firstQuestion && this.leadsByTitle(parts.asked, c)) c = { ...c, confident: true, signals: `${c.signals}; tên mục được nêu` };
    if (!c.confident || !c.top || c.top.entry.id === whole.top.entry.id) return undefined;
    if (!this.clauseAsks(parts.asked, c)) return undefined;
    const story = this.retrieve(parts.story, ward, exclude);
    if (story.top?.entry.id !== whole.top.entry.id) return undefined;
    return { ...c, signals: `${c.signals}; câu hỏi sau phần kể: "${parts.asked}"` };
  }

  /**
   * An out-of-scope subject told in a story's background ("bạn bè bên đó đã lo hỏa táng", "tin nhắn cá độ bóng đá"),
   * not in its question: a story of STORY_WORDS or more whose question clauses do not hold the subject, one of
   * which names the top entry alone clearly. Retrieves the clauses only when a subject was found (rare).
   */
  private offTopicAside(offTopic: string, text: string, r: Retrieval, ward: Ward): boolean {
    const top = r.top;
    if (!top || !toldAsStory(text)) return false;
    const clauses = questionClauses(text, (s) => this.fold(s));
    if (!clauses.length || clauses.some((clause) => ` ${clause} `.includes(` ${offTopic} `))) return false;
    return clauses.some((clause) => ((c) => c.confident && c.top?.entry.id === top.entry.id && this.clauseAsks(clause, c))(this.retrieve(clause, ward, undefined, text)));
  }

  /** A question clause alone names its top entry clearly (question-clause.ts clauseNamesEntry), and names no app that the entry is not about. */
  private clauseAsks(clause: string, c: Retrieval): boolean {
    const top = c.top;
    if (!top || !clauseNamesEntry(top, this.topicTermsOf(clause, readFacet(clause)), (w) => this.index.idfFor(w))) return false;
    return !namedApps.some((app) => app.pattern.test(clause) && !app.pattern.test(foldedText(top.entry.title)));
  }

  /** A clause has an informative topic word of the entry's title ("đăng ký khai tử": khai tử). */
  private namesTitle(clause: string, entry: KnowledgeEntry): boolean {
    const title = titleWords(entry);
    return this.topicTermsOf(clause, readFacet(clause)).some((w) => title.has(w) && this.index.idfFor(w) >= CLAUSE_MIN_IDF);
  }

  /** A topic-only answer whose title shares a generic head with the whole message's top, whose subject the message names: that top (title-head.ts). */
  private namedByTitleHead(r: Retrieval, whole: Retrieval, folded: string): Retrieval {
    const lead = whole.ranked[0];
    const named = lead ? this.titleHeads.named(r.top, [lead], folded) : undefined;
    if (!named) return r;
    const ranked = [named, ...whole.ranked.filter((x) => x !== named)];
    const scored = ranked.slice(0, 3).map((x) => ({ id: x.entry.id, title: x.entry.title, score: round(x.score) }));
    return { ranked, top: named, scored, ratio: whole.ratio, weak: false, confident: true, signals: `${whole.signals}; tên thủ tục được nêu: mục "${named.entry.title}"` };
  }

  /** An entry's whole text (or only its core: title, questions, keywords, summary), folded and analysed, padded with spaces (made on first need). */
  private entryText(entry: KnowledgeEntry, core = false): string {
    const key = core ? `core:${entry.id}` : entry.id;
    let text = this.entryTexts.get(key);
    if (text === undefined) {
      text = ` ${foldedText([entry.title, ...entry.questions, ...entry.keywords, entry.summary ?? "", core ? "" : entry.body].join(" . "))} `;
      this.entryTexts.set(key, text);
    }
    return text;
  }

  /** A near tie decided by the core: see DecisionThresholds.coreLead (only for a message's own question, not a follow-up). */
  private leadsByCore(r: Retrieval): boolean {
    const [top, second] = r.ranked;
    const t = this.thresholds;
    return !!top && !!second && !r.weak && !r.headTie && top.score >= t.coreLeadScore && top.coreCoverage >= t.coreLeadCore && top.coreCoverage - second.coreCoverage >= t.coreLead && top.keyCoverage >= 1 && second.keyCoverage < 1;
  }

  /** A message's own question, not a follow-up (after an entry or a choice, a follow-up's words are read against that entry). */
  private firstQuestion(ctx: TurnContext): boolean {
    return !(ctx.memory.entryId || ctx.memory.choices.length || ctx.memory.question || ctx.memory.awaiting || ctx.segment);
  }

  /** A first question's near tie that the message settles by naming the top entry's title more fully than the rivals' (title-phrase.ts). */
  /** The question of a message: the words after its ask marker when a story comes first (a title the story names is not what is asked), else the message. */
  private questionAsked(text: string): string {
    return storyThenQuestion(text, (s) => this.fold(s))?.asked ?? text;
  }

  private leadsByTitle(text: string, r: Retrieval): boolean {
    const t = this.thresholds;
    const [top, ...others] = r.ranked.slice(0, 3);
    if (!top || r.weak || r.headTie || top.score < t.answerScore) return false;
    // (a candidate far behind, under half the top's score, is no rival)
    const rivals = others.filter((x) => x.score >= TITLE_RIVAL_SHARE * top.score);
    return rivals.length > 0 && this.titlePhrases.leads(text, top.entry, rivals.map((x) => x.entry));
  }

  /** `message`: the whole message a part of it (`text`) was taken from, whose words the entries' scopes are checked against */
  private retrieve(text: string, ward: Ward, exclude?: string, message = text): Retrieval {
    // names of people and places are no topic words (proper-names.ts)
    const result = this.index.search(withoutProperNames(text), { limit: 20 });
    let ranked = result.ranked.filter((r) => appliesTo(r.entry, ward) && r.entry.id !== exclude);
    // the entry's front matter says where it ends (entry-scope.ts)
    const scoped = this.scopes.hasScopes(ranked);
    const padded = scoped || ranked[0]?.entry.kind ? ` ${this.fold(message)} ` : "";
    if (scoped) ranked = ranked.filter((r) => !this.scopes.outOfScope(r.entry, padded));
    const [top, second] = ranked;
    const scored = ranked.slice(0, 3).map((r) => ({ id: r.entry.id, title: r.entry.title, score: round(r.score) }));
    const t = this.thresholds;
    const ratio = top && second ? top.score / Math.max(second.score, 1e-9) : Infinity;
    let weak = !top || top.score < t.minScore || top.coverage < t.minCoverage || top.coreCoverage < t.minCoreCoverage || top.keyCoverage < t.minKeyCoverage;
    let confident =
      !!top &&
      !weak &&
      ((top.score >= t.answerScore && ratio >= (top.score < t.weakScore ? t.weakRatio : t.answerRatio)) ||
        (top.score >= t.clearScore && ratio >= t.clearRatio) ||
        (top.coverage >= t.fullCoverage && top.score >= t.answerScore && ratio >= t.fullCoverageRatio));
    const lowCoverageOnly = !!top && !weak && top.coverage < t.lowCoverage;
    if (top && !weak && top.coverage < t.lowCoverage) {
      // part of the question is about something no entry covers: answer only a clear winner,
      // otherwise hand off rather than offer look-alikes
      confident = top.score >= t.lowCoverageScore && ratio >= t.lowCoverageRatio;
      weak = !confident;
    }
    // "kiến nghị sửa đường ngõ bị lún thì gửi cho ai": the entry named, the rest describes (named-despite-side-words.ts)
    if (lowCoverageOnly && top && this.namedDespiteSide(text, ranked, result.contentTerms)) confident = !(weak = false);
    if (top && !confident && result.contentTerms.length >= t.storyTerms && top.score >= t.storyScore && ratio >= t.storyRatio) {
      confident = true;
      weak = false;
    }
    const signals = top
      ? `điểm ${round(top.score)}, gấp ${round(ratio)} lần mục thứ hai, độ phủ ${round(top.coverage)}, độ phủ phần chính ${round(top.coreCoverage)}`
      : "";
    const namedApp = top && !weak ? this.namedAppEntry(text, ranked) : undefined;
    // the app the resident names decides between entries alike in everything else; the procedure
    // named decides over an entry about help for people (only where the top was a confident answer)
    const named = namedApp ?? (confident && padded ? this.scopes.namedProcedure(ranked, padded) : undefined);
    if (named) {
      const reordered = [named, ...ranked.filter((x) => x !== named)];
      const scoredNamed = reordered.slice(0, 3).map((x) => ({ id: x.entry.id, title: x.entry.title, score: round(x.score) }));
      const why = namedApp ? "ứng dụng được nêu tên" : "thủ tục được nêu tên";
      return { ranked: reordered, top: named, scored: scoredNamed, ratio, weak: false, confident: true, signals: `${signals}; ${why}: mục "${named.entry.title}"` };
    }
    return { ranked, top, scored, ratio, weak, confident, signals };
  }

  /** The published entries this ward uses, listed only when a rule asks for them. */
  private wardEntries(ward: Ward): () => KnowledgeEntry[] {
    return () => this.published.filter((e) => appliesTo(e, ward));
  }

  /** The entry a first message's situation needs (situation-entry.ts). */
  private situationTold(text: string, folded: string, r: Retrieval, ctx: TurnContext) {
    return situationEntry({
      plain: typedFolded(text),
      candidates: r.ranked.map((x) => x.entry),
      confident: r.confident,
      namesEntry: unnamed((entry: KnowledgeEntry) => ((n) => n.own.length + n.shared.length > 0)(this.namedCandidates.namesIn(entry, folded))),
      entries: this.wardEntries(ctx.ward),
    });
  }

  /** The message names the top entry and only rare describing words kept it under the coverage a clear answer needs (named-despite-side-words.ts). */
  private namedDespiteSide(text: string, ranked: Scored[], contentTerms: readonly string[]): boolean {
    const [top, second] = ranked;
    const t = this.thresholds;
    if (!top || (second && top.score < SIDE_WORDS_LEAD * second.score)) return false;
    // (cheapest first: most messages have no rare word, most others still fall short; the names last)
    const idfs = [...new Set(contentTerms)].map((word) => ({ word, idf: this.index.idfFor(word) }));
    if (!idfs.some((w) => w.idf >= RARE_WORD_IDF)) return false;
    const words = idfs.map((w) => ({ ...w, inTop: this.index.termCoverage(top.entry.id, [w.word]) > 0 }));
    const side = { topScore: top.score, secondScore: second?.score ?? 0, coverage: top.coverage, words, sequence: contentTerms, lowCoverage: t.lowCoverage, clearRatio: t.lowCoverageRatio };
    if (coverageWithoutSideWords(side) < t.lowCoverage) return false;
    return namedDespiteSideWords({ ...side, names: this.namedCandidates.namesIn(top.entry, this.fold(text), second?.entry) });
  }

  /**
   * A message naming one specific app (VssID, iHanoi) whose top entry is about another app
   * ("quên mật khẩu VssID" → the VNeID troubles entry): the close candidate about the app named.
   */
  private namedAppEntry(text: string, ranked: Scored[]): Scored | undefined {
    const folded = foldedText(text);
    const apps = namedApps.filter((app) => matches(app.pattern, folded));
    if (apps.length !== 1) return undefined;
    const app = apps[0]!;
    const [top] = ranked;
    // only between apps: the top entry is about another app ("Sự cố VNeID"), not a task done in one ("gia hạn BHYT trên VssID")
    const topTitle = foldedText(top?.entry.title ?? "");
    if (!top || app.pattern.test(topTitle) || !appTitlePattern.test(topTitle)) return undefined;
    // (any share when the top's title names only apps the message does not: unnamed-app-top.ts)
    const share = topNamesAnotherApp(topTitle, folded) ? 0 : NAMED_APP_SHARE;
    const candidates = ranked.slice(1, 3).filter((x) => app.pattern.test(foldedText(x.entry.title)) && x.score >= share * top.score);
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /** A message after a question asked back that picks none of the entries offered and names none of them: the same choices, asked again briefly (part-after-clarify.ts). */
  private offeredAgain(ctx: TurnContext): AskResult {
    const offered = ctx.memory.choices;
    const ids = offered.flatMap((c) => (c.action.do === "show" ? [c.action.entryId] : []));
    return this.clarifyResult("Dạ, ông/bà đang hỏi về việc nào dưới đây ạ? Ông/bà nhắn số giúp tôi.", offered, ids.map((id) => ({ id, title: this.byId.get(id)!.title, score: 1 })), "Hỏi lại: câu sau câu hỏi lại không chọn và không nêu mục nào đã gợi ý.", ctx, undefined);
  }

  /** A part asked with no topic after a question asked back: the same entries offered again, at that part (part-after-clarify.ts). */
  private partAskedAgain(facet: FacetKey, candidates: string[], ctx: TurnContext): AskResult {
    const offered = ctx.memory.choices.map((c) => (c.action.do === "show" ? { ...c, action: { ...c.action, shown: hasFacet(this.byId.get(c.action.entryId)!, facet, this.kb) ? facet : c.action.shown } } : c));
    const result = this.clarifyResult(whichOfferedBody(facet), offered, candidates.map((id) => ({ id, title: this.byId.get(id)!.title, score: 1 })), `Hỏi lại thủ tục nào: hỏi phần ${facet} sau câu hỏi lại, chưa rõ mục nào.`, ctx, undefined);
    result.memory.partAsked = facet;
    return result;
  }

  /**
   * The previous entry again, the part now asked about: the facet named ("còn lệ phí?"), else
   * the section whose words the message uses ("có cần chủ nhà ký không"), else the special
   * cases for a person or an age ("con tôi 5 tuổi thì sao"), else its summary.
   */
  private followUp(entry: KnowledgeEntry, reading: FacetReading, folded: string, topicTerms: string[], ctx: TurnContext): AskResult {
    let facet = reading.facet && hasFacet(entry, reading.facet, this.kb) ? reading.facet : undefined;
    if (!facet && topicTerms.length) facet = bestFacetFor(entry, topicTerms, this.kb);
    if (!facet && reading.facet === "special" && hasFacet(entry, "special", this.kb)) facet = "special";
    if (!facet && !reading.facet && !topicTerms.length && !reading.yesno && !whatAskedPattern.test(folded)) {
      // "thế à", "vậy thì sao": nothing new asked; offer that entry's parts again
      const view = composeAnswer(entry, this.kb, ctx.ward, { shown: ctx.memory.shown ?? "summary" });
      const body = `Dạ, ông/bà muốn xem thêm phần nào về "${entry.title}" ạ? Hoặc ông/bà gõ câu hỏi khác.`;
      return this.clarifyResult(body, view.offered, [{ id: entry.id, title: entry.title, score: 1 }], `Hỏi tiếp về "${entry.title}" nhưng chưa rõ phần nào.`, ctx, entry.id);
    }
    return this.answer(entry, { ...reading, facet: facet ?? reading.facet, strength: facet ? 2 : reading.strength }, folded, noRetrieval(), ctx, true);
  }

  private answer(entry: KnowledgeEntry, reading: FacetReading, folded: string, r: Retrieval, ctx: TurnContext, followup: boolean): AskResult {
    const scored = r.top?.entry.id === entry.id ? r.scored : [{ id: entry.id, title: entry.title, score: 1 }, ...r.scored.filter((s) => s.id !== entry.id)].slice(0, 3);
    // the entry about reaching staff: a question about that channel is answered; anything else asks for a person
    // "nhắn Zalo này có cán bộ thật trả lời không", "chat với cán bộ có mất phí không": a yes/no
    // question about the channel, not a request ("cho tôi gặp cán bộ được không")
    const channelYesNo = reading.yesno && !requestCuePattern.test(folded);
    if (entry.action === "handoff" && !channelQuestionPattern.test(folded) && !channelYesNo && !asksAboutChannel(foldedText(folded))) return this.personRequested(ctx, scored, `mục "${entry.title}" chuyển cho cán bộ`);
    const wanted = reading.facet && reading.strength >= 2 ? reading.facet : undefined;
    // (else a part asked in everyday words, for the part shown only: part-asked-plainly.ts)
    // (when the ward is open, asked of an entry whose time part is the ward's schedule: ward-hours-part.ts)
    const wardHours = timeIsWardSchedule(entry) && wardHoursAsked(folded) && hasFacet(entry, "time", this.kb) ? ("time" as const) : undefined;
    // (where to get the genuine app, of the fake-app entry: its summary says it, its "where" is where to report a fake)
    const shown: Shown = (entry.category === "lua-dao" && asksGenuineAppSource(folded) ? "summary" : undefined) ?? partShown(entry, folded, wanted, (f) => hasFacet(entry, f, this.kb)) ?? wardHours ?? ((p) => (p && hasFacet(entry, p, this.kb) ? p : undefined))(partAskedPlainly(folded, reading.facet)) ?? "summary";
    // (after a scam entry, "co phai lua ko ad", "thật hay giả vậy" alone: whether what was told is a scam, scam-script-yes-no.ts)
    const script = followup ? scamScriptYesNo(entry, folded) : undefined;
    // (a follow-up's fact may leave its subject, the entry's title, out: fact-in-previous-context.ts)
    const yesNo = (reading.yesno ? (greenLaneYesNo(folded, this.kb, ctx.ward, (q) => this.retrieve(q, ctx.ward)) ?? yesNoSentence(entry, wanted, folded, this.kb, ctx.ward) ?? (followup ? this.factInContext(entry, folded, reading) : undefined)) : undefined) ?? script;
    // asked again about a part this entry does not have ("còn lệ phí?"): say so before the summary
    const missing = followup && wanted && shown === "summary" ? `Mục này chưa có thông tin riêng về ${facetLabels[wanted].toLowerCase()}.` : undefined;
    const view = composeWithYesNo(entry, this.kb, ctx.ward, { shown, yesNo: [yesNo, missing].filter(Boolean).join(" ") || undefined });
    const why = followup ? `hỏi tiếp về mục trước` : r.signals;
    return this.answerResult(entry, view, scored, followup, `Trả lời bằng mục "${entry.title}" (${entry.id}), phần ${view.shown}: ${why}.`, ctx);
  }

  /** The fact of `entry` a yes/no follow-up asks with the entry's title as its subject (fact-in-previous-context.ts). */
  private factInContext(entry: KnowledgeEntry, folded: string, reading: FacetReading): string | undefined {
    return factInPreviousContext(entry, folded, this.topicTermsOf(folded, reading), (w) => this.index.idfFor(w) >= COMMON_WORD_IDF);
  }

  /** The previous entry's special cases (or summary) with its own sentence on the circumstance asked first (circumstance-in-previous.ts). */
  private circumstanceAnswer(entry: KnowledgeEntry, said: string, ctx: TurnContext): AnswerResult | undefined {
    const sentence = circumstanceSentence(entry.body, said);
    if (!sentence) return undefined;
    const shown: Shown = hasFacet(entry, "special", this.kb) ? "special" : "summary";
    // (already in the part shown: the plain follow-up says it)
    if (composeAnswer(entry, this.kb, ctx.ward, { shown }).body.includes(sentence)) return undefined;
    const view = composeWithYesNo(entry, this.kb, ctx.ward, { shown, yesNo: sentence });
    return this.answerResult(entry, view, [{ id: entry.id, title: entry.title, score: 1 }], true, `Trả lời bằng mục "${entry.title}" (${entry.id}), phần ${view.shown}: hoàn cảnh hỏi tiếp đã có sẵn trong mục trước.`, ctx);
  }

  private answerResult(
    entry: KnowledgeEntry,
    view: ReturnType<typeof composeAnswer>,
    entries: ScoredEntry[],
    followup: boolean,
    explanation: string,
    ctx: TurnContext,
  ): AnswerResult {
    return {
      kind: "answer",
      ...replyFields(view.body, view.links, view.offered),
      entries,
      entry: { id: entry.id, title: entry.title },
      shown: view.shown,
      followup,
      also: [],
      lang: "vi",
      explanation,
      memory: extended(ctx.memory, { entryId: entry.id, shown: view.shown, choices: view.offered, lang: "vi" as const }),
    };
  }

  /** Two (to four) questions in one message: each answered briefly, in order. */
  private severalQuestions(segments: Array<{ text: string; folded: string }>, ctx: TurnContext): AskResult | undefined {
    let memory = ctx.memory;
    const answers: AnswerResult[] = [];
    for (const segment of segments) {
      const result = this.single(segment.text, segment.folded, extended(ctx, { memory, segment: true }));
      if (result.kind !== "answer") continue;
      if (answers.some((a) => a.entry.id === result.entry.id && a.shown === result.shown)) continue;
      answers.push(result);
      memory = result.memory;
    }
    if (answers.length < 2) return undefined;
    const parts: string[] = [];
    const offered: OfferedChoice[] = [];
    const seen = new Set<string>();
    answers.forEach((a, i) => {
      const entry = this.byId.get(a.entry.id)!;
      const view = composeAnswer(entry, this.kb, ctx.ward, { shown: a.shown, limit: BRIEF_LIMIT, choices: false });
      parts.push(`${i + 1}) ${view.body}`);
      if (!seen.has(entry.id)) {
        seen.add(entry.id);
        offered.push({ n: offered.length + 1, label: `${FULL_LABEL}: ${entry.title}`, action: { do: "show", entryId: entry.id, shown: "full" } });
      }
    });
    offered.push(staffChoice());
    const first = answers[0]!;
    const last = answers.at(-1)!;
    return {
      ...first,
      ...replyFields(gatherSampleMarkers(parts.join("\n\n")), [], offered),
      entries: answers
        .map((a) => a.entries.find((e) => e.id === a.entry.id) ?? { ...a.entry, score: 1 })
        .filter((e, i, all) => all.findIndex((o) => o.id === e.id) === i),
      also: answers.slice(1).map((a) => ({ ...a.entry, shown: a.shown })),
      explanation: `Tin nhắn có ${answers.length} câu hỏi: ${answers.map((a) => `"${a.entry.title}" (${a.shown})`).join(", ")}.`,
      memory: extended(ctx.memory, { entryId: last.entry.id, shown: last.shown, choices: offered, lang: "vi" as const }),
    };
  }

  private runChoice(choice: OfferedChoice, ctx: TurnContext): AskResult {
    if (choice.action.do === "staff") return this.personRequested(ctx);
    const entry = this.byId.get(choice.action.entryId);
    if (!entry || !appliesTo(entry, ctx.ward)) return this.staleChoice(choice.n, ctx);
    if (entry.action === "handoff") return this.personRequested(ctx);
    const view = composeAnswer(entry, this.kb, ctx.ward, { shown: choice.action.shown });
    return this.answerResult(entry, view, [{ id: entry.id, title: entry.title, score: 1 }], true, `Người dân chọn số ${choice.n} ("${choice.label}").`, ctx);
  }

  private staleChoice(n: number, ctx: TurnContext): ClarifyResult {
    const offered = ctx.memory.choices.length ? ctx.memory.choices : [staffChoice()];
    const body = ctx.memory.choices.length
      ? `Dạ, không có lựa chọn số ${n}. Ông/bà nhắn một số dưới đây, hoặc gõ câu hỏi của mình.`
      : "Dạ, ông/bà vui lòng gõ lại câu hỏi giúp tôi (các lựa chọn trước đã hết hạn).";
    return this.clarifyResult(body, offered, [], `Số ${n} không ứng với lựa chọn nào đang mở.`, ctx, ctx.memory.entryId);
  }

  private clarify(candidates: Array<Pick<Scored, "entry">>, reading: FacetReading, scored: ScoredEntry[], why: string, ctx: TurnContext): ClarifyResult {
    const shown: Shown = reading.facet && reading.strength >= 2 ? reading.facet : "summary";
    const offered: OfferedChoice[] = candidates.map((c, i) => ({
      n: i + 1,
      label: c.entry.title,
      action: { do: "show", entryId: c.entry.id, shown: hasFacet(c.entry, shown as FacetKey, this.kb) ? shown : "summary" },
    }));
    offered.push(staffChoice());
    return this.clarifyResult("Dạ, ông/bà muốn hỏi về nội dung nào dưới đây ạ? Ông/bà nhắn số, hoặc gõ lại câu hỏi rõ hơn.", offered, scored, `Hỏi lại để làm rõ: ${why}.`, ctx, ctx.memory.entryId);
  }

  private clarifyResult(body: string, offered: OfferedChoice[], entries: ScoredEntry[], explanation: string, ctx: TurnContext, entryId: string | undefined): ClarifyResult {
    return {
      kind: "clarify",
      ...replyFields(body, [], offered),
      entries,
      lang: "vi",
      explanation,
      memory: extended(ctx.memory, { entryId, choices: offered, lang: "vi" as const }),
    };
  }

  private personRequested(ctx: TurnContext, scored?: ScoredEntry[], why = "người dân yêu cầu gặp cán bộ"): HandoffResult {
    const staffEntry = this.published.find((e) => e.action === "handoff" && appliesTo(e, ctx.ward));
    const entries = scored ?? (staffEntry ? [{ id: staffEntry.id, title: staffEntry.title, score: 1 }] : []);
    return this.handoff(ctx, "asked_for_person", entries, why);
  }

  /** `keepTopic`: the conversation's entry stays remembered (a question nothing answers, not a subject of its own). */
  private handoff(ctx: TurnContext, reason: HandoffReason, scored: ScoredEntry[], why: string, topic?: string, keepTopic = false): HandoffResult {
    const { ward, now } = ctx;
    const when = describeNextStaffTime(ward.profile.working_hours, now, ward.calendar);
    const opening =
      reason === "asked_for_person"
        ? `Dạ, tôi đã chuyển tin nhắn của ông/bà tới cán bộ ${ward.name}.`
        : topic
          ? `Dạ, ${ward.name} chưa có thông tin về "${topic}" trong trợ lý tự động. Tôi đã chuyển câu hỏi tới cán bộ phường.`
          : `Dạ, câu hỏi này trợ lý tự động chưa trả lời được. Tôi đã chuyển câu hỏi của ông/bà tới cán bộ ${ward.name}.`;
    const body = gatherSampleMarkers(
      `${opening} Cán bộ sẽ trả lời ông/bà ngay trong cuộc trò chuyện Zalo này, ${when}.\n` +
        `Giờ làm việc của Bộ phận Một cửa: ${ward.profile.office_hours}.\n` +
        "Việc khẩn cấp xin gọi 113 (công an), 114 (cứu hỏa, cứu nạn), 115 (cấp cứu).",
    );
    return {
      kind: "handoff",
      ...replyFields(body, [], []),
      entries: scored,
      lang: "vi",
      handoff: topic ? { reason, topic } : { reason },
      explanation: `Chuyển cán bộ: ${why}.`,
      memory: extended(ctx.memory, { entryId: keepTopic ? ctx.memory.entryId : undefined, shown: undefined, choices: [], handedOff: reason === "out_of_scope" ? scored[0]?.id : undefined, handedOffLead: reason === "out_of_scope" ? handoffLead(scored) : undefined }),
    };
  }

  private smalltalk(kind: SmalltalkResult["smalltalk"], ctx: TurnContext): SmalltalkResult {
    const { ward } = ctx;
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
      smalltalk: kind,
      ...replyFields(replies[kind], [], []),
      entries: [],
      lang: "vi",
      explanation: `Chào hỏi, cảm ơn (${kind}).`,
      // a thank-you does not end the topic: a follow-up may still come
      memory: { ...ctx.memory },
    };
  }
}

/** "được hưởng những gì", "gồm cái gì": something is asked of the previous entry, though no part is named (folded) */
const whatAskedPattern = /\b(?:gi|ai|cai nao|loai nao|nhung nao)\b/;

/** Words that make a yes/no sentence a request ("cho tôi gặp…", "xin…", "tôi muốn…") (folded). */
/** the explanation's mark of a question about this chat (channel-nature-question.ts) */
const CHANNEL_ASKED = "câu hỏi về chính kênh Zalo này";
/** …and of the merger told from an old commune's side (merged-place-told.ts) */
const MERGER_TOLD = "xã, thôn, phường cũ sau sắp xếp";
const requestCuePattern = /\b(?:cho (?:toi|em|minh|bac|chau|con|tui)|xin|muon|can gap|giup (?:toi|em|minh))\b/;

/** Apps with entries of their own, as residents type them (folded); VNeID is left out: most entries about online services name it. */
const namedApps = [{ pattern: /\bvss ?id\b/ }, { pattern: /\bi ?ha ?noi\b|\bihn\b/ }];
/** …and the entry about the app named must score at least this share of the top entry's score */
const NAMED_APP_SHARE = 0.4;
/** (session 20) after a clarify, a part asked in at most this many topic words, none of which the message alone finds confidently: read as a part only (part-after-clarify.ts) */
const PART_WORDS_AFTER_CLARIFY = 2;
/** a candidate named after a shared title head must score at least this share of the top to make a tie */
const HEAD_TIE_SHARE = 0.6;
/** an entry about an app names it in its title (folded) */
const appTitlePattern = /\b(?:vneid|vssid|ihanoi)\b/;

/** A resident's own short question, not a pasted notice (characters). */
const OWN_QUESTION_CHARS = 160;

/** When a message in a conversation goes on with the previous entry (chosen on the tuning conversations). */
const FOLLOWUP = {
  /** a new topic: at most this share of the message's topic words is found in the previous entry */
  newWords: 0.8,
  /** …unless it has more topic words than this: a self-contained question */
  selfContained: 3,
  /** a message this short (topic words) that nothing fits clearly stays with the previous entry… */
  shortTerms: 6,
  /** …when the previous entry has at least this share of them */
  someWords: 0.2,
  /** a sibling entry takes over when it scores at least this on the message alone… */
  siblingScore: 0.4,
  /** …and this many times the previous entry's score */
  siblingLead: 1.5,
  /** a question of its own switches when the message alone scores the previous entry at most this share of the top */
  passingScore: 0.2,
  /** "không phải, ý tôi là sửa ngày sinh": the previous entry, when the words alone find it this many times above the other answer */
  correctionLead: 1.5,
  /** a part the previous entry has, asked with at most two words of a topic ("thuế phí hết bao nhiêu",
   *  "làm online được không, e bận bán hàng"): only a match this strong takes it elsewhere */
  partScore: 0.5,
  /** a question with this many topic words, no follow-up cue… */
  ownTerms: 6,
  /** …goes to the entry that scores this many times the previous entry's score */
  ownLead: 1.4,
  /** a turn naming another entry's title word switches when that entry scores this many times the previous one */
  otherLead: 1.3,
  /** "gửi rồi thì …": the entry the message alone prefers takes over when it leads the second by this much (a near tie stays) */
  throughLead: 1.1,
};

/** A sentence that asks something: a question word, a yes/no ending, or a part asked ("lệ phí", "ở đâu") (folded). */
const questionWordPattern = /\b(gi|nao|dau|sao|bao nhieu|bao lau|khi nao|bao gio|the nao|ntn|khong|chua|co phai|duoc khong|la gi|ai)\b/;
/** The links a message names are all official ones (the scam check's own reading). */
function namesOfficialLinksOnly(signals: readonly string[]): boolean {
  return signals.includes("link_official") && !signals.includes("link_unofficial");
}

function questionShaped(folded: string): boolean {
  return questionWordPattern.test(folded) || readFacet(folded).strength === 2;
}

/** The question is about a person ("mẹ tôi", "con tôi 5 tuổi", "người già") (folded). */
const personPattern = /\b(?:(?:me|bo|ong|ba|con|chau|vo|chong|anh|chi|em|bac|co|chu|di|cau)\s(?:toi|em|minh|nha|chau)|\d+\s?tuoi|nguoi gia|cao tuoi|tre em|em be|tre nho)\b/;

/** Words about who the question is for ("con tôi", "bố tôi"): the same topic, a special case. */
const peopleWords = new Set(["con", "chau", "bo", "me", "ong", "ba", "vo", "chong", "tuoi", "be", "nguoi", "gia", "tre", "em", "anh", "chi", "ut"]);

/** Every one of these folded words is in the entry's title: the message names that entry's subject. */
function namedBy(entry: KnowledgeEntry, terms: string[]): boolean {
  const title = titleWords(entry);
  return terms.every((t) => title.has(t));
}

/** The message's own ways of typing read as the words meant, in this order, before the entries' spellings are used (ask()). */
const textReaders: ReadonlyArray<(text: string) => string> = [readTelexMessage, readDictatedWords, readAgeShorthand, readFearOfFalling];

/** the learned classifier's reading that a first question belongs to no entry (its handoff's explanation says it; switched-but-uncovered.ts reads it) */
const LEARNED_HANDOFF = "câu hỏi không thuộc mục nào";
/** a long message's question clause answered alone (retrieveTopic; the learned classifier spares its doubt in a long story) */
const CLAUSE_ASKED = "câu hỏi chính";
/** the learned classifier's answer of a first question (its explanation's words, read again by a later turn's alone reading) */
const LEARNED_PICK = "bộ phân loại đã học chọn trong các mục gần nhất";

/** A handoff of a matter out of the ward's coverage, remembering the message for one turn (handed-off-matter.ts). */
function withMatter(result: HandoffResult, text: string): HandoffResult {
  return { ...result, memory: { ...result.memory, handedOffMatter: text.slice(0, MATTER_CHARS) } };
}

/** The resident's own words for a topic the assistant has no entry about, short enough to quote. */
function topicOf(text: string): string | undefined {
  const cleaned = text
    .replace(/^\s*(?:(?:cho|xin|em|tôi|cháu|mình|bác)\s+)?(?:hỏi|hoi)\s+/iu, "")
    .replace(/^\s*(?:ad|admin|phường|phuong|anh|chị|chi|em|bạn|ban)\s+(?:ơi|oi)[\s,]*/iu, "")
    .replace(/[\s?!.…]+$/u, "")
    .replace(/\s+(?:ạ|a|vậy|vay|nhé|nhe|với|voi)$/iu, "")
    .trim();
  if (!cleaned) return undefined;
  if (cleaned.length <= 80) return cleaned;
  const cut = cleaned.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}

export function appliesTo(entry: KnowledgeEntry, ward: Ward): boolean {
  return entry.wards === "all" || entry.wards.includes(ward.slug);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export { categoryLabels };

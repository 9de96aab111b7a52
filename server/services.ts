import type { Config } from "./config/env";
import { buildFeedbackServices } from "./feedback/feedback-services";
import type { BlobStore } from "./lib/blob-store";
import { buildStaffServices } from "./staff/staff-services";
import { buildPrivacyServices } from "./privacy/privacy-services";
import { ConversationService } from "./conversations/conversation-service";
import type { Database } from "./db/database";
import { AnswerService } from "./llm/answer-service";
import { createOpenAiModel, type LanguageModel } from "./llm/language-model";
import { StaffHelp } from "./llm/staff-help";
import { KnowledgeRepository } from "./knowledge/knowledge-repository";
import type { Clock } from "./lib/clock";
import { SecretBox } from "./lib/crypto";
import { RateCounter } from "./lib/rate-counter";
import type { Logger } from "./lib/logger";
import type { EventStore } from "./webhooks/event-store";
import type { JournalDrain } from "./webhooks/journal-drain";
import { WebhookIntake } from "./webhooks/webhook-intake";
import { WardService } from "./wards/ward-service";
import { OutboxService } from "./zalo/outbox-service";
import { TokenService } from "./zalo/token-service";
import type { ZaloApi } from "./zalo/zalo-api";
import type { WorkbookWriter } from "./staff/report-workbook";

export type Dependencies = {
  db: Database;
  clock: Clock;
  config: Config;
  zaloApi: ZaloApi;
  logger: Logger;
  /** uploaded files: local disk on Node, R2 on Workers */
  blobStore: BlobStore;
  /** the optional language model; by default built from config (OPENAI_API_KEY) when set */
  languageModel?: LanguageModel;
  /** Node, embedded database: where the intake stores events (the intake journal); default webhook_events */
  eventStore?: EventStore;
  /** Node, embedded database, where events are processed: moves journaled events into webhook_events */
  journalDrain?: JournalDrain;
  /** writes the monthly report as .xlsx: exceljs on Node; absent on Workers (the printable page is offered) */
  workbookWriter?: WorkbookWriter;
};

export type CoreServices = ReturnType<typeof buildCoreServices>;
export type Services = CoreServices & {
  feedback: ReturnType<typeof buildFeedbackServices>;
  staff: ReturnType<typeof buildStaffServices>;
  privacy: ReturnType<typeof buildPrivacyServices>;
  deps: Dependencies;
  secretBox: SecretBox | undefined;
};

function buildCoreServices(deps: Dependencies, box: SecretBox | undefined) {
  const { db, clock, logger, zaloApi, config } = deps;
  const wards = new WardService(db, clock, box);
  const knowledge = new KnowledgeRepository(db, clock);
  const tokens = new TokenService(db, clock, box, wards, zaloApi, logger);
  const outbox = new OutboxService(db, clock, zaloApi, tokens, logger);
  const model =
    deps.languageModel ??
    (config.llm ? createOpenAiModel({ apiKey: config.llm.apiKey, baseUrl: config.llm.baseUrl, model: config.llm.chatModel, timeoutMs: config.llm.timeoutMs }) : undefined);
  const answers = new AnswerService(db, clock, knowledge, model, config.llm?.dailyTokenBudget ?? 0, logger);
  const staffHelp = new StaffHelp(db, clock, wards, answers, logger);
  const conversations = new ConversationService(db, clock, wards, answers, outbox, logger, config.conversation, knowledge);
  const intake = new WebhookIntake(db, clock, wards, deps.eventStore);
  const rateCounter = new RateCounter(db, clock);
  return { wards, knowledge, tokens, outbox, answers, staffHelp, conversations, intake, rateCounter };
}

/** Wires services from injected dependencies; the only place that knows all of them. */
export async function buildServices(deps: Dependencies): Promise<Services> {
  const box = deps.config.secretsKey ? await SecretBox.fromBase64Key(deps.config.secretsKey) : undefined;
  const core = buildCoreServices(deps, box);
  const feedback = buildFeedbackServices(deps, core);
  const staff = buildStaffServices(deps, core, feedback);
  return { ...core, feedback, staff, privacy: buildPrivacyServices(deps, core, staff), deps, secretBox: box };
}

/**
 * Processes whatever is left: events stored but not processed (a crash between the 200 and
 * the reply, a failed attempt) and replies not yet delivered. Run by cron on Workers and on
 * an interval on Node.
 */
export async function sweep(
  services: Services,
  /**
   * `queued`: events this process's queue already holds (the sweep leaves them to it);
   * `processDue`: how due events are processed (the Node processing thread: in groups), one by one by default
   */
  options: { queued?: (eventId: number) => boolean; processDue?: (eventIds: number[]) => Promise<number> } = {},
): Promise<{ events: number; sent: number }> {
  let events = 0;
  // events acknowledged into the intake journal and not moved yet (a crash, a failed drain)
  await services.deps.journalDrain?.drainAll();
  const due = (await services.conversations.dueEvents()).filter((id) => !options.queued?.(id));
  if (options.processDue) events += await options.processDue(due);
  else for (const id of due) if ((await services.conversations.processEvent(id)) === "processed") events++;
  const sent = await services.outbox.deliverDue();
  await services.conversations.store.forgetExpired(services.deps.clock.now());
  await services.staffHelp.summarizeNewHandoffs();
  // security bookkeeping: failure counters whose window and lock are over
  await services.staff.auth.throttle.prune(services.deps.clock.now());
  await services.rateCounter.prune(2 * 86_400_000);
  // personal data past each ward's retention periods (content dropped, counts kept)
  await services.privacy.retention.purge();
  await services.staff.waves.purge();
  return { events, sent };
}

import type { buildFeedbackServices } from "../feedback/feedback-services";
import type { CoreServices, Dependencies } from "../services";
import { StaffAuthService } from "./auth-service";
import { FactConfirmationService } from "./fact-confirmation-service";
import { HandoffService } from "./handoff-service";
import { HolidayService } from "./holiday-service";
import { InboxService } from "./inbox-service";
import { InsightsService } from "./insights-service";
import { InvitationService } from "./invitation-service";
import { KnowledgeEditor } from "./knowledge-editor";
import { MonthlyReportService } from "./monthly-report";
import { StaffReportService } from "./report-service";
import { UnansweredActions } from "./unanswered-actions";
import { WardAdminService } from "./ward-admin-service";
import { WardSetupService } from "./ward-setup-service";
import { ScamWaveService } from "../scam/wave-service";

/** Services of the staff console. Every method taking an Actor checks role and ward itself. */
export function buildStaffServices(deps: Dependencies, core: CoreServices, feedback: ReturnType<typeof buildFeedbackServices>) {
  const { db, clock } = deps;
  const auth = new StaffAuthService(db, clock);
  const wardAdmin = new WardAdminService(db, clock, core.wards);
  const handoffs = new HandoffService(db, clock, core.outbox);
  const knowledge = new KnowledgeEditor(db, clock, core.knowledge, core.wards);
  const insights = new InsightsService(db, clock, wardAdmin);
  const reports = new StaffReportService(db, clock, feedback.reports);
  const holidays = new HolidayService(db, clock);
  const unanswered = new UnansweredActions(db, clock, insights, knowledge);
  const monthly = new MonthlyReportService(db, clock, insights, reports, () => core.wards.list(), (actor, ward, period) => unanswered.groups(actor, ward, period));
  const inbox = new InboxService(db, clock, core.tokens, deps.zaloApi, deps.logger);
  const facts = new FactConfirmationService(db, clock, core.knowledge, core.wards, knowledge);
  const setup = new WardSetupService(db);
  const invitations = new InvitationService(db, clock, auth);
  const waves = new ScamWaveService(db, clock, knowledge);
  return { auth, wardAdmin, handoffs, knowledge, insights, reports, holidays, monthly, inbox, unanswered, facts, setup, invitations, waves };
}

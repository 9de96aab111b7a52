import type { CoreServices, Dependencies } from "../services";
import { StaffAuthService } from "./auth-service";
import { FactConfirmationService } from "./fact-confirmation-service";
import { HandoffService } from "./handoff-service";
import { InsightsService } from "./insights-service";
import { InvitationService } from "./invitation-service";
import { KnowledgeEditor } from "./knowledge-editor";
import { WardAdminService } from "./ward-admin-service";
import { WardSetupService } from "./ward-setup-service";

/** Services of the staff console. Every method taking an Actor checks role and ward itself. */
export function buildStaffServices(deps: Dependencies, core: CoreServices) {
  const { db, clock } = deps;
  const auth = new StaffAuthService(db, clock);
  const wardAdmin = new WardAdminService(db, clock, core.wards);
  const handoffs = new HandoffService(db, clock, core.outbox);
  const knowledge = new KnowledgeEditor(db, clock, core.knowledge, core.wards);
  const insights = new InsightsService(db, clock, wardAdmin);
  const facts = new FactConfirmationService(db, clock, core.knowledge, core.wards, knowledge);
  const setup = new WardSetupService(db);
  const invitations = new InvitationService(db, clock, auth);
  return { auth, wardAdmin, handoffs, knowledge, insights, facts, setup, invitations };
}

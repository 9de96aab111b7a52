import type { CoreServices, Dependencies } from "../services";
import type { buildStaffServices } from "../staff/staff-services";
import { PersonalDataService } from "./personal-data-service";
import { RetentionService } from "./retention-service";

/** Personal-data services: retention purges (run by the sweeper) and residents' see/delete requests. */
export function buildPrivacyServices(deps: Dependencies, core: CoreServices, staff: ReturnType<typeof buildStaffServices>) {
  const retention = new RetentionService(deps.db, deps.clock, core.wards, staff.wardAdmin, deps.blobStore, deps.logger);
  const personalData = new PersonalDataService(deps.db, deps.clock, retention);
  return { retention, personalData };
}

import type { CoreServices, Dependencies } from "../services";

/** Services of the staff console; filled in by the console feature. */
export function buildStaffServices(_deps: Dependencies, _core: CoreServices) {
  return {};
}

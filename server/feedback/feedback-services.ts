import type { CoreServices, Dependencies } from "../services";

/** Services of residents' feedback reports (mini app); filled in by the mini-app feature. */
export function buildFeedbackServices(_deps: Dependencies, _core: CoreServices) {
  return {};
}

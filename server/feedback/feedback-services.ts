import { MiniappChatService } from "../miniapp/miniapp-chat-service";
import { createGeocoder } from "../miniapp/geocoder";
import { MiniappSessionService } from "../miniapp/miniapp-session-service";
import type { CoreServices, Dependencies } from "../services";
import { createZaloGraph } from "../zalo/zalo-graph";
import { FeedbackService } from "./feedback-service";

/**
 * Services of residents' feedback reports (mini app): `reports` for residents and the staff
 * console, `sessions` for mini-app identity. The Graph client is built from config here
 * (ZALO_GRAPH_BASE), so tests point it at a local fake without new wiring.
 */
export function buildFeedbackServices(deps: Dependencies, core: CoreServices) {
  const graph = createZaloGraph({ baseUrl: deps.config.zaloGraphBase, timeoutMs: deps.config.zaloTimeoutMs });
  const reports = new FeedbackService(deps.db, deps.clock, core.wards, core.outbox, deps.blobStore, deps.logger);
  const sessions = new MiniappSessionService(deps.db, deps.clock, core.wards, graph, deps.config.miniappDevLogin);
  const chat = new MiniappChatService(deps.db, deps.clock, core.wards, core.conversations, (text, ward, memory) => core.answers.safety(text, ward, memory), deps.logger);
  const geocoder = deps.config.geocoderUrl ? createGeocoder({ baseUrl: deps.config.geocoderUrl, timeoutMs: 5000 }) : undefined;
  return { reports, sessions, graph, chat, geocoder };
}

/**
 * A local stand-in for an OpenAI-compatible server: POST /v1/chat/completions, with the request
 * and response bodies the openai package sends and expects. The response shape follows the
 * "Create chat completion" example of OpenAI's API reference (platform.openai.com/docs/api-reference/chat/create):
 *   { id, object: "chat.completion", created, model, choices: [{ index, message: { role, content }, finish_reason }],
 *     usage: { prompt_tokens, completion_tokens, total_tokens } }
 * and errors follow its error object: { error: { message, type, param, code } } with the HTTP status.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ChatRequest = { model: string; messages: Array<{ role: string; content: string }>; max_tokens?: number; response_format?: unknown };
export type ChatBehaviour =
  | { content: string; tokens?: number }
  | { status: 429 | 500 | 503; message?: string }
  | { hangMs: number };

export function chatCompletion(content: string, model: string, tokens = 120) {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: tokens - 20, completion_tokens: 20, total_tokens: tokens },
  };
}

export class FakeOpenAi {
  readonly requests: ChatRequest[] = [];
  /** decides each answer; tests replace it */
  respond: (request: ChatRequest) => ChatBehaviour = () => ({ content: "{}" });
  private server: Server | undefined;
  url = "";

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found", type: "invalid_request_error" } }));
        return;
      }
      if (!String(req.headers.authorization ?? "").startsWith("Bearer ")) {
        res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "no key", type: "invalid_request_error" } }));
        return;
      }
      const request = JSON.parse(body) as ChatRequest;
      this.requests.push(request);
      const behaviour = this.respond(request);
      if ("hangMs" in behaviour) {
        await new Promise((r) => setTimeout(r, behaviour.hangMs));
        if (!res.destroyed) res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(chatCompletion("{}", request.model)));
        return;
      }
      if ("status" in behaviour) {
        res
          .writeHead(behaviour.status, { "content-type": "application/json" })
          .end(JSON.stringify({ error: { message: behaviour.message ?? "error", type: behaviour.status === 429 ? "rate_limit_exceeded" : "server_error", param: null, code: null } }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(chatCompletion(behaviour.content, request.model, behaviour.tokens)));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Which of our prompts a request carries. */
export function promptKind(request: ChatRequest): "rewrite" | "wording" | "summary" | "draft" | "triage" | "other" {
  const system = request.messages.find((m) => m.role === "system")?.content ?? "";
  if (system.includes("Viết lại tin nhắn")) return "rewrite";
  if (system.includes("Chỉ dùng thông tin có trong documents")) return "wording";
  if (system.startsWith("Tóm tắt")) return "summary";
  if (system.includes("soạn một mục kiến thức")) return "draft";
  if (system.startsWith("Phân loại phản ánh")) return "triage";
  return "other";
}

import OpenAI from "openai";

export type ChatMessage = { role: "system" | "user" | "assistant"; content: string };
export type ChatResult = { content: string; tokens: number };

/** The one thing the assistant needs from a model: a chat completion, with its token count. */
export interface LanguageModel {
  chat(messages: ChatMessage[], options?: { maxTokens?: number; json?: boolean }): Promise<ChatResult>;
}

export class LanguageModelError extends Error {
  constructor(
    message: string,
    readonly kind: "timeout" | "rate_limited" | "server" | "invalid_response" | "other",
  ) {
    super(message);
  }
}

/**
 * Any OpenAI-compatible Chat Completions endpoint (OpenAI, or a model the ward hosts itself),
 * through the openai package. No retries here: the caller falls back to the retrieval answer,
 * which is always ready, rather than make a resident wait.
 */
export function createOpenAiModel(options: { apiKey: string; baseUrl?: string; model: string; timeoutMs: number; fetch?: typeof fetch }): LanguageModel {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    timeout: options.timeoutMs,
    maxRetries: 0,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    async chat(messages, chatOptions = {}) {
      try {
        const completion = await client.chat.completions.create({
          model: options.model,
          messages,
          temperature: 0.2,
          max_tokens: chatOptions.maxTokens ?? 700,
          ...(chatOptions.json ? { response_format: { type: "json_object" as const } } : {}),
        });
        const content = completion.choices[0]?.message?.content;
        if (typeof content !== "string") throw new LanguageModelError("no message content", "invalid_response");
        return { content, tokens: completion.usage?.total_tokens ?? estimateTokens(messages, content) };
      } catch (err) {
        if (err instanceof LanguageModelError) throw err;
        if (err instanceof OpenAI.APIConnectionTimeoutError) throw new LanguageModelError("model timed out", "timeout");
        if (err instanceof OpenAI.RateLimitError) throw new LanguageModelError("model rate limited (429)", "rate_limited");
        if (err instanceof OpenAI.InternalServerError) throw new LanguageModelError(`model server error (${err.status})`, "server");
        throw new LanguageModelError((err as Error).message, "other");
      }
    },
  };
}

/** Rough count when a server omits usage: about four characters a token. */
function estimateTokens(messages: ChatMessage[], reply: string): number {
  return Math.ceil((messages.reduce((n, m) => n + m.content.length, 0) + reply.length) / 4);
}

/** Reads the first JSON object in a model's reply (some servers wrap it in prose or fences). */
export function parseJsonObject(content: string): Record<string, unknown> | undefined {
  const start = content.indexOf("{");
  const end = content.lastIndexOf("}");
  if (start < 0 || end <= start) return undefined;
  try {
    const value = JSON.parse(content.slice(start, end + 1)) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

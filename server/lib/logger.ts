export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type Logger = {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Field names whose values never reach a log line (secrets, tokens, personal data). */
const redactedKeys = /token|secret|password|signature|authorization|cookie|phone|key$/i;

export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (redactedKeys.test(k)) out[k] = "[redacted]";
    else if (v instanceof Error) out[k] = errorText(v);
    else if (typeof v === "string") out[k] = withoutSqlParams(v);
    else out[k] = v;
  }
  return out;
}

/** A failed query's message ("Failed query: …\nparams: …") without its parameters. */
function withoutSqlParams(text: string): string {
  return text.replace(/\nparams: [\s\S]*$/, "\nparams: [redacted]");
}

/**
 * An error as a log line: its message and its causes', without the parameters of a failed SQL
 * query (drizzle puts them in the message: they may hold residents' text, names, phones).
 */
export function errorText(err: Error): string {
  const parts: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current instanceof Error && depth < 4; depth++) {
    parts.push(withoutSqlParams(current.message));
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join(" ← caused by: ");
}

/** JSON-lines logger; writes to the given sink (console on both runtimes). */
export function createLogger(level: LogLevel, sink: (line: string) => void = (l) => console.log(l)): Logger {
  const threshold = order[level];
  const write = (lvl: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (order[lvl] < threshold) return;
    sink(JSON.stringify({ level: lvl, msg, ...(fields ? redact(fields) : {}) }));
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}

export const silentLogger: Logger = createLogger("silent");

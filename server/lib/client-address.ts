import type { Context } from "hono";

/**
 * The address of the client that sent a request, for per-address limits. On Node it is the
 * socket's peer address, unless the server runs behind a reverse proxy named by
 * CLIENT_IP_HEADER (e.g. x-forwarded-for): then the LAST entry of that header, the one the
 * proxy itself appended (earlier entries are whatever the client claimed). On Workers,
 * Cloudflare sets cf-connecting-ip itself.
 */
export function clientAddress(c: Context, trustedHeader?: string): string {
  if (trustedHeader) {
    const value = c.req.header(trustedHeader);
    const last = value?.split(",").at(-1)?.trim();
    if (last) return last.slice(0, 64);
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const peer = incoming?.socket?.remoteAddress;
  if (peer) return peer;
  const cf = (c.req.raw as { cf?: unknown }).cf ? c.req.header("cf-connecting-ip") : undefined;
  return cf?.slice(0, 64) ?? "unknown";
}

import { constantTimeEqual, sha256Hex } from "../lib/crypto";

/**
 * Zalo signs each webhook call with X-ZEvent-Signature = sha256_hex(app_id + raw body +
 * timestamp + OA secret key): a plain SHA-256, not an HMAC; `timestamp` is the field inside the
 * body. Sources: zaloplatform/zalo-java-sdk MacUtils.buildMac; chatwoot's Zalo webhook job,
 * which compares against "mac=" + hex (see docs/zalo-api-notes.md).
 */
export async function expectedZaloSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): Promise<string> {
  return sha256Hex(appId + rawBody + timestamp + oaSecretKey);
}

export async function verifyZaloSignature(input: {
  header: string | undefined | null;
  appId: string;
  rawBody: string;
  timestamp: string;
  oaSecretKey: string;
}): Promise<boolean> {
  if (!input.header) return false;
  const received = input.header.trim().replace(/^mac=/i, "").toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(received)) return false;
  const expected = await expectedZaloSignature(input.appId, input.rawBody, input.timestamp, input.oaSecretKey);
  return constantTimeEqual(received, expected);
}

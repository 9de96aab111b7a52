import { constantTimeEqual, sha256Hex, sha256HexOfParts } from "../lib/crypto";

/**
 * Zalo signs each webhook call with X-ZEvent-Signature = sha256_hex(app_id + raw body +
 * timestamp + OA secret key): a plain SHA-256, not an HMAC; `timestamp` is the field inside the
 * body. Sources: zaloplatform/zalo-java-sdk MacUtils.buildMac; chatwoot's Zalo webhook job,
 * which compares against "mac=" + hex (see docs/zalo-api-notes.md).
 */
export async function expectedZaloSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): Promise<string> {
  return sha256Hex(appId + rawBody + timestamp + oaSecretKey);
}

export type ZaloSignatureInput = {
  header: string | undefined | null;
  appId: string;
  rawBody: string;
  timestamp: string;
  oaSecretKey: string;
};

export async function verifyZaloSignature(input: ZaloSignatureInput): Promise<boolean> {
  return zaloSignatureMatches(input);
}

const HEX_64 = /^[0-9a-f]{64}$/;

/**
 * verifyZaloSignature without the promise, for the webhook's hot path (node:crypto hashes in the
 * calling thread, Node and Workers alike): the same header forms ("mac=" in any case, hex in any
 * case, spaces around) and the same digest, hashed in parts rather than over one joined copy of
 * the body (sha256HexOfParts).
 */
export function zaloSignatureMatches(input: ZaloSignatureInput): boolean {
  if (!input.header) return false;
  let received = input.header.trim();
  if (received.length === 68 && received.slice(0, 4).toLowerCase() === "mac=") received = received.slice(4);
  if (received.length !== 64) return false;
  received = received.toLowerCase();
  if (!HEX_64.test(received)) return false;
  const expected = sha256HexOfParts([input.appId, input.rawBody, input.timestamp, input.oaSecretKey]);
  return constantTimeEqual(received, expected);
}

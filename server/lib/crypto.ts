/** Hashing, HMAC and comparison helpers that run the same on Node 20 and on Workers (node:crypto via nodejs_compat, and WebCrypto). */
import { createHash } from "node:crypto";

const encoder = new TextEncoder();

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "";
  for (const b of view) out += b.toString(16).padStart(2, "0");
  return out;
}

/**
 * Hex SHA-256. node:crypto's createHash (Node, and Workers with nodejs_compat, see wrangler.toml)
 * hashes in the calling thread: a webhook signature costs ~7 µs, where crypto.subtle.digest hands
 * each call to libuv's thread pool and back (~100 µs of CPU and two thread switches per call,
 * measured under load; bench/README.md "Issue 15, session 6"). Same digest either way.
 */
export async function sha256Hex(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * Hex SHA-256 of the UTF-8 of several strings one after another, in the calling thread: the same
 * digest as `sha256Hex(parts.join(""))` without building the joined string (for a webhook
 * signature that is a flat copy of the whole body, twice its length when it holds Vietnamese
 * text). A part that ends in half of a surrogate pair is joined to the next first, since its UTF-8
 * depends on what follows it.
 */
export function sha256HexOfParts(parts: readonly string[]): string {
  const hash = createHash("sha256");
  let carried = "";
  for (let i = 0; i < parts.length; i++) {
    const part = carried + parts[i]!;
    const last = part.charCodeAt(part.length - 1);
    if (i < parts.length - 1 && last >= 0xd800 && last <= 0xdbff) {
      carried = part;
      continue;
    }
    carried = "";
    hash.update(part);
  }
  if (carried) hash.update(carried);
  return hash.digest("hex");
}

export async function hmacSha256Hex(key: string, data: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey("raw", encoder.encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return toHex(await crypto.subtle.sign("HMAC", cryptoKey, encoder.encode(data)));
}

/**
 * Compares two strings in time that depends only on their length: every UTF-16 code unit is
 * read, whatever differs (no copies: it runs on every webhook). Equal code units is string
 * equality, stricter than comparing UTF-8 encodings, which map every lone surrogate to U+FFFD.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  // an index past a string's end reads NaN, which `| 0` turns into 0
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

function fromBase64(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value);
  const out = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * Encrypts secrets at rest with AES-256-GCM under the deployment key (SECRETS_KEY).
 * Stored form: "v1:" + base64(iv) + ":" + base64(ciphertext+tag).
 */
export class SecretBox {
  private constructor(private readonly key: CryptoKey) {}

  static async fromBase64Key(base64Key: string): Promise<SecretBox> {
    const raw = fromBase64(base64Key);
    if (raw.length !== 32) throw new Error("secrets key must be 32 bytes");
    const key = await crypto.subtle.importKey("raw", raw, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
    return new SecretBox(key);
  }

  async seal(plaintext: string): Promise<string> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, this.key, encoder.encode(plaintext)));
    return `v1:${toBase64(iv)}:${toBase64(sealed)}`;
  }

  async open(stored: string): Promise<string> {
    const [version, iv, data] = stored.split(":");
    if (version !== "v1" || !iv || !data) throw new Error("unknown secret format");
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(iv) }, this.key, fromBase64(data));
    return new TextDecoder().decode(plain);
  }
}

export function randomId(bytes = 12): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * sha256Hex (node:crypto since issue 15 session 6, WebCrypto before) and the Zalo webhook
 * signature built on it: known answers, and the same digests as WebCrypto for UTF-8 text.
 */
import { describe, expect, it } from "vitest";
import { sha256Hex, toHex } from "../server/lib/crypto";
import { verifyZaloSignature } from "../server/zalo/webhook-signature";

const webCrypto = async (text: string) => toHex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));

describe("sha256Hex", () => {
  it("gives the FIPS 180-2 answers", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(await sha256Hex(new TextEncoder().encode("abc") as Uint8Array<ArrayBuffer>)).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes text as UTF-8, as WebCrypto does", async () => {
    for (const text of ["Làm căn cước ở đâu?", "ủy ban nhân dân phường 🙏", "x".repeat(70_000)]) expect(await sha256Hex(text)).toBe(await webCrypto(text));
  });

  it("verifies a Zalo signature over app id + body + timestamp + secret, and nothing else", async () => {
    const input = { appId: "1234567890", rawBody: '{"event_name":"user_send_text","message":{"text":"Chào phường"}}', timestamp: "1732000000000", oaSecretKey: "bí-mật" };
    const mac = await webCrypto(input.appId + input.rawBody + input.timestamp + input.oaSecretKey);
    expect(await verifyZaloSignature({ ...input, header: `mac=${mac}` })).toBe(true);
    expect(await verifyZaloSignature({ ...input, header: mac.toUpperCase() })).toBe(true);
    expect(await verifyZaloSignature({ ...input, header: `mac=${mac}`, rawBody: input.rawBody + " " })).toBe(false);
    expect(await verifyZaloSignature({ ...input, header: `mac=${mac}`, oaSecretKey: "bi-mat" })).toBe(false);
  });
});

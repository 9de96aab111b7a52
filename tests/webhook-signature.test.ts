/**
 * sha256Hex (node:crypto since issue 15 session 6, WebCrypto before) and the Zalo webhook
 * signature built on it: known answers, and the same digests as WebCrypto for UTF-8 text.
 */
import { describe, expect, it } from "vitest";
import { constantTimeEqual, sha256Hex, sha256HexOfParts, toHex } from "../server/lib/crypto";
import { verifyZaloSignature, zaloSignatureMatches } from "../server/zalo/webhook-signature";

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

  it("hashes parts as the joined text, a surrogate pair split between two parts included", async () => {
    for (const parts of [["1234567890", '{"text":"Chào phường 🙏"}', "1732000000000", "bí-mật"], ["a\uD83D", "\uDE4F", "b"], ["\uD83D", "", "\uDE4F"], ["x\uD800", "y"], ["\uDE4F", "z\uD83D"], [""]]) {
      expect(sha256HexOfParts(parts)).toBe(await webCrypto(parts.join("")));
    }
  });

  it("accepts and refuses the same headers without the promise", async () => {
    const input = { appId: "1234567890", rawBody: '{"event_name":"user_send_text"}', timestamp: "1732000000000", oaSecretKey: "bi-mat" };
    const mac = await webCrypto(input.appId + input.rawBody + input.timestamp + input.oaSecretKey);
    for (const header of [mac, ` ${mac} `, `mac=${mac}`, `MAC=${mac.toUpperCase()}`, `Mac=${mac}`, `mac=mac=${mac}`, `mac=${mac.slice(4)}`, `x${mac}`, mac.slice(1), `${mac.slice(0, 63)}g`, "", undefined, null]) {
      expect(zaloSignatureMatches({ ...input, header })).toBe(await verifyZaloSignature({ ...input, header }));
      expect(zaloSignatureMatches({ ...input, header })).toBe(header !== undefined && header !== null && /^(mac=)?[0-9a-f]{64}$/i.test(header.trim()));
    }
  });
});

describe("constantTimeEqual", () => {
  it("is string equality, lone surrogates included", () => {
    expect(constantTimeEqual("abc", "abc")).toBe(true);
    expect(constantTimeEqual("", "")).toBe(true);
    expect(constantTimeEqual("abc", "abd")).toBe(false);
    expect(constantTimeEqual("abc", "ab")).toBe(false);
    expect(constantTimeEqual("ab", "abc")).toBe(false);
    expect(constantTimeEqual("ab\u0000", "ab")).toBe(false);
    // both would be U+FFFD in UTF-8
    expect(constantTimeEqual("\uD800", "\uD801")).toBe(false);
  });
});

/**
 * Session 15, wave 2 (issue 11): MobiFone's own promotion texts link to subdomains of mobifone.com.vn, the operator's
 * earlier website (a training row of knowledge/scam-corpus/real-press-15.yaml was warned as a look-alike). The
 * registry now lists mobifone.com.vn beside mobifone.vn; look-alikes that only borrow the name stay warned.
 * Phrasings below are written for the test; the links are invented.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const warned = (text: string) => checkScam(text).outcome === "scam";

describe("a link to MobiFone's own mobifone.com.vn", () => {
  it.each([
    "MobiFone: Chi tiet chuong trinh khuyen mai xem tai http://www.mobifone.com.vn. Tran trong!",
    "Dang ky goi cuoc data moi cua MobiFone, the le tai m.mobifone.com.vn/khuyenmai. Phi 5.000d/ngay",
    "Quý khách xem thể lệ chương trình tại https://khuyenmai.mobifone.com.vn, miễn phí 3 ngày đầu, sau đó 3.000đ/ngày.",
  ])("is the brand's own domain, not a look-alike: %s", (text) => {
    const verdict = checkScam(text);
    expect(verdict.signals).not.toContain("link_lookalike");
    expect(verdict.signals).not.toContain("link_brand_mismatch");
    expect(verdict.outcome).not.toBe("scam");
  });

  it.each([
    "MobiFone: Ban trung thuong 50 trieu, nhan qua tai mobifone.com.vn.nhanqua.top truoc 17h hom nay",
    "MobiFone thong bao thue bao cua ban sap bi khoa, xac thuc tai mobifone-com-vn.xyz ngay",
    "Tri an khach hang MobiFone: nhan 500k tai mobifonecomvn.vip, het han trong 24h",
  ])("a domain that only borrows the name stays warned: %s", (text) => {
    expect(warned(text)).toBe(true);
  });
});

/**
 * HEIC/HEIF metadata removal without re-encoding: EXIF and XMP items are zeroed in place (same
 * length, offsets still valid, picture bytes untouched); files whose structure is not understood
 * or inconsistent are refused. Synthetic but structurally valid files come from makeHeif; the
 * last test uploads one through the real mini-app API and reads back the stored bytes.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sanitizeImage, sniffImageType } from "../server/feedback/image-sanitizer";
import { ValidationError } from "../server/lib/errors";
import { manualClock } from "../server/lib/clock";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { createWard, makeTempDir, query, testConfig, zaloId, type TestWard } from "./support/factories";
import { GPS_MARKER, HEIF_EXIF_PAYLOAD, HEIF_IMAGE_DATA, HEIF_XMP_PAYLOAD, makeHeif, XMP_MARKER, type HeifOptions } from "./support/test-images";

const has = (haystack: Uint8Array, needle: string | Uint8Array) => Buffer.from(haystack).includes(Buffer.from(needle));

function refusal(bytes: Uint8Array): ValidationError {
  try {
    sanitizeImage(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error("the upload was accepted");
}

function expectClean(o: HeifOptions = {}) {
  const heif = makeHeif(o);
  const src = heif.bytes;
  expect(has(src, GPS_MARKER)).toBe(true);
  const original = Buffer.from(src);
  const out = sanitizeImage(src);
  expect(Buffer.from(src).equals(original)).toBe(true); // the input is not modified
  expect(out.contentType).toBe("image/heic");
  expect(out.bytes.length).toBe(src.length);
  const image = out.bytes.subarray(heif.image.offset, heif.image.offset + heif.image.length);
  expect(Buffer.from(image).equals(HEIF_IMAGE_DATA)).toBe(true);
  const exif = out.bytes.subarray(heif.exif.offset, heif.exif.offset + heif.exif.length);
  expect(exif.every((x) => x === 0)).toBe(true);
  expect(has(out.bytes, GPS_MARKER)).toBe(false);
  expect(has(out.bytes, "Exif\0\0MM\0*")).toBe(false); // no TIFF header left (the infe type "Exif" stays)
  // every byte outside the metadata payloads is as it was (boxes, offsets, picture)
  for (let i = 0; i < src.length; i++) {
    const inExif = i >= heif.exif.offset && i < heif.exif.offset + heif.exif.length;
    const inXmp = heif.xmp && i >= heif.xmp.offset && i < heif.xmp.offset + heif.xmp.length;
    if (!inExif && !inXmp && out.bytes[i] !== src[i]) throw new Error(`byte ${i} changed`);
  }
  return { heif, out };
}

describe("HEIC/HEIF metadata removal", () => {
  it("zeroes the Exif item in place and keeps the picture bytes and the length", () => {
    const { heif } = expectClean();
    expect(heif.bytes.subarray(4, 12).toString("latin1")).toBe("ftypheic");
    expect(sniffImageType(heif.bytes)).toBe("image/heic");
  });

  it("zeroes an XMP 'mime' item too", () => {
    const { heif, out } = expectClean({ xmp: true });
    expect(has(heif.bytes, XMP_MARKER)).toBe(true);
    expect(has(out.bytes, XMP_MARKER)).toBe(false);
    expect(has(out.bytes, "GPSLatitude")).toBe(false);
    expect(has(out.bytes, "105,51.252E")).toBe(false);
    const xmp = out.bytes.subarray(heif.xmp!.offset, heif.xmp!.offset + heif.xmp!.length);
    expect(xmp.length).toBe(HEIF_XMP_PAYLOAD.length);
    expect(xmp.every((x) => x === 0)).toBe(true);
  });

  it("reads every iloc version and field size, base offsets and idat (construction_method 1)", () => {
    for (const ilocVersion of [0, 1, 2] as const) {
      for (const size of [4, 8] as const) {
        for (const baseOffsetSize of [0, 4, 8] as const) {
          expectClean({ ilocVersion, offsetSize: size, lengthSize: size, baseOffsetSize, indexSize: ilocVersion ? size : 0, xmp: true });
        }
      }
    }
    expectClean({ exifInIdat: true, ilocVersion: 1 });
    expectClean({ exifInIdat: true, ilocVersion: 2, baseOffsetSize: 8, xmp: true });
  });

  it("zeroes mdat bytes that no item uses", () => {
    const trailing = Buffer.from(`hidden ${GPS_MARKER}`);
    const heif = makeHeif({ trailing });
    const out = sanitizeImage(heif.bytes);
    expect(out.bytes.length).toBe(heif.bytes.length);
    expect(out.bytes.subarray(out.bytes.length - trailing.length).every((x) => x === 0)).toBe(true);
    expect(has(out.bytes, "hidden")).toBe(false);
  });

  it("types generic HEIF brands as image/heif or image/heic", () => {
    const heif = makeHeif({ brand: "mif1" }); // compatible brands include 'heic'
    expect(sanitizeImage(heif.bytes).contentType).toBe("image/heic");
    const generic = Buffer.from(heif.bytes);
    generic.write("mif1mif1miaf", 16, "latin1"); // no HEVC brand among the compatible ones
    expect(sanitizeImage(generic).contentType).toBe("image/heif");
  });

  it("refuses an iloc extent beyond the end of the file", () => {
    const e = refusal(makeHeif({ exifLengthExtra: 5000 }).bytes);
    expect(e.code).toBe("damaged_image");
    expect(e.publicMessage).toContain("Ảnh bị lỗi");
  });

  it("refuses a truncated box", () => {
    const { bytes } = makeHeif();
    // cut inside mdat: its declared size now runs past the end
    const cut = refusal(bytes.subarray(0, bytes.length - 10));
    expect(cut.code).toBe("damaged_image");
    // a meta child whose size exceeds the meta box
    const metaAt = bytes.indexOf("meta") - 4;
    const hdlrAt = bytes.indexOf("hdlr") - 4;
    const broken = Buffer.from(bytes);
    broken.writeUInt32BE(bytes.readUInt32BE(metaAt) + 100, hdlrAt);
    expect(refusal(broken).code).toBe("damaged_image");
    // cut in the middle of the meta box
    expect(refusal(bytes.subarray(0, hdlrAt + 20)).code).toBe("damaged_image");
  });

  it("refuses construction_method 2, external data and unknown structures rather than store metadata", () => {
    const unsupported = (bytes: Uint8Array) => {
      const e = refusal(bytes);
      expect(e.code).toBe("heic_unsupported");
      expect(e.publicMessage).toContain("HEIC");
      expect(e.publicMessage).toContain("Ông/bà");
    };
    unsupported(makeHeif({ exifConstructionMethod: 2 }).bytes);
    unsupported(makeHeif({ exifDataReferenceIndex: 1 }).bytes);
    const { bytes } = makeHeif();
    const withMoov = Buffer.concat([bytes, Buffer.from([0, 0, 0, 8]), Buffer.from("moov")]);
    unsupported(withMoov);
    const renamedHandler = Buffer.from(bytes);
    renamedHandler.write("vide", renamedHandler.indexOf("pict"), "latin1");
    unsupported(renamedHandler);
    const unknownChild = Buffer.from(bytes);
    unknownChild.write("xml ", unknownChild.indexOf("pitm"), "latin1");
    unsupported(unknownChild);
    // iloc pointing at an item that iinf does not describe
    const strayItem = Buffer.from(bytes);
    const ilocAt = strayItem.indexOf("iloc");
    strayItem.writeUInt16BE(9, ilocAt + 4 + 4 + 2 + 2); // first item_ID of iloc v1
    expect(refusal(strayItem).code).toBe("damaged_image");
    // HEIC that is only an ftyp and zeros
    refusal(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic"), Buffer.alloc(64)]));
  });
});

// ---- through the real mini-app API, as in feedback-api.test.ts ----

const clock = manualClock();
let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;

beforeAll(async () => {
  tmp = makeTempDir("image-sanitizer");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url }), { clock, hostname: "127.0.0.1" });
  const appId = zaloId("1");
  const appSecret = "app-secret-image-sanitizer";
  zalo.registerApp(appId, appSecret);
  ward = await createWard(server.services, { slug: "phuong-heic", appId, appSecret, tokens: zalo.issueTokens(appId) });
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

describe("HEIC upload through the API", () => {
  it("accepts a HEIC photo and stores it without GPS metadata", async () => {
    const accessToken = graph.issueUserToken(ward.appSecret, { id: "5512345678901234", name: "Trần Thị Bình" });
    const session = await fetch(`${server.url}/api/miniapp/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ward: ward.slug, accessToken }),
    });
    expect(session.status).toBe(200);
    const { token } = (await session.json()) as { token: string };
    const heif = makeHeif({ xmp: true });
    const res = await fetch(`${server.url}/api/miniapp/photos`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
      body: heif.bytes as Uint8Array<ArrayBuffer>,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: number; contentType: string; bytes: number };
    expect(body.contentType).toBe("image/heic");
    expect(body.bytes).toBe(heif.bytes.length);
    const [row] = await query<{ blob_key: string; content_type: string }>(server.services, sql`select blob_key, content_type from report_photos where id = ${body.id}`);
    expect(row!.content_type).toBe("image/heic");
    expect(row!.blob_key.endsWith(".heic")).toBe(true);
    const stored = Buffer.from((await server.services.deps.blobStore.get(row!.blob_key))!.bytes);
    expect(stored.length).toBe(heif.bytes.length);
    expect(stored.includes(Buffer.from(GPS_MARKER))).toBe(false);
    expect(stored.includes(Buffer.from(XMP_MARKER))).toBe(false);
    expect(stored.includes(HEIF_EXIF_PAYLOAD.subarray(4, 20))).toBe(false);
    expect(stored.subarray(heif.image.offset, heif.image.offset + heif.image.length).equals(HEIF_IMAGE_DATA)).toBe(true);
  });
});

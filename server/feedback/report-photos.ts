import { and, eq } from "drizzle-orm";
import { reportPhotos } from "../db/schema-feedback";
import { randomId } from "../lib/crypto";
import { NotFoundError } from "../lib/errors";
import type { FeedbackDeps } from "./feedback-types";
import { sanitizeImage, type ImageType } from "./image-sanitizer";
import { ownReport } from "./report-lookup";
import type { ResidentRateLimits } from "./resident-rate-limits";

export type CleanPhoto = { bytes: Uint8Array; contentType: ImageType };
export type StoredBlob = { blobKey: string; contentType: string; bytes: number };

/**
 * Report photos: checked and stripped by the sanitizer, kept in the blob store (disk or R2) under
 * a random key, described by a report_photos row. Never served by a public URL.
 */
export class ReportPhotos {
  constructor(
    private readonly deps: Pick<FeedbackDeps, "db" | "clock" | "blobs">,
    private readonly limits: ResidentRateLimits,
  ) {}

  /**
   * Checks, strips and stores an uploaded photo of a resident; attached later by create(). The
   * upload counts against the resident's limit BEFORE its bytes are looked at, refused or not.
   */
  async upload(wardId: number, userId: number, bytes: Uint8Array): Promise<{ id: number; contentType: string; bytes: number }> {
    await this.limits.consume(wardId, userId, "upload");
    const clean = sanitizeImage(bytes);
    const blob = await this.putBlob(wardId, clean);
    const [row] = await this.deps.db
      .insert(reportPhotos)
      .values({ wardId, uploaderUserId: userId, reportId: null, kind: "resident", ...blob, createdAt: this.deps.clock.now() })
      .returning();
    return { id: row!.id, contentType: row!.contentType, bytes: row!.bytes };
  }

  /** Writes the blob; the caller writes the row (in its own batch). */
  async putBlob(wardId: number, clean: CleanPhoto): Promise<StoredBlob> {
    const ext = clean.contentType.split("/")[1];
    const blobKey = `reports/${wardId}/${randomId(16)}.${ext}`;
    await this.deps.blobs.put(blobKey, clean.bytes, clean.contentType);
    return { blobKey, contentType: clean.contentType, bytes: clean.bytes.length };
  }

  /** A photo for the resident who may see it: their own report's photos (resident and result). */
  async forResident(wardId: number, userId: number, reportId: number, photoId: number) {
    const report = await ownReport(this.deps.db, wardId, userId, reportId);
    const [photo] = await this.deps.db
      .select()
      .from(reportPhotos)
      .where(and(eq(reportPhotos.id, photoId), eq(reportPhotos.wardId, wardId), eq(reportPhotos.reportId, report.id)));
    if (!photo) throw new NotFoundError("photo_not_found", `no photo ${photoId}`, "Không tìm thấy ảnh.");
    return this.readBlob(photo.blobKey);
  }

  /** Console: a photo of a report of the ward (staff only: never a public URL). */
  async forStaff(wardId: number, photoId: number): Promise<{ bytes: Uint8Array; contentType: string }> {
    const [photo] = await this.deps.db.select().from(reportPhotos).where(and(eq(reportPhotos.id, photoId), eq(reportPhotos.wardId, wardId)));
    if (!photo?.reportId) throw new NotFoundError("photo_not_found", `no photo ${photoId}`, "Không tìm thấy ảnh.");
    return this.readBlob(photo.blobKey);
  }

  private async readBlob(key: string) {
    const blob = await this.deps.blobs.get(key);
    if (!blob) throw new NotFoundError("photo_missing", `blob ${key} missing`, "Không tìm thấy ảnh.");
    return blob;
  }
}

import type { Database } from "../db/database";
import type { BlobStore } from "../lib/blob-store";
import type { Clock } from "../lib/clock";
import type { Logger } from "../lib/logger";
import type { WardService } from "../wards/ward-service";
import type { OutboxService } from "../zalo/outbox-service";
import { FeedbackSettingsStore } from "./feedback-settings";
import type { FeedbackDeps, FeedbackSettings, ReportInput, ResidentReportView, StaffBy, StaffReportDetail, StaffReportFilter, StaffReportSummary } from "./feedback-types";
import { createReport } from "./report-creation";
import { deliverWaitingNotices } from "./report-notices";
import { ReportPhotos } from "./report-photos";
import { residentView, staffDetail } from "./report-views";
import { ResidentRateLimits, type RateLimitedAction } from "./resident-rate-limits";
import { ResidentReportActions } from "./resident-report-actions";
import { similarReports, type SimilarQuery } from "./similar-reports";
import { StaffReportActions } from "./staff-report-actions";
import { listReports, reportStats } from "./staff-report-queries";

export * from "./feedback-types";
export { waitingNoticeWrites } from "./report-notices";
export type { RateLimitedAction } from "./resident-rate-limits";

/**
 * Residents' feedback reports: one entry point over the feature's parts, each in its own file —
 * rate limits (resident-rate-limits), deadline settings (feedback-settings), photos
 * (report-photos), creation (report-creation), similar reports (similar-reports), the resident's
 * reads and actions (resident-report-actions), staff actions (staff-report-actions) and queries
 * (staff-report-queries), notices (report-notices) and views (report-views). Every change writes
 * history in the same batch; changes a resident should know about notify them (and followers)
 * through the OA when Zalo's reply window is open, otherwise as a notice in the mini app.
 * Services know nothing of HTTP: they throw typed errors with Vietnamese texts.
 */
export class FeedbackService {
  private readonly deps: FeedbackDeps;
  readonly limits: ResidentRateLimits;
  readonly settingsStore: FeedbackSettingsStore;
  readonly photos: ReportPhotos;
  readonly resident: ResidentReportActions;
  readonly staff: StaffReportActions;

  constructor(db: Database, clock: Clock, wards: WardService, outbox: OutboxService, blobs: BlobStore, logger: Logger) {
    this.deps = { db, clock, wards, outbox, blobs, logger };
    this.limits = new ResidentRateLimits(this.deps);
    this.settingsStore = new FeedbackSettingsStore(this.deps);
    this.photos = new ReportPhotos(this.deps, this.limits);
    this.resident = new ResidentReportActions(this.deps, { settings: this.settingsStore, limits: this.limits });
    this.staff = new StaffReportActions(this.deps, { settings: this.settingsStore, photos: this.photos });
  }

  // rate limits, settings, deadlines
  consume(wardId: number, userId: number, action: RateLimitedAction) {
    return this.limits.consume(wardId, userId, action);
  }
  settings(wardId: number): Promise<FeedbackSettings> {
    return this.settingsStore.settings(wardId);
  }
  updateSettings(wardId: number, settings: FeedbackSettings, extra?: Parameters<FeedbackSettingsStore["updateSettings"]>[2]): Promise<FeedbackSettings> {
    return this.settingsStore.updateSettings(wardId, settings, extra);
  }
  deadlines(wardId: number, priority: "urgent" | "normal", at: number) {
    return this.settingsStore.deadlines(wardId, priority, at);
  }

  // photos
  uploadPhoto(wardId: number, userId: number, bytes: Uint8Array) {
    return this.photos.upload(wardId, userId, bytes);
  }
  photoForResident(wardId: number, userId: number, reportId: number, photoId: number) {
    return this.photos.forResident(wardId, userId, reportId, photoId);
  }
  photoForStaff(wardId: number, photoId: number) {
    return this.photos.forStaff(wardId, photoId);
  }

  // residents
  async similar(wardId: number, userId: number, q: SimilarQuery) {
    await this.limits.consume(wardId, userId, "similar");
    return similarReports(this.deps, wardId, userId, q);
  }
  async create(wardId: number, userId: number, input: ReportInput): Promise<ResidentReportView> {
    const row = await createReport(this.deps, { settings: this.settingsStore, limits: this.limits }, wardId, userId, input);
    return residentView(this.deps.db, this.deps.clock.now(), row, userId);
  }
  listForResident(wardId: number, userId: number) {
    return this.resident.list(wardId, userId);
  }
  getForResident(wardId: number, userId: number, reportId: number) {
    return this.resident.get(wardId, userId, reportId);
  }
  unreadNotices(wardId: number, userId: number) {
    return this.resident.unreadNotices(wardId, userId);
  }
  follow(wardId: number, userId: number, reportId: number, from?: Omit<SimilarQuery, "category">) {
    return this.resident.follow(wardId, userId, reportId, from);
  }
  rate(wardId: number, userId: number, reportId: number, rating: number, comment?: string) {
    return this.resident.rate(wardId, userId, reportId, rating, comment);
  }
  reopen(wardId: number, userId: number, reportId: number, reason: string) {
    return this.resident.reopen(wardId, userId, reportId, reason);
  }

  // staff (console; StaffReportService checks roles first)
  list(wardId: number, filter: StaffReportFilter = {}): Promise<StaffReportSummary[]> {
    return listReports(this.deps, wardId, filter);
  }
  stats(wardId: number, period: { from: number; to: number }) {
    return reportStats(this.deps, wardId, period);
  }
  detail(wardId: number, reportId: number): Promise<StaffReportDetail> {
    return staffDetail(this.deps.db, this.deps.clock.now(), wardId, reportId);
  }
  acknowledge(wardId: number, reportId: number, input: StaffBy & { message?: string }) {
    return this.staff.acknowledge(wardId, reportId, input);
  }
  assign(wardId: number, reportId: number, input: StaffBy & { assignee: string; message?: string }) {
    return this.staff.assign(wardId, reportId, input);
  }
  changeStatus(wardId: number, reportId: number, input: StaffBy & { status: "in_progress" | "resolved"; message?: string }) {
    return this.staff.changeStatus(wardId, reportId, input);
  }
  reply(wardId: number, reportId: number, input: StaffBy & { message: string }) {
    return this.staff.reply(wardId, reportId, input);
  }
  decline(wardId: number, reportId: number, input: StaffBy & { reason: string }) {
    return this.staff.decline(wardId, reportId, input);
  }
  setPriority(wardId: number, reportId: number, input: StaffBy & { priority: "urgent" | "normal" }) {
    return this.staff.setPriority(wardId, reportId, input);
  }
  attachResultPhotos(wardId: number, reportId: number, input: StaffBy & { files: Uint8Array[] }) {
    return this.staff.attachResultPhotos(wardId, reportId, input);
  }
  attachResultPhoto(wardId: number, reportId: number, input: StaffBy & { bytes: Uint8Array }) {
    return this.staff.attachResultPhotos(wardId, reportId, { ...input, files: [input.bytes] });
  }
  merge(wardId: number, input: StaffBy & { duplicateId: number; intoId: number }) {
    return this.staff.merge(wardId, input);
  }

  /** Sends notices that waited in the app through the OA once the resident's window is open. */
  deliverWaitingNotices(wardId: number, residentId: number): Promise<number> {
    return deliverWaitingNotices(this.deps, wardId, residentId);
  }
}

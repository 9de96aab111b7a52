import { and, eq, gte, lt } from "drizzle-orm";
import type { Database } from "../db/database";
import { kbVersions } from "../db/schema-staff";
import { scamReports } from "../db/schema-scam";
import { wards } from "../db/schema";
import type { Clock } from "../lib/clock";
import { NotFoundError } from "../lib/errors";
import { brandById } from "../assistant/scam/registry";
import { signalExplanations } from "../assistant/scam/explanations";
import type { SignalName } from "../assistant/scam/signals";
import { requireCityAdmin, requireRole, type Actor } from "../staff/access";
import type { EntryDraft, KnowledgeEditor } from "../staff/knowledge-editor";
import type { Ward } from "../wards/ward-profile";
import { displayIndicator, type Indicator, type IndicatorKind } from "./indicators";

/*
 * Scam waves ("đợt lừa đảo"): the same unofficial domain, phone or account number, or the same
 * script, forwarded by at least `minResidents` different residents (any ward) within 24 hours.
 * Waves are computed from the reports on demand (a few hundred rows a day at most), so there is
 * nothing to keep in step. The city admin sees which wards are affected; every ward's staff see
 * the city-wide waves and their own ward's count. Nothing identifying a resident is returned:
 * samples are masked when stored, resident keys only count.
 */

export const WAVE_WINDOW_MS = 24 * 3600_000;
/** Reports (and the resident keys in them) are deleted after this. */
export const RETENTION_DAYS = 30;
const HISTORY_MS = RETENTION_DAYS * 24 * 3600_000;

const kindOrder: IndicatorKind[] = ["domain", "phone", "account", "script"];

export type WaveIndicator = { kind: IndicatorKind; shown: string };

export type Wave = {
  /** "kind:value" of the wave's main indicator: what the draft action names */
  id: string;
  indicators: WaveIndicator[];
  /** distinct residents who forwarded it in the last 24 hours (all wards) */
  residentsLast24h: number;
  /** distinct residents since it was first seen */
  reports: number;
  wardCount: number;
  firstSeen: number;
  lastSeen: number;
  /** the latest forwarded text, personal data masked */
  sample: string;
  reasons: string[];
  brands: string[];
};
export type CityWave = Wave & { wards: Array<{ id: number; slug: string; name: string; reports: number }> };
export type WardWave = Wave & { thisWardReports: number };

type Row = { id: number; wardId: number; residentKey: string; sample: string; signals: string; indicators: string; createdAt: number };

function parseIndicator(key: string): Indicator {
  const at = key.indexOf(":");
  return { kind: key.slice(0, at) as IndicatorKind, value: key.slice(at + 1) };
}

export class ScamWaveService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly editor: KnowledgeEditor,
    private readonly options: { minResidents?: number } = {},
  ) {}

  get minResidents(): number {
    return this.options.minResidents ?? 3;
  }

  /** Every wave active now (city-wide), with the wards it reached. */
  private async compute(): Promise<Array<CityWave & { byWard: Map<number, number> }>> {
    const now = this.clock.now();
    const rows: Row[] = await this.db.select().from(scamReports).where(gte(scamReports.createdAt, now - HISTORY_MS));
    const recent = rows.filter((r) => r.createdAt >= now - WAVE_WINDOW_MS);
    const keysOf = new Map<number, string[]>(rows.map((r) => [r.id, JSON.parse(r.indicators) as string[]]));
    const residentOf = (r: Row) => `${r.wardId}|${r.residentKey}`;

    // indicators seen from enough residents in the window
    const residentsByIndicator = new Map<string, Set<string>>();
    for (const r of recent) {
      for (const key of keysOf.get(r.id)!) {
        const set = residentsByIndicator.get(key) ?? new Set<string>();
        set.add(residentOf(r));
        residentsByIndicator.set(key, set);
      }
    }
    const qualifying = [...residentsByIndicator].filter(([, s]) => s.size >= this.minResidents).map(([k]) => k);
    if (!qualifying.length) return [];

    // one wave per group of indicators that recent reports share (a domain and its script)
    const parent = new Map<string, string>(qualifying.map((k) => [k, k]));
    const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
    for (const r of recent) {
      const keys = keysOf.get(r.id)!.filter((k) => parent.has(k));
      for (const k of keys.slice(1)) parent.set(find(k), find(keys[0]!));
    }
    const groups = new Map<string, string[]>();
    for (const k of qualifying) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);

    const wardRows = await this.db.select({ id: wards.id, slug: wards.slug, name: wards.name }).from(wards);
    const wardById = new Map(wardRows.map((w) => [w.id, w]));
    const waves: Array<CityWave & { byWard: Map<number, number> }> = [];
    for (const keys of groups.values()) {
      keys.sort((a, b) => kindOrder.indexOf(parseIndicator(a).kind) - kindOrder.indexOf(parseIndicator(b).kind) || a.localeCompare(b));
      const keySet = new Set(keys);
      const mine = rows.filter((r) => keysOf.get(r.id)!.some((k) => keySet.has(k)));
      const residents = new Set(mine.map(residentOf));
      const residentsRecent = new Set(mine.filter((r) => r.createdAt >= now - WAVE_WINDOW_MS).map(residentOf));
      const byWardResidents = new Map<number, Set<string>>();
      for (const r of mine) byWardResidents.set(r.wardId, (byWardResidents.get(r.wardId) ?? new Set()).add(residentOf(r)));
      const byWard = new Map([...byWardResidents].map(([id, s]) => [id, s.size]));
      const latest = mine.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
      const { signals, brands } = JSON.parse(latest.signals) as { signals: SignalName[]; brands: string[] };
      waves.push({
        id: keys[0]!,
        indicators: keys.map((k) => parseIndicator(k)).map((i) => ({ kind: i.kind, shown: displayIndicator(i) })),
        residentsLast24h: residentsRecent.size,
        reports: residents.size,
        wardCount: byWard.size,
        firstSeen: Math.min(...mine.map((r) => r.createdAt)),
        lastSeen: latest.createdAt,
        sample: latest.sample,
        reasons: signals.map((s) => signalExplanations[s]).filter((x): x is string => !!x).slice(0, 4),
        brands: brands.map((b) => brandById(b)?.name ?? b),
        wards: [...byWard].map(([id, n]) => ({ id, slug: wardById.get(id)?.slug ?? "", name: wardById.get(id)?.name ?? "", reports: n })).sort((a, b) => b.reports - a.reports),
        byWard,
      });
    }
    return waves.sort((a, b) => b.lastSeen - a.lastSeen);
  }

  /** The city admin's dashboard: waves with the wards they reached. */
  async cityWaves(actor: Actor): Promise<CityWave[]> {
    requireCityAdmin(actor);
    return (await this.compute()).map(({ byWard: _b, ...w }) => w);
  }

  /** A ward's console: the same city-wide waves, with this ward's count and no other ward named. */
  async wardWaves(actor: Actor, ward: Ward): Promise<WardWave[]> {
    requireRole(actor, ward.id, "admin", "staff", "communicator");
    return (await this.compute()).map(({ byWard, wards: _w, ...w }) => ({ ...w, thisWardReports: byWard.get(ward.id) ?? 0 }));
  }

  /**
   * "Soạn cảnh báo": a draft knowledge entry for this ward's communicators, opened in the
   * editor. Clicking again returns the same draft.
   */
  async draftWarning(actor: Actor, ward: Ward, waveId: string): Promise<{ versionId: number; entryId: string; created: boolean }> {
    requireRole(actor, ward.id, "communicator");
    const wave = (await this.compute()).find((w) => w.id === waveId);
    if (!wave) throw new NotFoundError("wave_not_found", `no active wave ${waveId}`, "Đợt lừa đảo này không còn hoặc chưa đủ số báo cáo.");
    const entryId = `${ward.slug}-canh-bao-lua-dao-${new Date(wave.firstSeen).toISOString().slice(0, 10).replace(/-/g, "")}-${shortHash(wave.id)}`;
    const [existing] = await this.db
      .select({ id: kbVersions.id })
      .from(kbVersions)
      .where(and(eq(kbVersions.kind, "entry"), eq(kbVersions.entityId, entryId), eq(kbVersions.wardId, ward.id)));
    if (existing) return { versionId: existing.id, entryId, created: false };
    const versionId = await this.editor.saveEntryDraft(actor, ward, warningDraft(wave, ward, entryId, this.clock.now()), {
      isNew: true,
      note: `Soạn từ đợt lừa đảo ${wave.indicators[0]?.shown ?? ""} (${wave.reports} người dân, ${wave.wardCount} phường)`,
    });
    return { versionId, entryId, created: true };
  }

  /** Deletes reports past the retention period (run by the sweeper). */
  async purge(): Promise<number> {
    const deleted = await this.db.delete(scamReports).where(lt(scamReports.createdAt, this.clock.now() - HISTORY_MS)).returning({ id: scamReports.id });
    return deleted.length;
  }
}

function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0").slice(0, 6);
}

const dateVi = (ms: number) => {
  const d = new Date(ms + 7 * 3600_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
};

/** The draft a communicator starts from: what was seen, what to do, where to report. */
export function warningDraft(wave: Wave, ward: Ward, id: string, now: number): EntryDraft {
  const domains = wave.indicators.filter((i) => i.kind === "domain").map((i) => i.shown);
  const who = wave.brands.length ? `giả danh ${wave.brands.slice(0, 2).join(", ")}` : "lừa đảo";
  const via = domains.length ? ` kèm đường link ${domains.slice(0, 2).join(", ")}` : "";
  const sample = wave.sample.length > 300 ? `${wave.sample.slice(0, 300)}…` : wave.sample;
  return {
    id,
    title: `Cảnh báo: tin nhắn ${who}${via} (${dateVi(wave.firstSeen)})`.slice(0, 160),
    // the short answer residents read first: what it is and what to do
    summary: `Dạ, tin nhắn ${who}${via} là lừa đảo. Không bấm link, không chuyển tiền, không đọc mã OTP; nếu đã lỡ làm theo, gọi ngay ngân hàng để khóa tài khoản và báo Công an phường hoặc 113.`.slice(0, 300),
    category: "lua-dao",
    questions: [
      `Tin nhắn ${who}${via} có phải lừa đảo không`,
      domains[0] ? `${domains[0]} là trang gì, có an toàn không` : "Tin nhắn lạ đòi chuyển tiền có phải lừa đảo không",
      "Đợt lừa đảo mới trên địa bàn là gì",
    ],
    keywords: [...domains, ...wave.brands].slice(0, 8),
    procedures: [],
    links: [{ label: "Tra cứu website lừa đảo", url: "https://tinnhiemmang.vn/website-lua-dao" }],
    sources: [
      { title: "Tín nhiệm mạng — danh sách website lừa đảo (Cục An toàn thông tin)", url: "https://tinnhiemmang.vn/website-lua-dao" },
      { title: "Công an TP Hà Nội", url: "https://congan.hanoi.gov.vn" },
    ],
    wards: [ward.slug],
    last_reviewed: new Date(now).toISOString().slice(0, 10),
    verified: false,
    unverified: `Soạn tự động từ một đợt tin nhắn lừa đảo người dân chuyển tới trợ lý (${wave.reports} người, ${wave.wardCount} phường, từ ${dateVi(wave.firstSeen)} đến ${dateVi(wave.lastSeen)}). Biên tập viên kiểm tra lời văn, đối chiếu cảnh báo của Công an TP Hà Nội rồi mới xuất bản.`,
    body:
      `${ward.name} cảnh báo: từ ngày ${dateVi(wave.firstSeen)}, nhiều người dân nhận được tin nhắn ${who}${via}. Đây là tin nhắn lừa đảo.\n\n` +
      `Nội dung thường gặp (đã che thông tin cá nhân):\n"${sample}"\n\n` +
      (wave.reasons.length ? `Dấu hiệu nhận biết:\n${wave.reasons.map((r) => `- ${r}`).join("\n")}\n\n` : "") +
      "## Các bước\n" +
      `1. Không bấm vào đường link${domains.length ? ` ${domains.slice(0, 2).join(", ")}` : ""}, không gọi lại số lạ, không chuyển tiền, không đọc mã OTP cho ai.\n` +
      "2. Nếu đã lỡ làm theo: gọi ngay tổng đài ngân hàng (số in sau thẻ) để khóa tài khoản, rồi báo Công an phường ({{ward.police}}) hoặc gọi 113.\n" +
      "3. Phản ánh tin nhắn, cuộc gọi lừa đảo tới đầu số 156 hoặc 5656.\n" +
      "4. Nhắc người thân, nhất là người cao tuổi, cảnh giác với tin nhắn này.",
  };
}

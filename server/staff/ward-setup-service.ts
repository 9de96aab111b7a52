import { and, eq } from "drizzle-orm";
import type { Database } from "../db/database";
import { wardSecrets, zaloTokens } from "../db/schema";
import type { Ward } from "../wards/ward-profile";
import { requireRole, type Actor } from "./access";

export type SetupItem = { key: "green_lane" | "address" | "office_hours" | "hotline" | "police" | "oa"; label: string; done: boolean; detail: string };

/** Demo and sample values say so in their text; a real ward replaces them. */
function isSample(value: string): boolean {
  return /dữ liệu mẫu|chưa cập nhật|cần cập nhật/i.test(value);
}

/**
 * What a ward admin still has to do before residents get the ward's own facts: the green-lane
 * list first (the demo ships a sample), then the profile facts every answer uses, then the Zalo OA.
 */
export class WardSetupService {
  constructor(private readonly db: Database) {}

  async checklist(actor: Actor, ward: Ward): Promise<SetupItem[]> {
    requireRole(actor, ward.id, "admin");
    const p = ward.profile;
    const profileItem = (key: "address" | "office_hours" | "hotline" | "police", label: string): SetupItem => {
      const value = p[key].trim();
      const done = Boolean(value) && !isSample(value);
      return { key, label, done, detail: done ? value : "Đang là dữ liệu mẫu hoặc còn trống." };
    };
    const lane = p.green_lane;
    const laneDone = lane.items.length > 0 && !lane.sample;
    const [secret] = await this.db.select({ name: wardSecrets.name }).from(wardSecrets).where(and(eq(wardSecrets.wardId, ward.id), eq(wardSecrets.name, "oa_secret_key")));
    const [tokens] = await this.db.select({ wardId: zaloTokens.wardId }).from(zaloTokens).where(eq(zaloTokens.wardId, ward.id));
    const oaDone = Boolean(ward.oaId && secret && tokens);
    return [
      {
        key: "green_lane",
        label: "Danh mục thủ tục làn xanh",
        done: laneDone,
        detail: laneDone
          ? `${lane.items.length} thủ tục đã công bố.`
          : lane.items.length
            ? `Đang dùng danh mục mẫu (${lane.items.length} thủ tục): thay bằng danh mục phường đã công bố và bỏ đánh dấu "mẫu".`
            : "Chưa có danh mục: người dân hỏi làn xanh sẽ được mời hỏi Bộ phận Một cửa.",
      },
      profileItem("address", "Địa chỉ trụ sở, Bộ phận Một cửa"),
      profileItem("office_hours", "Giờ làm việc"),
      profileItem("hotline", "Đường dây nóng"),
      profileItem("police", "Địa chỉ Công an phường"),
      {
        key: "oa",
        label: "Kết nối Zalo OA của phường",
        done: oaDone,
        detail: oaDone
          ? `OA ${ward.oaId} đã có khóa bí mật và mã truy cập.`
          : `Quản trị kỹ thuật nhập khóa bí mật và mã làm mới của OA: npm run admin -- ward:secret ${ward.slug} oa_secret_key, rồi npm run admin -- ward:tokens ${ward.slug}.`,
      },
    ];
  }
}

import { and, eq, gt, sql } from "drizzle-orm";
import { miniappActions } from "../db/schema-feedback";
import { RateLimitedError } from "../lib/errors";
import type { FeedbackDeps } from "./feedback-types";
import { HOUR, MINUTE } from "./feedback-types";

/** Per-resident limits: [max count, window, message]. */
const rateLimits = {
  report: [
    [5, HOUR, "Ông/bà đã gửi 5 phản ánh trong 1 giờ qua. Vui lòng thử lại sau ít phút; việc khẩn cấp xin gọi đường dây nóng của phường."],
    [20, 24 * HOUR, "Ông/bà đã gửi 20 phản ánh trong hôm nay. Vui lòng gửi tiếp vào ngày mai hoặc gọi đường dây nóng của phường."],
  ],
  upload: [[40, HOUR, "Ông/bà đã tải lên quá nhiều ảnh trong 1 giờ qua. Vui lòng thử lại sau."]],
  check: [[30, 10 * MINUTE, "Ông/bà đã kiểm tra quá nhiều lần trong 10 phút qua. Vui lòng thử lại sau ít phút."]],
  search: [[120, 10 * MINUTE, "Ông/bà đã tìm kiếm quá nhiều lần trong 10 phút qua. Vui lòng thử lại sau ít phút."]],
  similar: [[30, 10 * MINUTE, "Ông/bà đã tìm phản ánh tương tự quá nhiều lần trong 10 phút qua. Vui lòng thử lại sau ít phút."]],
  action: [[30, HOUR, "Ông/bà đã thao tác quá nhiều lần trong 1 giờ qua. Vui lòng thử lại sau."]],
} as const satisfies Record<string, ReadonlyArray<readonly [number, number, string]>>;
export type RateLimitedAction = keyof typeof rateLimits;

/** The longest window of any limit: older action rows count for nothing and are pruned. */
export const LONGEST_RATE_WINDOW_MS = Math.max(...Object.values(rateLimits).flatMap((l) => l.map(([, w]) => w)));

/**
 * Counts a resident's action and refuses it over a limit. The check and the count are one
 * statement (INSERT … SELECT … WHERE count < max), so parallel requests cannot all pass.
 */
export class ResidentRateLimits {
  constructor(private readonly deps: Pick<FeedbackDeps, "db" | "clock">) {}

  async consume(wardId: number, userId: number, action: RateLimitedAction): Promise<void> {
    const { db, clock } = this.deps;
    const now = clock.now();
    const limits = rateLimits[action];
    const under = limits.map(
      ([max, windowMs]) =>
        sql`(select count(*) from ${miniappActions} where ${miniappActions.userId} = ${userId} and ${miniappActions.action} = ${action} and ${miniappActions.createdAt} > ${now - windowMs}) < ${max}`,
    );
    const inserted = await db.run(
      sql`insert into ${miniappActions} (ward_id, user_id, action, created_at) select ${wardId}, ${userId}, ${action}, ${now} where ${sql.join(under, sql` and `)}`,
    );
    if (inserted.rowsAffected > 0) return;
    // refused: say which limit (the first one reached)
    for (const [max, windowMs, message] of limits) {
      const [row] = await db
        .select({ n: sql<number>`count(*)` })
        .from(miniappActions)
        .where(and(eq(miniappActions.userId, userId), eq(miniappActions.action, action), gt(miniappActions.createdAt, now - windowMs)));
      if ((row?.n ?? 0) >= max) throw new RateLimitedError("rate_limited", `${action} limit ${max}/${windowMs}ms reached`, message);
    }
    throw new RateLimitedError("rate_limited", `${action} limit reached`, limits[0]![2]);
  }
}

import type { Context, Hono } from "hono";
import { z } from "zod";
import { RateLimitedError, UnauthorizedError, ValidationError } from "../../lib/errors";
import type { Services } from "../../services";
import { roleLabels } from "../access";
import type { ConsoleEnv } from "../console-env";
import { CsrfField, Layout } from "./layout";

export type InviteHelpers = {
  /** a fresh login-form CSRF token (double-submit cookie set on the response) and the one the request carried */
  freshCsrf: (c: Context<ConsoleEnv>) => string;
  checkCsrf: (c: Context<ConsoleEnv>, formToken: string) => boolean;
  clientOf: (c: Context<ConsoleEnv>) => { address: string; deviceToken?: string };
  startSession: (c: Context<ConsoleEnv>, signedIn: { token: string; deviceToken: string; session: { expiresAt: number } }) => void;
};

const acceptSchema = z.object({ password: z.string().min(1, "Vui lòng nhập mật khẩu.").max(500), name: z.string().trim().max(120).optional() });

/** /console/invite/:token — accepting a ward admin's invitation (no session needed: the password proves who accepts). */
export function registerInvitePages(app: Hono<ConsoleEnv>, services: Services, helpers: InviteHelpers) {
  const { invitations } = services.staff;

  const page = async (c: Context<ConsoleEnv>, token: string, error?: string, status: 200 | 400 | 401 | 429 = 200) => {
    const invite = await invitations.describe(token);
    const csrf = helpers.freshCsrf(c);
    return c.html(
      <Layout ctx={undefined} title="Nhận lời mời">
        <div class="login card">
          <p>
            Bạn được mời làm <b>{invite.roles.map((r) => roleLabels[r]).join(", ")}</b> của <b>{invite.ward.name}</b> với email <b>{invite.email}</b>.
          </p>
          {error ? (
            <div class="msg err" role="alert">
              {error}
            </div>
          ) : null}
          <form method="post" action={`/console/invite/${token}`}>
            <CsrfField csrf={csrf} />
            <label for="name">Họ tên (khi tạo tài khoản mới)</label>
            <input id="name" name="name" type="text" autocomplete="name" value={invite.name} />
            <label for="password">Mật khẩu: của tài khoản bạn đang có, hoặc mật khẩu mới (ít nhất 10 ký tự) nếu chưa có tài khoản</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required />
            <p>
              <button type="submit">Nhận lời mời</button>
            </p>
          </form>
        </div>
      </Layout>,
      status,
    );
  };

  app.get("/console/invite/:token", (c) => page(c, c.req.param("token")));

  app.post("/console/invite/:token", async (c) => {
    const token = c.req.param("token");
    const body = await c.req.parseBody();
    if (!helpers.checkCsrf(c, typeof body._csrf === "string" ? body._csrf : "")) return page(c, token, "Phiên làm việc đã hết hạn, vui lòng thử lại.", 400);
    const parsed = acceptSchema.safeParse(body);
    if (!parsed.success) return page(c, token, parsed.error.issues[0]!.message, 400);
    try {
      const { wardSlug, signedIn } = await invitations.accept(token, parsed.data, helpers.clientOf(c));
      helpers.startSession(c, signedIn);
      return c.redirect(`/console/w/${wardSlug}`, 303);
    } catch (err) {
      if (err instanceof UnauthorizedError) return page(c, token, "Mật khẩu không đúng.", 401);
      if (err instanceof RateLimitedError) return page(c, token, err.publicMessage ?? "Vui lòng thử lại sau.", 429);
      if (err instanceof ValidationError) return page(c, token, err.publicMessage ?? err.message, 400);
      throw err;
    }
  });
}

import type { Hono } from "hono";
import type { Child, FC } from "hono/jsx";
import { z } from "zod";
import type { Services } from "../services";
import { can } from "../staff/access";
import { renderPage, type ConsoleEnv } from "../staff/console-env";
import { Layout, PostButton, fmtTime } from "../staff/pages/layout";
import { validate } from "../staff/validation";
import type { CityWave, WardWave } from "./wave-service";

/*
 * Console pages of scam waves ("Đợt lừa đảo"): every ward's staff see the city-wide waves with
 * their own ward's count; communicators turn one into a draft warning entry with one click; the
 * city admin sees which wards each wave reached. Same data and checks as /api/staff (scam-routes).
 */

const kindNames: Record<string, string> = { domain: "Trang web", phone: "Số điện thoại", account: "Số tài khoản", script: "Kịch bản" };

const draftSchema = z.object({ wave: z.string().trim().min(3, "Thiếu mã đợt lừa đảo.").max(200) });

const WaveCard: FC<{ w: CityWave | WardWave; children?: Child }> = ({ w, children }) => (
  <article class="card" data-testid="scam-wave">
    <h3>
      {w.indicators.map((i) => (
        <>
          <span class="badge">
            {kindNames[i.kind] ?? i.kind}: <code>{i.shown}</code>
          </span>{" "}
        </>
      ))}
    </h3>
    <p>
      <b>{w.reports}</b> người dân ở <b>{w.wardCount}</b> phường đã chuyển tiếp ({w.residentsLast24h} trong 24 giờ qua) · lần đầu {fmtTime(w.firstSeen)} · gần nhất {fmtTime(w.lastSeen)}
      {w.brands.length ? ` · mạo danh: ${w.brands.join(", ")}` : ""}
    </p>
    <blockquote>{w.sample}</blockquote>
    {w.reasons.length ? (
      <ul>
        {w.reasons.map((r) => (
          <li>{r}</li>
        ))}
      </ul>
    ) : null}
    {children}
  </article>
);

export function registerScamWavePages(app: Hono<ConsoleEnv>, services: Services) {
  const { waves } = services.staff;

  app.get("/console/w/:slug/scam-waves", async (c) => {
    const ward = c.get("ward");
    const session = c.get("session");
    const list = await waves.wardWaves(session.actor, ward);
    const communicator = can(session.actor, ward.id, "communicator");
    return renderPage(
      c,
      { title: "Đợt lừa đảo", active: "scam-waves" },
      <>
        <p class="muted">
          Cùng một trang web, số điện thoại, số tài khoản hoặc kịch bản lừa đảo được ít nhất {waves.minResidents} người dân (ở bất kỳ phường nào) chuyển tới trợ lý trong 24 giờ. Nội dung đã che thông tin cá
          nhân.
        </p>
        {list.length ? (
          list.map((w) => (
            <WaveCard w={w}>
              <p>
                {w.thisWardReports ? (
                  <>
                    Phường mình: <b>{w.thisWardReports}</b> người dân.
                  </>
                ) : (
                  "Chưa có người dân phường mình chuyển tới."
                )}
              </p>
              {communicator ? <PostButton action={`/console/w/${ward.slug}/scam-waves/draft`} csrf={session.csrfToken} label="Soạn cảnh báo cho người dân" fields={{ wave: w.id }} /> : null}
            </WaveCard>
          ))
        ) : (
          <p>Hiện không có đợt lừa đảo nào.</p>
        )}
      </>,
    );
  });

  app.post("/console/w/:slug/scam-waves/draft", validate("form", draftSchema), async (c) => {
    const ward = c.get("ward");
    const draft = await waves.draftWarning(c.get("session").actor, ward, c.req.valid("form").wave);
    return c.redirect(`/console/w/${ward.slug}/kb/v/${draft.versionId}`, 303);
  });

  app.get("/console/city/scam-waves", async (c) => {
    const session = c.get("session");
    if (!session.actor.isCityAdmin) return c.redirect("/console");
    const ctx = { actor: session.actor, csrf: session.csrfToken, wards: c.get("wardsOfActor") ?? [] };
    const list = await waves.cityWaves(session.actor);
    return c.html(
      <Layout ctx={ctx} title="Đợt lừa đảo trên toàn thành phố">
        <p class="muted">
          Đợt lừa đảo: ít nhất {waves.minResidents} người dân chuyển tới cùng một trang web, số điện thoại, số tài khoản hoặc kịch bản trong 24 giờ. Không có thông tin nào về người dân rời khỏi phường của họ:
          chỉ có số lượng và nội dung đã che thông tin cá nhân.
        </p>
        {list.length ? (
          list.map((w) => (
            <WaveCard w={w}>
              <p>
                Các phường:{" "}
                {w.wards.map((x, i) => (
                  <>
                    {i ? ", " : ""}
                    <a href={`/console/w/${x.slug}/scam-waves`}>{x.name}</a> ({x.reports})
                  </>
                ))}
              </p>
            </WaveCard>
          ))
        ) : (
          <p>Hiện không có đợt lừa đảo nào.</p>
        )}
      </Layout>,
    );
  });
}

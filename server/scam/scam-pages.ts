import type { Hono } from "hono";
import { html } from "hono/html";
import { z } from "zod";
import type { Services } from "../services";
import { can } from "../staff/access";
import { formBody, pageContext, parseInput, type ConsoleEnv } from "../staff/console-env";
import { csrfField, fmtTime, layout } from "../staff/pages/layout";
import type { CityWave, WardWave } from "./wave-service";

/*
 * Console pages of scam waves ("Đợt lừa đảo"): every ward's staff see the city-wide waves with
 * their own ward's count; communicators turn one into a draft warning entry with one click; the
 * city admin sees which wards each wave reached. Same data and checks as /api/staff (scam-routes).
 */

const kindNames: Record<string, string> = { domain: "Trang web", phone: "Số điện thoại", account: "Số tài khoản", script: "Kịch bản" };

function waveCard(w: CityWave | WardWave, extra: ReturnType<typeof html> | string) {
  return html`<article class="card" data-testid="scam-wave">
    <h3>${w.indicators.map((i) => html`<span class="badge">${kindNames[i.kind] ?? i.kind}: <code>${i.shown}</code></span> `)}</h3>
    <p><b>${w.reports}</b> người dân ở <b>${w.wardCount}</b> phường đã chuyển tiếp (${w.residentsLast24h} trong 24 giờ qua) · lần đầu ${fmtTime(w.firstSeen)} · gần nhất ${fmtTime(w.lastSeen)}${w.brands.length ? html` · mạo danh: ${w.brands.join(", ")}` : ""}</p>
    <blockquote>${w.sample}</blockquote>
    ${w.reasons.length ? html`<ul>${w.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : ""}
    ${extra}
  </article>`;
}

export function registerScamWavePages(app: Hono<ConsoleEnv>, services: Services) {
  const { waves } = services.staff;

  app.get("/console/w/:slug/scam-waves", async (c) => {
    const ctx = pageContext(c);
    const ward = c.get("ward");
    const list = await waves.wardWaves(ctx.actor, ward);
    const communicator = can(ctx.actor, ward.id, "communicator");
    return c.html(
      layout(
        ctx,
        "Đợt lừa đảo",
        "scam-waves",
        html`<p class="muted">Cùng một trang web, số điện thoại, số tài khoản hoặc kịch bản lừa đảo được ít nhất ${waves.minResidents} người dân (ở bất kỳ phường nào) chuyển tới trợ lý trong 24 giờ. Nội dung đã che thông tin cá nhân.</p>
          ${list.length
            ? list.map((w) =>
                waveCard(
                  w,
                  html`<p>${w.thisWardReports ? html`Phường mình: <b>${w.thisWardReports}</b> người dân.` : "Chưa có người dân phường mình chuyển tới."}</p>
                  ${communicator
                    ? html`<form method="post" action="/console/w/${ward.slug}/scam-waves/draft" class="inline">${csrfField(ctx.csrf)}<input type="hidden" name="wave" value="${w.id}"><button type="submit">Soạn cảnh báo cho người dân</button></form>`
                    : ""}`,
                ),
              )
            : html`<p>Hiện không có đợt lừa đảo nào.</p>`}`,
      ),
    );
  });

  app.post("/console/w/:slug/scam-waves/draft", async (c) => {
    const { wave } = parseInput(z.object({ wave: z.string().trim().min(3, "Thiếu mã đợt lừa đảo.").max(200) }), await formBody(c));
    const ward = c.get("ward");
    const draft = await waves.draftWarning(c.get("session").actor, ward, wave);
    return c.redirect(`/console/w/${ward.slug}/kb/v/${draft.versionId}`, 303);
  });

  app.get("/console/city/scam-waves", async (c) => {
    const session = c.get("session");
    if (!session.actor.isCityAdmin) return c.redirect("/console");
    const ctx = { actor: session.actor, csrf: session.csrfToken, wards: c.get("wardsOfActor") ?? [] };
    const list = await waves.cityWaves(session.actor);
    return c.html(
      layout(
        ctx,
        "Đợt lừa đảo trên toàn thành phố",
        "",
        html`<p class="muted">Đợt lừa đảo: ít nhất ${waves.minResidents} người dân chuyển tới cùng một trang web, số điện thoại, số tài khoản hoặc kịch bản trong 24 giờ. Không có thông tin nào về người dân rời khỏi phường của họ: chỉ có số lượng và nội dung đã che thông tin cá nhân.</p>
          ${list.length
            ? list.map((w) => waveCard(w, html`<p>Các phường: ${w.wards.map((x, i) => html`${i ? ", " : ""}<a href="/console/w/${x.slug}/scam-waves">${x.name}</a> (${x.reports})`)}</p>`))
            : html`<p>Hiện không có đợt lừa đảo nào.</p>`}`,
      ),
    );
  });
}

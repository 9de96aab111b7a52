import { useEffect, useState } from "react";
import { Page, useNavigate } from "zmp-ui";
import { EmergencyNumbers } from "../components/phone";
import { api, type MeView } from "../lib/api";

export function HomePage() {
  const navigate = useNavigate();
  const [me, setMe] = useState<MeView>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api<MeView>("/me").then(setMe, (e: Error) => setError(e.message));
  }, []);
  const tiles = [
    { to: "/report/new", title: "Gửi phản ánh", hint: "Rác, đèn đường, vỉa hè, tiếng ồn…", cls: "tile-blue" },
    { to: "/reports", title: "Phản ánh của tôi", hint: "Xem phường đã xử lý đến đâu", cls: "tile-green" },
    { to: "/qa", title: "Hỏi đáp", hint: "Hỏi về thủ tục, giấy tờ; cần thì hỏi cán bộ", cls: "tile-amber" },
    { to: "/scam-check", title: "Kiểm tra tin nhắn lừa đảo", hint: "Dán tin nhắn hoặc đường link", cls: "tile-red" },
  ];
  return (
    <Page className="page">
      <header className="hero">
        <div className="hero-title">{me ? me.ward.name : "Hỏi Phường"}</div>
        <div className="hero-sub">Xin chào{me?.user.name ? ` ${me.user.name}` : ""}! Phường luôn lắng nghe ý kiến của ông/bà.</div>
      </header>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      {me?.notices.length ? (
        <section className="card notices" aria-label="Thông báo mới">
          <h2>Thông báo mới</h2>
          {me.notices.map((n) => (
            <button key={n.id} className="notice" onClick={() => navigate(`/reports/${n.reportId}`)}>
              {n.text.split("\n")[0]}
            </button>
          ))}
        </section>
      ) : null}
      <div className="tiles">
        {tiles.map((t) => (
          <button key={t.to} className={`tile ${t.cls}`} onClick={() => navigate(t.to)}>
            <span className="tile-title">{t.title}</span>
            <span className="tile-hint">{t.hint}</span>
          </button>
        ))}
      </div>
      <EmergencyNumbers hotline={me?.ward.hotline} />
    </Page>
  );
}

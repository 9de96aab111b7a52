import { useEffect, useState } from "react";
import { Page, useNavigate } from "zmp-ui";
import { api } from "../lib/api";

type Me = { user: { name: string | null }; ward: { name: string; hotline: string }; notices: Array<{ id: number; reportId: number; text: string; at: number }> };

export function HomePage() {
  const navigate = useNavigate();
  const [me, setMe] = useState<Me>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api<Me>("/me").then(setMe, (e: Error) => setError(e.message));
  }, []);
  const tiles = [
    { to: "/report/new", title: "Gửi phản ánh", hint: "Rác, đèn đường, vỉa hè, tiếng ồn…", cls: "tile-blue" },
    { to: "/reports", title: "Phản ánh của tôi", hint: "Xem phường đã xử lý đến đâu", cls: "tile-green" },
    { to: "/qa", title: "Hỏi đáp", hint: "Thủ tục, giấy tờ, dịch vụ công", cls: "tile-amber" },
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
      {me && <p className="muted center">Việc khẩn cấp: gọi 113 (công an), 114 (cứu hỏa), 115 (cấp cứu). Đường dây nóng phường: {me.ward.hotline}</p>}
    </Page>
  );
}

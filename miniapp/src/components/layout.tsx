import { useEffect, useRef } from "react";
import { App, AnimationRoutes, Route, SnackbarProvider, ZMPRouter, useLocation, useNavigate } from "zmp-ui";
import { launchedForReport } from "../lib/launch";
import { HomePage } from "../pages/index";
import { MyReportsPage } from "../pages/my-reports";
import { NewReportPage } from "../pages/report-new";
import { ReportDetailPage } from "../pages/report-detail";
import { QaPage } from "../pages/qa";
import { ScamCheckPage } from "../pages/scam-check";

const tabs = [
  { path: "/", label: "Trang chủ", icon: "M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10" },
  { path: "/report/new", label: "Gửi phản ánh", icon: "M12 5v14M5 12h14" },
  { path: "/reports", label: "Của tôi", icon: "M6 4h12v16H6zM9 9h6M9 13h6M9 17h4" },
  { path: "/qa", label: "Hỏi đáp", icon: "M4 5h16v11H9l-5 4zM12 8.5v3M12 13.5v.5" },
  { path: "/scam-check", label: "Lừa đảo", icon: "M12 3l9 17H3zM12 10v4M12 16.5v.5" },
] as const;

/* Inline icons: zmp-ui's icon font is served from Zalo's CDN, which a desktop browser may not reach. */
function NavIcon({ d }: { d: string }) {
  return (
    <svg width="26" height="26" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}

/**
 * The tab bar. Our own rather than zmp-ui's BottomNavigation, whose fixed height cut the labels
 * when the phone's text is enlarged: here labels wrap and the bar grows, and the pages' bottom
 * padding follows the bar's real height (--nav-height).
 */
function Navigation() {
  const location = useLocation();
  const navigate = useNavigate();
  const bar = useRef<HTMLElement>(null);
  const active = [...tabs].reverse().find((t) => (t.path === "/" ? location.pathname === "/" : location.pathname.startsWith(t.path)))?.path;

  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const apply = () => document.documentElement.style.setProperty("--nav-height", `${Math.ceil(el.getBoundingClientRect().height)}px`);
    apply();
    const ro = new ResizeObserver(apply);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // opened from a "Gửi phản ánh" link in the chat: straight to the form
  useEffect(() => {
    if (launchedForReport()) navigate("/report/new", { animate: false, replace: true });
  }, []);

  return (
    <nav ref={bar} className="tabbar" aria-label="Các mục chính">
      {tabs.map((t) => (
        <button
          key={t.path}
          className={`tab ${active === t.path ? "tab-on" : ""}`}
          aria-current={active === t.path ? "page" : undefined}
          onClick={() => navigate(t.path, { animate: false })}
        >
          <NavIcon d={t.icon} />
          <span className="tab-label">{t.label}</span>
        </button>
      ))}
    </nav>
  );
}

export function Layout() {
  return (
    <App>
      <SnackbarProvider>
        {/* memory router: the same navigation inside Zalo (served from a sub-path) and on localhost */}
        <ZMPRouter memoryRouter>
          <AnimationRoutes>
            <Route path="/" element={<HomePage />} />
            <Route path="/report/new" element={<NewReportPage />} />
            <Route path="/reports" element={<MyReportsPage />} />
            <Route path="/reports/:id" element={<ReportDetailPage />} />
            <Route path="/qa" element={<QaPage />} />
            <Route path="/scam-check" element={<ScamCheckPage />} />
          </AnimationRoutes>
          <Navigation />
        </ZMPRouter>
      </SnackbarProvider>
    </App>
  );
}

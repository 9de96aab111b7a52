import { App, AnimationRoutes, BottomNavigation, Route, SnackbarProvider, ZMPRouter, useLocation, useNavigate } from "zmp-ui";
import { HomePage } from "../pages/index";
import { MyReportsPage } from "../pages/my-reports";
import { NewReportPage } from "../pages/report-new";
import { ReportDetailPage } from "../pages/report-detail";
import { QaPage } from "../pages/qa";
import { ScamCheckPage } from "../pages/scam-check";

const tabs = [
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

function Navigation() {
  const location = useLocation();
  const navigate = useNavigate();
  const active = tabs.find((t) => location.pathname.startsWith(t.path))?.path ?? "";
  return (
    <BottomNavigation fixed activeKey={active} onChange={(key) => navigate(key, { animate: false })}>
      {tabs.map((t) => (
        <BottomNavigation.Item key={t.path} label={t.label} icon={<NavIcon d={t.icon} />} activeIcon={<NavIcon d={t.icon} />} />
      ))}
    </BottomNavigation>
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

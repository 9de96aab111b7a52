import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import zaloMiniApp from "zmp-vite-plugin";

// Like Zalo's template (zaui-coffee), but index.html sits at the package root so the output is miniapp/www.
export default defineConfig({
  base: "",
  plugins: [react(), zaloMiniApp()],
  // dev server: the API runs separately (npm start at the repository root)
  server: { proxy: { "/api": "http://localhost:8787" } },
});

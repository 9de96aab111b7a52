import { chromium, type BrowserContext } from "playwright-core";

/**
 * Debian's Chromium, headless, with a fresh profile directory. The background-networking flags
 * keep it from calling Google's hosts, which this machine cannot reach.
 */
export function launchChromium(
  profileDir: string,
  options: { viewport: { width: number; height: number }; deviceScaleFactor?: number; timezoneId?: string; isMobile?: boolean; hasTouch?: boolean },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    locale: "vi-VN",
    ...options,
  });
}

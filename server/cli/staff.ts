/**
 * Staff console accounts, against the database named by DATABASE_URL (migrations applied
 * first). The password is read from standard input, never from arguments, so it stays out of
 * shell history and process lists.
 *
 *   npm run staff -- city-admin EMAIL "Họ tên"     create the first city admin (or grant it)
 */
import { readFileSync } from "node:fs";
import { parseEnv } from "../config/env";
import { openNodeDatabase } from "../db/open-node-database";
import { systemClock } from "../lib/clock";
import { StaffAuthService } from "../staff/auth-service";

const usage = 'usage: echo "mật khẩu" | npm run staff -- city-admin EMAIL "Họ tên"';

async function main() {
  const [command, email, name] = process.argv.slice(2);
  if (command !== "city-admin" || !email || !name) throw new Error(usage);
  const config = parseEnv(process.env);
  const opened = await openNodeDatabase(config.databaseUrl, config.databaseAuthToken);
  try {
    const password = readFileSync(0, "utf8").replace(/\r?\n$/, "");
    const id = await new StaffAuthService(opened.db, systemClock).createCityAdmin({ email, name, password });
    console.log(`city admin ${email.toLowerCase()} ready (id ${id}); sign in at /console/login`);
  } finally {
    opened.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err as { publicMessage?: string }).publicMessage ?? err.message : err);
  process.exit(1);
});

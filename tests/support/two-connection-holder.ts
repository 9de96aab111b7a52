/**
 * A process holding a database the way the Node server does: two connections opened by
 * openNodeDatabase (the main thread's and the processing thread's; the second opened while the
 * first holds the file). Driven over stdin by tests/database-file-locks.test.ts:
 * "write <n>" inserts a row through the first connection and answers "written <n>".
 */
import { createInterface } from "node:readline";
import { openNodeDatabase } from "../../server/db/open-node-database";

const url = process.argv[2]!;
const first = await openNodeDatabase(url);
await first.client.execute("CREATE TABLE IF NOT EXISTS lock_probe (n INTEGER NOT NULL)");
const second = await openNodeDatabase(url, undefined, { synchronous: "NORMAL" });
await second.client.execute("SELECT count(*) FROM lock_probe");
console.log("ready");
for await (const line of createInterface({ input: process.stdin })) {
  const [command, n] = line.trim().split(" ");
  if (command === "write") {
    await first.client.execute({ sql: "INSERT INTO lock_probe (n) VALUES (?)", args: [Number(n)] });
    console.log(`written ${n}`);
  } else if (command === "exit") break;
}
second.close();
first.close();
process.exit(0);

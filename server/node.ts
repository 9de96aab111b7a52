/** Node entry point: `npm start`. */
import { parseEnv } from "./config/env";
import { startNodeServer } from "./node-server";

const config = parseEnv(process.env);
const server = await startNodeServer(config, { processing: config.processingMode });
const wards = await server.services.wards.list();
console.log(
  [
    "",
    `Hỏi Phường is running at http://localhost:${server.port}`,
    `  database:  ${config.databaseUrl.startsWith("file:") ? config.databaseUrl : "libSQL server (DATABASE_URL)"}`,
    `  knowledge: ${config.knowledgeDir}/ (${(await server.services.knowledge.load()).entries.length} entries)`,
    `  wards:     ${wards.map((w) => w.slug).join(", ")}`,
    `  try:       curl -s localhost:${server.port}/api/ask -H 'content-type: application/json' -d '{"text":"lam can cuoc o dau"}'`,
    `  webhook:   POST /webhooks/zalo  (Zalo OA credentials: see README)`,
    `  console:   http://localhost:${server.port}/console  (first account: echo "mật khẩu" | npm run staff -- city-admin EMAIL "Họ tên")`,
    "",
  ].join("\n"),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}

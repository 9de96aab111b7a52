import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: [
    "./server/db/schema.ts",
    "./server/db/schema-feedback.ts",
    "./server/db/schema-staff.ts",
    "./server/db/schema-llm.ts",
    "./server/db/schema-security.ts",
    "./server/db/schema-scam.ts",
    "./server/db/schema-console.ts",
    "./server/db/schema-throughput.ts",
    "./server/db/schema-miniapp.ts",
  ],
  out: "./server/db/migrations",
});

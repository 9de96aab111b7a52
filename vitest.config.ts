import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: run test files in two worker processes; each file uses its own temp database.
    pool: "forks",
    maxWorkers: 2,
  },
});

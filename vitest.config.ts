import { defineConfig } from "vitest/config";
import os from "node:os";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core CI machine. Two there:
    // unit 66 s → 40 s, integration 184 s → 159 s (each file has a database and temp dirs of its own).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["rules/**/*.test.ts", "lib/**/*.test.ts"], exclude: ["**/*.int.test.ts", "node_modules/**"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // files at once, each on its own database (lib/testing/fresh-database.ts), temp dirs and ports
          fileParallelism: true,
          setupFiles: ["lib/testing/audit-env.ts"],
          alias: { "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts") },
        },
      },
    ],
  },
});

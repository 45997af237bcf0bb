import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", "docs/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "**/.tmp/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // rules/ is pure TypeScript shared by browser, server and CLI
    files: ["rules/**/*.ts"],
    ignores: ["rules/cli/**", "rules/bench/**", "rules/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/lib/*", "../lib/*", "../../lib/*", "node:*"] }],
    },
  },
];

export default config;

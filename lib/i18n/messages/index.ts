// Messages per locale, one JSON file per area (core, policy, cases, review, admin, …) merged here.
// Add a file under zh/ and en/ with the same top-level keys and import it below.
import enCore from "./en/core.json";
import enPolicy from "./en/policy.json";
import zhCore from "./zh/core.json";
import zhPolicy from "./zh/policy.json";

export const MESSAGES = {
  zh: { ...zhCore, ...zhPolicy },
  en: { ...enCore, ...enPolicy },
} as const;

// Messages per locale, one JSON file per area (core, policy, cases, review, admin, …) merged here.
// Add a file under zh/ and en/ with the same top-level keys and import it below.
import enAdmin from "./en/admin.json";
import enCases from "./en/cases.json";
import enCore from "./en/core.json";
import enPolicy from "./en/policy.json";
import enReview from "./en/review.json";
import zhAdmin from "./zh/admin.json";
import zhCases from "./zh/cases.json";
import zhCore from "./zh/core.json";
import zhPolicy from "./zh/policy.json";
import zhReview from "./zh/review.json";

export const MESSAGES = {
  zh: { ...zhCore, ...zhPolicy, ...zhCases, ...zhAdmin, ...zhReview },
  en: { ...enCore, ...enPolicy, ...enCases, ...enAdmin, ...enReview },
} as const;

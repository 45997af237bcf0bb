// Messages per locale, one JSON file per area (core, policy, cases, review, admin, …) merged here.
// Add a file under zh/ and en/ with the same top-level keys and import it below.
import enCore from "./en/core.json";
import enPolicy from "./en/policy.json";
import enCases from "./en/cases.json";
import enAdmin from "./en/admin.json";
import enReview from "./en/review.json";
import enJobs from "./en/jobs.json";
import enVerification from "./en/verification.json";
import enDocuments from "./en/documents.json";
import enOidc from "./en/oidc.json";
import enTwoFactor from "./en/two-factor.json";
import enPassword from "./en/password.json";
import enPayment from "./en/payment.json";
import enErrors from "./en/errors.json";
import enBureauContact from "./en/bureau-contact.json";
import enNextSteps from "./en/next-steps.json";
import enOffers from "./en/offers.json";
import enFactValues from "./en/fact-values.json";
import enCaseStatus from "./en/case-status.json";
import zhCore from "./zh/core.json";
import zhPolicy from "./zh/policy.json";
import zhCases from "./zh/cases.json";
import zhAdmin from "./zh/admin.json";
import zhReview from "./zh/review.json";
import zhJobs from "./zh/jobs.json";
import zhVerification from "./zh/verification.json";
import zhDocuments from "./zh/documents.json";
import zhOidc from "./zh/oidc.json";
import zhTwoFactor from "./zh/two-factor.json";
import zhPassword from "./zh/password.json";
import zhPayment from "./zh/payment.json";
import zhErrors from "./zh/errors.json";
import zhBureauContact from "./zh/bureau-contact.json";
import zhNextSteps from "./zh/next-steps.json";
import zhOffers from "./zh/offers.json";
import zhFactValues from "./zh/fact-values.json";
import zhCaseStatus from "./zh/case-status.json";

export const MESSAGES = {
  zh: { ...zhCore, ...zhPolicy, ...zhCases, ...zhAdmin, ...zhReview, ...zhJobs, ...zhVerification, ...zhDocuments, ...zhOidc, ...zhTwoFactor, ...zhPassword, ...zhPayment, ...zhBureauContact, ...zhNextSteps, ...zhOffers, ...zhFactValues, ...zhCaseStatus, ...zhErrors },
  en: { ...enCore, ...enPolicy, ...enCases, ...enAdmin, ...enReview, ...enJobs, ...enVerification, ...enDocuments, ...enOidc, ...enTwoFactor, ...enPassword, ...enPayment, ...enBureauContact, ...enNextSteps, ...enOffers, ...enFactValues, ...enCaseStatus, ...enErrors },
} as const;

// The message namespaces the review area's client components use (useTranslations in files marked
// "use client" under app/(review)/). The area's layout hands the client only these, not the whole
// catalogue (~80 KB a locale in every queue page's HTML); review-client-namespaces.test.ts fails when a
// client component asks for a namespace missing here.
export const REVIEW_CLIENT_NAMESPACES = [
  "errors",
  "review.errors",
  "review.propose",
  "review.proposal",
  "review.confirm",
  "review.objections",
  "review.endNotice",
  "review.finance",
  "payment.batches",
] as const;

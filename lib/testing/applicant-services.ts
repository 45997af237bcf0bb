// The applicant's write services in one import for integration tests.
export * from "../cases/drafts";
export * from "../cases/submit";
export * from "../cases/withdraw";

// The portal's logger for server code: structured JSON lines with the request id, nothing personal
// or secret (server/logger.mjs). Log errors as `log.error({ err }, "what failed")`.
export { log, currentRequestId } from "../server/logger.mjs";

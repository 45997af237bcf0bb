// Imported first by client forms that validate with zod. The CSP has no 'unsafe-eval' (next.config.js),
// so zod's compiled fast path can never run in the browser, yet building the first object schema
// probes `new Function` and the browser reports a CSP violation. jitless skips the probe; it must run
// before any schema is built, hence a module of its own, imported before the schemas.
import * as z from "zod/mini";

z.config({ jitless: true });

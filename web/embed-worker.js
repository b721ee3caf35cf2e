// The embed's and the extension's worker for large drafts (web/check-worker.js), with the
// embed's glue.
import { serveChecks } from "./check-worker.js";

serveChecks(import("./tactful-embed.js"));

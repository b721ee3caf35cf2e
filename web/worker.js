// The site's worker for large drafts (web/check-worker.js), with the site's glue.
import { serveChecks } from "./check-worker.js";

serveChecks(import("./site.js"));

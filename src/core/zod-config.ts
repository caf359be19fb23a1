import { config } from 'zod/mini';

// Extension pages, workers and content scripts forbid `new Function`. Zod probes for it before its compiled fast
// path, and although it catches the failure, the browser still reports a CSP violation (listed as an error on
// chrome://extensions), which cost a waking worker about 30 ms. Every module that uses zod imports this first.
config({ jitless: true });

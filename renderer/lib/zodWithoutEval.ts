import { config } from 'zod';

// The page's CSP forbids eval: zod must never try its compiled parsers, nor probe for them (the probe alone is
// reported as a CSP violation). Imported before any module that builds a schema.
config({ jitless: true });

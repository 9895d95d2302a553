#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../out/cli/kanal.mjs', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('kanal: not built yet. Run `npm run build` in the Kanal folder first.\n');
  process.exit(1);
}
await import(built.href);

// The corpus suite reads the external corpora beside the project; without them it stops before running anything.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../../shared/fixtures', import.meta.url))) {
  console.error(
    '../shared/fixtures is missing: the corpus suite tests against the external corpora beside the project; clone them there or run npm test alone',
  );
  process.exit(1);
}

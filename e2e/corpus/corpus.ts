import { join } from 'node:path';
import { projectRoot } from '../fixtures';

// The external corpora kept beside the project, which `npm run test:corpus` requires.
export const corpus = join(projectRoot, '..', 'shared', 'fixtures');

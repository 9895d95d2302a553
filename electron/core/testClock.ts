import { readFileSync } from 'node:fs';

// Under test (KANAL_TEST), KANAL_TEST_CLOCK_FILE names a file holding how many milliseconds Kanal's clock runs ahead of
// the system's, so an end-to-end test can let minutes pass; read on every reading, a missing file meaning none.
export function testClock(env: NodeJS.ProcessEnv = process.env): (() => Date) | null {
  const file = env.KANAL_TEST ? env.KANAL_TEST_CLOCK_FILE : undefined;
  if (!file) return null;
  return () => {
    let ahead = 0;
    try {
      ahead = Number(readFileSync(file, 'utf8').trim()) || 0;
    } catch {
      // Not written yet: the system's time.
    }
    return new Date(Date.now() + ahead);
  };
}

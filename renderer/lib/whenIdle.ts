// The longest a deferred task waits for the page to fall idle.
const IDLE_TIMEOUT_MS = 2000;

// Runs `task` once the page has drawn what it was busy with; returns a function that cancels it.
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

import type { Post } from '../../../electron/core/shared/schema';
import { ApiError, errorMessage } from '../../lib/apiError';
import { hasChanges, materializeChanges, type Lazy } from './lazyChanges';
import type { PostChanges } from './postChanges';
import { clearRecovery, writeRecovery } from './recoveryStore';

export type SaveState = 'saved' | 'saving' | 'retrying';
type Listener = (state: SaveState, error: string | null) => void;

// Saves follow typing by at most this much, well within a second.
const DEBOUNCE_MS = 600;
const RECOVERY_THROTTLE_MS = 250;
const retryDelay = (failures: number): number => Math.min(1000 * 2 ** (failures - 1), 15_000);

// One editor's saves (a post, a reply): one request in flight at a time, then the latest state; failures are retried.
// `key` names its recovery copy; `C` is what the editor changes, `R` what the core answers.
export class SaveQueue<C extends object = PostChanges, R = Post> {
  private pending: Lazy<C> | null = null;
  private inFlight: C | null = null;
  private editedAt = new Date(0).toISOString();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private recoveryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly listeners = new Set<Listener>();
  state: SaveState = 'saved';
  lastError: string | null = null;

  constructor(
    readonly key: string,
    private readonly send: (changes: C) => Promise<R>,
    private readonly onSaved: (result: R) => void,
  ) {}

  change(patch: Lazy<C>): void {
    this.pending = { ...this.pending, ...patch } as Lazy<C>;
    this.editedAt = new Date().toISOString();
    if (this.state === 'saved') this.setState('saving');
    this.recoveryTimer ??= setTimeout(() => this.keepRecoveryNow(), RECOVERY_THROTTLE_MS);
    this.scheduleSave(DEBOUNCE_MS);
  }

  // Reads the body now (the editor may be about to go away) and sends without waiting.
  flush(): Promise<void> {
    if (this.pending) this.pending = materializeChanges(this.pending) as Lazy<C>;
    this.keepRecoveryNow();
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    void this.pump();
    return this.whenIdle();
  }

  // The page is going away and cannot wait for the request in flight: send everything unconfirmed alongside it.
  // A duplicate save is harmless; the queue still sends the latest state in order if the page lives on.
  flushForExit(): void {
    if (this.inFlight && hasChanges(this.pending)) {
      const pending = materializeChanges(this.pending);
      this.pending = pending as Lazy<C>;
      this.send({ ...this.inFlight, ...pending }).catch(() => undefined);
    }
    void this.flush();
  }

  isIdle(): boolean {
    return this.inFlight === null && !hasChanges(this.pending);
  }

  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private scheduleSave(delay: number): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.pump();
    }, delay);
  }

  private async pump(): Promise<void> {
    if (this.inFlight || !hasChanges(this.pending)) return;
    const changes = materializeChanges(this.pending);
    this.pending = null;
    this.inFlight = changes;
    if (this.state === 'saved') this.setState('saving');
    try {
      const result = await this.send(changes);
      this.inFlight = null;
      this.failures = 0;
      this.lastError = null;
      this.onSaved(result);
      if (hasChanges(this.pending)) {
        this.keepRecoveryNow();
        if (this.saveTimer === undefined) void this.pump();
        return;
      }
      this.keepRecoveryNow();
      this.setState('saved');
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    } catch (error) {
      this.inFlight = null;
      this.requeue(changes);
      this.failures += 1;
      this.lastError = errorMessage(error);
      this.keepRecoveryNow();
      this.setState('retrying');
      // A deleted post or comment cannot take saves; the recovery copy waits until it is restored and opened again.
      if (!(error instanceof ApiError && error.code === 'not-found')) this.scheduleSave(retryDelay(this.failures));
    }
  }

  // Edits made while the failed request was out are newer and win.
  private requeue(changes: C): void {
    this.pending = { ...changes, ...this.pending } as Lazy<C>;
  }

  // Everything not yet confirmed by the core goes to the recovery copy; nothing left clears it.
  private keepRecoveryNow(): void {
    clearTimeout(this.recoveryTimer);
    this.recoveryTimer = undefined;
    if (this.isIdle()) {
      clearRecovery(this.key);
      return;
    }
    const pending = this.pending ? materializeChanges(this.pending) : {};
    writeRecovery<C>(this.key, {
      editedAt: this.editedAt,
      inFlight: this.inFlight,
      changes: { ...(this.inFlight ?? {}), ...pending } as C,
    });
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state, this.lastError);
  }
}

import type { Post } from '../../../electron/core/shared/schema';
import { ApiError, errorMessage } from '../../lib/apiError';
import { hasChanges, materializeChanges, type LazyPostChanges, type PostChanges } from './postChanges';
import { clearRecovery, writeRecovery } from './recoveryStore';

export type SaveState = 'saved' | 'saving' | 'retrying';
type Listener = (state: SaveState, error: string | null) => void;

// Saves follow typing by at most this much, well within a second.
const DEBOUNCE_MS = 600;
const RECOVERY_THROTTLE_MS = 250;
const retryDelay = (failures: number): number => Math.min(1000 * 2 ** (failures - 1), 15_000);

// One post's saves: one request in flight at a time, then the latest state; failures are retried.
export class SaveQueue {
  private pending: LazyPostChanges | null = null;
  private inFlight: PostChanges | null = null;
  private editedAt = new Date(0).toISOString();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private recoveryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly listeners = new Set<Listener>();
  state: SaveState = 'saved';
  lastError: string | null = null;

  constructor(
    readonly postId: string,
    private readonly send: (postId: string, changes: PostChanges) => Promise<Post>,
    private readonly onSaved: (post: Post) => void,
  ) {}

  change(patch: LazyPostChanges): void {
    this.pending = { ...this.pending, ...patch };
    this.editedAt = new Date().toISOString();
    if (this.state === 'saved') this.setState('saving');
    this.recoveryTimer ??= setTimeout(() => this.keepRecoveryNow(), RECOVERY_THROTTLE_MS);
    this.scheduleSave(DEBOUNCE_MS);
  }

  // Reads the body now (the editor may be about to go away) and sends without waiting.
  flush(): Promise<void> {
    if (this.pending) this.pending = materializeChanges(this.pending);
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
      this.pending = pending;
      this.send(this.postId, { ...this.inFlight, ...pending }).catch(() => undefined);
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
      const post = await this.send(this.postId, changes);
      this.inFlight = null;
      this.failures = 0;
      this.lastError = null;
      this.onSaved(post);
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
      // A deleted post cannot take saves; the recovery copy waits until it is restored and opened again.
      if (!(error instanceof ApiError && error.code === 'not-found')) this.scheduleSave(retryDelay(this.failures));
    }
  }

  // Edits made while the failed request was out are newer and win.
  private requeue(changes: PostChanges): void {
    this.pending = { ...changes, ...this.pending };
  }

  // Everything not yet confirmed by the core goes to the recovery copy; nothing left clears it.
  private keepRecoveryNow(): void {
    clearTimeout(this.recoveryTimer);
    this.recoveryTimer = undefined;
    if (this.isIdle()) {
      clearRecovery(this.postId);
      return;
    }
    const pending = this.pending ? materializeChanges(this.pending) : {};
    writeRecovery(this.postId, {
      editedAt: this.editedAt,
      inFlight: this.inFlight,
      changes: { ...(this.inFlight ?? {}), ...pending },
    });
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state, this.lastError);
  }
}

import type { BackupSummary } from '../../api';
import { BACKUP_INTERVAL_MS } from './backupRules';
import { takeSnapshot, type SnapshotRequest } from './takeSnapshot';

// When the writer of a library takes snapshots: before its first change, then at most one per interval while it changes.
export class BackupSchedule {
  private lastAt: number | null = null;

  constructor(
    private readonly dataFile: string,
    private readonly now: () => Date,
  ) {}

  get taken(): boolean {
    return this.lastAt !== null;
  }

  dueBeforeChange(): boolean {
    return this.lastAt === null || this.now().getTime() - this.lastAt >= BACKUP_INTERVAL_MS;
  }

  async take(reason: SnapshotRequest['reason'], rootText?: string): Promise<BackupSummary> {
    const now = this.now();
    const summary = await takeSnapshot({
      dataFile: this.dataFile,
      reason,
      now,
      ...(rootText === undefined ? {} : { rootText }),
    });
    this.lastAt = now.getTime();
    return summary;
  }
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kanal } from '../../../electron/core/openKanal';
import { runImport } from '../../helpers/runImport';

export const SAMTAL = join(import.meta.dirname, '..', '..', 'fixtures', 'replies', 'samtal.xml');

export interface Samtal {
  // Kanal's thread and post ids by post title, and comment ids by the source's comment id.
  thread: (title: string) => { threadId: string; postId: string };
  comment: (externalId: string) => { threadId: string; commentId: string };
}

// Imports the fixture's two posts and their comments into the given library.
export async function importSamtal(kanal: Kanal): Promise<Samtal> {
  const summary = await runImport(kanal, [{ name: 'samtal.xml', data: new Uint8Array(readFileSync(SAMTAL)) }], 'wxr');
  if (summary.errors.length) throw new Error(summary.errors[0]?.message);
  const comments = new Map<string, { threadId: string; commentId: string }>();
  for (const thread of summary.threads) {
    for (const c of (await kanal.services.threads.get({ id: thread.id })).comments) {
      comments.set(c.externalId, { threadId: thread.id, commentId: c.id });
    }
  }
  return {
    thread: (title) => {
      const t = summary.threads.find((s) => s.title === title);
      if (!t?.postId) throw new Error(`no thread ${title}`);
      return { threadId: t.id, postId: t.postId };
    },
    comment: (externalId) => {
      const c = comments.get(externalId);
      if (!c) throw new Error(`no comment ${externalId}`);
      return c;
    },
  };
}

import { operations, type ExportFormat, type OperationInput } from '../../../electron/core/api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kanal } from '../../../electron/core/openKanal';
import { runImport } from '../../helpers/runImport';

export const BLOGG = join(import.meta.dirname, '..', '..', 'fixtures', 'export', 'blogg.xml');

export interface ExportBlog {
  postId: string;
  threadId: string;
  // Kanal's comment id by the WordPress comment id.
  comment: (wordpressId: string) => string;
  // The finished replies: to Bengt (403), a follow-up to that reply, and to Anna (401); and a draft to Cecilia (404).
  replies: { toBengt: string; followUp: string; toAnna: string };
}

const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

// The fixture blog imported, the author named in Settings, and the author's replies written.
export async function importExportBlog(kanal: Kanal): Promise<ExportBlog> {
  const { services } = kanal;
  await services.settings.save({ authorNames: ['Karin Skribent'], authorEmails: ['karin@kanal.example'] });
  const summary = await runImport(kanal, [{ name: 'blogg.xml', data: new Uint8Array(readFileSync(BLOGG)) }], 'wxr');
  const thread = summary.threads.find((t) => t.title === 'Kanaler för företag');
  if (!thread?.postId) throw new Error('the fixture post did not import');
  const comments = (await services.threads.get({ id: thread.id })).comments;
  const comment = (wordpressId: string) => {
    const found = comments.find((c) => c.externalId === wordpressId);
    if (!found) throw new Error(`no comment ${wordpressId}`);
    return found.id;
  };
  const threadId = thread.id;
  const toBengt = await services.replies.create({
    threadId,
    commentId: comment('403'),
    text: 'Ja, relationerna *bär*.',
    done: true,
  });
  const followUp = await services.replies.create({
    threadId,
    commentId: comment('403'),
    parentReplyId: toBengt.id,
    html: '<p>Och <a href="https://kanal.example/b2b">här</a> mer. </script><img src=x onerror=alert(1)></p>',
    done: true,
  });
  const toAnna = await services.replies.create({
    threadId,
    commentId: comment('401'),
    text: 'Tack, Anna!',
    done: true,
  });
  await services.replies.save({ threadId, commentId: comment('404'), doc: paragraph('Ett utkast') });
  return {
    postId: thread.postId,
    threadId,
    comment,
    replies: { toBengt: toBengt.id, followUp: followUp.id, toAnna: toAnna.id },
  };
}

// An export called as a transport calls it: the input checked and defaulted by the contract first.
export function exportPost(kanal: Kanal, format: ExportFormat, input: OperationInput<'export.html'>) {
  return kanal.services.export[format](operations[`export.${format}`].input.parse(input));
}

export function exportSeveral(kanal: Kanal, input: OperationInput<'export.several'>) {
  return kanal.services.export.several(operations['export.several'].input.parse(input));
}

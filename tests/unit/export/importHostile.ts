import type { ExportFormat } from '../../../electron/core/api';
import type { Kanal } from '../../../electron/core/openKanal';
import type { HostileSample } from '../../fixtures/hostile/hostileMarkup';
import { generatedWxr } from '../../helpers/generatedWxr';
import { runImport } from '../../helpers/runImport';
import { findLiveMarkdown, findLiveMarkup, findLiveWxr } from './findLiveMarkup';

// XML can carry neither control characters nor a "]]>" inside CDATA.
const cdataSafe = (html: string) =>
  // eslint-disable-next-line no-control-regex -- the control characters are what it removes
  html.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/]]>/g, ']]]]><![CDATA[>');

// Every sample as a reader's comment on one post, all of them in one finished reply, and one in the post's title.
export async function importHostile(kanal: Kanal, samples: HostileSample[]): Promise<string> {
  const xml = generatedWxr(1, samples.length, (_p, c) => cdataSafe(samples[c]?.html ?? ''));
  const summary = await runImport(kanal, [{ name: 'hostile.xml', data: new Uint8Array(Buffer.from(xml)) }], 'wxr');
  const thread = summary.threads[0];
  if (!thread?.postId) throw new Error(`the hostile file did not import: ${JSON.stringify(summary.errors)}`);
  const first = (await kanal.services.threads.get({ id: thread.id })).comments[0];
  if (!first) throw new Error('no comments');
  await kanal.services.replies.create({
    threadId: thread.id,
    commentId: first.id,
    html: samples.map((sample) => sample.html).join('\n'),
    done: true,
  });
  await kanal.services.posts.save({
    id: thread.postId,
    title: '</script><script>alert(1)</script><img src=x onerror=alert(1)>',
  });
  return thread.postId;
}

// What each format's output holds that could run, load or submit.
export const liveMarkupIn: Record<ExportFormat, (content: string) => string[]> = {
  html: findLiveMarkup,
  fragment: findLiveMarkup,
  md: findLiveMarkdown,
  wxr: findLiveWxr,
};

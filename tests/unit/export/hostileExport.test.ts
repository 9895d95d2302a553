import { beforeEach, describe, expect, it } from 'vitest';
import { exportFormatSchema, type ExportFormat } from '../../../electron/core/api';
import { hostileMarkup } from '../../fixtures/hostile/hostileMarkup';
import { generatedWxr } from '../../helpers/generatedWxr';
import { runImport } from '../../helpers/runImport';
import { useTempKanal } from '../../helpers/useTempKanal';
import { findLiveMarkdown, findLiveMarkup, findLiveWxr } from './findLiveMarkup';

const ctx = useTempKanal();
let postId: string;

// Every hostile sample as a reader's comment, all of them in one reply, and in the post's title.
beforeEach(async () => {
  const kanal = ctx.kanal();
  // XML can carry neither control characters nor a "]]>" inside CDATA.
  const cdataSafe = (html: string) =>
    html.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/]]>/g, ']]]]><![CDATA[>');
  const xml = generatedWxr(1, hostileMarkup.length, (_p, c) => cdataSafe(hostileMarkup[c]?.html ?? ''));
  const summary = await runImport(kanal, [{ name: 'hostile.xml', data: new Uint8Array(Buffer.from(xml)) }], 'wxr');
  const thread = summary.threads[0];
  if (!thread?.postId) throw new Error(`the hostile file did not import: ${JSON.stringify(summary.errors)}`);
  postId = thread.postId;
  const first = (await kanal.services.threads.get({ id: thread.id })).comments[0];
  if (!first) throw new Error('no comments');
  await kanal.services.replies.create({
    threadId: thread.id,
    commentId: first.id,
    html: hostileMarkup.map((sample) => sample.html).join('\n'),
    done: true,
  });
  await kanal.services.posts.save({
    id: postId,
    title: '</script><script>alert(1)</script><img src=x onerror=alert(1)>',
  });
});

const finders: Record<ExportFormat, (content: string) => string[]> = {
  html: findLiveMarkup,
  fragment: findLiveMarkup,
  md: findLiveMarkdown,
  wxr: findLiveWxr,
};

describe('hostile comments, replies and titles in every export format', () => {
  it('are checked by a finder that does see live markup', () => {
    const found = findLiveMarkup(
      '<a href=" javascript:x" onclick="y" style="z">a</a><iframe></iframe><script>1</script>',
    );
    expect(found.sort()).toEqual(['<iframe>', 'a script', 'href= javascript:x', 'onclick on <a>', 'style on <a>']);
  });

  it.each(exportFormatSchema.options)(
    '%s leaves no script (but JSON-LD), handler, js:/data: URL, embedding or style',
    async (format) => {
      const file = await ctx
        .kanal()
        .services.export[format]({ postId, withThread: true, pingbacks: true, pending: true });
      expect(file.content.length).toBeGreaterThan(1000);
      expect(finders[format](file.content)).toEqual([]);
    },
  );
});

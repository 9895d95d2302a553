import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docText } from '../../electron/core/shared/content/docText';
import { BUILT_IN_CHANNEL_CODES } from './builtInChannelCodes';
import { runImport } from './runImport';
import { useTempKanal } from './useTempKanal';

type PastedThread = {
  // The file as the author picks it: a Swedish page's text pasted with every comment twice.
  file: () => { name: string; data: Uint8Array<ArrayBuffer> };
  title: string;
  bodyLine: string;
};

// What importing a pasted Swedish thread must do, the same for the project's own fixture and the external seed.
export function describePastedThreadImport(heading: string, thread: PastedThread): void {
  describe(heading, () => {
    const ctx = useTempKanal();
    const importIt = () => runImport(ctx.kanal(), [thread.file()], 'auto');

    it('creates the post in Swedish with its body and channels, and a thread of 7 comments', async () => {
      const summary = await importIt();
      expect(summary.errors).toEqual([]);
      expect(summary.skipped.duplicate).toBe(7);
      expect(summary.threads).toHaveLength(1);
      expect(summary.threads[0]).toMatchObject({
        title: thread.title,
        comments: 7,
        needsReply: 7,
        added: 7,
        newPost: true,
      });
      const post = await ctx.kanal().services.posts.get({ id: summary.threads[0]?.postId ?? '' });
      expect(post.lang).toBe('sv');
      expect(post.status).toBe('published');
      expect(docText(post.doc)).toContain(thread.bodyLine);
      expect(ctx.kanal().services.posts.list({})[0]?.channels).toEqual(BUILT_IN_CHANNEL_CODES);
    });

    it('changes nothing when the same file is imported again, not even the data file', async () => {
      await importIt();
      const before = ctx.kanal().services.threads.list();
      const rootBefore = statSync(ctx.temp().dataFile, { bigint: true });
      const again = await importIt();
      expect(again.threads[0]).toMatchObject({ added: 0, newThread: false, newPost: false, comments: 7 });
      expect(ctx.kanal().services.threads.list()).toEqual(before);
      const rootAfter = statSync(ctx.temp().dataFile, { bigint: true });
      expect([rootAfter.ino, rootAfter.mtimeNs]).toEqual([rootBefore.ino, rootBefore.mtimeNs]);
      expect(ctx.kanal().services.posts.list({})).toHaveLength(1);
    });

    it('joins an existing post with the same title instead of creating one', async () => {
      const post = await ctx.kanal().services.posts.create({ title: thread.title });
      const summary = await importIt();
      expect(summary.threads[0]).toMatchObject({ postId: post.id, newPost: false });
      expect((await ctx.kanal().services.posts.get({ id: post.id })).channels).toEqual([]);
    });
  });
}

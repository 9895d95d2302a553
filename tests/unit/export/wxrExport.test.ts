import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../helpers/runImport';
import { useTempKanal } from '../../helpers/useTempKanal';
import { exportPost, importExportBlog, type ExportBlog } from './exportBlog';

const ctx = useTempKanal();
let blog: ExportBlog;
beforeEach(async () => {
  blog = await importExportBlog(ctx.kanal());
});

// The file through a plain XML parser: every <wp:comment> as its fields.
function readWxr(xml: string) {
  const dom = parseDocument(xml, { xmlMode: true });
  const text = (parent: Element, name: string) => {
    const found = DomUtils.findOne((e) => e.name === name, parent.children, false);
    return found ? DomUtils.textContent(found) : undefined;
  };
  const items = DomUtils.findAll((e) => e.name === 'item', dom.children);
  const rss = DomUtils.findOne((e) => e.name === 'rss', dom.children);
  return {
    namespace: rss?.attribs['xmlns:wp'],
    version: DomUtils.textContent(DomUtils.findOne((e) => e.name === 'wp:wxr_version', dom.children) as Element),
    items: items.map((item) => ({
      title: text(item, 'title'),
      postDate: text(item, 'wp:post_date'),
      postType: text(item, 'wp:post_type'),
      postId: text(item, 'wp:post_id'),
      guid: text(item, 'guid'),
      comments: DomUtils.findAll((e) => e.name === 'wp:comment', item.children).map((c) => ({
        id: Number(text(c, 'wp:comment_id')),
        parent: Number(text(c, 'wp:comment_parent')),
        author: text(c, 'wp:comment_author'),
        email: text(c, 'wp:comment_author_email'),
        date: text(c, 'wp:comment_date'),
        dateGmt: text(c, 'wp:comment_date_gmt'),
        userId: text(c, 'wp:comment_user_id'),
        content: text(c, 'wp:comment_content'),
      })),
    })),
  };
}

const reimport = async (xml: string) =>
  runImport(ctx.kanal(), [{ name: 'kanal.xml', data: new Uint8Array(Buffer.from(xml)) }], 'auto');

describe('WXR export', () => {
  it('with replies only: the post as WordPress knows it and each reply a new comment above every id, in thread order', async () => {
    const file = await exportPost(ctx.kanal(), 'wxr', { postId: blog.postId, repliesOnly: true });
    const wxr = readWxr(file.content);
    expect(wxr.namespace).toBe('http://wordpress.org/export/1.2/');
    expect(wxr.version).toBe('1.2');
    expect(wxr.items).toHaveLength(1);
    const [item] = wxr.items;
    // post_exists matches title, post date (local) and post type exactly as imported.
    expect(item).toMatchObject({
      title: 'Kanaler för företag',
      postDate: '2024-03-01 09:00:00',
      postType: 'post',
      postId: '40',
      guid: 'https://kanal.example/?p=40',
    });
    const comments = item?.comments ?? [];
    expect(comments.map((c) => c.content)).toEqual([
      '<p>Tack, Anna!</p>',
      '<p>Ja, relationerna *bär*.</p>',
      expect.stringContaining('<a href="https://kanal.example/b2b"'),
    ]);
    const [toAnna, toBengt, followUp] = comments;
    expect(toAnna).toMatchObject({ parent: 401, author: 'Karin Skribent', email: 'karin@kanal.example', userId: '7' });
    expect(toBengt?.parent).toBe(403);
    expect(followUp?.parent).toBe(toBengt?.id);
    expect(comments.every((c) => c.id > 406)).toBe(true);
    expect(toBengt?.id ?? 0).toBeLessThan(followUp?.id ?? 0);
    // The blog is two hours ahead in summer, as its newest comments show.
    for (const c of comments) {
      const shift = Date.parse(`${c.date?.replace(' ', 'T')}Z`) - Date.parse(`${c.dateGmt?.replace(' ', 'T')}Z`);
      expect(shift).toBe(2 * 3600_000);
    }
  });

  it('with the thread: every comment keeps its WordPress id, author and local date, so WordPress skips what it has', async () => {
    const file = await exportPost(ctx.kanal(), 'wxr', { postId: blog.postId, withThread: true });
    const comments = readWxr(file.content).items[0]?.comments ?? [];
    const anna = comments.find((c) => c.id === 401);
    expect(anna).toMatchObject({ author: 'Anna Lind', date: '2024-03-01 11:00:00', dateGmt: '2024-03-01 10:00:00' });
    expect(comments.find((c) => c.id === 404)?.parent).toBe(403);
    expect(
      comments
        .map((c) => c.id)
        .filter((id) => id <= 406)
        .sort(),
    ).toEqual([401, 402, 403, 404, 405, 406]);
    expect(comments).toHaveLength(9);
    expect(anna?.content).not.toMatch(/<script/i);
  });

  it('reads back into Kanal into the same thread with nothing duplicated, the replies recognised as the replies', async () => {
    const { services } = ctx.kanal();
    const before = await services.threads.get({ id: blog.threadId });
    for (const options of [{ withThread: true }, { repliesOnly: true }]) {
      const file = await exportPost(ctx.kanal(), 'wxr', { postId: blog.postId, ...options });
      const summary = await reimport(file.content);
      expect(summary.errors).toEqual([]);
      expect(summary.threads.find((t) => t.id === blog.threadId)).toMatchObject({ added: 0, newThread: false });
      const after = await services.threads.get({ id: blog.threadId });
      expect(after.comments.map((c) => c.id)).toEqual(before.comments.map((c) => c.id));
      expect(after.replies.map((r) => r.id)).toEqual(before.replies.map((r) => r.id));
    }
    expect(services.threads.list()).toHaveLength(2);
    expect(services.posts.list({})).toHaveLength(2);
  });
});

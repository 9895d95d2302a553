import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/store/library';
import { runImport } from '../../helpers/runImport';
import { useTempKanal } from '../../helpers/useTempKanal';

const ctx = useTempKanal();

const wxr = (language: string, link: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blog</title><language>${language}</language><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Hostile post</title><link>${link}</link><guid isPermaLink="false">p1</guid>
<content:encoded><![CDATA[The post and the thread and the comments on it.]]></content:encoded>
<wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Anna</wp:comment_author>
<wp:comment_date_gmt>2020-01-01 10:00:00</wp:comment_date_gmt><wp:comment_content>Hello</wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
</item></channel></rss>`;

const file = (text: string) => ({ name: 'hostile.xml', data: new TextEncoder().encode(text) });

describe('post and thread fields from an export', () => {
  it.each(['x', 'en" onload="alert(1)', 'a'.repeat(40), '<b>sv</b>'])(
    'keeps the library readable when the export names the language %j',
    async (language) => {
      const summary = await runImport(ctx.kanal(), [file(wxr(language, 'https://blog.example/p1/'))], 'auto');
      expect(summary.errors).toEqual([]);
      const postId = summary.threads[0]?.postId ?? '';
      expect((await ctx.kanal().services.posts.get({ id: postId })).lang).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/);
      await ctx.kanal().close();
      // A file that no longer matches the schema would be set aside here, and the author would see an empty library.
      const reopened = await Library.open(ctx.temp().dataFile, { readOnly: true });
      expect(reopened.data.posts).toHaveLength(1);
    },
  );

  it('keeps a well-formed language of the export, in BCP 47 spelling', async () => {
    const summary = await runImport(ctx.kanal(), [file(wxr('sv_SE', 'https://blog.example/p1/'))], 'auto');
    expect((await ctx.kanal().services.posts.get({ id: summary.threads[0]?.postId ?? '' })).lang).toBe('sv-SE');
  });

  it.each([
    ['javascript:', 'javascript:alert(document.domain)'],
    ['data:', 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['relative', '/relative/path'],
    ['over 2000 characters', `https://blog.example/${'a'.repeat(3000)}`],
  ])('keeps no post or thread address but an http(s) one: %s', async (_kind, link) => {
    const summary = await runImport(ctx.kanal(), [file(wxr('en', link))], 'auto');
    expect(summary.threads[0]?.url).toBeNull();
    expect((await ctx.kanal().services.posts.get({ id: summary.threads[0]?.postId ?? '' })).url).toBeNull();
  });

  it('keeps an http(s) address of the post', async () => {
    const summary = await runImport(ctx.kanal(), [file(wxr('en', ' https://blog.example/p1/ '))], 'auto');
    expect(summary.threads[0]?.url).toBe('https://blog.example/p1/');
  });

  it.each(['constructor', '__proto__'])(
    'reads a comment whose status and type are %j, and its thread opens again',
    async (word) => {
      const text = wxr('en', 'https://blog.example/p1/').replace(
        '<wp:comment_approved>1</wp:comment_approved>',
        `<wp:comment_approved>${word}</wp:comment_approved><wp:comment_type>${word}</wp:comment_type>`,
      );
      const summary = await runImport(ctx.kanal(), [file(text)], 'auto');
      expect(summary.errors).toEqual([]);
      await ctx.kanal().close();
      const reopened = await Library.open(ctx.temp().dataFile, { readOnly: true });
      const thread = reopened.data.threads[0];
      if (!thread) throw new Error('no thread');
      const body = await reopened.readThreadBody(thread);
      expect(body.comments.map((c) => [c.status, c.kind])).toEqual([['pending', 'comment']]);
    },
  );

  it('reads a pasted comment whose date line names no month but "constructor"', async () => {
    const pasted = {
      name: 'pasted.txt',
      data: new TextEncoder().encode('Title\n\n1 comment on “Title”\n\n1. Anna says:\nconstructor 3, 2010\nHello\n'),
    };
    const summary = await runImport(ctx.kanal(), [pasted], 'auto');
    expect(summary.errors).toEqual([]);
    expect(summary.threads[0]?.comments).toBe(1);
  });
});

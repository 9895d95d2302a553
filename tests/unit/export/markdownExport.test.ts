import MarkdownIt from 'markdown-it';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docToHtml } from '../../../electron/core/content/docToHtml';
import { useTempKanal } from '../../helpers/useTempKanal';
import { exportPost, importExportBlog, type ExportBlog } from './exportBlog';
import { POST_BODY_TAGS } from '../../../electron/core/shared/policy/htmlPolicy';
import { findUnsafeHtml } from './findUnsafeHtml';
import { htmlStructure } from './htmlStructure';

const ctx = useTempKanal();
let blog: ExportBlog;
beforeEach(async () => {
  blog = await importExportBlog(ctx.kanal());
});

// Raw HTML on, as Jekyll's kramdown has it: anything the export failed to escape would show up as markup.
const markdown = new MarkdownIt({ html: true });

function split(content: string): { front: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
  if (!match) throw new Error('no front matter');
  return { front: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

describe('Markdown export', () => {
  it('writes front matter a YAML library reads back to the post’s own title, date, status, channels and language', async () => {
    const { services } = ctx.kanal();
    const channels = services.channels.list();
    for (const summary of services.posts.list({})) {
      const post = await services.posts.get({ id: summary.id });
      const { front } = split((await exportPost(ctx.kanal(), 'md', { postId: post.id })).content);
      expect(front).toEqual({
        title: post.title,
        date: post.publishedAt,
        draft: false,
        tags: post.channels.map((id) => channels.find((c) => c.id === id)?.code),
        slug: post.slug,
        lang: post.lang,
        description: expect.any(String),
      });
    }
    const nasty = services.posts.list({}).find((p) => p.title.startsWith('"Kvoter"'));
    expect(nasty?.title).toBe('"Kvoter": #1 – B2B & C2C? 🚀 Åäö [länk](x) *fet*');
  });

  it('renders back, with an independent Markdown library, to the same nodes as the post', async () => {
    const { services } = ctx.kanal();
    const post = await services.posts.get({ id: blog.postId });
    const { body } = split((await exportPost(ctx.kanal(), 'md', { postId: blog.postId })).content);
    const rendered = htmlStructure(markdown.render(body));
    expect(rendered).toEqual(htmlStructure(docToHtml(post.doc)));
    const tags = JSON.stringify(rendered);
    for (const tag of ['h2', 'strong', 'em', 's', 'code', 'pre', 'a', 'ul', 'ol', 'li', 'blockquote', 'hr', 'br'])
      expect(tags).toContain(`"tag":"${tag}"`);
    // The specials in the text stay text.
    expect(markdown.render(body)).toContain('*inte fet* och 1) inte lista &lt;b&gt;inte tagg&lt;/b&gt; # ingen rubrik');
  });

  it('appends the conversation: a heading per comment, answers as blockquotes, reader links kept, nothing executable', async () => {
    const { body } = split((await exportPost(ctx.kanal(), 'md', { postId: blog.postId, withThread: true })).content);
    const html = markdown.render(body);
    expect(findUnsafeHtml(html, POST_BODY_TAGS)).toEqual([]);
    const structure = htmlStructure(html);
    const headings = structure.filter((n) => typeof n !== 'string' && n.tag === 'h3');
    expect(headings.map((h) => JSON.stringify(h))).toEqual([
      expect.stringContaining('"href":"https://anna.example.org/"'),
      expect.stringContaining('Bengt'),
    ]);
    expect(structure).toContainEqual({ tag: 'h2', children: ['Kommentarer'] });
    const comments = structure.findIndex(
      (n) => typeof n !== 'string' && n.tag === 'h2' && n.children[0] === 'Kommentarer',
    );
    const quotes = structure
      .slice(comments)
      .filter((n) => typeof n !== 'string' && n.tag === 'blockquote')
      .map((q) => JSON.stringify(q));
    // Karin's own comment and her reply under Anna; Cecilia and Karin's reply (with its follow-up quoted inside) under Bengt.
    expect(quotes).toHaveLength(4);
    expect(quotes[3]).toContain('Ja, relationerna *bär*.');
    expect(quotes[3]).toMatch(/"tag":"blockquote".*"tag":"blockquote".*Och .*"href":"https:\/\/kanal.example\/b2b"/);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

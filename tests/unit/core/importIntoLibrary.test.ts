import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePastedThreadImport } from '../../helpers/pastedThreadImport';
import { runImport } from '../../helpers/runImport';
import { useTempKanal } from '../../helpers/useTempKanal';
import { fixturePath } from '../import/importFixture';

const fixture = (name: string) => ({ name, data: new Uint8Array(readFileSync(fixturePath(name))) });
const bytes = (name: string, text: string) => ({ name, data: new TextEncoder().encode(text) });

const wxr = (
  comments: { id: number; parent?: number; text: string; date: string }[],
) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blogg</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Kanaler i praktiken</title><link>https://blogg.example/kanaler/</link><guid isPermaLink="false">https://blogg.example/?p=5</guid>
<content:encoded><![CDATA[Om B2C och C2C i vardagen.]]></content:encoded>
<wp:post_id>5</wp:post_id><wp:post_name>kanaler</wp:post_name><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
${comments
  .map(
    (c) => `<wp:comment><wp:comment_id>${c.id}</wp:comment_id><wp:comment_author>Läsare ${c.id}</wp:comment_author>
<wp:comment_date_gmt>${c.date}</wp:comment_date_gmt><wp:comment_content><![CDATA[${c.text}]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${c.parent ?? 0}</wp:comment_parent></wp:comment>`,
  )
  .join('\n')}
</item></channel></rss>`;

const ctx = useTempKanal();

describePastedThreadImport('importing a Swedish post with its pasted thread', {
  file: () => fixture('pasted-sv-doubled.txt'),
  title: 'Fler vägar än B2B och B2C',
  bodyLine: 'C2C: Kunder talar med varandra.',
});

describe('a newer export of the same blog', () => {
  it('adds only the new comments, threaded under the ones already there', async () => {
    const first = wxr([
      { id: 1, text: 'Bra skrivet om B2C!', date: '2024-03-01 10:00:00' },
      { id: 2, parent: 1, text: 'Håller med.', date: '2024-03-01 11:00:00' },
    ]);
    const second = wxr([
      { id: 1, text: 'Bra skrivet om B2C!', date: '2024-03-01 10:00:00' },
      { id: 2, parent: 1, text: 'Håller med.', date: '2024-03-01 11:00:00' },
      { id: 3, parent: 2, text: 'Jag också.', date: '2024-03-02 09:00:00' },
    ]);
    const a = await runImport(ctx.kanal(), [bytes('blogg-mars.xml', first)], 'auto');
    const b = await runImport(ctx.kanal(), [bytes('blogg-april.xml', second)], 'auto');
    expect(a.threads[0]).toMatchObject({ added: 2, comments: 2 });
    expect(b.threads[0]).toMatchObject({ id: a.threads[0]?.id, added: 1, comments: 3, newThread: false });
    const view = await ctx.kanal().services.threads.get({ id: b.threads[0]?.id ?? '' });
    const [one, two, three] = view.comments;
    expect(two?.parentId).toBe(one?.id);
    expect(three?.parentId).toBe(two?.id);
    expect(three?.text).toBe('Jag också.');
  });
});

describe('a refused file', () => {
  it('imports nothing from it, while the good file beside it still lands', async () => {
    const before = readFileSync(ctx.temp().dataFile, 'utf8');
    const summary = await runImport(
      ctx.kanal(),
      [fixture('wxr-unclosed-item.xml'), bytes('tomt.xml', ''), bytes('blob.bin', '\u0000\u0001\u0002binary')],
      'auto',
    );
    expect(summary.threads).toEqual([]);
    expect(summary.errors.map((e) => [e.file, e.refused])).toEqual([
      ['wxr-unclosed-item.xml', true],
      ['tomt.xml', true],
      ['blob.bin', true],
    ]);
    for (const e of summary.errors) expect(e.message).toContain(e.file);
    expect(readFileSync(ctx.temp().dataFile, 'utf8')).toBe(before);
    expect(readdirSync(ctx.temp().folder).filter((f) => f.endsWith('.threads'))).toEqual([]);

    const mixed = await runImport(
      ctx.kanal(),
      [bytes('ok.xml', wxr([{ id: 1, text: 'Hej', date: '2024-01-01 00:00:00' }])), bytes('tomt.xml', '')],
      'auto',
    );
    expect(mixed.threads).toHaveLength(1);
    expect(mixed.errors).toHaveLength(1);
  });
});

describe('a blog with long threads', () => {
  it('keeps the 10-level reply chain, pending comments, pingbacks and trackbacks', async () => {
    const summary = await runImport(ctx.kanal(), [fixture('wxr-threads.xml')], 'auto');
    expect(summary.errors.filter((e) => e.refused)).toEqual([]);
    const byTitle = new Map(summary.threads.map((t) => [t.title, t]));
    const comments = byTitle.get('Threads, ten levels deep');
    expect(comments).toMatchObject({ comments: 18, needsReply: 10 });
    const view = await ctx.kanal().services.threads.get({ id: comments?.id ?? '' });
    const parent = new Map(view.comments.map((c) => [c.id, c.parentId]));
    const depth = (id: string | null): number => (id === null ? 0 : 1 + depth(parent.get(id) ?? null));
    expect(Math.max(...view.comments.map((c) => depth(c.id)))).toBe(10);
    const pings = await ctx.kanal().services.threads.get({ id: byTitle.get('Linkbacks')?.id ?? '' });
    expect(pings.comments.filter((c) => c.kind !== 'comment').every((c) => !c.needsReply)).toBe(true);
  });
});

describe('who wrote a comment', () => {
  it("marking one as the author's own, or naming the author in settings, lowers what needs a reply", async () => {
    const summary = await runImport(
      ctx.kanal(),
      [
        bytes(
          'x.xml',
          wxr([
            { id: 1, text: 'Fråga?', date: '2024-01-01 00:00:00' },
            { id: 2, text: 'Annan fråga', date: '2024-01-02 00:00:00' },
          ]),
        ),
      ],
      'auto',
    );
    const id = summary.threads[0]?.id ?? '';
    const view = await ctx.kanal().services.threads.get({ id });
    const [first] = view.comments;
    const marked = await ctx
      .kanal()
      .services.threads.markOwn({ threadId: id, commentId: first?.id ?? '', byAuthor: true });
    expect(marked).toMatchObject({ byAuthor: true, needsReply: false });
    expect(ctx.kanal().services.threads.list()[0]?.needsReply).toBe(1);
    await ctx.kanal().handlers['settings.save']({ authorNames: ['Läsare 2'] });
    expect(ctx.kanal().services.threads.list()[0]?.needsReply).toBe(0);
    const reset = await ctx
      .kanal()
      .services.threads.markOwn({ threadId: id, commentId: first?.id ?? '', byAuthor: null });
    expect(reset.needsReply).toBe(true);
  });
});

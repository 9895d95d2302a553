import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { useTempKanal } from '../../helpers/useTempKanal';
import { exportSeveral, importExportBlog } from './exportBlog';
import { htmlProblems } from './validateHtml';

const ctx = useTempKanal();

describe('several posts at once', () => {
  it('names each file by slug, never twice and never outside the folder, with an HTML index newest first', async () => {
    const { services } = ctx.kanal();
    await importExportBlog(ctx.kanal());
    await services.posts.create({ title: '../../etc/passwd' });
    await services.posts.create({ title: 'Kanaler' });
    await services.posts.create({ title: 'Index' });
    const files = await exportSeveral(ctx.kanal(), { format: 'html' });
    const names = files.map((f) => f.filename);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => /^[a-z0-9-]+\.html$/.test(name))).toBe(true);
    expect(names).toEqual(
      expect.arrayContaining(['etc-passwd.html', 'kanaler.html', 'kanaler-2.html', 'index.html', 'index-2.html']),
    );
    const page = files.find((f) => f.filename === 'index.html')?.content ?? '';
    expect(await htmlProblems(page)).toEqual([]);
    const links = DomUtils.findAll((e) => e.name === 'a', parseDocument(page).children);
    expect(links).toHaveLength(5);
    // The three new posts are newest; the imported ones follow by publication date.
    expect(links.slice(3).map((a) => DomUtils.textContent(a))).toEqual([
      '"Kvoter": #1 – B2B & C2C? 🚀 Åäö [länk](x) *fet*',
      'Kanaler för företag',
    ]);
    expect(links.map((a) => a.attribs['href']).sort()).toEqual(names.filter((n) => n !== 'index.html').sort());
  });

  it('picks posts by status and channel code, and refuses an unknown channel', async () => {
    const { services } = ctx.kanal();
    await importExportBlog(ctx.kanal());
    await services.posts.create({ title: 'Utkast' });
    const drafts = await exportSeveral(ctx.kanal(), { format: 'md', status: 'draft' });
    expect(drafts.map((f) => f.filename)).toEqual(['utkast.md']);
    const b2b = await exportSeveral(ctx.kanal(), { format: 'md', channel: 'b2b' });
    expect(b2b.length).toBeGreaterThan(0);
    expect(b2b.every((f) => /tags:\n(?: {2}- .*\n)* {2}- B2B\n/.test(f.content))).toBe(true);
    await expect(exportSeveral(ctx.kanal(), { format: 'md', channel: 'NOPE' })).rejects.toThrow(/No channel/);
  });
});

import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportFile, type ImportOptions } from '../../../electron/core/import';
import { inThreadRunner } from '../../../electron/core/import/worker/inThreadRunner';
import { applyImport } from '../../../electron/core/threads/applyImport';
import { testDeps } from '../../helpers/tempLibrary';
import { MAX_COMMENT_HTML_CHARS } from '../../../electron/core/import/importLimits';
import { runImport } from '../../helpers/runImport';
import { useTempKanal } from '../../helpers/useTempKanal';

interface SourceComment {
  id: number;
  text: string;
  approved?: string;
}

// Two posts with comments, as WordPress exports them; the first thread has spam, a duplicate and an overlong comment.
function wxr(first: SourceComment[], second: SourceComment[]): { name: string; data: Uint8Array<ArrayBuffer> } {
  const item = (post: number, comments: SourceComment[]) => `<item><title>Inlägg ${post} om B2C</title>
<link>https://blogg.example/${post}/</link><guid isPermaLink="false">https://blogg.example/?p=${post}</guid>
<content:encoded><![CDATA[<p>Om C2C i vardagen.</p>]]></content:encoded>
<wp:post_id>${post}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
${comments
  .map(
    (c) => `<wp:comment><wp:comment_id>${c.id}</wp:comment_id><wp:comment_author>Läsare ${c.id % 3}</wp:comment_author>
<wp:comment_date_gmt>2021-03-0${1 + (c.id % 3)} 10:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[${c.text}]]></wp:comment_content>
<wp:comment_approved>${c.approved ?? '1'}</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>`,
  )
  .join('\n')}
</item>`;
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blogg</title><wp:wxr_version>1.2</wp:wxr_version>
${item(1, first)}
${item(2, second)}
</channel></rss>`;
  return { name: 'blogg.xml', data: new TextEncoder().encode(text) };
}

const first: SourceComment[] = [
  { id: 1, text: 'Bra <em>skrivet</em>.' },
  { id: 2, text: 'Köp billigt!', approved: 'spam' },
  { id: 3, text: 'Håller med.' },
  { id: 6, text: 'Håller med.' },
  { id: 4, text: `<p>${'lång '.repeat(MAX_COMMENT_HTML_CHARS / 4)}</p>` },
];
const second: SourceComment[] = [{ id: 5, text: 'Tack för inlägget.' }];

const ctx = useTempKanal();

const threadFiles = (): string[] => readdirSync(`${ctx.temp().folder}/kanal.threads`).sort();

describe('importing the same export again', () => {
  it('reports the same threads, counts, drops and notes as before, and writes nothing', async () => {
    const firstTime = await runImport(ctx.kanal(), [wxr(first, second)]);
    expect(firstTime.skipped).toMatchObject({ spam: 1, duplicate: 1 });
    expect(firstTime.errors.map((e) => e.message)).toEqual([expect.stringContaining('only its first')]);
    const files = threadFiles();
    const root = statSync(ctx.temp().dataFile, { bigint: true });

    const again = await runImport(ctx.kanal(), [wxr(first, second)]);

    expect(again.skipped).toEqual(firstTime.skipped);
    expect(again.errors).toEqual(firstTime.errors);
    expect(again.threads).toEqual(
      firstTime.threads.map((thread) => ({ ...thread, added: 0, newThread: false, newPost: false })),
    );
    const rootAfter = statSync(ctx.temp().dataFile, { bigint: true });
    expect([rootAfter.ino, rootAfter.mtimeNs]).toEqual([root.ino, root.mtimeNs]);
    expect(threadFiles()).toEqual(files);
  });

  it('adds what one thread gained, and leaves the other thread as it was', async () => {
    const firstTime = await runImport(ctx.kanal(), [wxr(first, second)]);
    const secondThread = firstTime.threads[1]?.id ?? '';
    const before = await ctx.kanal().services.threads.get({ id: secondThread });

    const later = await runImport(ctx.kanal(), [wxr([...first, { id: 7, text: 'En ny fråga?' }], second)]);

    expect(later.threads.map((t) => [t.added, t.comments])).toEqual([
      [1, (firstTime.threads[0]?.comments ?? 0) + 1],
      [0, 1],
    ]);
    expect(later.skipped).toEqual(firstTime.skipped);
    expect(await ctx.kanal().services.threads.get({ id: secondThread })).toEqual(before);
    // Imported a third time, nothing is added to either thread.
    const third = await runImport(ctx.kanal(), [wxr([...first, { id: 7, text: 'En ny fråga?' }], second)]);
    expect(third.threads.map((t) => [t.added, t.comments])).toEqual(later.threads.map((t) => [0, t.comments]));
  });
});

describe('reading an export against the digests of the last import', () => {
  const options: ImportOptions = { format: 'auto', identities: { names: [], emails: [] } };

  it('leaves the comments of a thread read exactly as before uncleaned, with the drops and notes it had', async () => {
    const once = await parseImportFile(wxr(first, second), options);
    const known = once.threads.map((thread) => thread.importDigest);
    const again = await parseImportFile(wxr(first, second), { ...options, known });
    expect(again.threads.map((t) => [t.unchanged, t.comments.length])).toEqual([
      [true, 0],
      [true, 0],
    ]);
    expect(again.threads.map((t) => t.suggestedText)).toEqual(once.threads.map((t) => t.suggestedText));
    expect([again.skipped, again.warnings]).toEqual([once.skipped, once.warnings]);

    const changed = await parseImportFile(wxr(first, [...second, { id: 8, text: 'Och jag!' }]), { ...options, known });
    expect(changed.threads.map((t) => [t.unchanged, t.comments.length])).toEqual([
      [true, 0],
      [false, 2],
    ]);
  });

  it('reads a thread in full again once the author’s own names change', async () => {
    const once = await parseImportFile(wxr(first, second), options);
    const known = once.threads.map((thread) => thread.importDigest);
    const renamed = { ...options, identities: { names: ['Läsare 1'], emails: [] }, known };
    const again = await parseImportFile(wxr(first, second), renamed);
    expect(again.threads.map((t) => t.unchanged)).toEqual([false, false]);
    expect(again.threads[0]?.comments.filter((c) => c.byAuthorSource).map((c) => c.externalId)).toEqual(['1', '4']);
  });
});

describe('a file read against digests the library no longer holds', () => {
  it('is not applied from that reading: nothing changes, and the caller reads it whole', async () => {
    const library = ctx.kanal().library;
    await runImport(ctx.kanal(), [wxr(first, second)]);
    const identities = { names: [], emails: [] };
    const known = library.data.threads.flatMap((thread) => (thread.importDigest ? [thread.importDigest] : []));
    const stale = await parseImportFile(wxr(first, second), { format: 'auto', identities, known });
    // Meanwhile the first thread gains a comment, and with it another digest.
    await runImport(ctx.kanal(), [wxr([...first, { id: 7, text: 'En ny fråga?' }], second)]);
    const threadsBefore = ctx.kanal().services.threads.list();

    expect(await applyImport(library, testDeps(), inThreadRunner, stale, 'blogg.xml')).toBeNull();
    expect(ctx.kanal().services.threads.list()).toEqual(threadsBefore);

    const whole = await parseImportFile(wxr(first, second), { format: 'auto', identities });
    const applied = await applyImport(library, testDeps(), inThreadRunner, whole, 'blogg.xml');
    expect(applied?.map((t) => [t.added, t.comments])).toEqual(threadsBefore.map((t) => [0, t.comments]));
  });
});

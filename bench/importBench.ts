import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { parseImportFile } from '../electron/core/import';
import { MAX_IMPORT_STATUS_WAIT_MS } from '../electron/core/api';
import { openKanal, type Kanal } from '../electron/core/openKanal';
import { followImport } from '../electron/core/shared/followImport';
import { median, medianMs, timeMs } from './measure';

const POSTS = 500;
const COMMENTS_PER_POST = 20;

const paragraph = (i: number): string =>
  `<p>Stycke ${i}: sociala nätverk skapar nya kommunikationsvägar mellan företag och konsument, B2B och B2C, C2C och E2E. ` +
  'Konsumenten pratar för full hals, inte för att vi måste utan för att vi vill och kan.</p>';

// Every fourth comment carries markup, every third answers the one before: the mix real blogs have.
function comment(post: number, i: number): string {
  const id = post * 100 + i + 1;
  const parent = i % 3 === 2 ? id - 1 : 0;
  const body =
    i % 4 === 0
      ? `Bra skrivet! Läs <a href="https://exempel.se/${id}">mitt svar</a> och <em>tänk</em> på C2E.\n\nAndra stycket ${id}.`
      : `Tack för inlägget nummer ${post}. Jag håller med om det mesta, men inte om allt.\nRad två i kommentar ${id}.`;
  return `    <wp:comment>
      <wp:comment_id>${id}</wp:comment_id>
      <wp:comment_author><![CDATA[Läsare ${i % 37}]]></wp:comment_author>
      <wp:comment_author_email>lasare${i % 37}@example.org</wp:comment_author_email>
      <wp:comment_author_url>https://lasare${i % 37}.example.org/</wp:comment_author_url>
      <wp:comment_author_IP>127.0.0.1</wp:comment_author_IP>
      <wp:comment_date>2020-01-${String((i % 28) + 1).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00</wp:comment_date>
      <wp:comment_date_gmt>2020-01-${String((i % 28) + 1).padStart(2, '0')} 09:${String(i % 60).padStart(2, '0')}:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[${body}]]></wp:comment_content>
      <wp:comment_approved>${i % 19 === 0 ? '0' : '1'}</wp:comment_approved>
      <wp:comment_type><![CDATA[${i === 7 ? 'pingback' : ''}]]></wp:comment_type>
      <wp:comment_parent>${parent}</wp:comment_parent>
      <wp:comment_user_id>${i % 10 === 5 ? 1 : 0}</wp:comment_user_id>
    </wp:comment>`;
}

function item(post: number): string {
  const comments = Array.from({ length: COMMENTS_PER_POST }, (_, i) => comment(post, i)).join('\n');
  const content = Array.from({ length: 10 }, (_, i) => paragraph(i)).join('\n');
  return `  <item>
    <title>Inlägg ${post}</title>
    <link>https://kanal.example/${post}/</link>
    <pubDate>Wed, 01 Jan 2020 08:00:00 +0000</pubDate>
    <dc:creator><![CDATA[karin]]></dc:creator>
    <guid isPermaLink="false">https://kanal.example/?p=${post}</guid>
    <content:encoded><![CDATA[${content}]]></content:encoded>
    <wp:post_id>${post}</wp:post_id>
    <wp:post_date_gmt>2020-01-01 08:00:00</wp:post_date_gmt>
    <wp:post_name>inlagg-${post}</wp:post_name>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
    <category domain="category" nicename="kommunikation"><![CDATA[Kommunikation]]></category>
${comments}
  </item>`;
}

export function generateWxr(): string {
  const items = Array.from({ length: POSTS }, (_, post) => item(post + 1)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Kanalbloggen</title>
  <language>sv-SE</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:author><wp:author_id>1</wp:author_id><wp:author_login>karin</wp:author_login><wp:author_email>karin@kanal.example</wp:author_email><wp:author_display_name>Karin</wp:author_display_name></wp:author>
${items}
</channel>
</rss>
`;
}

// The floor: the same strict, namespace-aware parser over the same bytes, doing nothing but counting elements.
export function bareParse(data: Uint8Array): number {
  const parser = new SaxesParser({ xmlns: true });
  let elements = 0;
  parser.on('opentag', () => {
    elements++;
  });
  parser.write(new TextDecoder().decode(data)).close();
  return elements;
}

// Imports the export as the app does, as a job, and waits for its summary.
export function importInto(kanal: Kanal, data: Uint8Array<ArrayBuffer>) {
  const job = kanal.services.imports.start({ files: [{ name: 'export.xml', data }], format: 'auto' });
  return followImport(kanal.services.imports, job, { waitMs: MAX_IMPORT_STATUS_WAIT_MS });
}

// A full import of a generated ~10 MB WordPress export (500 posts, 10,000 threaded comments) against a bare parse.
export async function importBench(): Promise<{ name: string; ratio: number; details: string }[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-import-'));
  try {
    const file = join(folder, 'export.xml');
    await writeFile(file, generateWxr());
    const data = new Uint8Array(await readFile(file));
    let comments = 0;
    const importMs = await medianMs(3, async () => {
      const result = await parseImportFile(
        { name: 'export.xml', data },
        { format: 'auto', identities: { names: [], emails: [] } },
      );
      comments = result.threads.reduce((sum, t) => sum + t.comments.length, 0);
    });
    const bareMs = await medianMs(3, () => bareParse(data));
    // Into a fresh library each time: the first import creates every post and thread, the second finds nothing new.
    const firstRuns: number[] = [];
    const againRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      const kanal = await openKanal(join(folder, `library-${run}`, 'kanal.json'));
      firstRuns.push(await timeMs(() => importInto(kanal, data)));
      againRuns.push(await timeMs(() => importInto(kanal, data)));
      await kanal.close();
    }
    const libraryMs = median(firstRuns);
    const reimportMs = median(againRuns);
    const megabytes = data.byteLength / 1e6;
    return [
      {
        name: 'import of a 10 MB WordPress export vs a bare saxes parse',
        ratio: importMs / bareMs,
        details:
          `${megabytes.toFixed(1)} MB, ${POSTS} posts, ${comments} comments kept; import ${importMs.toFixed(0)} ms ` +
          `(${(megabytes / (importMs / 1000)).toFixed(1)} MB/s), bare parse ${bareMs.toFixed(0)} ms`,
      },
      {
        name: 'the same export into a new library (500 new posts, 500 thread files) vs a bare saxes parse',
        ratio: libraryMs / bareMs,
        details: `import ${libraryMs.toFixed(0)} ms; importing it again (nothing new) ${reimportMs.toFixed(0)} ms = ${(reimportMs / bareMs).toFixed(2)}x`,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

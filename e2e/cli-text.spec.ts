import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './fixtures';

// `kanal thread` and `kanal queue` as a person reads them in a terminal.
let folder: string;
const kanal = (...args: string[]) =>
  spawnSync(process.execPath, [join(projectRoot, 'bin', 'kanal.mjs'), ...args, '--data', join(folder, 'kanal.json')], {
    encoding: 'utf8',
  });

const long = 'Kommunikationskanaler mellan företag och konsumenter förändras hela tiden. '.repeat(8);
const comment = (id: number, parent: number, author: string, html: string) =>
  `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author>${author}</wp:comment_author>` +
  `<wp:comment_date_gmt>2024-03-0${id} 10:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[${html}]]></wp:comment_content>` +
  `<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`;
const wxr =
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">` +
  `<channel><title>Blogg</title><wp:wxr_version>1.2</wp:wxr_version><item><title>Kanaler</title><link>https://blogg.example/kanaler/</link>` +
  `<guid isPermaLink="false">p1</guid><content:encoded>Text.</content:encoded><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>` +
  comment(1, 0, 'Anna', '<p>Första stycket.</p><p>Andra stycket.</p>') +
  comment(2, 1, 'Bo', `<p>Svar på första raden.</p><p>${long}</p>`) +
  `</item></channel></rss>`;

test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kanal-cli-text-'));
  writeFileSync(join(folder, 'blogg.xml'), wxr);
  expect(kanal('import', join(folder, 'blogg.xml')).status).toBe(0);
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('a thread keeps the tree’s indentation for every line of a comment and cuts long ones at a word', () => {
  const [thread] = JSON.parse(kanal('threads', '--json').stdout) as { id: string }[];
  const lines = kanal('thread', thread?.id ?? '')
    .stdout.trimEnd()
    .split('\n');
  expect(lines.slice(0, 5)).toEqual([
    'Kanaler  <https://blogg.example/kanaler/>',
    '- Anna 2024-03-01T10:00:00.000Z [needs reply]: Första stycket.',
    '  Andra stycket.',
    '  - Bo 2024-03-02T10:00:00.000Z [needs reply]: Svar på första raden.',
    expect.stringMatching(/^ {4}Kommunikationskanaler mellan .*[a-zö]…$/),
  ]);
  expect(lines).toHaveLength(5);
  expect(long.startsWith(lines[4]?.trim().replace(/…$/, '') ?? '-')).toBe(true);
});

test('the queue shows each comment on one line, cut at a word', () => {
  const bo = kanal('queue')
    .stdout.split('\n')
    .find((line) => line.includes(' Bo on '));
  expect(bo).toMatch(/: Svar på första raden\. Kommunikationskanaler mellan företag och konsumenter… {2}\(/);
});

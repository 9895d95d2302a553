import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { openTextFile } from '../../../electron/core/import/bytes/openTextFile';
import { normalizeImport } from '../../../electron/core/import/normalize/normalizeImport';
import { parseByFormat } from '../../../electron/core/import/parseByFormat';
import { generatedWxr } from '../../helpers/generatedWxr';

describe('normalizing a big export', () => {
  it('lets the event loop run between slices, so the window is answered meanwhile', async () => {
    const html = (post: number, comment: number) =>
      `<p>Kommentar ${comment} till <b>inlägg</b> ${post}, med <a href="https://exempel.se/${comment}">en länk</a>.</p>`;
    const data = new TextEncoder().encode(generatedWxr(300, 20, html));
    const parsed = await parseByFormat('wxr', openTextFile('export.xml', data));
    let turns = 0;
    let running = true;
    const ticker = (async () => {
      while (running) {
        await nextTurn();
        turns += 1;
      }
    })();
    const normalized = await normalizeImport(parsed, { names: [], emails: [] });
    running = false;
    await ticker;
    expect(normalized.threads).toHaveLength(300);
    expect(turns).toBeGreaterThan(2);
  });
});

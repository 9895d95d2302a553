import { describe, expect, it } from 'vitest';
import { mergeComments } from '../../../electron/core/import';
import { needsReplyIds } from '../../../electron/core/threads/needsReply';
import { threadTitled } from '../../unit/import/importFixture';
import { importCorpusFile } from '../corpusFixtures';

describe('needsReply on the theme unit test data', () => {
  it('on “Template: Comments”: the author answered two comments and wrote three', async () => {
    const thread = threadTitled(await importCorpusFile('wxr/theme-unit-test-data.xml'), 'Template: Comments');
    let n = 0;
    const { comments } = mergeComments([], thread.comments, () => `id${++n}`);
    const waiting = needsReplyIds({ comments, replies: [] });
    const external = (id: string) => comments.find((c) => c.id === id)?.externalId;
    expect(waiting.size).toBe(15);
    expect([...waiting].map(external)).not.toContain('907');
    expect([...waiting].map(external)).not.toContain('914');
    expect([...waiting].map(external)).toContain('1015');
  });
});

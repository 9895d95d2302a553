import { beforeEach, describe, expect, it } from 'vitest';
import { exportFormatSchema } from '../../../electron/core/api';
import { hostileMarkup } from '../../fixtures/hostile/hostileMarkup';
import { useTempKanal } from '../../helpers/useTempKanal';
import { findLiveMarkup } from './findLiveMarkup';
import { exportPost } from './exportBlog';
import { importHostile, liveMarkupIn } from './importHostile';

const ctx = useTempKanal();
let postId: string;
beforeEach(async () => {
  postId = await importHostile(ctx.kanal(), hostileMarkup);
});

describe('hostile comments, replies and titles in every export format', () => {
  it('are checked by a finder that does see live markup', () => {
    const found = findLiveMarkup(
      '<a href=" javascript:x" onclick="y" style="z">a</a><iframe></iframe><script>1</script>',
    );
    expect(found.sort()).toEqual(['<iframe>', 'a script', 'href= javascript:x', 'onclick on <a>', 'style on <a>']);
  });

  it.each(exportFormatSchema.options)(
    '%s leaves no script (but JSON-LD), handler, js:/data: URL, embedding or style',
    async (format) => {
      const file = await exportPost(ctx.kanal(), format, { postId, withThread: true, pingbacks: true, pending: true });
      expect(file.content.length).toBeGreaterThan(1000);
      expect(liveMarkupIn[format](file.content)).toEqual([]);
    },
  );
});

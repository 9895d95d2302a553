import { describe, expect, it } from 'vitest';
import { COMMENT_TAGS } from '../../../electron/core/shared/policy/htmlPolicy';
import { promisedCommentTags } from '../../fixtures/hostile/promisedCommentTags';

describe('the comment tags the README promises', () => {
  it('are the tags the policy keeps, no more and no fewer', () => {
    expect([...promisedCommentTags()].sort()).toEqual([...COMMENT_TAGS].sort());
  });
});

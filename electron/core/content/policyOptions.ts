import type sanitizeHtml from 'sanitize-html';
import { DROPPED_WITH_CONTENT, LINK_SCHEMES, LIST_START, type TagAttributes, type TagRenames } from '../shared/policy';

type Transforms = Record<string, sanitizeHtml.Transformer>;

const renamedTo =
  (tagName: string) =>
  (_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => ({ tagName, attribs });

// An ordered list keeps its start only when it is a plain number.
export function listStart(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const start = attribs['start']?.trim() ?? '';
  return LIST_START.test(start) ? { start } : {};
}

interface AllowList {
  tags: readonly string[];
  attributes: TagAttributes;
  renames?: TagRenames;
  // Per-tag rules for what attributes keep (a link's address, a list's start), applied after the renames.
  transforms?: Transforms;
}

// sanitize-html options for one of the policy's allow-lists; everything else about sanitizing is the same for all.
export function policyOptions({ tags, attributes, renames = {}, transforms = {} }: AllowList): sanitizeHtml.IOptions {
  const renaming = Object.fromEntries(Object.entries(renames).map(([from, to]) => [from, renamedTo(to)]));
  return {
    allowedTags: [...tags],
    allowedAttributes: Object.fromEntries(Object.entries(attributes).map(([tag, names]) => [tag, [...names]])),
    allowedSchemes: [...LINK_SCHEMES],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: [...DROPPED_WITH_CONTENT],
    parseStyleAttributes: false,
    transformTags: { ...renaming, ...transforms },
  };
}

import { docText } from '../shared/content/docText';
import { slugify } from '../shared/content/slugify';
import { summarizeText } from '../shared/content/summarizeText';
import { validateDoc } from '../shared/content/validateDoc';
import { exportedPublishDate } from '../shared/export/exportedPublishDate';
import { withoutTrailingEmptyParagraphs } from '../shared/export/withoutTrailingEmptyParagraphs';
import { isAllowedUrl, WEB_SCHEMES } from '../shared/policy';
import type { Channel, Doc, Post } from '../shared/schema';
import { exportLabels } from './exportLabels';
import { postChannels } from './postChannels';

// What every export format says about a post, worked out once.
export interface PostFacts {
  post: Post;
  doc: Doc;
  title: string;
  text: string;
  description: string;
  lang: string;
  // Only a published post has one.
  published: string | null;
  // What orders posts newest first: the publication date, or the last change of one not yet published.
  sortDate: string;
  channels: Channel[];
  codes: string[];
  // The post's own address, when it is on the web.
  url: string | null;
  // A file- and URL-safe name, never empty.
  slug: string;
  // Where the export's pictures are, by the src a post's image node has (see placePictures).
  pictureAddress: (src: string) => string;
}

export function postFacts(
  post: Post,
  channels: Channel[],
  pictureAddress: (src: string) => string = (src) => src,
): PostFacts {
  const doc = withoutTrailingEmptyParagraphs(validateDoc(post.doc));
  const text = docText(doc);
  const tagged = postChannels(post, channels);
  return {
    post,
    doc,
    title: post.title.trim() || exportLabels(post.lang).untitled,
    text,
    description: summarizeText(text, 160),
    lang: post.lang,
    published: exportedPublishDate(post),
    sortDate: post.publishedAt ?? post.updatedAt,
    channels: tagged,
    codes: tagged.map((channel) => channel.code),
    url: post.url && isAllowedUrl(post.url, WEB_SCHEMES) ? post.url : null,
    slug: slugify(post.slug ?? '') || slugify(post.title) || 'post',
    pictureAddress,
  };
}

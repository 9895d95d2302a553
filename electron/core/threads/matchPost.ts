import type { PostInfo } from '../shared/schema';

// Trailing slashes are cut by hand: /\/+$/ rescans a long run of slashes from each of them.
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end--;
  return text.slice(0, end);
}

const normalizeUrl = (url: string): string =>
  withoutTrailingSlashes(url.trim().replace(/^https?:\/\//i, '')).toLowerCase();
const normalizeTitle = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();

interface PostSource {
  url: string | null;
  slug: string | null;
  title: string;
}

const keepFirst = (index: Map<string, PostInfo>, key: string, post: PostInfo): void => {
  if (!index.has(key)) index.set(key, post);
};

// An imported thread belongs to the author's existing post with the same URL, slug or title, in that order; the
// first such post in the list wins. Indexed once, so an import matches hundreds of threads against thousands of posts.
export class PostMatcher {
  private readonly byUrl = new Map<string, PostInfo>();
  private readonly bySlug = new Map<string, PostInfo>();
  private readonly byTitle = new Map<string, PostInfo>();

  constructor(posts: PostInfo[]) {
    for (const post of posts) this.add(post);
  }

  // A post added after the ones indexed (one this import made) comes after them.
  add(post: PostInfo): void {
    if (post.deletedAt !== null) return;
    if (post.url) keepFirst(this.byUrl, normalizeUrl(post.url), post);
    if (post.slug) keepFirst(this.bySlug, post.slug, post);
    keepFirst(this.byTitle, normalizeTitle(post.title), post);
  }

  match(source: PostSource): PostInfo | null {
    const url = source.url ? normalizeUrl(source.url) : null;
    const title = normalizeTitle(source.title);
    return (
      (url ? this.byUrl.get(url) : undefined) ??
      (source.slug ? this.bySlug.get(source.slug) : undefined) ??
      (title ? this.byTitle.get(title) : undefined) ??
      null
    );
  }
}

export const matchPost = (posts: PostInfo[], source: PostSource): PostInfo | null =>
  new PostMatcher(posts).match(source);

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

// An imported thread belongs to the author's existing post with the same URL, slug or title, in that order.
export function matchPost(
  posts: PostInfo[],
  source: { url: string | null; slug: string | null; title: string },
): PostInfo | null {
  const live = posts.filter((p) => p.deletedAt === null);
  const url = source.url ? normalizeUrl(source.url) : null;
  const byUrl = url ? live.find((p) => p.url && normalizeUrl(p.url) === url) : undefined;
  const bySlug = source.slug ? live.find((p) => p.slug === source.slug) : undefined;
  const title = normalizeTitle(source.title);
  const byTitle = title ? live.find((p) => normalizeTitle(p.title) === title) : undefined;
  return byUrl ?? bySlug ?? byTitle ?? null;
}

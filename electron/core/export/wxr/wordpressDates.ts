import type { ThreadBody, WordPressPost } from '../../shared/schema';

const pad = (n: number): string => String(n).padStart(2, '0');

// A moment as WordPress writes it, "2024-03-02 11:00:00", in UTC shifted by the blog's offset in minutes.
export function wordpressDate(iso: string, offsetMinutes = 0): string {
  const date = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

// How far a WordPress local date is ahead of UTC, in minutes, or null when either is missing.
function offsetOf(local: string, utc: string | null): number | null {
  if (!utc || !/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(local)) return null;
  const asUtc = Date.parse(`${local.replace(' ', 'T')}Z`);
  const moment = Date.parse(utc.includes('T') ? utc : `${utc.replace(' ', 'T')}Z`);
  if (Number.isNaN(asUtc) || Number.isNaN(moment)) return null;
  return Math.round((asUtc - moment) / 60_000);
}

// The blog's offset from UTC, as its newest comment with both dates shows it (summer time moves it), else its post.
export function blogOffsetMinutes(bodies: ThreadBody[], post: WordPressPost | undefined): number {
  const dated = bodies
    .flatMap((body) => body.comments)
    .filter((comment) => comment.wordpress && comment.date)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  for (const comment of dated.reverse()) {
    const offset = offsetOf(comment.wordpress?.date ?? '', comment.date);
    if (offset !== null) return offset;
  }
  return (post && offsetOf(post.postDate, post.postDateGmt)) ?? 0;
}

// An RFC 822 date for the item's pubDate.
export const rssDate = (iso: string): string => new Date(iso).toUTCString().replace('GMT', '+0000');

import { escapeHtml } from '../shared/policy';
import { formatDate } from './formatDate';

// The dt-published element of a published post, in the post's language; nothing for one not yet published.
export function publishedTime(published: string | null, lang: string): string {
  if (!published) return '';
  return ` <time class="dt-published" datetime="${escapeHtml(published)}">${escapeHtml(formatDate(published, lang))}</time>`;
}

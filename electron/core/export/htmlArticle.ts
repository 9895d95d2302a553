import { postBodyHtml } from './postBodyHtml';
import { escapeHtml } from '../shared/policy';
import type { Channel } from '../shared/schema';
import type { ConversationEntry } from './conversation';
import { exportLabels } from './exportLabels';
import { publishedTime } from './publishedTime';
import { htmlConversation } from './htmlConversation';
import { channelDescription } from './postChannels';
import type { PostFacts } from './postFacts';

function channelList(channels: Channel[], lang: string): string {
  if (channels.length === 0) return '';
  const items = channels.map((channel) => {
    const description = channelDescription(channel, lang);
    const title = description ? ` title="${escapeHtml(description)}"` : '';
    return `<li><span class="p-category"${title}>${escapeHtml(channel.code)}</span></li>`;
  });
  return `<ul class="channels" title="${escapeHtml(exportLabels(lang).channels)}">${items.join('')}</ul>`;
}

// The post as an h-entry article (no <header>: tools that check a fragment is no whole page look for "<head"), with the conversation inside it when given: the fragment, and the page's body.
export function htmlArticle(facts: PostFacts, entries: ConversationEntry[] | null): string {
  const { lang, published } = facts;
  return [
    '<article class="h-entry">',
    '<div class="entry-meta">',
    `<h1 class="p-name">${escapeHtml(facts.title)}</h1>`,
    publishedTime(published, lang),
    channelList(facts.channels, lang),
    '</div>',
    `<div class="e-content">\n${postBodyHtml(facts)}\n</div>`,
    entries ? htmlConversation(entries, lang, exportLabels(lang)) : '',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

import type { Channel, PostInfo } from '../shared/schema';

// The post's channels in the post's order; a post keeps channel ids, but an imported one may carry codes.
export function postChannels(post: Pick<PostInfo, 'channels'>, channels: Channel[]): Channel[] {
  const found = post.channels
    .map((key) => channels.find((channel) => channel.id === key) ?? channels.find((channel) => channel.code === key))
    .filter((channel): channel is Channel => channel !== undefined);
  return [...new Set(found)];
}

// The channel's description in the post's language: Swedish for sv, sv-SE, …; English otherwise; either when one is empty.
export function channelDescription(channel: Channel, lang: string): string {
  const swedish = lang.toLowerCase().startsWith('sv');
  const preferred = swedish ? channel.description.sv : channel.description.en;
  const other = swedish ? channel.description.en : channel.description.sv;
  return preferred.trim() || other.trim();
}

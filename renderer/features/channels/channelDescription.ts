import type { Channel } from '../../../electron/core/shared/schema';

// The description in the UI language, falling back to the other one when it is empty.
export const channelDescription = (channel: Channel, language: string): string => {
  const preferred = language.startsWith('sv') ? channel.description.sv : channel.description.en;
  return preferred || channel.description.en || channel.description.sv;
};

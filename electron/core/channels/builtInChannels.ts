import list from '../../../resources/channels.json';
import type { Channel } from '../shared/schema';

// The nine channels of the post Kanal started from; ids are stable so tags survive a rename.
export const builtInChannels = (): Channel[] =>
  list.map((c) => ({ id: c.code.toLowerCase(), code: c.code, description: { en: c.en, sv: c.sv }, builtIn: true }));

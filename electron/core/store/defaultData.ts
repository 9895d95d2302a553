import { builtInChannels } from '../channels/builtInChannels';
import { SCHEMA_VERSION, type RootData } from '../shared/schema';

export const defaultData = (): RootData => ({
  schemaVersion: SCHEMA_VERSION,
  posts: [],
  bodiesAhead: [],
  channels: builtInChannels(),
  threads: [],
  settings: { authorNames: [], authorEmails: [], uiLanguage: 'en', theme: 'system' },
  snippets: [],
});

// A library as Kanal wrote it at schema version 2: one file, with the text of every post inside it.
export const schemaV2Post = (id: string, title: string, doc: unknown) => ({
  id,
  title,
  doc,
  channels: [],
  status: 'draft',
  lang: 'sv',
  url: null,
  slug: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
  publishedAt: null,
  deletedAt: null,
});

export const schemaV2Root = (posts: unknown[], uiLanguage: 'en' | 'sv') => ({
  schemaVersion: 2,
  posts,
  channels: [],
  threads: [],
  settings: { authorNames: [], authorEmails: [], uiLanguage, theme: 'system' },
  snippets: [],
});

import type { Deps } from '../deps';
import { notFound } from '../errors';
import type { ServiceOf } from '../handlerTypes';
import type { Library } from '../store/library';
import type { RootData, Snippet } from '../shared/schema';

// Saved replies, in the order the author made them; the renderer fills their placeholders (fillSnippet).
export function snippetsService(library: Library, deps: Deps) {
  const find = (data: RootData, id: string): Snippet => {
    const snippet = data.snippets.find((s) => s.id === id);
    if (!snippet) throw notFound('saved reply', id);
    return snippet;
  };

  return {
    list(): Snippet[] {
      return library.data.snippets;
    },

    create(input) {
      const snippet: Snippet = { id: deps.newId(), title: input.title, text: input.text };
      return library.commit((data) => {
        data.snippets.push(snippet);
        return { result: snippet };
      });
    },

    async update(input) {
      find(library.data, input.id);
      return library.commit((data) => {
        const old = find(data, input.id);
        const next: Snippet = { ...old, title: input.title ?? old.title, text: input.text ?? old.text };
        data.snippets = data.snippets.map((s) => (s === old ? next : s));
        return { result: next };
      });
    },

    async delete(input) {
      find(library.data, input.id);
      return library.commit((data) => {
        data.snippets = data.snippets.filter((s) => s.id !== input.id);
        return { result: { id: input.id } };
      });
    },
  } satisfies ServiceOf<'snippets'>;
}

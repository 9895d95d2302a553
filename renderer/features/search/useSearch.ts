import { useEffect, useRef, useState } from 'react';
import type { SearchResult } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';

// Typing pauses this long before a query is sent; each key would otherwise ask the core again.
export const SEARCH_DEBOUNCE_MS = 150;
// Hits shown per kind; the counts still tell how many there are in all.
export const SEARCH_LIMIT = 8;

export interface SearchAnswer {
  query: string;
  result: SearchResult | null;
  error: string | null;
}

export interface SearchState {
  // The query as sent: the typed text without surrounding space.
  query: string;
  // The answer to the latest query sent, or to an earlier one while the latest is on its way.
  answer: SearchAnswer | null;
  // True while the shown answer is not yet the one for `query`.
  pending: boolean;
}

// Searches as the author types. An answer is used only while its query is still the latest one asked: a slower
// earlier answer arriving after a later one is dropped. `onAnswer` hears each answer that is used.
export const useSearch = (text: string, onAnswer: (answer: SearchAnswer) => void): SearchState => {
  const query = text.trim();
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const latestOnAnswer = useRef(onAnswer);
  useEffect(() => {
    latestOnAnswer.current = onAnswer;
  });
  useEffect(() => {
    if (query === '') return;
    let latest = true;
    const use = (next: SearchAnswer) => {
      if (!latest) return;
      setAnswer(next);
      latestOnAnswer.current(next);
    };
    const timer = setTimeout(() => {
      api.search.query({ query, limit: SEARCH_LIMIT }).then(
        (result) => use({ query, result, error: null }),
        (error: unknown) => use({ query, result: null, error: errorMessage(error) }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      latest = false;
      clearTimeout(timer);
    };
  }, [query]);
  if (query === '') return { query, answer: null, pending: false };
  return { query, answer, pending: answer?.query !== query };
};

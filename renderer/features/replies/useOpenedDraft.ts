import { useEffect, useState } from 'react';
import { errorMessage } from '../../lib/apiError';
import { openDraft, type OpenedDraft } from './openDraft';

export type OpenedState = { kind: 'loading' } | { kind: 'error'; message: string } | ({ kind: 'ready' } & OpenedDraft);

// Loads what the reply editor of one comment starts from (see openDraft).
export const useOpenedDraft = (threadId: string, commentId: string, parentReplyId: string | null): OpenedState => {
  const [state, setState] = useState<OpenedState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    openDraft(threadId, commentId, parentReplyId).then(
      (opened) => live && setState({ kind: 'ready', ...opened }),
      (error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [threadId, commentId, parentReplyId]);
  return state;
};

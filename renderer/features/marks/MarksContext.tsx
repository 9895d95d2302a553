import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/apiError';
import { useAnnounce } from '../announcer/Announcer';
import { reversed, sendMark, type Mark } from './mark';
import { markMessage } from './markMessages';

export interface MarkTarget {
  threadId: string;
  commentId: string;
}

interface MarksValue {
  // Resolves true once the core has it.
  mark: (mark: Mark) => Promise<boolean>;
  // Takes back the newest mark not yet undone; resolves with its comment, or null when there was none.
  undo: () => Promise<MarkTarget | null>;
  canUndo: boolean;
  busy: boolean;
  error: string | null;
}

// Enough to take back a whole session's marks one by one.
const UNDO_DEPTH = 100;

const MarksContext = createContext<MarksValue | null>(null);

// Marks made in the queue and in threads, one Undo history for both; each change is announced and reloads the lists.
export function MarksProvider({ children, onChanged }: { children: ReactNode; onChanged: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const history = useRef<Mark[]>([]);
  const [canUndo, setCanUndo] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (mark: Mark, message: string): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await sendMark(mark);
        announce(message);
        onChanged();
        return true;
      } catch (failure) {
        const text = errorMessage(failure);
        setError(text);
        announce(text);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [announce, onChanged],
  );

  const mark = useCallback(
    async (next: Mark) => {
      const done = await run(next, `${markMessage(t, next)}. ${t('queue.undoHint')}`);
      if (done) {
        history.current = [...history.current.slice(1 - UNDO_DEPTH), next];
        setCanUndo(true);
      }
      return done;
    },
    [run, t],
  );

  const undo = useCallback(async () => {
    const last = history.current.at(-1);
    if (!last) {
      announce(t('queue.nothingToUndo'));
      return null;
    }
    const done = await run(reversed(last), t('queue.undone', { what: markMessage(t, last) }));
    if (!done) return null;
    history.current = history.current.slice(0, -1);
    setCanUndo(history.current.length > 0);
    return { threadId: last.threadId, commentId: last.commentId };
  }, [announce, run, t]);

  const value = useMemo(() => ({ mark, undo, canUndo, busy, error }), [mark, undo, canUndo, busy, error]);
  return <MarksContext.Provider value={value}>{children}</MarksContext.Provider>;
}

export const useMarks = (): MarksValue => {
  const value = useContext(MarksContext);
  if (!value) throw new Error('useMarks needs a MarksProvider');
  return value;
};

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../electron/core/api';
import { shortcutLabel } from '../../lib/shortcutLabel';
import { rememberFocus, restoreFocus, type FocusOrigin } from './focusOrigin';
import { SearchAnnouncement, SearchStatus } from './SearchStatus';
import { SearchResults, shownHits } from './SearchResults';
import { SEARCH_KEYS, useSearchShortcut } from './searchShortcut';
import { useSearch } from './useSearch';

interface SearchBoxProps {
  onOpenPost: (postId: string) => void;
  onOpenComment: (threadId: string, commentId: string) => void;
}

// The arrow keys' place is a hit, not a position, so a fresher answer that still holds it keeps it.
const hitKey = (hit: SearchHit): string => `${hit.kind}:${hit.id}`;

// One search over posts, comments and replies, as a combobox whose listbox shows the results as the author types.
export function SearchBox({ onOpenPost, onOpenComment }: SearchBoxProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const listboxId = `${baseId}-results`;
  const hintId = `${baseId}-hint`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const inputRef = useRef<HTMLInputElement>(null);
  // Where Ctrl+K came from, so Escape can go back there.
  const cameFrom = useRef<FocusOrigin | null>(null);
  // Enter pressed before the answer to the typed words came: the best hit opens when it comes.
  const enterPressed = useRef(false);
  const [text, setText] = useState('');
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const openHit = (hit: SearchHit) => {
    setDismissed(true);
    cameFrom.current = null;
    if (hit.kind === 'post') onOpenPost(hit.id);
    else if (hit.threadId && hit.commentId) onOpenComment(hit.threadId, hit.commentId);
  };

  const search = useSearch(text, (answer) => {
    if (!enterPressed.current) return;
    enterPressed.current = false;
    const fresh = shownHits(answer.result);
    const best = fresh.find((hit) => hitKey(hit) === activeKey) ?? fresh[0];
    if (best && document.activeElement === inputRef.current) openHit(best);
  });
  const result = search.answer?.result ?? null;
  const hits = useMemo(() => shownHits(result), [result]);
  const found = activeKey === null ? -1 : hits.findIndex((hit) => hitKey(hit) === activeKey);
  const activeIndex = found >= 0 ? found : null;
  const open = focused && !dismissed;

  useSearchShortcut(() => {
    const input = inputRef.current;
    if (!input) return;
    if (document.activeElement !== input) cameFrom.current = rememberFocus(input);
    setDismissed(false);
    input.focus();
    input.select();
  });

  useEffect(() => {
    if (activeIndex !== null)
      document.getElementById(`${baseId}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, baseId]);

  const goBack = () => {
    const back = cameFrom.current;
    cameFrom.current = null;
    if (!back || !restoreFocus(back)) inputRef.current?.blur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setDismissed(false);
        if (hits.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const from = open ? activeIndex : null;
        const index = from === null ? (step > 0 ? 0 : hits.length - 1) : (from + step + hits.length) % hits.length;
        const hit = hits[index];
        if (hit) setActiveKey(hitKey(hit));
        return;
      }
      case 'Enter': {
        // Enter opens the result the arrows are on, or the best one.
        if (!open || search.query === '') return;
        event.preventDefault();
        if (search.pending) enterPressed.current = true;
        else {
          const hit = hits[activeIndex ?? 0];
          if (hit) openHit(hit);
        }
        return;
      }
      case 'Escape':
        // Closes the results first, then clears the box, then goes back to where Ctrl+K was pressed.
        event.preventDefault();
        enterPressed.current = false;
        if (open && search.query !== '') setDismissed(true);
        else if (text !== '') setText('');
        else goBack();
        return;
      default:
    }
  };

  const showResults = open && search.query !== '';
  return (
    <div role="search" className="search">
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        className="search-input"
        aria-label={t('search.label')}
        aria-describedby={hintId}
        aria-expanded={showResults}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={showResults && activeIndex !== null ? optionId(activeIndex) : undefined}
        aria-keyshortcuts={shortcutLabel(SEARCH_KEYS, 'aria')}
        placeholder={t('search.placeholder', { keys: shortcutLabel(SEARCH_KEYS) })}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActiveKey(null);
          enterPressed.current = false;
          setDismissed(false);
        }}
        onFocus={() => {
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => setFocused(false)}
        onKeyDown={onKeyDown}
      />
      {/* Clicks inside keep the focus in the box, so the results stay open and the arrow keys keep working. */}
      <div className="search-popup" hidden={!open} onMouseDown={(event) => event.preventDefault()}>
        <p id={hintId} className="search-hint" hidden={search.query !== ''}>
          {t('search.hint')}
        </p>
        {showResults && <SearchStatus search={search} />}
        <div hidden={!showResults}>
          <SearchResults
            id={listboxId}
            result={result}
            activeIndex={activeIndex}
            optionId={optionId}
            busy={search.pending}
            onOpen={openHit}
          />
        </div>
      </div>
      <SearchAnnouncement search={search} active={showResults} />
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snippet } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Dialog } from '../../ui/Dialog';
import { useAnnounce } from '../announcer/Announcer';
import { SnippetFields, type SnippetDraft } from './SnippetFields';
import { useSnippetList } from './useSnippetList';

const EMPTY: SnippetDraft = { title: '', text: '' };

type Run = (action: () => Promise<unknown>) => Promise<boolean>;

// Saved replies: made, reworded and removed here, put into a reply from the editor's "Saved replies" menu.
export function SnippetsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { snippets, error, busy, run } = useSnippetList();
  const [draft, setDraft] = useState(EMPTY);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => api.snippets.create({ title: draft.title, text: draft.text }))) {
      announce(t('snippets.created', { title: draft.title.trim() }));
      setDraft(EMPTY);
    }
  };
  return (
    <Dialog title={t('snippets.title')} onClose={onClose} wide>
      <p className="quiet">{t('snippets.placeholders')}</p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <form className="snippet-row" onSubmit={(event) => void add(event)}>
        <fieldset>
          <legend>{t('snippets.new')}</legend>
          <SnippetFields value={draft} onChange={setDraft} autoFocus />
          <div className="row-actions">
            <button type="submit" disabled={busy || draft.title.trim() === ''}>
              {t('snippets.add')}
            </button>
          </div>
        </fieldset>
      </form>
      <h3 className="dialog-section">{t('snippets.yours')}</h3>
      {snippets === null ? (
        <p className="placeholder-text">{t('common.loading')}</p>
      ) : snippets.length === 0 ? (
        <p className="quiet">{t('snippets.none')}</p>
      ) : (
        <ul className="channel-rows">
          {snippets.map((snippet) => (
            <li key={`${snippet.id}:${snippet.title}:${snippet.text}`}>
              <SnippetEditRow snippet={snippet} busy={busy} run={run} />
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

function SnippetEditRow({ snippet, busy, run }: { snippet: Snippet; busy: boolean; run: Run }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [value, setValue] = useState<SnippetDraft>({ title: snippet.title, text: snippet.text });
  const changed = value.title !== snippet.title || value.text !== snippet.text;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => api.snippets.update({ id: snippet.id, title: value.title, text: value.text }))) {
      announce(t('snippets.updated', { title: value.title.trim() }));
    }
  };
  const remove = async () => {
    if (await run(() => api.snippets.delete({ id: snippet.id })))
      announce(t('snippets.deleted', { title: snippet.title }));
  };
  return (
    <form className="snippet-row" onSubmit={(event) => void save(event)}>
      <fieldset>
        <legend>{snippet.title}</legend>
        <SnippetFields value={value} onChange={setValue} />
        <div className="row-actions">
          <button type="submit" disabled={!changed || busy || value.title.trim() === ''}>
            {t('snippets.save')}
          </button>
          <ConfirmButton
            label={t('snippets.delete')}
            question={t('snippets.deleteQuestion', { title: snippet.title })}
            confirmLabel={t('snippets.deleteConfirm')}
            disabled={busy}
            onConfirm={() => void remove()}
          />
        </div>
      </fieldset>
    </form>
  );
}

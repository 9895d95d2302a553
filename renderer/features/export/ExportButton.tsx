import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onMenuCommand, saveExport } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { flushSaves } from '../editor/saveQueues';

type ExportState =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

// Exports the post as it is now: pending edits are saved first.
export function ExportButton({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'busy' });
    try {
      await flushSaves(postId);
      const outcome = await saveExport({ postId, format: 'html' });
      if (outcome.kind === 'cancelled') setState({ kind: 'idle' });
      else
        setState({
          kind: 'done',
          text: t('export.done', { file: outcome.kind === 'saved' ? (outcome.path ?? '') : outcome.filename }),
        });
    } catch (error) {
      setState({ kind: 'failed', text: t('export.failed', { message: errorMessage(error) }) });
    }
  };
  // The desktop menu's Export HTML acts on the post that is open.
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(() => onMenuCommand((command) => command === 'export-html' && void runRef.current()), []);
  return (
    <div className="export">
      <button type="button" onClick={() => void run()} disabled={state.kind === 'busy'}>
        {t('export.button')}
      </button>
      <span role="status" className={state.kind === 'failed' ? 'form-error' : 'quiet'}>
        {state.kind === 'done' || state.kind === 'failed' ? state.text : ''}
      </span>
    </div>
  );
}

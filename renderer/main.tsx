import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as configureZod } from 'zod';
import { App } from './app/App';
import { startupLibrary } from './features/editor/startupPost';
import { canReachCore } from './lib/api';
import { applyAppearance } from './features/settings/applyAppearance';
import { readCachedAppearance } from './lib/appearanceCache';
import { routeLinkClicks } from './lib/routeLinkClicks';
import './i18n';
import './styles/theme.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/editor.css';
import './styles/threads.css';
import './styles/search.css';
import './styles/replies.css';

// The page's CSP forbids eval; zod must not even try its compiled parsers.
configureZod({ jitless: true });

// The library and its last open post are asked for before anything is drawn.
if (canReachCore()) startupLibrary().catch(() => undefined);

routeLinkClicks();

const cached = readCachedAppearance();
if (cached) applyAppearance(cached);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// First: the first screen's requests leave before the rest of the app is evaluated.
import './app/askAtStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
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

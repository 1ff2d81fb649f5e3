// First: it starts the map's requests and layout worker before the rest of the app is evaluated.
import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setupI18n } from './i18n/i18next';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('Aktörskartan: #root is missing from index.html');

void setupI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ThemedApp } from './ThemedApp';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/i18n';
import { App } from './App';
import { retryUnlessFinal } from './api/retry-policy';
import { purgeExpiredDrafts } from './forms/form-drafts';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: retryUnlessFinal } } });

// Drafts hold clients' personal data on a shared PC: a week is long enough to come back to a form.
purgeExpiredDrafts(window.localStorage, Date.now());

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ThemedApp>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ThemedApp>
    </I18nextProvider>
  </StrictMode>,
);

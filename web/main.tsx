// Boot: styles, then who is signed in (their saved language decides which catalog to load),
// then the app. Asking /me first costs one request but avoids showing the wrong language.
import '@fontsource-variable/inter/wght.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
// The custom elements behind Field, ErrorSummary, Details and others; see vite.config.ts.
import '@digdir/designsystemet-web';
import './app/styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { initI18n, prefetchLocale } from './app/i18n';
import { detectLocale, rememberLocale } from './app/locale-preference';
import { createQueryClient } from './app/query-client';
import { createRouter } from './app/router';
import { fetchMe, meQueryKey } from './modules/platform/use-me';

async function boot(root: HTMLElement): Promise<void> {
  const queryClient = createQueryClient();
  prefetchLocale(detectLocale(undefined));
  try {
    const me = await fetchMe();
    queryClient.setQueryData(meQueryKey, me);
    if (me?.locale) rememberLocale(me.locale);
    await initI18n(detectLocale(me?.locale, me?.organisation.defaultLocale));
  } catch {
    // Server unreachable: start anyway; the pages show the error and offer to try again.
    await initI18n(detectLocale(undefined));
  }
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={createRouter()} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) {
  boot(root).catch((error: unknown) => {
    console.error(error);
    // Not even the language catalog loaded; say so in the two languages most users read.
    root.textContent = 'Tillit kunde inte starta. Ladda om sidan. / Tillit could not start. Please reload the page.';
  });
}

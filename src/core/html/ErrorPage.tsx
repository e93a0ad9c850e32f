// Error pages (400, 404, 500) in the site's style, with a way back home.
import { Layout } from './Layout.tsx';
import type { PageEnv } from './page-env.ts';

export interface ErrorPageProps {
  env: PageEnv;
  status: number;
  /** a more precise explanation than the generic one (e.g. why a request was bad) */
  message?: string | undefined;
  reference?: string | undefined;
}

export function ErrorPage({ env, status, message, reference }: ErrorPageProps) {
  const { t } = env;
  const titles: Record<number, string> = { 401: t.unauthorizedTitle, 403: t.forbiddenTitle, 404: t.notFoundTitle, 409: t.conflictTitle, 410: t.goneTitle, 413: t.tooLargeTitle, 429: t.tooManyTitle };
  const title = titles[status] ?? (status >= 500 ? t.serverErrorTitle : t.badRequest);
  const text = status === 404 ? t.notFoundText : status === 410 ? t.goneText : status >= 500 ? t.serverErrorText : message;
  return (
    <Layout env={env} title={title}>
      <div class="container error-page">
        <p class="error-page__code">{status}</p>
        <h1>{title}</h1>
        <p>{text}</p>
        {reference && (
          <p class="error-page__ref">
            {t.errorReference}: <code>{reference}</code>
          </p>
        )}
        <p>
          <a class="button" href="/">
            {t.backHome}
          </a>
        </p>
      </div>
    </Layout>
  );
}

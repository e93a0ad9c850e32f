// The back-office page shell: header with the portal, the user, language and sign-out; the
// navigation with queue counts; a main area with the page title and a flash message.
import type { ComponentChildren } from 'preact';
import { assetUrl } from '../../core/http/assets.ts';
import type { AdminEnv } from '../env.ts';
import { ActionForm, CsrfField } from './ActionForm.tsx';

/** Kept here too: the pages import the token field from the layout. */
export { CsrfField };

export interface AdminLayoutProps {
  env: AdminEnv;
  title: string;
  flash?: string | undefined;
  error?: string | undefined;
  /** extra scripts and styles of this page (the editor) */
  scripts?: string[];
  styles?: string[];
  children: ComponentChildren;
}

export function AdminLayout({ env, title, flash, error, scripts = [], styles = [], children }: AdminLayoutProps) {
  const { t, auth } = env;
  const active = env.nav.filter((n) => env.path === n.href || (n.href !== '/admin' && env.path.startsWith(n.href + '/'))).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <html lang={env.lang} class="admin">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        {env.csrf && <meta name="csrf-token" content={env.csrf} />}
        <title>{`${title} – ${t.backOffice}`}</title>
        <link rel="icon" href="/static/img/logo.svg" />
        <link rel="stylesheet" href={assetUrl('css/admin.css')} />
        {styles.map((s) => (
          <link rel="stylesheet" href={s} />
        ))}
        {scripts.map((s) => (
          <script src={s} defer />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.lang === 'vi' ? 'Bỏ qua, đến nội dung chính' : 'Skip to main content'}
        </a>
        <header class="admin-header">
          <div class="admin-header__brand">
            <a href="/admin">{t.backOffice}</a>
            <span class="admin-header__portal">{env.portalName}</span>
          </div>
          <div class="admin-header__tools">
            {auth && (
              <span class="admin-header__user">
                {auth.user.name} · {t.roles[auth.user.role]}
              </span>
            )}
            <a href={`/admin/ngon-ngu/${t.languageHref}?ve=${encodeURIComponent(env.path)}`} lang={t.languageHref} hrefLang={t.languageHref}>
              {t.language}
            </a>
            <a href="/">{t.viewSite}</a>
            {auth && <ActionForm env={env} action="/admin/logout" class="inline-form" variant="link" submit={t.signOut} />}
          </div>
        </header>
        {env.nav.length > 0 && (
          <nav class="admin-nav" aria-label={t.backOffice}>
            <ul>
              {env.nav.map((n) => (
                <li>
                  <a href={n.href} aria-current={n === active ? 'page' : undefined}>
                    {n.label}
                    {n.count ? <span class="count"> {n.count}</span> : null}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="main" tabIndex={-1} class="admin-main">
          <h1>{title}</h1>
          {flash && (
            <p class="flash flash--ok" role="status">
              {flash}
            </p>
          )}
          {error && (
            <div class="flash flash--error" role="alert">
              {error}
            </div>
          )}
          {children}
        </main>
      </body>
    </html>
  );
}

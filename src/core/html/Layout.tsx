// The page shell of the public site: header band with the agency's identity, main menu,
// breadcrumb and text-size control, main area, footer with the agency's details.
import type { ComponentChildren } from 'preact';
import { pick } from '../i18n/index.ts';
import { assetUrl } from '../http/assets.ts';
import { Breadcrumb, type Crumb } from './Breadcrumb.tsx';
import { FontSizeControl } from './FontSizeControl.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import type { PageEnv } from './page-env.ts';
import { emcOrigin } from '../settings.ts';

export interface LayoutProps {
  env: PageEnv;
  title: string;
  description?: string | undefined;
  canonical?: string | undefined;
  breadcrumb?: Crumb[] | undefined;
  /** Open Graph type: "article" for articles */
  ogType?: 'website' | 'article';
  /** og:image: an absolute address (core/media/responsive.ts's shareImageUrl) */
  image?: string | undefined;
  children: ComponentChildren;
}

function isActive(href: string, path: string): boolean {
  if (href === '/') return path === '/';
  return path === href || path.startsWith(href + '/');
}

export function Layout({ env, title, description, canonical, breadcrumb, ogType = 'website', image, children }: LayoutProps) {
  const { t, settings, lang } = env;
  const portalName = pick(settings.portalName, lang);
  const fullTitle = title === portalName ? title : `${title} – ${portalName}`;
  // The longest matching entry is the active one ("/tin-tuc/thong-bao" over "/tin-tuc").
  const active = env.menu.filter((item) => isActive(item.href, env.path)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <html lang={lang} class={`fs-${env.fontLevel}`}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description && <meta name="description" content={description} />}
        {canonical && <link rel="canonical" href={env.baseUrl + canonical} />}
        <meta property="og:site_name" content={portalName} />
        <meta property="og:title" content={title} />
        <meta property="og:type" content={ogType} />
        {canonical && <meta property="og:url" content={env.baseUrl + canonical} />}
        {description && <meta property="og:description" content={description} />}
        {image && /^https?:\/\//i.test(image) && <meta property="og:image" content={image} />}
        <link rel="icon" href={settings.logo.src} />
        <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title={portalName} />
        <link rel="stylesheet" href={assetUrl('css/site.css')} />
        <link rel="stylesheet" href={assetUrl('css/print.css')} media="print" />
        <script src={assetUrl('js/site.js')} defer />
        {emcOrigin(settings.emcScriptUrl) && <script src={settings.emcScriptUrl} async />}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="brand" href="/">
              <img class="brand__logo" src={settings.logo.src} width={settings.logo.width} height={settings.logo.height} alt="" />
              <span class="brand__text">
                <span class="brand__governing">{pick(settings.governingBody, lang)}</span>
                <span class="brand__name">{pick(settings.agencyName, lang)}</span>
              </span>
            </a>
            <form class="site-search" role="search" method="get" action={lang === 'en' ? '/en/search' : '/tim-kiem'}>
              <label for="site-search-q" class="visually-hidden">
                {t.searchLabel}
              </label>
              <input id="site-search-q" type="search" name="q" placeholder={t.search} maxLength={200} autoComplete="off" />
              <button type="submit">{t.search}</button>
            </form>
          </div>
        </header>
        <nav class="site-nav" aria-label={t.mainMenu}>
          {/* shown by site.js on narrow screens; without JavaScript the menu is a wrapped list */}
          <div class="container site-nav__bar">
            <button type="button" class="site-nav__toggle" aria-expanded="false" aria-controls="site-nav-list" hidden>
              {t.menuButton}
            </button>
          </div>
          <ul class="container site-nav__list" id="site-nav-list">
            {env.menu.map((item) => (
              <li class={item.children ? 'has-children' : undefined}>
                <a href={item.href} aria-current={item === active ? 'page' : undefined}>
                  {item.label}
                </a>
                {item.children && (
                  <ul class="site-nav__sub">
                    {item.children.map((child) => (
                      <li>
                        <a href={child.href}>{child.label}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <div class="container toolbar">
          {breadcrumb ? <Breadcrumb env={env} items={breadcrumb} /> : <span />}
          <FontSizeControl env={env} />
        </div>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter env={env} />
      </body>
    </html>
  );
}

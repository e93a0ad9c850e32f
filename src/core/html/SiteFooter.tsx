// Footer: the agency's legal identity from settings (governing body, address, contacts,
// person responsible, licence), the visitor counter and links to other state portals.
import { pick } from '../i18n/index.ts';
import type { PageEnv } from './page-env.ts';

/** 12345 → "12.345" in Vietnamese, "12,345" in English. */
const formatCount = (n: number, lang: PageEnv['lang']) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');

export function SiteFooter({ env }: { env: PageEnv }) {
  const { t, settings: s, lang } = env;
  return (
    <footer class="site-footer">
      <div class="container site-footer__inner">
        <section class="site-footer__identity" aria-labelledby="footer-agency">
          <h2 id="footer-agency" class="site-footer__name">
            {pick(s.portalName, lang)}
          </h2>
          <dl class="site-footer__facts">
            <dt>{t.footerGoverningBody}</dt>
            <dd>{pick(s.governingBody, lang)}</dd>
            <dt>{t.footerAddress}</dt>
            <dd>{pick(s.address, lang)}</dd>
            <dt>{t.footerPhone}</dt>
            <dd>
              <a href={`tel:${s.phone.replace(/[^\d+]/g, '')}`}>{s.phone}</a>
            </dd>
            {s.fax && (
              <>
                <dt>{t.footerFax}</dt>
                <dd>{s.fax}</dd>
              </>
            )}
            <dt>{t.footerEmail}</dt>
            <dd>
              <a href={`mailto:${s.email}`}>{s.email}</a>
            </dd>
            <dt>{t.footerResponsible}</dt>
            <dd>{pick(s.responsiblePerson, lang)}</dd>
          </dl>
          <p class="site-footer__licence">{pick(s.licence, lang)}</p>
        </section>
        {env.visitors && (
          <section class="site-footer__visitors" aria-labelledby="footer-visitors">
            <h2 id="footer-visitors">{t.visitorsHeading}</h2>
            <dl class="site-footer__facts">
              <dt>{t.visitorsOnline}</dt>
              <dd>{formatCount(env.visitors.online, lang)}</dd>
              <dt>{t.visitorsToday}</dt>
              <dd>{formatCount(env.visitors.today, lang)}</dd>
              <dt>{t.visitorsTotal}</dt>
              <dd>{formatCount(env.visitors.total, lang)}</dd>
            </dl>
          </section>
        )}
        <nav class="site-footer__links" aria-labelledby="footer-links">
          <h2 id="footer-links">{t.footerLinks}</h2>
          <ul>
            <li>
              <a href={lang === 'en' ? '/en/site-map' : '/so-do-trang'}>{t.siteMap}</a>
            </li>
            {env.footerLinks.map((l) => (
              <li>
                <a href={l.href} rel="noopener">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}

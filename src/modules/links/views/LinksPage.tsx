// /lien-ket and /en/links: the links by group, each with its address written out (a reader sees
// where it leads before following it). Links open in the same tab, like every other link.
import { optionLabel } from '../../../core/content-types/declaration.ts';
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { groupOptions, linkPaths } from '../declaration.ts';
import { linkStrings } from '../i18n.ts';
import type { LinkRow } from '../queries.ts';

const shown = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

export function LinksPage({ env, links }: { env: PageEnv; links: LinkRow[] }) {
  const { lang } = env;
  const s = linkStrings[lang];
  const groups = [...new Set(links.map((l) => l.group))];
  return (
    <Layout env={env} title={s.title} description={s.intro} canonical={`${linkPaths[lang]}`} breadcrumb={[{ label: s.title }]}>
      <div class="container links-page">
        <h1 class="page-title">{s.title}</h1>
        <p class="links-page__intro">{s.intro}</p>
        {links.length === 0 && <p>{s.none}</p>}
        {groups.map((group) => (
          <section class="links-group" aria-labelledby={`nhom-${group}`}>
            <h2 id={`nhom-${group}`}>{optionLabel(groupOptions, group, lang) ?? group}</h2>
            <ul class="links-list">
              {links
                .filter((l) => l.group === group)
                .map((l) => (
                  <li id={l.slug}>
                    <a href={l.url} rel="noopener">
                      {l.title}
                      <span class="visually-hidden"> {s.external}</span>
                    </a>
                    <span class="links-list__address">{shown(l.url)}</span>
                    {l.summary && <p class="links-list__summary">{l.summary}</p>}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}

// /gioi-thieu/don-vi/<slug> and /en/about/units/<slug>: one unit — its kind and the unit it belongs
// to, head and contacts, functions and duties, history, its leaders and the units under it.
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { pick } from '../../../core/i18n/index.ts';
import { aboutStrings } from '../i18n.ts';
import type { Leader, Photo, Unit, UnitNode } from '../queries.ts';
import { aboutUrl, unitPath } from '../urls.ts';
import { kindLabel, LeaderCard, OrgTree, Rich, Section, UnitContacts, type Images } from './parts.tsx';

export interface UnitPageProps {
  env: PageEnv;
  unit: Unit;
  /** the published units above it, top first */
  ancestors: Unit[];
  /** its place in the chart, with the units under it */
  node: UnitNode | undefined;
  leaders: Leader[];
  photos: ReadonlyMap<number, Photo>;
  images: Images;
}

export function UnitPage({ env, unit, ancestors, node, leaders, photos, images }: UnitPageProps) {
  const { lang } = env;
  const s = aboutStrings[lang];
  const parent = ancestors.at(-1);
  const kind = kindLabel(unit.kind, lang);
  const agency = ancestors[0]?.title ?? pick(env.settings.agencyName, lang);
  const demo = unit.isDemo || leaders.some((l) => l.isDemo);
  return (
    <Layout
      env={env}
      title={unit.title}
      description={unit.summary || s.unitDescription(unit.title, agency)}
      canonical={unitPath(unit.slug, lang)}
      breadcrumb={[{ label: s.about, href: aboutUrl(lang) }, ...ancestors.map((a) => ({ label: a.title, href: unitPath(a.slug, lang) })), { label: unit.title }]}
    >
      <div class="container about">
        <article class="unit-page">
          {kind && <p class="article__category">{kind}</p>}
          <h1 class="article__title">{unit.title}</h1>
          {s.contentInVietnamese && <p class="about__note">{s.contentInVietnamese}</p>}
          {demo && (
            <p class="notice" role="note">
              {s.demoNotice}
            </p>
          )}
          {unit.withdrawnReason !== null && (
            <div class="notice notice--warning" role="note">
              <strong>{s.withdrawnNotice}</strong> {unit.withdrawnReason}
            </div>
          )}
          {parent && (
            <p class="unit-page__parent">
              {s.partOf}: <a href={unitPath(parent.slug, lang)}>{parent.title}</a>
            </p>
          )}
          {unit.summary && <p class="article__summary">{unit.summary}</p>}
          <UnitContacts unit={unit} lang={lang} />
          {unit.body && <Rich html={unit.body} images={images} />}
          {unit.duties && (
            <Section id="chuc-nang-nhiem-vu" title={s.duties}>
              <Rich html={unit.duties} images={images} />
            </Section>
          )}
          {leaders.length > 0 && (
            <Section id="lanh-dao" title={s.unitLeaders}>
              <ul class="leader-list">
                {leaders.map((leader) => (
                  <LeaderCard leader={leader} photo={photos.get(leader.id)} lang={lang} images={images} />
                ))}
              </ul>
            </Section>
          )}
          {node && node.children.length > 0 && (
            <Section id="don-vi-truc-thuoc" title={s.subUnits}>
              <OrgTree nodes={node.children} lang={lang} label={s.subUnits} />
            </Section>
          )}
          {unit.history && (
            <Section id="lich-su-hinh-thanh" title={s.history}>
              <Rich html={unit.history} images={images} />
            </Section>
          )}
        </article>
      </div>
    </Layout>
  );
}

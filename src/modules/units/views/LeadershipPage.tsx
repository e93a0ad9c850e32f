// /gioi-thieu/lanh-dao and /en/about/leadership: every published leader, grouped by unit in the
// order of the organisation chart, each group in display order then name — photo, name, position,
// official telephone and e-mail as links, and the duties assigned (Nghị định 42/2022/NĐ-CP).
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { aboutStrings } from '../i18n.ts';
import type { Leader, Photo, Unit } from '../queries.ts';
import { aboutUrl, leadershipUrl, unitPath } from '../urls.ts';
import { LeaderCard, type Images } from './parts.tsx';

export interface LeaderGroup {
  /** the unit the leaders belong to; absent for leaders of no published unit */
  unit: Unit | undefined;
  leaders: Leader[];
}

const groupId = (group: LeaderGroup) => (group.unit ? `don-vi-${group.unit.slug}` : 'lanh-dao-khac');

export function LeadershipPage({ env, groups, photos, images }: { env: PageEnv; groups: LeaderGroup[]; photos: ReadonlyMap<number, Photo>; images: Images }) {
  const { lang } = env;
  const s = aboutStrings[lang];
  const demo = groups.some((g) => g.leaders.some((l) => l.isDemo));
  const title = (group: LeaderGroup) => group.unit?.title ?? s.otherLeaders;
  return (
    <Layout env={env} title={s.leadership} description={s.leadershipDescription} canonical={leadershipUrl(lang)} breadcrumb={[{ label: s.about, href: aboutUrl(lang) }, { label: s.leadership }]}>
      <div class="container about">
        <h1 class="page-title">{s.leadership}</h1>
        <p class="about__intro">{s.leadershipIntro}</p>
        {s.contentInVietnamese && <p class="about__note">{s.contentInVietnamese}</p>}
        {demo && (
          <p class="notice" role="note">
            {s.demoNotice}
          </p>
        )}
        {groups.length === 0 && <p>{s.noLeaders}</p>}
        {groups.length > 1 && (
          <nav class="about-toc" aria-labelledby="about-toc-title">
            <h2 id="about-toc-title" class="about-toc__title">
              {s.onPage}
            </h2>
            <ul>
              {groups.map((group) => (
                <li>
                  <a href={`#${groupId(group)}`}>{title(group)}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {groups.map((group) => (
          <section class="about-section leader-group" id={groupId(group)} aria-labelledby={`${groupId(group)}-title`}>
            <h2 id={`${groupId(group)}-title`} class="about-section__title">
              {group.unit ? <a href={unitPath(group.unit.slug, lang)}>{group.unit.title}</a> : title(group)}
            </h2>
            <ul class="leader-list">
              {group.leaders.map((leader) => (
                <LeaderCard leader={leader} photo={photos.get(leader.id)} lang={lang} images={images} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}

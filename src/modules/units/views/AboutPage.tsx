// /gioi-thieu and /en/about: the agency (the top unit of kind "cơ quan") — its functions, duties and
// powers, the organisation chart as nested lists, its leaders, its history and contact details.
// Everything shown is an item edited in the back office; with no unit published yet the page says
// the information is being prepared.
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { pick } from '../../../core/i18n/index.ts';
import { aboutStrings } from '../i18n.ts';
import type { Leader, UnitNode } from '../queries.ts';
import { aboutUrl, leaderAnchor, leadershipUrl } from '../urls.ts';
import { OrgTree, Rich, Section, UnitContacts, type Images } from './parts.tsx';

export interface AboutPageProps {
  env: PageEnv;
  tree: UnitNode[];
  top: UnitNode | undefined;
  /** the agency's own leaders (its leadership board), in display order */
  board: Leader[];
  images: Images;
}

export function AboutPage({ env, tree, top, board, images }: AboutPageProps) {
  const { lang } = env;
  const s = aboutStrings[lang];
  const agency = top?.unit.title ?? pick(env.settings.agencyName, lang);
  const unit = top?.unit;
  const hasContacts = Boolean(unit && (unit.address || unit.phone || unit.email));
  const sections = unit
    ? [
        unit.duties && { id: 'chuc-nang-nhiem-vu', title: s.duties },
        { id: 'co-cau-to-chuc', title: s.structure },
        board.length > 0 && { id: 'lanh-dao', title: s.boardLeaders },
        unit.history && { id: 'lich-su-hinh-thanh', title: s.history },
        hasContacts && { id: 'lien-he', title: s.contact },
      ].filter((x): x is { id: string; title: string } => Boolean(x))
    : [];
  const demo = Boolean(unit?.isDemo) || board.some((l) => l.isDemo);
  return (
    <Layout env={env} title={s.about} description={s.aboutDescription(agency)} canonical={aboutUrl(lang)} breadcrumb={[{ label: s.about }]}>
      <div class="container about">
        <h1 class="page-title">{s.about}</h1>
        {s.contentInVietnamese && <p class="about__note">{s.contentInVietnamese}</p>}
        {!unit ? (
          <p>{s.noUnits}</p>
        ) : (
          <>
            {demo && (
              <p class="notice" role="note">
                {s.demoNotice}
              </p>
            )}
            <p class="about__agency">{unit.title}</p>
            {unit.summary && <p class="article__summary">{unit.summary}</p>}
            {sections.length > 1 && (
              <nav class="about-toc" aria-labelledby="about-toc-title">
                <h2 id="about-toc-title" class="about-toc__title">
                  {s.onPage}
                </h2>
                <ul>
                  {sections.map((section) => (
                    <li>
                      <a href={`#${section.id}`}>{section.title}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {unit.body && <Rich html={unit.body} images={images} />}
            {unit.duties && (
              <Section id="chuc-nang-nhiem-vu" title={s.duties}>
                <Rich html={unit.duties} images={images} />
              </Section>
            )}
            <Section id="co-cau-to-chuc" title={s.structure}>
              <p class="about__intro">{s.structureIntro}</p>
              <OrgTree nodes={tree} lang={lang} label={s.structureLabel} />
            </Section>
            {board.length > 0 && (
              <Section id="lanh-dao" title={s.boardLeaders}>
                <ul class="about-board">
                  {board.map((leader) => (
                    <li>
                      <a href={`${leadershipUrl(lang)}#${leaderAnchor(leader.slug)}`}>{leader.name}</a>
                      {leader.position && <span class="about-board__position">{leader.position}</span>}
                    </li>
                  ))}
                </ul>
                <p>
                  <a class="more-link" href={leadershipUrl(lang)}>
                    {s.allLeaders}
                  </a>
                </p>
              </Section>
            )}
            {unit.history && (
              <Section id="lich-su-hinh-thanh" title={s.history}>
                <Rich html={unit.history} images={images} />
              </Section>
            )}
            {hasContacts && (
              <Section id="lien-he" title={s.contact}>
                <UnitContacts unit={unit} lang={lang} withHead={false} />
              </Section>
            )}
          </>
        )}
      </div>
    </Layout>
  );
}

// Pieces shared by the About pages: the organisation chart as a nested list, a leader's card, a
// unit's contact details, a titled section of rich text.
import type { ComponentChildren } from 'preact';
import type { Language } from '../../../core/db/schema.ts';
import { avifMedia, responsiveHtml, type ResponsiveImage } from '../../../core/media/responsive.ts';
import { formatDate } from '../../../core/text/datetime.ts';
import { kindOptions, unitDeclaration } from '../declaration.ts';
import { aboutStrings } from '../i18n.ts';
import type { Leader, Photo, Unit, UnitNode } from '../queries.ts';
import { leaderAnchor, unitPath } from '../urls.ts';

export const unitLabel = (name: string, lang: Language) => unitDeclaration.fields.find((f) => f.name === name)!.label[lang];
export const kindLabel = (kind: string, lang: Language) => kindOptions.find((o) => o.value === kind)?.label[lang] ?? '';

/** "(0297) 3 862 779" → "tel:+842973862779"; a number without a country code is Vietnamese. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return `tel:+${digits}`;
  return digits.startsWith('0') ? `tel:+84${digits.slice(1)}` : `tel:${digits}`;
}

export function Phone({ value }: { value: string }) {
  return <a href={telHref(value)}>{value}</a>;
}

/** No target: the reader's own mail program opens, in place. */
export function Email({ value }: { value: string }) {
  return <a href={`mailto:${value}`}>{value}</a>;
}

export type Images = ReadonlyMap<string, ResponsiveImage>;

/** Stored (sanitised) rich text, its library images made responsive. */
export function Rich({ html, images }: { html: string; images: Images }) {
  return <div class="article-body about-rich" dangerouslySetInnerHTML={{ __html: responsiveHtml(html, images) }} />;
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="about-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="about-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Address, telephone, e-mail and head of a unit, those it has; nothing when it has none. */
export function UnitContacts({ unit, lang, withHead = true }: { unit: Unit; lang: Language; withHead?: boolean }) {
  const rows: [string, ComponentChildren][] = [];
  if (withHead && unit.head) rows.push([unitLabel('head', lang), unit.head]);
  if (unit.address) rows.push([unitLabel('address', lang), unit.address]);
  if (unit.phone) rows.push([unitLabel('phone', lang), <Phone value={unit.phone} />]);
  if (unit.email) rows.push([unitLabel('email', lang), <Email value={unit.email} />]);
  if (rows.length === 0) return null;
  return (
    <dl class="about-facts">
      {rows.map(([term, value]) => (
        <>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}

/**
 * The chart as nested lists: each unit a link to its page, its kind beside it, the units under it
 * in a list inside its item. Screen readers announce the levels and counts; the list is its own
 * text equivalent. On wide screens CSS lays the second level out as boxes under the agency.
 */
export function OrgTree({ nodes, lang, label, current }: { nodes: readonly UnitNode[]; lang: Language; label?: string; current?: number }) {
  if (nodes.length === 0) return null;
  return (
    <ul class="org-tree" aria-label={label}>
      {nodes.map((n) => (
        <OrgItem node={n} lang={lang} current={current} />
      ))}
    </ul>
  );
}

function OrgItem({ node, lang, current }: { node: UnitNode; lang: Language; current: number | undefined }) {
  const { unit } = node;
  const kind = kindLabel(unit.kind, lang);
  return (
    <li class={`org-tree__item org-tree__item--depth-${Math.min(node.depth, 3)}`} data-unit={unit.id}>
      <span class="org-tree__unit">
        <a href={unitPath(unit.slug, lang)} aria-current={unit.id === current ? 'page' : undefined}>
          {unit.title}
        </a>
        {kind && <span class="org-tree__kind">{kind}</span>}
      </span>
      {node.children.length > 0 && (
        <ul class="org-tree__children">
          {node.children.map((c) => (
            <OrgItem node={c} lang={lang} current={current} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The portrait: <picture> over the library's variants (a small box, so the smallest width serves). */
export function Portrait({ photo, name, lang }: { photo: Photo; name: string; lang: Language }) {
  const alt = photo.alt || aboutStrings[lang].photoOf(name);
  const sizes = '8rem';
  const image = photo.image;
  const set = (sources: { key: string; width: number }[]) => sources.map((s) => `/media/${s.key} ${s.width}w`).join(', ');
  if (!image || image.webp.length === 0) {
    return <img class="leader__photo" src={photo.src} alt={alt} width={photo.width} height={photo.height} loading="lazy" decoding="async" />;
  }
  const largestAvif = image.avif.at(-1)?.width ?? 0;
  const largestWebp = image.webp.at(-1)?.width ?? 0;
  return (
    <picture>
      {image.avif.length > 0 && <source type="image/avif" srcset={set(image.avif)} sizes={sizes} media={largestWebp > largestAvif ? avifMedia : undefined} />}
      <source type="image/webp" srcset={set(image.webp)} sizes={sizes} />
      <img class="leader__photo" src={`/media/${image.fallbackKey}`} alt={alt} width={image.width} height={image.height} loading="lazy" decoding="async" />
    </picture>
  );
}

/** One leader: photo (when there is one), name, position, duties, official contacts. */
export function LeaderCard({ leader, photo, lang, images }: { leader: Leader; photo: Photo | undefined; lang: Language; images: Images }) {
  const s = aboutStrings[lang];
  return (
    <li class={`leader${photo ? ' leader--photo' : ''}`} id={leaderAnchor(leader.slug)}>
      {photo && (
        <div class="leader__figure">
          <Portrait photo={photo} name={leader.name} lang={lang} />
        </div>
      )}
      <div class="leader__text">
        <h3 class="leader__name">
          {leader.name}
          {leader.isDemo && <span class="badge">{s.demoBadge}</span>}
        </h3>
        {leader.position && <p class="leader__position">{leader.position}</p>}
        {(leader.phone || leader.email || leader.termStart) && (
          <dl class="about-facts leader__contacts">
            {leader.termStart && (
              <>
                <dt>{s.termStart}</dt>
                <dd>
                  <time datetime={leader.termStart}>{formatDate(`${leader.termStart}T12:00:00Z`)}</time>
                </dd>
              </>
            )}
            {leader.phone && (
              <>
                <dt>{unitLabel('phone', lang)}</dt>
                <dd>
                  <Phone value={leader.phone} />
                </dd>
              </>
            )}
            {leader.email && (
              <>
                <dt>{unitLabel('email', lang)}</dt>
                <dd>
                  <Email value={leader.email} />
                </dd>
              </>
            )}
          </dl>
        )}
        {leader.duties && (
          <div class="leader__duties">
            <h4 class="leader__duties-title">{s.assignedDuties}</h4>
            <Rich html={leader.duties} images={images} />
          </div>
        )}
        {leader.body && <Rich html={leader.body} images={images} />}
      </div>
    </li>
  );
}

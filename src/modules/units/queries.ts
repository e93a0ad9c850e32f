// Reads behind the About pages. Units are this module's type; leaders are items of type 'leader'
// (declared by another module, which this one never imports), read by their type name and the
// field names listed in `leaderFields`. An agency has a few dozen units and leaders: each page
// reads every published one in one query and builds the chart in memory, the same on SQLite and
// PostgreSQL. "Published" means status published and a publication time reached.
import type { Kysely } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import type { FieldValues } from '../../core/content-types/declaration.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { loadResponsiveImages, type ResponsiveImage } from '../../core/media/responsive.ts';
import { mediaDb } from '../../core/media/schema.ts';
import { topKind, unitType } from './declaration.ts';

/** The type and field names of leaders, as src/modules/leaders/declaration.ts declares them. */
export const leaderType = 'leader';
export const leaderFields = { position: 'position', unit: 'unit', photo: 'photo', duties: 'duties', phone: 'phone', email: 'email', order: 'order', termStart: 'termStart' } as const;

const collator = new Intl.Collator('vi');

export interface Unit {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  kind: string;
  parent: number | undefined;
  order: number | undefined;
  duties: string;
  history: string;
  head: string;
  address: string;
  phone: string;
  email: string;
  isDemo: boolean;
  updatedAt: string;
  /** the reason given when the unit was withdrawn (merged, dissolved); null while it is current */
  withdrawnReason: string | null;
}

export interface Leader {
  id: number;
  slug: string;
  name: string;
  body: string;
  position: string;
  unit: number | undefined;
  photo: number | undefined;
  duties: string;
  phone: string;
  email: string;
  order: number | undefined;
  termStart: string;
  isDemo: boolean;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const id = (v: unknown): number | undefined => {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'number' && Number.isSafeInteger(first) && first > 0 ? first : undefined;
};

type Row = Pick<Content, 'id' | 'slug' | 'title' | 'summary' | 'body' | 'fields' | 'is_demo' | 'updated_at' | 'status' | 'takedown_reason'>;
const columns = ['content.id', 'content.slug', 'content.title', 'content.summary', 'content.body', 'content.fields', 'content.is_demo', 'content.updated_at', 'content.status', 'content.takedown_reason'] as const;

function readable(db: Kysely<Database>, type: string, now: Date, statuses: ('published' | 'withdrawn')[] = ['published']) {
  return db
    .selectFrom('content')
    .where('content.type', '=', type)
    .where('content.language', '=', 'vi')
    .where('content.status', 'in', statuses)
    .where('content.published_at', '<=', now.toISOString());
}

/** A content row (also a preview's revision) as the unit pages show it. */
export function unitFromContent(row: Row): Unit {
  const f: FieldValues = parseFields(row.fields);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    kind: text(f.kind),
    parent: id(f.parent),
    order: num(f.order),
    duties: text(f.duties),
    history: text(f.history),
    head: text(f.head),
    address: text(f.address),
    phone: text(f.phone),
    email: text(f.email),
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
    withdrawnReason: row.status === 'withdrawn' ? (row.takedown_reason ?? '') : null,
  };
}

function leaderFromContent(row: Row): Leader {
  const f: FieldValues = parseFields(row.fields);
  const k = leaderFields;
  return {
    id: row.id,
    slug: row.slug,
    name: row.title,
    body: row.body,
    position: text(f[k.position]),
    unit: id(f[k.unit]),
    photo: id(f[k.photo]),
    duties: text(f[k.duties]),
    phone: text(f[k.phone]),
    email: text(f[k.email]),
    order: num(f[k.order]),
    termStart: text(f[k.termStart]),
    isDemo: row.is_demo === 1,
  };
}

/** Display order first (items without one last), then the name in Vietnamese order, then age. */
export function byOrderThenName<T extends { order: number | undefined; id: number }>(name: (item: T) => string) {
  return (a: T, b: T) => (a.order ?? Infinity) - (b.order ?? Infinity) || collator.compare(name(a), name(b)) || a.id - b.id;
}

export async function publishedUnits(db: Kysely<Database>, now = new Date()): Promise<Unit[]> {
  const rows = (await readable(db, unitType, now).select([...columns]).execute()) as Row[];
  return rows.map(unitFromContent).sort(byOrderThenName((u) => u.title));
}

export async function publishedLeaders(db: Kysely<Database>, now = new Date()): Promise<Leader[]> {
  const rows = (await readable(db, leaderType, now).select([...columns]).execute()) as Row[];
  return rows.map(leaderFromContent).sort(byOrderThenName((l) => l.name));
}

/** A unit's page: published, or withdrawn (shown with the reason). */
export async function findReadableUnit(db: Kysely<Database>, slug: string, now = new Date()): Promise<Unit | undefined> {
  const row = (await readable(db, unitType, now, ['published', 'withdrawn']).select([...columns]).where('content.slug', '=', slug).executeTakeFirst()) as Row | undefined;
  return row ? unitFromContent(row) : undefined;
}

/** A unit taken down: where it went (301), or nothing (410). */
export async function findRemovedUnit(db: Kysely<Database>, slug: string): Promise<{ redirectTo: string | null } | undefined> {
  const row = await db.selectFrom('content').select('redirect_to').where('type', '=', unitType).where('slug', '=', slug).where('status', '=', 'removed').executeTakeFirst();
  return row && { redirectTo: row.redirect_to };
}

export interface UnitNode {
  unit: Unit;
  depth: number;
  children: UnitNode[];
}

/**
 * The chart: each unit under its parent, siblings in display order. A unit whose parent is not
 * published (a draft, taken down, removed with the demo) stands at the top rather than vanish. The
 * back office refuses loops (integrity.ts); should one reach the database anyway, every unit is
 * still shown exactly once.
 */
export function buildTree(units: readonly Unit[]): UnitNode[] {
  const sorted = [...units].sort(byOrderThenName((u) => u.title));
  const ids = new Set(sorted.map((u) => u.id));
  const children = new Map<number, Unit[]>();
  const tops: Unit[] = [];
  for (const unit of sorted) {
    if (unit.parent !== undefined && unit.parent !== unit.id && ids.has(unit.parent)) children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit]);
    else tops.push(unit);
  }
  const seen = new Set<number>();
  const build = (unit: Unit, depth: number): UnitNode => {
    seen.add(unit.id);
    const below = (children.get(unit.id) ?? []).filter((c) => !seen.has(c.id));
    return { unit, depth, children: below.map((c) => build(c, depth + 1)) };
  };
  const roots = tops.map((u) => build(u, 0));
  for (const unit of sorted) if (!seen.has(unit.id)) roots.push(build(unit, 0)); // units caught in a loop
  return roots;
}

/** Every node, depth first, in chart order. */
export function flatten(nodes: readonly UnitNode[]): UnitNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** The agency itself: the first top unit of kind "cơ quan", else the first top unit. */
export function topUnit(tree: readonly UnitNode[]): UnitNode | undefined {
  return tree.find((n) => n.unit.kind === topKind) ?? tree[0];
}

export function findNode(tree: readonly UnitNode[], unitId: number): UnitNode | undefined {
  return flatten(tree).find((n) => n.unit.id === unitId);
}

/** The published units above `unit`, top first (for the breadcrumb); stops at a loop. */
export function ancestorsOf(units: readonly Unit[], unit: Unit): Unit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain: Unit[] = [];
  const seen = new Set([unit.id]);
  let at = unit.parent === undefined ? undefined : byId.get(unit.parent);
  while (at && !seen.has(at.id)) {
    chain.unshift(at);
    seen.add(at.id);
    at = at.parent === undefined ? undefined : byId.get(at.parent);
  }
  return chain;
}

/** A leader's portrait from the media library, with the sources `responsive` made of it. */
export interface Photo {
  src: string;
  alt: string;
  width: number;
  height: number;
  image: ResponsiveImage | undefined;
}

/** The photos of these leaders that are still images in the library, by leader id. */
export async function photosOf(db: Kysely<Database>, leaders: readonly Leader[]): Promise<Map<number, Photo>> {
  const wanted = [...new Set(leaders.flatMap((l) => (l.photo ? [l.photo] : [])))];
  const out = new Map<number, Photo>();
  if (wanted.length === 0) return out;
  const rows = await mediaDb(db)
    .selectFrom('media')
    .select(['id', 'key', 'alt', 'width', 'height'])
    .where('id', 'in', wanted)
    .where('kind', '=', 'image')
    .where('deleted_at', 'is', null)
    .execute();
  const images = await loadResponsiveImages(db, rows.map((r) => r.key));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const leader of leaders) {
    const row = leader.photo ? byId.get(leader.photo) : undefined;
    if (!row || !row.width || !row.height) continue;
    out.set(leader.id, { src: `/media/${row.key}`, alt: row.alt.trim(), width: row.width, height: row.height, image: images.get(row.key) });
  }
  return out;
}

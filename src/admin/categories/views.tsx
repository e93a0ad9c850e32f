// The categories pages: one section per content type with categories (a nested, ordered table
// with its actions, and a form to add one), and the edit page (rename, move under a parent).
import { maxCategoryDepth, type CategoryNode } from '../../core/content/categories.ts';
import type { ContentTypeDeclaration } from '../../core/content-types/declaration.ts';
import type { Category } from '../../core/db/schema.ts';
import type { AdminEnv } from '../env.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { DataTable } from '../views/DataTable.tsx';
import { categoriesText, type CategoriesText } from './i18n.ts';

export interface TypeSection {
  declaration: ContentTypeDeclaration;
  nodes: CategoryNode[];
  /** the public page of a category of this type, when the type has category pages */
  publicPath?: ((slug: string) => string) | undefined;
}

/** What the add form showed, to give it back after a refusal. */
export interface CreateValues {
  type: string;
  name: string;
  nameEn: string;
  parent: string;
}

const displayName = (c: Category, env: AdminEnv) => (env.lang === 'en' && c.name_en ? c.name_en : c.name);

function hiddenByParent(node: CategoryNode, nodes: readonly CategoryNode[]): boolean {
  const parent = nodes.find((n) => n.id === node.parent_id);
  return Boolean(parent && (parent.is_hidden || hiddenByParent(parent, nodes)));
}

function ParentSelect({ id, nodes, value, t, exclude }: { id: string; nodes: readonly CategoryNode[]; value: string; t: CategoriesText; exclude?: number }) {
  // a parent must leave room for a level below it
  const options = nodes.filter((n) => n.depth < maxCategoryDepth && n.id !== exclude);
  return (
    <select id={id} name="parent">
      <option value="" selected={value === ''}>
        {t.topLevel}
      </option>
      {options.map((n) => (
        <option value={String(n.id)} selected={value === String(n.id)}>
          {n.name}
        </option>
      ))}
    </select>
  );
}

/** What a row shows besides the category: its place among its siblings, its parent, whether a hidden parent hides it. */
interface Row {
  node: CategoryNode;
  index: number;
  siblings: number;
  parent: CategoryNode | undefined;
  byParent: boolean;
}

function rowsOf(nodes: readonly CategoryNode[]): Row[] {
  return nodes.map((node) => {
    const siblings = nodes.filter((s) => s.parent_id === node.parent_id);
    return { node, index: siblings.findIndex((s) => s.id === node.id), siblings: siblings.length, parent: nodes.find((p) => p.id === node.parent_id), byParent: !node.is_hidden && hiddenByParent(node, nodes) };
  });
}

function RowActions({ env, t, row }: { env: AdminEnv; t: CategoriesText; row: Row }) {
  const n = row.node;
  return (
    <>
      {row.index > 0 && <ActionForm env={env} action={`/admin/categories/${n.id}/order`} class="inline-form" hidden={{ direction: 'up' }} variant="secondary" submitLabel={t.moveUp(n.name)} submit={t.up} />}
      {row.index < row.siblings - 1 && <ActionForm env={env} action={`/admin/categories/${n.id}/order`} class="inline-form" hidden={{ direction: 'down' }} variant="secondary" submitLabel={t.moveDown(n.name)} submit={t.down} />}
      <ActionForm env={env} action={`/admin/categories/${n.id}/visibility`} class="inline-form" hidden={{ hidden: n.is_hidden ? '0' : '1' }} variant="secondary" submitLabel={`${n.is_hidden ? t.show : t.hide}: ${n.name}`} submit={n.is_hidden ? t.show : t.hide} />
      <a class="button button--secondary" href={`/admin/categories/${n.id}`} aria-label={`${t.edit}: ${n.name}`}>
        {t.edit}
      </a>
      {n.items === 0 && n.children === 0 && <ActionForm env={env} action={`/admin/categories/${n.id}/delete`} class="inline-form" variant="warning" submitLabel={t.deleteLabel(n.name)} submit={t.delete} />}
    </>
  );
}

function CategoryTable({ env, section, t }: { env: AdminEnv; section: TypeSection; t: CategoriesText }) {
  const number = (n: number) => n.toLocaleString(env.lang === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <DataTable
      class="category-table"
      rows={rowsOf(section.nodes)}
      empty={t.none}
      rowAttributes={(r) => ({ id: `chuyen-muc-${r.node.id}`, data: { depth: String(r.node.depth) } })}
      columns={[
        {
          header: t.nameVi,
          rowHeader: true,
          render: (r) => (
            <>
              {r.node.depth > 1 ? '↳ ' : ''}
              <a href={`/admin/categories/${r.node.id}`}>{r.node.name}</a>
            </>
          ),
        },
        { header: t.nameEn, lang: 'en', render: (r) => r.node.name_en ?? '' },
        {
          header: t.slug,
          render: (r) =>
            section.publicPath && !r.node.is_hidden && !r.byParent ? (
              <a href={section.publicPath(r.node.slug)}>
                <code>{r.node.slug}</code>
              </a>
            ) : (
              <code>{r.node.slug}</code>
            ),
        },
        { header: t.parent, render: (r) => (r.parent ? r.parent.name : '—') },
        { header: t.position, render: (r) => r.index + 1 },
        { header: t.items, render: (r) => number(r.node.items) },
        { header: t.visibility, render: (r) => (r.node.is_hidden ? <strong>{t.hidden}</strong> : r.byParent ? t.hiddenByParent : t.shown) },
        { header: t.actions, render: (r) => <RowActions env={env} t={t} row={r} /> },
      ]}
    />
  );
}

function Section({ env, section, create }: { env: AdminEnv; section: TypeSection; create?: CreateValues | undefined }) {
  const t = categoriesText[env.lang];
  const { declaration, nodes } = section;
  const type = declaration.type;
  const values = create?.type === type ? create : { type, name: '', nameEn: '', parent: '' };
  const prefix = `c-${type}`;
  return (
    <section class="card-box" id={`loai-${type}`} aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{declaration.plural[env.lang]}</h2>
      <CategoryTable env={env} section={section} t={t} />
      <h3 id={`${prefix}-new`}>{t.newCategory}</h3>
      <ActionForm env={env} action="/admin/categories" class="narrow-form" labelledBy={`${prefix}-new`} hidden={{ type }} submit={t.create}>
        <div class="field">
          <label for={`${prefix}-name`}>{t.nameVi}</label>
          <input id={`${prefix}-name`} name="name" value={values.name} required maxLength={150} aria-describedby={`${prefix}-name-hint`} />
          <p class="hint" id={`${prefix}-name-hint`}>
            {t.nameHint}
          </p>
        </div>
        <div class="field">
          <label for={`${prefix}-name-en`}>{t.nameEn}</label>
          <input id={`${prefix}-name-en`} name="name_en" value={values.nameEn} maxLength={150} lang="en" />
        </div>
        <div class="field">
          <label for={`${prefix}-parent`}>{t.parent}</label>
          <ParentSelect id={`${prefix}-parent`} nodes={nodes} value={values.parent} t={t} />
        </div>
      </ActionForm>
    </section>
  );
}

export function CategoriesPage({ env, sections, flash, error, create }: { env: AdminEnv; sections: TypeSection[]; flash?: string | undefined; error?: string | undefined; create?: CreateValues }) {
  const t = categoriesText[env.lang];
  return (
    <AdminLayout env={env} title={t.categories} flash={flash} error={error}>
      <p class="hint">{t.intro}</p>
      {sections.length > 1 && (
        <nav aria-label={t.categories}>
          <ul class="meta-line">
            {sections.map((s) => (
              <li>
                <a href={`#loai-${s.declaration.type}`}>{s.declaration.plural[env.lang]}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {sections.map((s) => (
        <Section env={env} section={s} create={create} />
      ))}
    </AdminLayout>
  );
}

export function CategoryEditPage({
  env,
  section,
  category,
  values,
  error,
}: {
  env: AdminEnv;
  section: TypeSection;
  category: CategoryNode;
  values: { name: string; nameEn: string; parent: string };
  error?: string | undefined;
}) {
  const t = categoriesText[env.lang];
  // a category with sub-categories stays at the top level (two levels at most)
  const nodes = category.children > 0 ? [] : section.nodes.filter((n) => n.parent_id !== category.id);
  return (
    <AdminLayout env={env} title={t.editTitle(displayName(category, env))} error={error}>
      <p>
        <a href={`/admin/categories#loai-${section.declaration.type}`}>{t.back}</a>
      </p>
      <ActionForm env={env} action={`/admin/categories/${category.id}`} class="narrow-form" submit={t.save}>
        <p class="meta-line">
          {section.declaration.plural[env.lang]} · {t.slug}: <code>{category.slug}</code>
          {section.publicPath && !category.is_hidden && (
            <>
              {' · '}
              <a href={section.publicPath(category.slug)}>{t.publicAddress}</a>
            </>
          )}
        </p>
        <p class="hint">{t.slugHint}</p>
        <div class="field">
          <label for="c-name">{t.nameVi}</label>
          <input id="c-name" name="name" value={values.name} required maxLength={150} />
        </div>
        <div class="field">
          <label for="c-name-en">{t.nameEn}</label>
          <input id="c-name-en" name="name_en" value={values.nameEn} maxLength={150} lang="en" />
        </div>
        <div class="field">
          <label for="c-parent">{t.parent}</label>
          <ParentSelect id="c-parent" nodes={nodes} value={values.parent} t={t} exclude={category.id} />
        </div>
      </ActionForm>
    </AdminLayout>
  );
}

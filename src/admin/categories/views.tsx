// The categories pages: one section per content type with categories (a nested, ordered table
// with its actions, and a form to add one), and the edit page (rename, move under a parent).
import { maxCategoryDepth, type CategoryNode } from '../../core/content/categories.ts';
import type { ContentTypeDeclaration } from '../../core/content-types/declaration.ts';
import type { Category } from '../../core/db/schema.ts';
import type { AdminEnv } from '../env.ts';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
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

function ActionButton({ env, action, fields, label, text, warning }: { env: AdminEnv; action: string; fields: Record<string, string>; label?: string; text: string; warning?: boolean }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField env={env} />
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={warning ? 'button button--warning' : 'button button--secondary'} aria-label={label}>
        {text}
      </button>
    </form>
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
      {nodes.length === 0 ? (
        <p class="empty">{t.none}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table category-table">
            <thead>
              <tr>
                <th scope="col">{t.nameVi}</th>
                <th scope="col">{t.nameEn}</th>
                <th scope="col">{t.slug}</th>
                <th scope="col">{t.parent}</th>
                <th scope="col">{t.position}</th>
                <th scope="col">{t.items}</th>
                <th scope="col">{t.visibility}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((n) => {
                const siblings = nodes.filter((s) => s.parent_id === n.parent_id);
                const index = siblings.findIndex((s) => s.id === n.id);
                const parent = nodes.find((p) => p.id === n.parent_id);
                const byParent = !n.is_hidden && hiddenByParent(n, nodes);
                return (
                  <tr id={`chuyen-muc-${n.id}`} data-depth={String(n.depth)}>
                    <th scope="row">
                      {n.depth > 1 ? '↳ ' : ''}
                      <a href={`/admin/categories/${n.id}`}>{n.name}</a>
                    </th>
                    <td lang="en">{n.name_en ?? ''}</td>
                    <td>
                      {section.publicPath && !n.is_hidden && !byParent ? (
                        <a href={section.publicPath(n.slug)}>
                          <code>{n.slug}</code>
                        </a>
                      ) : (
                        <code>{n.slug}</code>
                      )}
                    </td>
                    <td>{parent ? parent.name : '—'}</td>
                    <td>{index + 1}</td>
                    <td>{n.items.toLocaleString(env.lang === 'vi' ? 'vi-VN' : 'en-GB')}</td>
                    <td>{n.is_hidden ? <strong>{t.hidden}</strong> : byParent ? t.hiddenByParent : t.shown}</td>
                    <td>
                      {index > 0 && <ActionButton env={env} action={`/admin/categories/${n.id}/order`} fields={{ direction: 'up' }} label={t.moveUp(n.name)} text={t.up} />}
                      {index < siblings.length - 1 && <ActionButton env={env} action={`/admin/categories/${n.id}/order`} fields={{ direction: 'down' }} label={t.moveDown(n.name)} text={t.down} />}
                      <ActionButton env={env} action={`/admin/categories/${n.id}/visibility`} fields={{ hidden: n.is_hidden ? '0' : '1' }} label={`${n.is_hidden ? t.show : t.hide}: ${n.name}`} text={n.is_hidden ? t.show : t.hide} />
                      <a class="button button--secondary" href={`/admin/categories/${n.id}`} aria-label={`${t.edit}: ${n.name}`}>
                        {t.edit}
                      </a>
                      {n.items === 0 && n.children === 0 && <ActionButton env={env} action={`/admin/categories/${n.id}/delete`} fields={{}} label={t.deleteLabel(n.name)} text={t.delete} warning />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h3 id={`${prefix}-new`}>{t.newCategory}</h3>
      <form method="post" action="/admin/categories" class="narrow-form" aria-labelledby={`${prefix}-new`}>
        <CsrfField env={env} />
        <input type="hidden" name="type" value={type} />
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
        <button type="submit" class="button">
          {t.create}
        </button>
      </form>
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
      <form method="post" action={`/admin/categories/${category.id}`} class="narrow-form">
        <CsrfField env={env} />
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
        <button type="submit" class="button">
          {t.save}
        </button>
      </form>
    </AdminLayout>
  );
}

// The form of an account (new or existing): name, email and password when new, role, the
// categories the user works in, and whether the account is active.
import type { FastifyRequest } from 'fastify';
import { parseCategoryIds, roles } from '../../core/auth/permissions.ts';
import type { Category, User } from '../../core/db/schema.ts';
import type { AdminEnv } from '../env.ts';
import { Field, Select, formValues } from '../forms.tsx';
import { ActionForm } from '../views/ActionForm.tsx';

function CategoryChoices({ env, categories, selected }: { env: AdminEnv; categories: Category[]; selected: number[] | null }) {
  return (
    <fieldset class="field">
      <legend>{env.t.categoriesAllowed}</legend>
      {categories.map((c) => (
        <label class="check">
          <input type="checkbox" name="categories" value={String(c.id)} checked={selected?.includes(c.id) ?? false} /> {c.name}
        </label>
      ))}
    </fieldset>
  );
}

export function UserForm({ env, user, categories, values, error }: { env: AdminEnv; user?: User; categories: Category[]; values: Record<string, string>; error?: string | undefined }) {
  const { t } = env;
  return (
    <ActionForm env={env} action={user ? `/admin/users/${user.id}` : '/admin/users'} class="narrow-form" submit={t.save}>
      {error && (
        <p class="flash flash--error" role="alert">
          {error}
        </p>
      )}
      <Field name="name" label={t.name} value={values.name} required />
      {!user && <Field name="email" label={t.email} type="email" value={values.email} required />}
      {!user && <Field name="password" label={t.password} type="password" hint={t.passwordHint} required autocomplete="new-password" />}
      <Select name="role" label={t.role} value={values.role ?? 'contributor'} options={roles.map((r) => ({ value: r, label: t.roles[r]! }))} />
      <CategoryChoices env={env} categories={categories} selected={user ? parseCategoryIds(user.category_ids) : null} />
      {user && (
        <label class="check">
          <input type="checkbox" name="active" value="1" checked={user.is_active === 1} /> {t.active}
        </label>
      )}
    </ActionForm>
  );
}

/** The categories ticked in the form that exist; none ticked = all (null). */
export function chosenCategories(request: FastifyRequest, categories: Category[]): number[] | null {
  const ids = formValues(request.body, 'categories').map(Number).filter((id) => categories.some((c) => c.id === id));
  return ids.length > 0 ? ids : null;
}

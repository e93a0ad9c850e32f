// The settings page: the agency's identity (each text in Vietnamese and English), the main menu
// (one level of nesting) and the footer links, as tables of rows with a few spare ones.
import type { Category } from '../../core/db/schema.ts';
import type { Localized } from '../../core/i18n/index.ts';
import type { SiteSettings } from '../../core/settings.ts';
import type { AdminEnv } from '../env.ts';
import type { MenuRow } from '../menu-form.ts';
import { settingsText, type SettingsText } from '../settings-i18n.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { DataTable } from '../views/DataTable.tsx';

export const localizedKeys = ['portalName', 'agencyName', 'governingBody', 'address', 'responsiblePerson', 'licence'] as const;
const spareRows = 3;

function Pair({ name, label, value, t }: { name: string; label: string; value: Localized; t: SettingsText }) {
  return (
    <fieldset class="field pair">
      <legend>{label}</legend>
      <label for={`s-${name}-vi`}>{t.vi}</label>
      <input id={`s-${name}-vi`} name={`${name}_vi`} value={value.vi} required />
      <label for={`s-${name}-en`}>{t.en}</label>
      <input id={`s-${name}-en`} name={`${name}_en`} value={value.en} />
    </fieldset>
  );
}

function MenuTable({ prefix, title, rows, categories, t, nested }: { prefix: string; title: string; rows: MenuRow[]; categories: Category[]; t: SettingsText; nested: boolean }) {
  const all = [...rows, ...Array.from({ length: spareRows }, () => ({ order: '', parent: '', vi: '', en: '', target: '' }))];
  return (
    <section class="card-box" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{title}</h2>
      <p class="hint">{t.menuHelp}</p>
      <input type="hidden" name={`${prefix}_count`} value={String(all.length)} />
      <datalist id={`${prefix}-targets`}>
        {categories.map((c) => (
          <option value={`category:${c.slug}`}>{t.categoryOption(c.name)}</option>
        ))}
      </datalist>
      <DataTable
        class="menu-table"
        rows={all}
        columns={[
          { header: t.order, render: (r, i) => <input name={`${prefix}_order_${i}`} value={r.order} inputMode="numeric" size={4} aria-label={`${t.order} ${i + 1}`} /> },
          nested && { header: t.parent, render: (r, i) => <input name={`${prefix}_parent_${i}`} value={r.parent} inputMode="numeric" size={4} aria-label={`${t.parent} ${i + 1}`} /> },
          { header: t.labelVi, render: (r, i) => <input name={`${prefix}_vi_${i}`} value={r.vi} aria-label={`${t.labelVi} ${i + 1}`} /> },
          { header: t.labelEn, render: (r, i) => <input name={`${prefix}_en_${i}`} value={r.en} aria-label={`${t.labelEn} ${i + 1}`} /> },
          { header: t.target, render: (r, i) => <input name={`${prefix}_target_${i}`} value={r.target} list={`${prefix}-targets`} aria-label={`${t.target} ${i + 1}`} /> },
        ]}
      />
    </section>
  );
}

export function SettingsPage({ env, s, categories, main, footer, flash, problems, footerFromModules = false }: { env: AdminEnv; s: SiteSettings; categories: Category[]; main: MenuRow[]; footer: MenuRow[]; flash?: string | undefined; problems?: string[]; footerFromModules?: boolean }) {
  const t = settingsText[env.lang];
  return (
    <AdminLayout env={env} title={t.settings} flash={flash} error={problems?.length ? problems.join(' ') : undefined}>
      <ActionForm env={env} action="/admin/settings" submit={t.save}>
        <section class="card-box" aria-labelledby="identity-title">
          <h2 id="identity-title">{t.identity}</h2>
          {localizedKeys.map((key) => (
            <Pair name={key} label={t[key]} value={s[key]} t={t} />
          ))}
          {(['phone', 'fax', 'email'] as const).map((key) => (
            <div class="field">
              <label for={`s-${key}`}>{t[key]}</label>
              <input id={`s-${key}`} name={key} value={s[key]} type={key === 'email' ? 'email' : 'text'} />
            </div>
          ))}
          <div class="field">
            <label for="s-logo">{t.logo}</label>
            <input id="s-logo" name="logo" value={s.logo.src} />
          </div>
        </section>
        <MenuTable prefix="main" title={t.mainMenu} rows={main} categories={categories} t={t} nested />
        {footerFromModules && <p class="hint">{t.footerFromLinks}</p>}
        <MenuTable prefix="footer" title={t.footerLinks} rows={footer} categories={categories} t={t} nested={false} />
        <section class="card-box" aria-labelledby="monitoring-title">
          <h2 id="monitoring-title">{t.monitoring}</h2>
          <div class="field">
            <label for="s-emc">{t.emcScriptUrl}</label>
            <p class="hint" id="s-emc-hint">
              {t.emcHint}
            </p>
            <input id="s-emc" name="emcScriptUrl" type="url" value={s.emcScriptUrl} maxLength={500} aria-describedby="s-emc-hint" />
          </div>
        </section>
      </ActionForm>
    </AdminLayout>
  );
}

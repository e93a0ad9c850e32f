// Administrators edit the agency's identity and the menus (ordered, one level of nesting,
// pointing to categories, paths or addresses). Every change is audited; bad input changes nothing.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { isEmail } from '../../core/auth/users.ts';
import { menuCategories } from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import type { Category } from '../../core/db/schema.ts';
import type { Localized } from '../../core/i18n/index.ts';
import type { SiteSettings } from '../../core/settings.ts';
import { adminEnv, type AdminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { menuRows, parseMenu, readRows, type MenuRow } from '../menu-form.ts';
import { settingsText, type SettingsText } from '../settings-i18n.ts';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
import { sendAdminPage } from './session.tsx';

const localizedKeys = ['portalName', 'agencyName', 'governingBody', 'address', 'responsiblePerson', 'licence'] as const;
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
      <div class="table-wrap">
        <table class="data-table menu-table">
          <thead>
            <tr>
              <th scope="col">{t.order}</th>
              {nested && <th scope="col">{t.parent}</th>}
              <th scope="col">{t.labelVi}</th>
              <th scope="col">{t.labelEn}</th>
              <th scope="col">{t.target}</th>
            </tr>
          </thead>
          <tbody>
            {all.map((r, i) => (
              <tr>
                <td>
                  <input name={`${prefix}_order_${i}`} value={r.order} inputMode="numeric" size={4} aria-label={`${t.order} ${i + 1}`} />
                </td>
                {nested && (
                  <td>
                    <input name={`${prefix}_parent_${i}`} value={r.parent} inputMode="numeric" size={4} aria-label={`${t.parent} ${i + 1}`} />
                  </td>
                )}
                <td>
                  <input name={`${prefix}_vi_${i}`} value={r.vi} aria-label={`${t.labelVi} ${i + 1}`} />
                </td>
                <td>
                  <input name={`${prefix}_en_${i}`} value={r.en} aria-label={`${t.labelEn} ${i + 1}`} />
                </td>
                <td>
                  <input name={`${prefix}_target_${i}`} value={r.target} list={`${prefix}-targets`} aria-label={`${t.target} ${i + 1}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SettingsPage({ env, s, categories, main, footer, flash, problems }: { env: AdminEnv; s: SiteSettings; categories: Category[]; main: MenuRow[]; footer: MenuRow[]; flash?: string; problems?: string[] }) {
  const t = settingsText[env.lang];
  return (
    <AdminLayout env={env} title={t.settings} flash={flash} error={problems?.length ? problems.join(' ') : undefined}>
      <form method="post" action="/admin/settings">
        <CsrfField env={env} />
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
        <MenuTable prefix="footer" title={t.footerLinks} rows={footer} categories={categories} t={t} nested={false} />
        <button type="submit" class="button">
          {t.save}
        </button>
      </form>
    </AdminLayout>
  );
}

/** Categories a menu entry may point at: every module's, as core/http/page.ts resolves them. */
const categoriesForMenus = (ctx: AppContext): Promise<Category[]> => menuCategories(ctx.db.kysely, ctx.modules, { includeHidden: true });

export function registerSettingsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  app.get<{ Querystring: { ok?: string } }>('/admin/settings', async (request, reply) => {
    await guard(ctx, request, 'settings.manage');
    const env = await adminEnv(ctx, request);
    const s = await ctx.settings.get();
    return sendAdminPage(reply, <SettingsPage env={env} s={s} categories={await categoriesForMenus(ctx)} main={menuRows(s.mainMenu)} footer={menuRows(s.footerLinks)} flash={request.query.ok ? settingsText[env.lang].saved : undefined} />);
  });

  app.post('/admin/settings', async (request: FastifyRequest, reply) => {
    const auth = await guard(ctx, request, 'settings.manage');
    const env = await adminEnv(ctx, request);
    const t = settingsText[env.lang];
    const body = request.body;
    const current = await ctx.settings.get();
    const categories = await categoriesForMenus(ctx);
    const problems: string[] = [];
    const next: SiteSettings = { ...current };
    for (const key of localizedKeys) {
      const vi = formValue(body, `${key}_vi`).normalize('NFC').trim().slice(0, 500);
      if (!vi) problems.push(t.required(t[key]));
      next[key] = { vi, en: formValue(body, `${key}_en`).trim().slice(0, 500) };
    }
    next.phone = formValue(body, 'phone').trim().slice(0, 60);
    next.fax = formValue(body, 'fax').trim().slice(0, 60);
    next.email = formValue(body, 'email').trim().toLowerCase();
    if (!isEmail(next.email)) problems.push(t.badEmail);
    const logo = formValue(body, 'logo').trim();
    if (!/^\/(static|media)\/[\w./-]+\.(svg|png|jpe?g|webp)$/i.test(logo) || logo.includes('..')) problems.push(t.badLogo);
    else next.logo = { ...current.logo, src: logo };
    const count = (prefix: string) => Math.min(200, Number(formValue(body, `${prefix}_count`)) || 0);
    const mainRows = readRows(body, 'main', count('main'));
    const footerRows = readRows(body, 'footer', count('footer'));
    const main = parseMenu(mainRows, categories, t, true);
    const footer = parseMenu(footerRows, categories, t, false);
    problems.push(...main.problems, ...footer.problems);
    if (problems.length > 0) {
      return sendAdminPage(reply, <SettingsPage env={env} s={next} categories={categories} main={mainRows.filter((r) => r.target || r.vi)} footer={footerRows.filter((r) => r.target || r.vi)} problems={problems} />, 400);
    }
    next.mainMenu = main.items;
    next.footerLinks = footer.items;
    const changed: string[] = [];
    for (const key of Object.keys(next) as (keyof SiteSettings)[]) {
      if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) {
        await ctx.settings.set(key, next[key] as never);
        changed.push(key);
      }
    }
    if (changed.length > 0) await audit(db, { action: 'settings.change', userId: auth.user.id, actor: auth.user.email, ip: request.ip, details: { changed } });
    return reply.redirect('/admin/settings?ok=1', 303);
  });
}

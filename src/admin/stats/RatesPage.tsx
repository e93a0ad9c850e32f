// The royalty rate table for administrators: rename kinds, change the amount per point, add a kind.
import type { RoyaltyRate } from '../../core/stats/schema.ts';
import type { AdminEnv } from '../env.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { DataTable } from '../views/DataTable.tsx';
import type { StatsDictionary } from './i18n.ts';

export interface RatesPageProps {
  env: AdminEnv;
  st: StatsDictionary;
  rates: RoyaltyRate[];
  contentTypes: string[];
  /** what was submitted, shown again after an error */
  values?: Record<string, string> | undefined;
  flash?: string | undefined;
  error?: string | undefined;
}

export function RatesPage({ env, st, rates, contentTypes, values, flash, error }: RatesPageProps) {
  const value = (name: string, fallback: string) => values?.[name] ?? fallback;
  const typeLabel = (type: string) => st.contentTypes[type] ?? type;
  return (
    <AdminLayout env={env} title={st.rates} flash={flash} error={error}>
      <p>
        <a href="/admin/royalties">‹ {st.backToRoyalties}</a>
      </p>
      <ActionForm env={env} action="/admin/royalties/rates" submit={st.save}>
        <DataTable
          rows={rates}
          columns={[
            { header: st.contentType, render: (r) => typeLabel(r.content_type) },
            {
              header: st.kindCode,
              rowHeader: true,
              render: (r) => (
                <>
                  <code>{r.article_kind}</code>
                  <input type="hidden" name="ids" value={String(r.id)} />
                </>
              ),
            },
            {
              header: st.labelVi,
              render: (r) => (
                <>
                  <label for={`vi-${r.id}`} class="visually-hidden">{`${st.labelVi} (${r.article_kind})`}</label>
                  <input id={`vi-${r.id}`} name={`vi_${r.id}`} value={value(`vi_${r.id}`, r.label_vi)} maxLength={100} required />
                </>
              ),
            },
            {
              header: st.labelEn,
              render: (r) => (
                <>
                  <label for={`en-${r.id}`} class="visually-hidden">{`${st.labelEn} (${r.article_kind})`}</label>
                  <input id={`en-${r.id}`} name={`en_${r.id}`} value={value(`en_${r.id}`, r.label_en)} maxLength={100} required />
                </>
              ),
            },
            {
              header: st.amountPerPoint,
              render: (r) => (
                <>
                  <label for={`amount-${r.id}`} class="visually-hidden">{`${st.amountPerPoint} (${r.article_kind})`}</label>
                  <input id={`amount-${r.id}`} name={`amount_${r.id}`} inputMode="numeric" value={value(`amount_${r.id}`, new Intl.NumberFormat('vi-VN').format(r.amount_per_point))} maxLength={16} required />
                </>
              ),
            },
          ]}
        />
        <fieldset class="card-box">
          <legend>{st.addKind}</legend>
          <div class="field">
            <label for="f-new-type">{st.contentType}</label>
            <select id="f-new-type" name="new_type">
              {contentTypes.map((type) => (
                <option value={type} selected={type === value('new_type', 'news')}>
                  {typeLabel(type)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-new-kind">{st.kindCode}</label>
            <p class="hint" id="f-new-kind-hint">
              {st.kindCodeHint}
            </p>
            <input id="f-new-kind" name="new_kind" value={value('new_kind', '')} maxLength={20} aria-describedby="f-new-kind-hint" />
          </div>
          <div class="field">
            <label for="f-new-vi">{st.labelVi}</label>
            <input id="f-new-vi" name="new_vi" value={value('new_vi', '')} maxLength={100} />
          </div>
          <div class="field">
            <label for="f-new-en">{st.labelEn}</label>
            <input id="f-new-en" name="new_en" value={value('new_en', '')} maxLength={100} />
          </div>
          <div class="field">
            <label for="f-new-amount">{st.amountPerPoint}</label>
            <input id="f-new-amount" name="new_amount" inputMode="numeric" value={value('new_amount', '')} maxLength={16} />
          </div>
        </fieldset>
      </ActionForm>
    </AdminLayout>
  );
}

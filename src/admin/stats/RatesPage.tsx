// The royalty rate table for administrators: rename kinds, change the amount per point, add a kind.
import type { RoyaltyRate } from '../../core/stats/schema.ts';
import type { AdminEnv } from '../env.ts';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
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
      <form method="post" action="/admin/royalties/rates">
        <CsrfField env={env} />
        <div class="table-wrap">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{st.contentType}</th>
                <th scope="col">{st.kindCode}</th>
                <th scope="col">{st.labelVi}</th>
                <th scope="col">{st.labelEn}</th>
                <th scope="col">{st.amountPerPoint}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => (
                <tr>
                  <td>{typeLabel(r.content_type)}</td>
                  <th scope="row">
                    <code>{r.article_kind}</code>
                    <input type="hidden" name="ids" value={String(r.id)} />
                  </th>
                  <td>
                    <label for={`vi-${r.id}`} class="visually-hidden">{`${st.labelVi} (${r.article_kind})`}</label>
                    <input id={`vi-${r.id}`} name={`vi_${r.id}`} value={value(`vi_${r.id}`, r.label_vi)} maxLength={100} required />
                  </td>
                  <td>
                    <label for={`en-${r.id}`} class="visually-hidden">{`${st.labelEn} (${r.article_kind})`}</label>
                    <input id={`en-${r.id}`} name={`en_${r.id}`} value={value(`en_${r.id}`, r.label_en)} maxLength={100} required />
                  </td>
                  <td>
                    <label for={`amount-${r.id}`} class="visually-hidden">{`${st.amountPerPoint} (${r.article_kind})`}</label>
                    <input id={`amount-${r.id}`} name={`amount_${r.id}`} inputMode="numeric" value={value(`amount_${r.id}`, new Intl.NumberFormat('vi-VN').format(r.amount_per_point))} maxLength={16} required />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
        <button type="submit" class="button">
          {st.save}
        </button>
      </form>
    </AdminLayout>
  );
}

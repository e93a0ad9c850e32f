// The list's filter form: a plain GET form (works without JavaScript, the address is shareable).
import type { SelectOption } from '../../../core/content-types/declaration.ts';
import { fieldOptions, issuerOptions, kindOptions, statusOptions } from '../declaration.ts';
import type { DocumentsText } from '../i18n.ts';
import type { ListParams } from '../urls.ts';

function Select({ name, label, options, value, lang, all }: { name: string; label: string; options: SelectOption[]; value: string | undefined; lang: 'vi' | 'en'; all: string }) {
  const id = `doc-${name}`;
  return (
    <div class="doc-filters__field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterForm({ action, params, years, text, lang }: { action: string; params: ListParams; years: number[]; text: DocumentsText; lang: 'vi' | 'en' }) {
  const yearOptions = years.map((y) => ({ value: String(y), label: { vi: String(y), en: String(y) } }));
  if (params.nam && !yearOptions.some((o) => o.value === params.nam)) yearOptions.unshift({ value: params.nam, label: { vi: params.nam, en: params.nam } });
  const common = { lang, all: text.all };
  return (
    <form class="doc-filters" method="get" action={action} role="search" aria-labelledby="doc-filters-title">
      <h2 id="doc-filters-title" class="doc-filters__title">
        {text.filters}
      </h2>
      <div class="doc-filters__field doc-filters__field--wide">
        <label for="doc-q">{text.searchBox}</label>
        <input id="doc-q" type="search" name="q" value={params.q ?? ''} maxLength={200} aria-describedby="doc-q-hint" />
        <p id="doc-q-hint" class="doc-filters__hint">
          {text.searchHint}
        </p>
      </div>
      <Select name="loai" label={text.kind} options={kindOptions} value={params.loai} {...common} />
      <Select name="co-quan" label={text.issuer} options={issuerOptions} value={params['co-quan']} {...common} />
      <Select name="linh-vuc" label={text.field} options={fieldOptions} value={params['linh-vuc']} {...common} />
      <Select name="nam" label={text.year} options={yearOptions} value={params.nam} {...common} />
      <Select name="tinh-trang" label={text.status} options={statusOptions} value={params['tinh-trang']} {...common} />
      <div class="doc-filters__actions">
        <button type="submit" class="button">
          {text.filter}
        </button>
        {Object.keys(params).length > 0 && (
          <a class="doc-filters__clear" href={action}>
            {text.clearFilters}
          </a>
        )}
      </div>
    </form>
  );
}

// Documents as a table: Số ký hiệu, Ngày ban hành, Trích yếu (linked), kind, status. On a narrow
// screen each row becomes a block whose cells carry their column's name (data-label, in CSS).
import { kindOptions, statusOptions } from '../declaration.ts';
import type { DocumentsText } from '../i18n.ts';
import type { DocumentItem } from '../queries.ts';
import { documentPathEn } from '../urls.ts';
import { formatDay, labelOf } from './format.ts';

export function DocumentTable({ items, text, lang, caption }: { items: DocumentItem[]; text: DocumentsText; lang: 'vi' | 'en'; caption: string }) {
  return (
    <table class="doc-table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.number}</th>
          <th scope="col">{text.issuedOn}</th>
          <th scope="col">{text.abstract}</th>
          <th scope="col">{text.kind}</th>
          <th scope="col">{text.status}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr>
            <th scope="row" class="doc-table__number" data-label={text.number}>
              {item.number}
            </th>
            <td data-label={text.issuedOn}>
              {item.issuedOn ? <time datetime={item.issuedOn}>{formatDay(item.issuedOn)}</time> : text.notSet}
            </td>
            <td class="doc-table__abstract" data-label={text.abstract}>
              <a href={lang === 'en' ? documentPathEn(item.slug) : item.url}>{item.abstract}</a>
            </td>
            <td data-label={text.kind}>{labelOf(kindOptions, item.kind, lang) ?? text.notSet}</td>
            <td data-label={text.status}>
              {item.status ? <span class={`doc-status doc-status--${item.status}`}>{labelOf(statusOptions, item.status, lang)}</span> : text.notSet}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

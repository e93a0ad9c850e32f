// A table of items (of any declared type) for queues and lists; each links to its editor.
import { adminItemPath } from '../../core/content-types/admin-queries.ts';
import type { Content } from '../../core/db/schema.ts';
import { declarationOf } from '../../core/modules.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import type { AdminEnv } from '../env.ts';

export function ArticleTable({ env, items, categories, authors }: { env: AdminEnv; items: Content[]; categories: Map<number, string>; authors: Map<number, string> }) {
  const { t } = env;
  if (items.length === 0) return <p class="empty">{t.none}</p>;
  return (
    <div class="table-wrap">
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.category}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.author}</th>
            <th scope="col">{t.updated}</th>
            <th scope="col">{t.publishedAt}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr>
              <td>
                <a href={adminItemPath(declarationOf(c.type), c.type, c.id)}>{c.title}</a>
              </td>
              <td>{c.category_id !== null ? categories.get(c.category_id) : ''}</td>
              <td>
                <span class={`status status--${c.status}`}>{t.statuses[c.status]}</span>
              </td>
              <td>{c.created_by !== null ? (authors.get(c.created_by) ?? '') : ''}</td>
              <td>{formatStamp(c.updated_at)}</td>
              <td>{c.published_at ? formatStamp(c.published_at) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

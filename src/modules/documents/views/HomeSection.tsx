// The documents module's block on the home page: the newest documents by issue date.
import type { PageEnv } from '../../../core/html/page-env.ts';
import { textFor } from '../i18n.ts';
import type { DocumentItem } from '../queries.ts';
import { documentsBase } from '../urls.ts';
import { formatDay } from './format.ts';

export function LatestDocuments({ env, items }: { env: PageEnv; items: DocumentItem[] }) {
  const text = textFor(env.lang);
  return (
    <section class="home-category home-documents" aria-labelledby="home-documents-title">
      <h2 id="home-documents-title" class="section-title">
        <a href={documentsBase}>{text.latestDocuments}</a>
      </h2>
      <ul class="home-documents__list">
        {items.map((item) => (
          <li>
            <a href={item.url}>
              <span class="home-documents__number">{item.number}</span> {item.abstract}
            </a>{' '}
            {item.issuedOn && <time datetime={item.issuedOn}>({formatDay(item.issuedOn)})</time>}
          </li>
        ))}
      </ul>
      <p>
        <a class="more-link" href={documentsBase}>
          {text.viewAllDocuments} ›
        </a>
      </p>
    </section>
  );
}

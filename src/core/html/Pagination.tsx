// Numbered pagination with previous/next, as links (?trang=N).
import type { PageEnv } from './page-env.ts';

/** Page numbers to show: first, last, and two around the current one; 0 marks a gap. */
export function pageWindow(page: number, pageCount: number): number[] {
  const pages = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  const out: number[] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && n - last > 1) out.push(0);
    out.push(n);
  }
  return out;
}

export function Pagination({ env, page, pageCount, href }: { env: PageEnv; page: number; pageCount: number; href: (n: number) => string }) {
  if (pageCount <= 1) return null;
  const { t } = env;
  return (
    <nav class="pagination" aria-label={t.pagination}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              ‹ {t.previousPage}
            </a>
          </li>
        )}
        {pageWindow(page, pageCount).map((n) =>
          n === 0 ? (
            <li class="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li>
              <a href={href(n)} aria-label={t.pageN(n)} aria-current={n === page ? 'page' : undefined}>
                {n}
              </a>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <a href={href(page + 1)} rel="next">
              {t.nextPage} ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

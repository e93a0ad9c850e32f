// Breadcrumb trail (Trang chủ › Tin tức › Tin Ban Quản lý); the last crumb is the current page.
import type { PageEnv } from './page-env.ts';

export interface Crumb {
  label: string;
  href?: string | undefined;
}

export function Breadcrumb({ env, items }: { env: PageEnv; items: Crumb[] }) {
  const all: Crumb[] = [{ label: env.t.home, href: '/' }, ...items];
  return (
    <nav class="breadcrumb" aria-label={env.t.breadcrumb}>
      <ol>
        {all.map((crumb, i) => (
          <li>
            {crumb.href && i < all.length - 1 ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

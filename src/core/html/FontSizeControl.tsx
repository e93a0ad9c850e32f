// "Xem với cỡ chữ A- A A+": plain links that set a cookie and come back (works without
// JavaScript); site.js turns them into instant changes. The level persists across pages.
import type { PageEnv } from './page-env.ts';

export function fontSizeHref(action: 'giam' | 'mac-dinh' | 'tang', path: string): string {
  return `/co-chu/${action}?ve=${encodeURIComponent(path)}`;
}

export function FontSizeControl({ env }: { env: PageEnv }) {
  const { t } = env;
  return (
    <div class="font-size" role="group" aria-labelledby="font-size-label">
      <span id="font-size-label" class="font-size__label">
        {t.fontSize}
      </span>
      <a class="font-size__btn" href={fontSizeHref('giam', env.path)} data-font="-1" rel="nofollow" aria-label={t.fontSmaller} title={t.fontSmaller}>
        A-
      </a>
      <a class="font-size__btn" href={fontSizeHref('mac-dinh', env.path)} data-font="0" rel="nofollow" aria-label={t.fontDefault} title={t.fontDefault}>
        A
      </a>
      <a class="font-size__btn" href={fontSizeHref('tang', env.path)} data-font="1" rel="nofollow" aria-label={t.fontLarger} title={t.fontLarger}>
        A+
      </a>
    </div>
  );
}

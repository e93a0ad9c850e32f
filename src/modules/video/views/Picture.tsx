// A poster as <picture>: AVIF (small widths) and WebP sources over the widths the library made,
// and an <img> of the largest JPEG/PNG with its width and height (no layout shift).
import { avifMedia, type ResponsiveSource } from '../../../core/media/responsive.ts';
import type { Poster } from '../queries.ts';

const srcsetOf = (sources: readonly ResponsiveSource[]) => sources.map((s) => `/media/${s.key} ${s.width}w`).join(', ');

export function Picture({ poster, alt, sizes, lazy, class: className }: { poster: Poster; alt: string; sizes: string; lazy: boolean; class?: string }) {
  const image = poster.image;
  const loading = lazy ? { loading: 'lazy' as const, decoding: 'async' as const } : {};
  const img = <img class={className} src={`/media/${image?.fallbackKey ?? poster.key}`} alt={alt} width={image?.width ?? poster.width} height={image?.height ?? poster.height} {...loading} />;
  if (!image || image.webp.length === 0) return img;
  const largestAvif = image.avif.at(-1)?.width ?? 0;
  const largestWebp = image.webp.at(-1)?.width ?? 0;
  return (
    <picture>
      {image.avif.length > 0 && <source type="image/avif" srcset={srcsetOf(image.avif)} sizes={sizes} media={largestWebp > largestAvif ? avifMedia : undefined} />}
      <source type="image/webp" srcset={srcsetOf(image.webp)} sizes={sizes} />
      {img}
    </picture>
  );
}

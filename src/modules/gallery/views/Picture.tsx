// A library photo as <picture>: AVIF (small widths, phones) and WebP sources over the widths the
// library made, and an <img> of the largest JPEG/PNG with the photo's width and height (no layout
// shift); lazy unless it is the first image of the page.
import { avifMedia, type ResponsiveSource } from '../../../core/media/responsive.ts';
import type { Photo } from '../queries.ts';

export const srcsetOf = (sources: readonly ResponsiveSource[]) => sources.map((s) => `/media/${s.key} ${s.width}w`).join(', ');

/** The address of the photo itself, as large as the library keeps it. */
export const largeUrl = (photo: Photo) => `/media/${photo.image?.fallbackKey ?? photo.key}`;

export function Picture({ photo, alt, sizes, lazy, class: className }: { photo: Photo; alt: string; sizes: string; lazy: boolean; class?: string }) {
  const image = photo.image;
  const loading = lazy ? { loading: 'lazy' as const, decoding: 'async' as const } : {};
  const img = <img class={className} src={largeUrl(photo)} alt={alt} width={image?.width ?? photo.width} height={image?.height ?? photo.height} {...loading} />;
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

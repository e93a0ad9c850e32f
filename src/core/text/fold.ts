// Vietnamese text folding: the one place that turns "Hội nghị Đảng" into "hoi nghi dang".
// Slugs, URL matching, category lookup and (later) search all go through it.

/** Normalise to NFC, the form we store (TCVN 6909 / Unicode). */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** NFD, drop combining marks, đ→d, lower case. Keeps everything else (digits, punctuation). */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** URL slug: folded ASCII words joined by hyphens, at most `maxLength` characters, never cut mid-word. */
export function slugify(text: string, maxLength = 100): string {
  const words = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words.join('-').slice(0, maxLength);
}

/** True when `slug` is a well-formed slug (what our routes accept before touching the database). */
export function isSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 200;
}

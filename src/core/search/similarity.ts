// String similarity for "did you mean": trigram similarity computed like PostgreSQL's pg_trgm
// (each word padded with two spaces before and one after, similarity = shared / all trigrams),
// optimal-string-alignment edit distance, and undoing Telex/VNI typing done without an input
// method ("hooij nghij", "ho6i5 ngh5i" → "hoi nghi").

export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  }
  return set;
}

export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** Edit distance counting a swap of two neighbouring letters as one edit. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

const vowels = /[aeiouy]/;

/**
 * The folded word a Telex or VNI typist meant when no input method turned keys into diacritics:
 * tone keys (s f r x j, or digits 1–9) after the first vowel are dropped, doubled vowels and dd
 * become single letters, w after a, o, u is dropped and a lone w is ư (u). Null when nothing
 * changes.
 */
export function undoTelex(word: string): string | null {
  const first = word.search(vowels);
  let out = word;
  if (/[a-z]/.test(word) && /[1-9]/.test(word)) out = word.replace(/[1-9]/g, '');
  else if (first >= 0) out = word.slice(0, first + 1) + word.slice(first + 1).replace(/[sfrxj]/g, '');
  out = out.replace(/dd/g, 'd').replace(/([aeo])\1/g, '$1').replace(/([aou])w/g, '$1').replace(/w/g, 'u');
  return out !== word && out.length > 0 ? out : null;
}

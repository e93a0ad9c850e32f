// How the zone pages write numbers, areas, prices, dates and coordinates in each language:
// "210,54 ha" and "1.250.000" in Vietnamese, "210.54 ha" and "1,250,000" in English.
import type { Language } from '../../core/db/schema.ts';
import { cellNumber, fieldLabel, kindOptions, optionText, zoneDeclaration } from './declaration.ts';
import { zoneStrings } from './i18n.ts';
import type { Zone } from './queries.ts';

const locale = (lang: Language) => (lang === 'en' ? 'en-GB' : 'vi-VN');

export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
export const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export function numberText(lang: Language, n: number, fraction = 2): string {
  return n.toLocaleString(locale(lang), { maximumFractionDigits: fraction });
}

export function areaText(lang: Language, ha: number | undefined): string {
  return ha === undefined ? '' : `${numberText(lang, ha)} ha`;
}

/** A decimal table cell ("210,54") written for the language; the text as typed when it is no number. */
export function cellText(lang: Language, cell: string | undefined, unit: string): string {
  const n = cellNumber(cell);
  return n === undefined ? (cell ?? '') : `${numberText(lang, n)} ${unit}`;
}

export function percentText(lang: Language, n: number): string {
  return numberText(lang, n, 1);
}

/** "1 250 000 đồng/m²/năm" with the unit as the editor wrote it. */
export function priceText(lang: Language, zone: Zone): string {
  const price = num(zone.fields.landPrice);
  if (price === undefined) return '';
  const unit = text(zone.fields.landPriceUnit);
  return `${numberText(lang, price, 0)}${unit ? ` ${unit}` : lang === 'en' ? ' VND' : ' đồng'}`;
}

/** A calendar day "2025-01-01" → "01/01/2025" or "1 Jan 2025". */
export function dayText(lang: Language, day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return lang === 'en' ? d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : d.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
}

export function coordinatesOf(zone: Zone): { lat: number; lng: number } | undefined {
  const c = zone.fields.coordinates as { lat?: unknown; lng?: unknown } | undefined;
  return c && typeof c.lat === 'number' && typeof c.lng === 'number' ? { lat: c.lat, lng: c.lng } : undefined;
}

/** "9,9731° vĩ Bắc, 105,1554° kinh Đông" / "9.9731° N, 105.1554° E". */
export function coordinatesText(lang: Language, c: { lat: number; lng: number }): string {
  const s = zoneStrings[lang];
  const part = (v: number, plus: string, minus: string) => `${numberText(lang, Math.abs(v), 4)}° ${v < 0 ? minus : plus}`;
  return `${part(c.lat, s.north, s.south)}, ${part(c.lng, s.east, s.west)}`;
}

/** The zone's name in the page's language: the English name when there is one. */
export function zoneName(zone: Zone, lang: Language): { name: string; lang: Language } {
  const en = text(zone.fields.nameEn);
  return lang === 'en' && en ? { name: en, lang: 'en' } : { name: zone.title, lang: 'vi' };
}

/** `lang` attribute for Vietnamese text on an English page (screen readers switch voice). */
export const viOn = (lang: Language): 'vi' | undefined => (lang === 'en' ? 'vi' : undefined);

export const kindText = (zone: Zone, lang: Language) => optionText(kindOptions, zone.fields.kind, lang);

export { fieldLabel };

/** A column's label of a `rows` field, in a language. */
export function columnLabel(field: string, column: string, lang: Language): string {
  return zoneDeclaration.fields.find((f) => f.name === field)!.columns!.find((c) => c.name === column)!.label[lang];
}

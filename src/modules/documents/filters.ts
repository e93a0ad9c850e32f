// The list's filters as the query string gives them (a GET form, shareable): each one checked
// against the declaration before any query runs, so a bad value is a 400 that says which, never a 500.
import { AppError } from '../../core/errors.ts';
import { toNfc } from '../../core/text/fold.ts';
import { fieldOptions, issuerOptions, kindOptions, statusOptions } from './declaration.ts';
import type { ListParams } from './urls.ts';

export interface DocumentFilters {
  kind?: string;
  issuer?: string;
  field?: string;
  year?: number;
  status?: string;
  q?: string;
}

const maxQueryLength = 200;

function oneOf(name: string, raw: string | undefined, options: { value: string }[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!options.some((o) => o.value === raw)) throw new AppError('BAD_QUERY', { vi: `${name} phải là một giá trị trong danh sách`, en: `${name} is not one of the listed values` });
  return raw;
}

/** Parses the list's query; empty values ("Tất cả") mean no filter. */
export function parseFilters(query: ListParams): { filters: DocumentFilters; params: ListParams } {
  const filters: DocumentFilters = {};
  const kind = oneOf('loai', query.loai, kindOptions);
  const issuer = oneOf('co-quan', query['co-quan'], issuerOptions);
  const field = oneOf('linh-vuc', query['linh-vuc'], fieldOptions);
  const status = oneOf('tinh-trang', query['tinh-trang'], statusOptions);
  if (kind) filters.kind = kind;
  if (issuer) filters.issuer = issuer;
  if (field) filters.field = field;
  if (status) filters.status = status;
  const year = query.nam;
  if (year !== undefined && year !== '') {
    if (!/^(19|20|21)\d{2}$/.test(year)) throw new AppError('BAD_QUERY', { vi: 'nam phải là một năm, ví dụ 2020', en: 'nam must be a year such as 2020' });
    filters.year = Number(year);
  }
  const q = toNfc(query.q ?? '').replace(/\s+/g, ' ').trim();
  if (q.length > maxQueryLength) throw new AppError('BAD_QUERY', { vi: `từ khóa dài quá ${maxQueryLength} ký tự`, en: `q is longer than ${maxQueryLength} characters` });
  if (q) filters.q = q;
  const params: ListParams = {
    ...(filters.q ? { q: filters.q } : {}),
    ...(kind ? { loai: kind } : {}),
    ...(issuer ? { 'co-quan': issuer } : {}),
    ...(field ? { 'linh-vuc': field } : {}),
    ...(filters.year ? { nam: String(filters.year) } : {}),
    ...(status ? { 'tinh-trang': status } : {}),
  };
  return { filters, params };
}

// One validator for a content type's own fields, whatever sent them: the back-office form
// (strings, Vietnamese number formats) or the admin API (JSON). Every problem names its field and
// says why in both languages; nothing is stored unless there is none.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { MarkupTooComplexError } from '../html/markup-limits.ts';
import { sanitizeBody } from '../html/sanitize.ts';
import { markupRefusal } from '../workflow/errors.ts';
import { parseLocalInput } from '../text/datetime.ts';
import { toNfc } from '../text/fold.ts';
import type { Bilingual, ContentTypeDeclaration, FieldDeclaration, FieldProblem, FieldValues } from './declaration.ts';

export type FieldSource = 'form' | 'json';

const defaultMax: Partial<Record<FieldDeclaration['kind'], number>> = { text: 500, longText: 10_000, richText: 500_000 };

const say = (vi: string, en: string): Bilingual => ({ vi, en });

export class FieldsInvalid extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message.en}`).join('; '));
    this.name = 'FieldsInvalid';
  }
}

const isEmpty = (raw: unknown) => raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0);

/** "1.200.000" or "1 200 000" (money, whole) and "12,5" or "12.5" (area, number) typed in a form. */
function parseFormNumber(raw: string, whole: boolean): number | undefined {
  let text = raw.replace(/[\s\u00a0]/g, '');
  if (whole) text = text.replace(/[.,](?=\d{3}(\D|$))/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else text = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

function isValidDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The list of values of a multi-valued field, from a form (repeated or comma-separated) or JSON. */
function listOf(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'string') return raw.split(',').map((s) => s.trim()).filter(Boolean);
  return [raw];
}

function idList(raw: unknown, source: FieldSource): number[] | undefined {
  const out: number[] = [];
  for (const item of listOf(raw)) {
    const n = source === 'form' && typeof item === 'string' && /^\d{1,9}$/.test(item) ? Number(item) : item;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return undefined;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

type One = { value: unknown } | { problem: Bilingual };

function checkOne(field: FieldDeclaration, raw: unknown, source: FieldSource): One {
  const max = field.maxLength ?? defaultMax[field.kind];
  switch (field.kind) {
    case 'text':
    case 'longText':
    case 'richText': {
      if (typeof raw !== 'string') return { problem: say('Phải là văn bản.', 'Must be text.') };
      const text = field.kind === 'text' ? toNfc(raw).replace(/\s+/g, ' ').trim() : toNfc(raw).replace(/\r\n/g, '\n').trim();
      if (max !== undefined && text.length > max) return { problem: say(`Tối đa ${max} ký tự.`, `At most ${max} characters.`) };
      if (field.pattern && !field.pattern.regex.test(text)) return { problem: field.pattern.message };
      return { value: text };
    }
    case 'number':
    case 'money':
    case 'area': {
      const n = typeof raw === 'number' ? raw : source === 'form' && typeof raw === 'string' ? parseFormNumber(raw, field.kind === 'money') : undefined;
      if (n === undefined || !Number.isFinite(n)) return { problem: say('Phải là một số.', 'Must be a number.') };
      if (field.kind === 'money' && !Number.isInteger(n)) return { problem: say('Phải là số tiền nguyên (đồng).', 'Must be a whole amount (VND).') };
      const min = field.min ?? (field.kind === 'number' ? undefined : 0);
      if (min !== undefined && n < min) return { problem: say(`Không được nhỏ hơn ${min}.`, `Must be at least ${min}.`) };
      if (field.max !== undefined && n > field.max) return { problem: say(`Không được lớn hơn ${field.max}.`, `Must be at most ${field.max}.`) };
      return { value: n };
    }
    case 'date': {
      if (typeof raw !== 'string' || !isValidDate(raw.trim())) return { problem: say('Ngày không hợp lệ (năm-tháng-ngày).', 'Invalid date (year-month-day).') };
      return { value: raw.trim() };
    }
    case 'dateTime': {
      if (typeof raw !== 'string') return { problem: say('Thời điểm không hợp lệ.', 'Invalid date and time.') };
      const at = source === 'form' ? parseLocalInput(raw.trim()) : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(raw.trim()) ? new Date(raw.trim()) : undefined;
      if (!at || Number.isNaN(at.getTime())) return { problem: say('Thời điểm không hợp lệ.', 'Invalid date and time.') };
      return { value: at.toISOString() };
    }
    case 'select': {
      const allowed = new Set((field.options ?? []).map((o) => o.value));
      const values = field.multiple ? listOf(raw) : [raw];
      if (!values.every((v) => typeof v === 'string' && allowed.has(v))) return { problem: say('Giá trị không có trong danh sách.', 'Not one of the listed values.') };
      return { value: field.multiple ? [...new Set(values as string[])] : values[0] };
    }
    case 'reference':
    case 'files':
    case 'images': {
      const ids = idList(raw, source);
      if (!ids) return { problem: say('Hãy chọn trong danh sách.', 'Choose from the list.') };
      if (field.kind === 'reference' && !field.multiple && ids.length > 1) return { problem: say('Chỉ chọn một mục.', 'Choose one item only.') };
      return { value: field.kind === 'reference' && !field.multiple ? ids[0] : ids };
    }
    case 'coordinates': {
      let lat: unknown;
      let lng: unknown;
      if (typeof raw === 'string' && source === 'form') [lat, lng] = raw.split(',').map((s) => parseFormNumber(s.trim(), false));
      else if (raw && typeof raw === 'object' && !Array.isArray(raw)) ({ lat, lng } = raw as { lat?: unknown; lng?: unknown });
      const ok = typeof lat === 'number' && typeof lng === 'number' && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
      if (!ok) return { problem: say('Toạ độ phải là "vĩ độ, kinh độ" (ví dụ 10.22, 103.96).', 'Coordinates must be "latitude, longitude" (e.g. 10.22, 103.96).') };
      return { value: { lat, lng } };
    }
  }
}

/**
 * Checks and normalises a type's field values. Unknown fields are refused (never dropped); a
 * required field must have a value; `validate` rules run once every field is valid. Rich text is
 * sanitised (in the worker). Throws FieldsInvalid with every problem at once.
 */
export async function validateFields(declaration: ContentTypeDeclaration, input: FieldValues, source: FieldSource): Promise<FieldValues> {
  const problems: FieldProblem[] = [];
  const values: FieldValues = {};
  for (const name of Object.keys(input)) {
    if (!declaration.fields.some((f) => f.name === name)) problems.push({ field: name, message: say(`Loại nội dung này không có mục "${name}".`, `This kind of content has no "${name}" entry.`) });
  }
  for (const field of declaration.fields) {
    const raw = input[field.name];
    if (isEmpty(raw)) {
      if (field.required) problems.push({ field: field.name, message: say('Bắt buộc nhập.', 'Required.') });
      continue;
    }
    const one = checkOne(field, raw, source);
    if ('problem' in one) problems.push({ field: field.name, message: one.problem });
    else values[field.name] = one.value;
  }
  if (problems.length === 0 && declaration.validate) problems.push(...declaration.validate(values));
  if (problems.length > 0) throw new FieldsInvalid(problems);
  for (const field of declaration.fields) {
    if (field.kind !== 'richText' || typeof values[field.name] !== 'string') continue;
    try {
      values[field.name] = await sanitizeBody(values[field.name] as string);
    } catch (error) {
      // a markup bomb in a declared rich-text field is that field's problem, said as for a body
      if (!(error instanceof MarkupTooComplexError)) throw error;
      const refusal = markupRefusal(error);
      problems.push({ field: field.name, message: { vi: refusal.messageIn('vi'), en: refusal.messageIn('en') } });
    }
  }
  if (problems.length > 0) throw new FieldsInvalid(problems);
  return values;
}

/** References point at existing items of the right type, files at existing media of the right kind. */
export async function checkLinks(db: Kysely<Database>, declaration: ContentTypeDeclaration, values: FieldValues): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const field of declaration.fields) {
    const value = values[field.name];
    if (value === undefined) continue;
    const ids = (Array.isArray(value) ? value : [value]) as number[];
    if (ids.length === 0) continue;
    if (field.kind === 'reference') {
      const found = await db.selectFrom('content').select('id').where('id', 'in', ids).where('type', '=', field.referenceType ?? '').execute();
      if (found.length !== ids.length) problems.push({ field: field.name, message: say('Có mục được chọn không tồn tại.', 'A chosen item does not exist.') });
    } else if (field.kind === 'files' || field.kind === 'images') {
      const kind = field.kind === 'images' ? 'image' : 'attachment';
      const found = await (db as unknown as Kysely<{ media: { id: number; kind: string } }>).selectFrom('media').select('id').where('id', 'in', ids).where('kind', '=', kind).execute();
      if (found.length !== ids.length) problems.push({ field: field.name, message: say(field.kind === 'images' ? 'Có ảnh không tồn tại trong thư viện.' : 'Có tệp không tồn tại trong thư viện.', field.kind === 'images' ? 'An image is not in the media library.' : 'A file is not in the media library.') });
    }
  }
  if (problems.length > 0) throw new FieldsInvalid(problems);
}

/** The JSON schema of `fields` in the admin API (and OpenAPI), from the declaration. */
export function fieldsJsonSchema(declaration: ContentTypeDeclaration): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const field of declaration.fields) {
    const max = field.maxLength ?? defaultMax[field.kind];
    const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }], description: field.label.en });
    const ids = { type: 'array', items: { type: 'integer', minimum: 1 }, maxItems: 200 };
    properties[field.name] = nullable(
      field.kind === 'text' || field.kind === 'longText' || field.kind === 'richText' ? { type: 'string', ...(max ? { maxLength: max } : {}) }
      : field.kind === 'number' || field.kind === 'area' ? { type: 'number' }
      : field.kind === 'money' ? { type: 'integer' }
      : field.kind === 'date' ? { type: 'string', format: 'date' }
      : field.kind === 'dateTime' ? { type: 'string', format: 'date-time' }
      : field.kind === 'select' ? (field.multiple ? { type: 'array', items: { type: 'string', enum: (field.options ?? []).map((o) => o.value) } } : { type: 'string', enum: (field.options ?? []).map((o) => o.value) })
      : field.kind === 'reference' ? (field.multiple ? ids : { type: 'integer', minimum: 1 })
      : field.kind === 'coordinates' ? { type: 'object', additionalProperties: false, required: ['lat', 'lng'], properties: { lat: { type: 'number' }, lng: { type: 'number' } } }
      : ids,
    );
  }
  return { type: 'object', additionalProperties: false, properties };
}

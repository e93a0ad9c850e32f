// Query strings are declared: a parameter given twice ("?q=1&q=2") arrives as an array, which the
// code reading it never expects. Each route that reads its query passes queryOf([...names]): every
// named parameter must be a single string, and a refusal is a 400 BAD_QUERY saying which one.
// Pages tolerate parameters they do not read (tracking tags, old links); the JSON API is strict.
import type { FastifySchemaValidationError } from 'fastify';
import { AppError } from '../errors.ts';

function explain(errors: FastifySchemaValidationError[]): string {
  const first = errors[0];
  const extra = first?.params?.additionalProperty;
  if (typeof extra === 'string') return `Unknown parameter: ${extra.slice(0, 60)}`;
  const name = first?.instancePath?.replace(/^\//, '') ?? '';
  return name ? `${name.slice(0, 60)} must be given once, as text` : 'Invalid query string';
}

export function queryOf(names: readonly string[], options: { strict?: boolean } = {}) {
  return {
    schema: {
      querystring: {
        type: 'object',
        properties: Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
        additionalProperties: !options.strict,
      },
    },
    schemaErrorFormatter: (errors: FastifySchemaValidationError[]) => new AppError('BAD_QUERY', explain(errors)),
  } as const;
}

// What the statistics and royalty handlers share: the page's environment and dictionary, the
// problem of a refused input, the period as typed, and the period to go back to after a form.
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { isDay } from '../../core/stats/periods.ts';
import { RoyaltyInputError } from '../../core/stats/royalties.ts';
import { adminEnv } from '../env.ts';
import { statsDictionaries, type StatsProblem } from './i18n.ts';
import { StatsInputError } from './input.ts';

export type PeriodQuery = { Querystring: { from?: unknown; to?: unknown; ok?: unknown } };

/** A query value as typed (for the form after an error), cut short. */
export const shown = (v: unknown) => (typeof v === 'string' ? v.slice(0, 40) : undefined);

export function problemOf(error: unknown): StatsProblem | undefined {
  return error instanceof StatsInputError || error instanceof RoyaltyInputError ? error.problem : undefined;
}

/** Where a form goes back to: the report's period, when the form carried a well-formed one. */
export function periodQuery(from: string, to: string): string {
  const params = new URLSearchParams();
  if (isDay(from)) params.set('from', from);
  if (isDay(to)) params.set('to', to);
  return params.toString();
}

export async function statsPageEnv(ctx: AppContext, request: FastifyRequest) {
  const env = await adminEnv(ctx, request);
  return { env, st: statsDictionaries[env.lang] };
}

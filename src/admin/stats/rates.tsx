// The royalty rate table (administrators): GET shows it, POST renames kinds, changes amounts per
// point and adds a kind; a refusal shows what was typed again with why.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { checkKindCode, cleanLabel, listRates, parseAmount, rateContentTypes, saveRates, type NewRate, type RateChange } from '../../core/stats/royalties.ts';
import { formValue, formValues } from '../forms.tsx';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { problemOf, shown, statsPageEnv, type PeriodQuery } from './common.ts';
import { formId } from './input.ts';
import { RatesPage } from './RatesPage.tsx';

export async function showRates(ctx: AppContext, request: FastifyRequest<PeriodQuery>, reply: FastifyReply) {
  await guard(ctx, request, 'royalties.manage');
  const { env, st } = await statsPageEnv(ctx, request);
  const flash = shown(request.query.ok) === 'rates' ? st.ratesSaved : undefined;
  return sendAdminPage(reply, <RatesPage env={env} st={st} rates={await listRates(ctx.db.kysely)} contentTypes={await rateContentTypes(ctx.db.kysely)} flash={flash} />);
}

export async function saveRateTable(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'royalties.manage');
  const body = request.body;
  try {
    const changes: RateChange[] = formValues(body, 'ids').map((raw) => {
      const id = formId(raw);
      return { id, labelVi: cleanLabel(formValue(body, `vi_${id}`)), labelEn: cleanLabel(formValue(body, `en_${id}`)), amount: parseAmount(formValue(body, `amount_${id}`)) };
    });
    const fresh = ['new_kind', 'new_vi', 'new_en', 'new_amount'].some((name) => formValue(body, name).trim() !== '');
    const added: NewRate | null = fresh
      ? { contentType: formValue(body, 'new_type'), kind: checkKindCode(formValue(body, 'new_kind')), labelVi: cleanLabel(formValue(body, 'new_vi')), labelEn: cleanLabel(formValue(body, 'new_en')), amount: parseAmount(formValue(body, 'new_amount')) }
      : null;
    await saveRates(ctx.db.kysely, auth.actor, changes, added, { ip: request.ip, actorEmail: auth.user.email });
    return reply.redirect('/admin/royalties/rates?ok=rates', 303);
  } catch (error) {
    const problem = problemOf(error);
    if (!problem) throw error;
    const { env, st } = await statsPageEnv(ctx, request);
    const values = Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf'));
    return sendAdminPage(reply, <RatesPage env={env} st={st} rates={await listRates(ctx.db.kysely)} contentTypes={await rateContentTypes(ctx.db.kysely)} values={values} error={st.problems[problem]} />, 400);
  }
}

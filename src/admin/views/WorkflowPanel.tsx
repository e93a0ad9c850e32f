// The workflow panel of the editing page of every declared type (news included): the moves this user
// may make from the item's current state, each a small form posting to `${base}/move/<move>`.
import { can, inCategories } from '../../core/auth/permissions.ts';
import type { Content } from '../../core/db/schema.ts';
import { takedownKinds, transitions, type Transition } from '../../core/workflow/states.ts';
import type { AdminEnv } from '../env.ts';
import { Field, TextArea } from '../forms.tsx';
import { CsrfField } from './AdminLayout.tsx';

/** The moves the server would accept from this user now (the same rules as core/workflow/content.ts). */
export function allowedMoves(env: AdminEnv, content: Content): Transition[] {
  const actor = env.auth!.actor;
  return (Object.keys(transitions) as Transition[]).filter((move) => {
    const rule = transitions[move];
    if (!rule.from.includes(content.status) || !can(actor, rule.action, content.type)) return false;
    if (move === 'submit') return content.created_by === actor.id || can(actor, 'article.editAny', content.type);
    if ((move === 'approve' || move === 'publishNow') && content.created_by === actor.id && actor.role !== 'admin') return false;
    if (move === 'publishNow' && !can(actor, 'article.approve', content.type)) return false;
    return inCategories(actor, content.category_id);
  });
}

export function MoveForm({ env, base, move }: { env: AdminEnv; base: string; move: Transition }) {
  const { t } = env;
  const label = { submit: t.submit, return: t.return, approve: t.approve, publish: t.publish, schedule: t.schedule, unpublish: t.unpublish, publishNow: t.publishNow }[move];
  return (
    <form method="post" action={`${base}/move/${move}`} class={`move-form move-form--${move}`}>
      <CsrfField env={env} />
      {move === 'return' && <TextArea name="reason" label={t.returnReason} required rows={2} maxLength={2000} />}
      {move === 'schedule' && (
        <div class="field">
          <label for={`f-publishAt`}>{t.publishAt}</label>
          <input id="f-publishAt" name="publishAt" type="datetime-local" required />
        </div>
      )}
      {move === 'publishNow' && <p class="hint">{t.publishNowHint}</p>}
      {move === 'unpublish' && (
        <>
          {/* no kind is preselected: the placeholder must be replaced (the server refuses a missing kind too) */}
          <div class="field">
            <label for="f-kind">{t.takedownKind}</label>
            <select id="f-kind" name="kind" required>
              <option value="" selected disabled>
                {t.chooseKind}
              </option>
              {takedownKinds.map((k) => (
                <option value={k}>{t.takedownKinds[k]}</option>
              ))}
            </select>
          </div>
          <TextArea name="reason" label={t.reason} required rows={2} maxLength={2000} />
          <Field name="redirectTo" label={t.redirectTo} maxLength={2000} />
        </>
      )}
      <button type="submit" class={move === 'unpublish' || move === 'return' ? 'button button--warning' : 'button'}>
        {label}
      </button>
    </form>
  );
}

/** The aside with every allowed move; nothing when there is none. */
export function WorkflowPanel({ env, content, base }: { env: AdminEnv; content: Content; base: string }) {
  const moves = allowedMoves(env, content);
  if (moves.length === 0) return null;
  return (
    <aside class="workflow-panel" aria-label={env.t.actions}>
      <h2>{env.t.actions}</h2>
      {moves.map((move) => (
        <MoveForm env={env} base={base} move={move} />
      ))}
    </aside>
  );
}

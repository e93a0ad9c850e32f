// Demo questions and answers (demo/questions.json): stored, answered and published through the
// submissions store like real ones, flagged is_demo so that removing the demo takes exactly them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { validateFields } from '../../core/content-types/validate.ts';
import type { Database } from '../../core/db/schema.ts';
import { fieldSetOf } from '../../core/submissions/declaration.ts';
import { deleteSubmissions } from '../../core/submissions/files.ts';
import { submissionsDb } from '../../core/submissions/schema.ts';
import { receive } from '../../core/submissions/store.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { questionKind } from './declaration.ts';

export const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo', 'questions.json');

export interface DemoQuestion {
  field: string;
  title: string;
  content: string;
  answer: string;
  answeredBy: string;
  /** Vietnam time, "2026-09-03 09:12" */
  askedAt: string;
  answeredAt: string;
}

export function readDemoQuestions(file = demoFile): DemoQuestion[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { questions?: unknown };
  if (!Array.isArray(data.questions)) throw new Error(`${file}: "questions" must be a list`);
  return data.questions as DemoQuestion[];
}

const time = (text: string, what: string) => {
  const at = parseLocalInput(text);
  if (!at) throw new Error(`${what}: "${text}" is not a time such as 2026-09-03 09:12`);
  return at;
};

export async function loadQuestionDemo(db: Kysely<Database>): Promise<number> {
  const questions = readDemoQuestions();
  for (const [i, q] of questions.entries()) {
    const where = `questions.json, entry ${i + 1}`;
    const fields = await validateFields(fieldSetOf(questionKind), { field: q.field, title: q.title, content: q.content }, 'json').catch((error: unknown) => {
      throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    const asked = time(q.askedAt, where);
    const answered = time(q.answeredAt, where);
    const { id } = await receive(db, questionKind, { name: 'Người hỏi (mẫu)' }, fields, null, asked);
    await submissionsDb(db)
      .updateTable('submissions')
      .set({ status: 'answered', answer: q.answer, answered_by: q.answeredBy, answered_at: answered.toISOString(), published_at: answered.toISOString(), is_demo: 1, updated_at: answered.toISOString() })
      .where('id', '=', id)
      .execute();
  }
  return questions.length;
}

/** Deletes the demo questions (and any file attached to them) through core, which removes the files too. */
export async function removeQuestionDemo(db: Kysely<Database>, dataDir: string): Promise<number> {
  return deleteSubmissions(db, dataDir, { kind: questionKind.kind, demo: true });
}

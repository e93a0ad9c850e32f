// What the public sends (questions, comments on drafts, contact messages, later investors'
// inquiries) is one mechanism: a module declares a submission kind — its own fields, which contact
// details it asks for, whether it gets a tracking code, an answer, a public page — and core
// stores, guards against spam, moderates and erases the same way for every kind.
import type { Bilingual, ContentTypeDeclaration, FieldDeclaration } from '../content-types/declaration.ts';

export type SubmissionStatus = 'received' | 'processing' | 'answered' | 'rejected';
export const submissionStatuses: SubmissionStatus[] = ['received', 'processing', 'answered', 'rejected'];

export type Need = 'required' | 'optional' | 'none';

export interface SubmissionKind {
  /** stored in submissions.kind, e.g. 'question' */
  kind: string;
  label: Bilingual;
  plural: Bilingual;
  /** the kind's own fields (text, long text, select, date ...), validated like a content type's */
  fields: FieldDeclaration[];
  /** the field shown as the submission's title in lists */
  titleField: string;
  /** contact details asked of the sender; `emailOrPhone`: at least one of the two */
  contact: { name: Need; email: Need; phone: Need; emailOrPhone?: boolean };
  /** a tracking code (mã tra cứu) is given to the sender */
  tracking: boolean;
  /** staff write an answer that can be published (questions) */
  answer: boolean;
  /** staff may show it publicly (an answered question, an approved comment) */
  publishable: boolean;
  /** the content type a submission is about (a draft open for comment), if any */
  subjectType?: string;
  /** labels of the statuses where the common ones do not fit ("Đã trả lời" vs "Đã xử lý") */
  statusLabels?: Partial<Record<SubmissionStatus, Bilingual>>;
  /** where staff and the sender find the public page of the kind */
  publicPath?: string;
  /**
   * Files the sender may attach (at most `max`, each at most `maxMb` MB), judged by their content
   * like uploads to the media library; kept private (core/submissions/files.ts), only staff who
   * handle submissions download them. Without it the form takes no file.
   */
  attachments?: { max: number; maxMb: number };
}

/** The kind's fields seen as a declaration, for core's one field validator. */
export function fieldSetOf(kind: SubmissionKind): ContentTypeDeclaration {
  return {
    type: `submission:${kind.kind}`,
    label: kind.label,
    plural: kind.plural,
    fields: kind.fields,
    categories: false,
    api: '',
    paths: { vi: kind.publicPath ?? '' },
    itemPath: () => kind.publicPath ?? '',
  };
}

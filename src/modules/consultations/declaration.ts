// Drafts open for public comment (lấy ý kiến dự thảo, Decree 42/2022 A11, A15): a declared content
// type — the draft, its issuing body, summary, files and the period it is open — and a submission
// kind, the comments, moderated before they appear. After closing, the draft shows the report on
// the comments received and how they were addressed (báo cáo tổng hợp, tiếp thu, giải trình).
import type { ContentTypeDeclaration, FieldProblem } from '../../core/content-types/declaration.ts';
import type { SubmissionKind } from '../../core/submissions/declaration.ts';

export const draftType = 'draft';
export const draftPaths = { vi: '/gop-y-du-thao', en: '/en/consultations' } as const;

export const draftDeclaration: ContentTypeDeclaration = {
  type: draftType,
  label: { vi: 'Dự thảo lấy ý kiến', en: 'Draft for consultation' },
  plural: { vi: 'Góp ý dự thảo', en: 'Public consultations' },
  categories: false,
  api: 'consultations',
  paths: draftPaths,
  itemPath: (item) => `${draftPaths.vi}/${item.slug}`,
  fields: [
    { name: 'issuer', kind: 'text', label: { vi: 'Cơ quan chủ trì soạn thảo', en: 'Drafting body' }, required: true, maxLength: 300, listColumn: true, search: 'body' },
    { name: 'opensAt', kind: 'dateTime', label: { vi: 'Bắt đầu lấy ý kiến', en: 'Open from' }, required: true, listColumn: true },
    { name: 'closesAt', kind: 'dateTime', label: { vi: 'Hết hạn góp ý', en: 'Open until' }, required: true, listColumn: true },
    { name: 'files', kind: 'files', label: { vi: 'Toàn văn dự thảo và tài liệu kèm theo', en: 'Full draft and documents' } },
    {
      name: 'articles',
      kind: 'longText',
      label: { vi: 'Các điều, mục để góp ý', en: 'Articles open for comment' },
      hint: { vi: 'Mỗi dòng một điều hoặc mục, ví dụ “Điều 3. Đối tượng áp dụng”. Người góp ý chọn trong danh sách này, hoặc góp ý chung cho cả dự thảo.', en: 'One article or section per line, e.g. “Article 3. Scope”. Commenters choose from this list, or comment on the whole draft.' },
      maxLength: 5000,
    },
    {
      name: 'report',
      kind: 'richText',
      label: { vi: 'Báo cáo tổng hợp, tiếp thu, giải trình', en: 'Report on the comments received' },
      hint: { vi: 'Đăng sau khi hết hạn góp ý: số ý kiến nhận được, nội dung tiếp thu và giải trình.', en: 'Published after closing: how many comments were received, what was taken up and why.' },
    },
    { name: 'reportFiles', kind: 'files', label: { vi: 'Tệp báo cáo', en: 'Report files' } },
  ],
  validate(values) {
    const problems: FieldProblem[] = [];
    const opens = typeof values.opensAt === 'string' ? Date.parse(values.opensAt) : NaN;
    const closes = typeof values.closesAt === 'string' ? Date.parse(values.closesAt) : NaN;
    if (!Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens) {
      problems.push({ field: 'closesAt', message: { vi: 'Thời hạn góp ý phải sau thời điểm bắt đầu.', en: 'The closing time must be after the opening time.' } });
    }
    return problems;
  },
};

/** The draft's articles, one per non-empty line. */
export function articlesOf(values: { articles?: unknown }): string[] {
  return typeof values.articles === 'string' ? values.articles.split('\n').map((l) => l.trim()).filter(Boolean) : [];
}

export const commentKind: SubmissionKind = {
  kind: 'comment',
  label: { vi: 'Góp ý dự thảo', en: 'Comment on a draft' },
  plural: { vi: 'Góp ý dự thảo', en: 'Comments on drafts' },
  titleField: 'content',
  fields: [
    { name: 'article', kind: 'text', label: { vi: 'Góp ý cho', en: 'Comment on' }, maxLength: 300 },
    { name: 'content', kind: 'longText', label: { vi: 'Nội dung góp ý', en: 'Your comment' }, required: true, maxLength: 5000, hint: { vi: 'Tối đa 5.000 ký tự. Góp ý được đăng sau khi cơ quan kiểm duyệt; thông tin liên hệ không được công bố.', en: 'At most 5,000 characters. Comments appear after moderation; contact details are never published.' } },
  ],
  contact: { name: 'required', email: 'optional', phone: 'optional', emailOrPhone: true },
  // a marked-up copy of the draft, a table of proposals: private, never shown with a published comment
  attachments: { max: 1, maxMb: 10 },
  tracking: false,
  answer: false,
  publishable: true,
  subjectType: draftType,
  statusLabels: { answered: { vi: 'Đã xem xét', en: 'Considered' } },
};

export type DraftState = 'upcoming' | 'open' | 'closed';

export function stateOf(values: { opensAt?: unknown; closesAt?: unknown }, now: Date): DraftState {
  const opens = typeof values.opensAt === 'string' ? Date.parse(values.opensAt) : NaN;
  const closes = typeof values.closesAt === 'string' ? Date.parse(values.closesAt) : NaN;
  if (!Number.isNaN(opens) && now.getTime() < opens) return 'upcoming';
  if (!Number.isNaN(closes) && now.getTime() >= closes) return 'closed';
  return 'open';
}

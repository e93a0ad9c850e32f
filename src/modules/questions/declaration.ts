// Questions and answers (hỏi đáp, Decree 42/2022 A12, A15): a submission kind. A citizen or an
// enterprise asks; the question gets a tracking code; staff answer in the back office and may
// publish the question with its answer on /hoi-dap — never the asker's contact details.
import type { SelectOption } from '../../core/content-types/declaration.ts';
import type { SubmissionKind } from '../../core/submissions/declaration.ts';

export const questionPaths = {
  vi: { list: '/hoi-dap', ask: '/hoi-dap/gui-cau-hoi', track: '/hoi-dap/tra-cuu' },
  en: { list: '/en/questions', ask: '/en/questions/ask', track: '/en/questions/track' },
} as const;

export const questionFields: SelectOption[] = [
  { value: 'dau-tu', label: { vi: 'Đầu tư', en: 'Investment' } },
  { value: 'doanh-nghiep', label: { vi: 'Doanh nghiệp', en: 'Enterprises' } },
  { value: 'xay-dung', label: { vi: 'Quy hoạch, xây dựng', en: 'Planning and construction' } },
  { value: 'lao-dong', label: { vi: 'Lao động, việc làm', en: 'Labour and employment' } },
  { value: 'moi-truong', label: { vi: 'Môi trường', en: 'Environment' } },
  { value: 'dat-dai', label: { vi: 'Đất đai', en: 'Land' } },
  { value: 'khac', label: { vi: 'Lĩnh vực khác', en: 'Other' } },
];

export const questionKind: SubmissionKind = {
  kind: 'question',
  label: { vi: 'Câu hỏi', en: 'Question' },
  plural: { vi: 'Hỏi đáp', en: 'Questions and answers' },
  titleField: 'title',
  fields: [
    { name: 'field', kind: 'select', label: { vi: 'Lĩnh vực', en: 'Field' }, required: true, options: questionFields },
    { name: 'title', kind: 'text', label: { vi: 'Tiêu đề câu hỏi', en: 'Subject' }, required: true, maxLength: 200, hint: { vi: 'Một câu ngắn nêu điều bạn muốn hỏi.', en: 'One short sentence saying what you want to ask.' } },
    { name: 'content', kind: 'longText', label: { vi: 'Nội dung câu hỏi', en: 'Your question' }, required: true, maxLength: 5000, hint: { vi: 'Tối đa 5.000 ký tự. Không ghi thông tin cá nhân của người khác.', en: 'At most 5,000 characters. Do not include other people’s personal details.' } },
  ],
  contact: { name: 'required', email: 'optional', phone: 'optional', emailOrPhone: true },
  // a document the question is about (a decision, a letter, a photo): private, for the staff only
  attachments: { max: 1, maxMb: 10 },
  tracking: true,
  answer: true,
  publishable: true,
  publicPath: questionPaths.vi.list,
};

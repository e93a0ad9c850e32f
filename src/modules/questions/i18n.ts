// The questions module's own interface strings, in both languages (a missing key is a type error).
import type { Language } from '../../core/db/schema.ts';

export interface QuestionStrings {
  title: string;
  intro: string;
  ask: string;
  askTitle: string;
  askIntro: string;
  track: string;
  trackTitle: string;
  trackIntro: string;
  codeLabel: string;
  codeHint: string;
  lookUp: string;
  notFound: string;
  tooManyLookups: string;
  sentTitle: string;
  sentText: string;
  yourCode: string;
  keepCode: string;
  followLink: string;
  state: string;
  sentOn: string;
  answer: string;
  answeredBy: string;
  answeredOn: string;
  searchLabel: string;
  allFields: string;
  filter: string;
  count: (n: number) => string;
  none: string;
  question: string;
  readMore: string;
}

export const questionStrings: Record<Language, QuestionStrings> = {
  vi: {
    title: 'Hỏi đáp',
    intro: 'Câu hỏi của công dân, doanh nghiệp và câu trả lời của Ban Quản lý Khu kinh tế tỉnh Kiên Giang.',
    ask: 'Gửi câu hỏi',
    askTitle: 'Gửi câu hỏi',
    askIntro: 'Câu hỏi được tiếp nhận ngay và nhận một mã tra cứu để theo dõi tình trạng xử lý. Câu trả lời có thể được đăng công khai trên trang Hỏi đáp (không kèm thông tin liên hệ của bạn).',
    track: 'Tra cứu câu hỏi',
    trackTitle: 'Tra cứu tình trạng câu hỏi',
    trackIntro: 'Nhập mã tra cứu bạn nhận được khi gửi câu hỏi.',
    codeLabel: 'Mã tra cứu',
    codeHint: 'Ví dụ: HD7K-4M9Q (không phân biệt chữ hoa, chữ thường).',
    lookUp: 'Tra cứu',
    notFound: 'Không tìm thấy câu hỏi nào có mã này. Hãy kiểm tra lại mã (8 ký tự, ví dụ HD7K-4M9Q).',
    tooManyLookups: 'Bạn đã tra cứu quá nhiều lần trong một giờ. Hãy thử lại sau.',
    sentTitle: 'Đã tiếp nhận câu hỏi',
    sentText: 'Câu hỏi của bạn đã được lưu và chuyển đến bộ phận phụ trách.',
    yourCode: 'Mã tra cứu của bạn',
    keepCode: 'Hãy ghi lại mã này: đây là cách duy nhất để xem tình trạng và câu trả lời nếu câu hỏi không được đăng công khai.',
    followLink: 'Xem tình trạng câu hỏi',
    state: 'Tình trạng',
    sentOn: 'Ngày gửi',
    answer: 'Trả lời',
    answeredBy: 'Đơn vị trả lời',
    answeredOn: 'Ngày trả lời',
    searchLabel: 'Tìm trong hỏi đáp',
    allFields: 'Tất cả lĩnh vực',
    filter: 'Lọc',
    count: (n) => `${n.toLocaleString('vi-VN')} câu hỏi đã được trả lời`,
    none: 'Chưa có câu hỏi nào phù hợp.',
    question: 'Câu hỏi',
    readMore: 'Xem câu trả lời',
  },
  en: {
    title: 'Questions and answers',
    intro: 'Questions from citizens and enterprises, answered by the Kien Giang Economic Zone Authority.',
    ask: 'Ask a question',
    askTitle: 'Ask a question',
    askIntro: 'Your question is received at once and given a tracking code to follow it. The answer may be published on the Questions page (without your contact details).',
    track: 'Track a question',
    trackTitle: 'Track your question',
    trackIntro: 'Enter the tracking code you received when you sent your question.',
    codeLabel: 'Tracking code',
    codeHint: 'For example HD7K-4M9Q (upper or lower case).',
    lookUp: 'Look up',
    notFound: 'No question has this code. Check the code (8 characters, e.g. HD7K-4M9Q).',
    tooManyLookups: 'You have looked up too many codes within an hour. Try again later.',
    sentTitle: 'Question received',
    sentText: 'Your question has been saved and passed to the staff in charge.',
    yourCode: 'Your tracking code',
    keepCode: 'Write this code down: it is the only way to see the status and the answer if the question is not published.',
    followLink: 'See the status of your question',
    state: 'Status',
    sentOn: 'Sent on',
    answer: 'Answer',
    answeredBy: 'Answered by',
    answeredOn: 'Answered on',
    searchLabel: 'Search the questions',
    allFields: 'All fields',
    filter: 'Filter',
    count: (n) => `${n.toLocaleString('en-GB')} answered questions`,
    none: 'No question matches.',
    question: 'Question',
    readMore: 'Read the answer',
  },
};

// The contact module's own interface strings, in both languages (a missing key is a type error).
// Field labels come from the declarations; the agency's facts from the site settings.
import type { Language } from '../../core/db/schema.ts';

export interface ContactStrings {
  title: string;
  description: (agency: string) => string;
  intro: string;
  onPage: string;
  address: string;
  phone: string;
  fax: string;
  email: string;
  people: string;
  peopleIntro: string;
  noPeople: string;
  contentInVietnamese: string;
  demoNotice: string;
  demoBadge: string;
  write: string;
  writeIntro: string;
  send: string;
  sentTitle: string;
  sentText: string;
  yourCode: string;
  keepCode: string;
  followLink: string;
  backToContact: string;
  track: string;
  trackTitle: string;
  trackIntro: string;
  codeLabel: string;
  codeHint: string;
  lookUp: string;
  notFound: string;
  tooManyLookups: string;
  state: string;
  sentOn: string;
}

export const contactStrings: Record<Language, ContactStrings> = {
  vi: {
    title: 'Liên hệ',
    description: (agency) => `Địa chỉ, điện thoại, thư điện tử của ${agency}, các đầu mối liên hệ và biểu mẫu gửi thư liên hệ.`,
    intro: 'Người dân, doanh nghiệp có thể liên hệ trực tiếp với cơ quan, với cán bộ đầu mối theo từng việc, hoặc gửi thư liên hệ qua biểu mẫu dưới đây.',
    onPage: 'Nội dung trang',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    fax: 'Fax',
    email: 'Thư điện tử',
    people: 'Đầu mối liên hệ',
    peopleIntro: 'Cán bộ tiếp nhận và trả lời theo từng việc, bằng điện thoại và thư điện tử công vụ.',
    noPeople: 'Thông tin đầu mối liên hệ đang được cập nhật.',
    contentInVietnamese: '',
    demoNotice: 'Dữ liệu minh hoạ: họ tên, số điện thoại và thư điện tử của các đầu mối liên hệ trên trang này là giả định, không phải thông tin thật.',
    demoBadge: 'Minh hoạ',
    write: 'Gửi thư liên hệ',
    writeIntro: 'Thư được lưu ngay và nhận một mã tra cứu để theo dõi tình trạng xử lý. Thư liên hệ không được đăng công khai. Để hỏi về thủ tục, chính sách và nhận câu trả lời công khai, hãy dùng mục Hỏi đáp.',
    send: 'Gửi thư',
    sentTitle: 'Đã tiếp nhận thư liên hệ',
    sentText: 'Thư của bạn đã được lưu và chuyển đến bộ phận phụ trách. Cơ quan sẽ liên hệ lại qua thư điện tử hoặc số điện thoại bạn đã cung cấp khi cần.',
    yourCode: 'Mã tra cứu của bạn',
    keepCode: 'Hãy ghi lại mã này để xem tình trạng xử lý hoặc nêu khi liên hệ lại với cơ quan.',
    followLink: 'Xem tình trạng thư',
    backToContact: 'Về trang Liên hệ',
    track: 'Tra cứu thư liên hệ',
    trackTitle: 'Tra cứu tình trạng thư liên hệ',
    trackIntro: 'Nhập mã tra cứu bạn nhận được khi gửi thư liên hệ.',
    codeLabel: 'Mã tra cứu',
    codeHint: 'Ví dụ: HD7K-4M9Q (không phân biệt chữ hoa, chữ thường).',
    lookUp: 'Tra cứu',
    notFound: 'Không tìm thấy thư liên hệ nào có mã này. Hãy kiểm tra lại mã (8 ký tự, ví dụ HD7K-4M9Q).',
    tooManyLookups: 'Bạn đã tra cứu quá nhiều lần trong một giờ. Hãy thử lại sau.',
    state: 'Tình trạng',
    sentOn: 'Ngày gửi',
  },
  en: {
    title: 'Contact',
    description: (agency) => `Address, telephone and e-mail of the ${agency}, its contact points and a form to write to it.`,
    intro: 'Citizens and enterprises can contact the agency directly, reach the official in charge of a matter, or write through the form below.',
    onPage: 'On this page',
    address: 'Address',
    phone: 'Telephone',
    fax: 'Fax',
    email: 'E-mail',
    people: 'Contact points',
    peopleIntro: 'The officials who receive and answer each kind of matter, by official telephone and e-mail.',
    noPeople: 'The contact points are being prepared.',
    contentInVietnamese: 'Names, positions and units are published in Vietnamese.',
    demoNotice: 'Sample data: the names, telephone numbers and e-mail addresses of the contact points on this page are invented, not real.',
    demoBadge: 'Sample',
    write: 'Write to us',
    writeIntro: 'Your message is saved at once and given a tracking code to follow it. Contact messages are never published. To ask about procedures or policies and get a public answer, use Questions and answers.',
    send: 'Send the message',
    sentTitle: 'Message received',
    sentText: 'Your message has been saved and passed to the staff in charge. The agency will reach you by the e-mail address or phone number you gave if needed.',
    yourCode: 'Your tracking code',
    keepCode: 'Write this code down to check the status or to quote when you contact the agency again.',
    followLink: 'See the status of your message',
    backToContact: 'Back to Contact',
    track: 'Track a message',
    trackTitle: 'Track your contact message',
    trackIntro: 'Enter the tracking code you received when you sent your message.',
    codeLabel: 'Tracking code',
    codeHint: 'For example HD7K-4M9Q (upper or lower case).',
    lookUp: 'Look up',
    notFound: 'No contact message has this code. Check the code (8 characters, e.g. HD7K-4M9Q).',
    tooManyLookups: 'You have looked up too many codes within an hour. Try again later.',
    state: 'Status',
    sentOn: 'Sent on',
  },
};

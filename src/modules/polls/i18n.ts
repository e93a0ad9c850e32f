// The polls module's own interface strings, in both languages; a key missing from either is a
// type error. Field labels of the back office come from the declaration.
import type { Language } from '../../core/db/schema.ts';
import type { PollState } from './declaration.ts';
import type { Criterion } from './store.ts';

export interface PollStrings {
  title: string;
  intro: string;
  onThisPage: string;
  rateHeading: string;
  rateIntro: string;
  criteria: Record<Criterion, { label: string; hint: string }>;
  /** the words of scores 1 to 5 */
  scoreWords: readonly [string, string, string, string, string];
  sendRating: string;
  ratedToday: string;
  yourScores: string;
  ratingResults: string;
  ratingCaption: (count: number) => string;
  criterion: string;
  average: string;
  outOfFive: (average: string) => string;
  noRatings: string;
  pollsHeading: string;
  noPolls: string;
  state: Record<PollState, string>;
  period: string;
  noClosing: string;
  status: string;
  vote: string;
  takePart: string;
  seeResults: string;
  results: string;
  resultsTitle: (question: string) => string;
  resultsCaption: (total: number) => string;
  answer: string;
  votes: string;
  share: string;
  votesText: (n: number) => string;
  yourChoice: string;
  noVotes: string;
  voted: (answer: string) => string;
  resultsAfterClosing: (when: string) => string;
  resultsAfterClosingNoDate: string;
  resultsAfterVoting: string;
  upcomingNotice: (when: string) => string;
  closedNotice: string;
  chooseOne: string;
  voteHint: string;
  privacy: string;
  honeypot: string;
  errorSummary: string;
  problems: {
    formMissing: string;
    tooFast: string;
    expired: string;
    honeypot: string;
    chooseAnswer: string;
    score: (criterion: string) => string;
    alreadyVoted: string;
    alreadyRated: string;
    tooManyVotes: string;
    tooManyRatings: string;
    closed: string;
    upcoming: string;
  };
  backToPoll: string;
  allPolls: string;
  demo: string;
  vietnameseOnly: string;
}

export const pollStrings: Record<Language, PollStrings> = {
  vi: {
    title: 'Đánh giá, thăm dò ý kiến',
    intro: 'Ý kiến của người dân, doanh nghiệp giúp Ban Quản lý Khu kinh tế tỉnh Kiên Giang hoàn thiện Cổng thông tin điện tử và các hoạt động của mình.',
    onThisPage: 'Trên trang này',
    rateHeading: 'Đánh giá Cổng thông tin điện tử',
    rateIntro: 'Cho điểm từ 1 (rất kém) đến 5 (rất tốt) theo từng tiêu chí. Mỗi trình duyệt được đánh giá một lần mỗi ngày.',
    criteria: {
      interface: { label: 'Giao diện', hint: 'Bố cục, màu sắc, dễ đọc trên máy tính và điện thoại.' },
      content: { label: 'Nội dung', hint: 'Đầy đủ, phong phú, đúng những lĩnh vực bạn quan tâm.' },
      quality: { label: 'Chất lượng thông tin', hint: 'Chính xác, cập nhật kịp thời, dễ hiểu.' },
      support: { label: 'Hỗ trợ', hint: 'Tìm kiếm, hỏi đáp, hướng dẫn thủ tục và liên hệ.' },
    },
    scoreWords: ['Rất kém', 'Kém', 'Trung bình', 'Tốt', 'Rất tốt'],
    sendRating: 'Gửi đánh giá',
    ratedToday: 'Bạn đã đánh giá Cổng thông tin hôm nay. Cảm ơn bạn đã góp ý!',
    yourScores: 'Điểm bạn đã cho',
    ratingResults: 'Kết quả đánh giá',
    ratingCaption: (n) => `Điểm trung bình theo từng tiêu chí, thang điểm 1–5 (${n.toLocaleString('vi-VN')} lượt đánh giá)`,
    criterion: 'Tiêu chí',
    average: 'Điểm trung bình',
    outOfFive: (a) => `${a}/5`,
    noRatings: 'Chưa có lượt đánh giá nào.',
    pollsHeading: 'Thăm dò ý kiến',
    noPolls: 'Chưa có cuộc thăm dò nào.',
    state: { upcoming: 'Sắp diễn ra', open: 'Đang nhận bình chọn', closed: 'Đã kết thúc' },
    period: 'Thời gian',
    noClosing: 'chưa định ngày kết thúc',
    status: 'Tình trạng',
    vote: 'Bình chọn',
    takePart: 'Tham gia bình chọn',
    seeResults: 'Xem kết quả',
    results: 'Kết quả',
    resultsTitle: (q) => `Kết quả: ${q}`,
    resultsCaption: (n) => `Kết quả bình chọn (tổng số ${n.toLocaleString('vi-VN')} phiếu)`,
    answer: 'Phương án',
    votes: 'Số phiếu',
    share: 'Tỷ lệ',
    votesText: (n) => `${n.toLocaleString('vi-VN')} phiếu`,
    yourChoice: '(lựa chọn của bạn)',
    noVotes: 'Chưa có phiếu bình chọn nào.',
    voted: (a) => `Bạn đã bình chọn “${a}”. Cảm ơn bạn đã tham gia!`,
    resultsAfterClosing: (when) => `Kết quả được công bố sau khi kết thúc thăm dò (${when}).`,
    resultsAfterClosingNoDate: 'Kết quả được công bố sau khi kết thúc thăm dò.',
    resultsAfterVoting: 'Kết quả hiển thị sau khi bạn bình chọn.',
    upcomingNotice: (when) => `Cuộc thăm dò bắt đầu nhận bình chọn từ ${when}.`,
    closedNotice: 'Cuộc thăm dò đã kết thúc, không nhận thêm bình chọn.',
    chooseOne: 'Chọn một phương án',
    voteHint: 'Mỗi trình duyệt được bình chọn một lần cho mỗi cuộc thăm dò.',
    privacy: 'Không cần đăng nhập, không thu thập thông tin cá nhân. Để mỗi người chỉ bình chọn một lần, trình duyệt nhận một mã ngẫu nhiên (cookie); máy chủ chỉ lưu mã này và địa chỉ mạng dưới dạng đã băm một chiều.',
    honeypot: 'Để trống ô này',
    errorSummary: 'Chưa gửi được:',
    problems: {
      formMissing: 'Biểu mẫu không hợp lệ hoặc đã cũ. Hãy tải lại trang rồi gửi lại.',
      tooFast: 'Biểu mẫu được gửi quá nhanh sau khi mở. Hãy đợi vài giây rồi gửi lại.',
      expired: 'Biểu mẫu đã mở quá một ngày. Hãy tải lại trang rồi gửi lại.',
      honeypot: 'Không gửi được: biểu mẫu có dấu hiệu được điền tự động.',
      chooseAnswer: 'Hãy chọn một trong các phương án.',
      score: (c) => `Hãy chọn điểm từ 1 đến 5 cho tiêu chí “${c}”.`,
      alreadyVoted: 'Bạn đã bình chọn trong cuộc thăm dò này; mỗi trình duyệt chỉ được bình chọn một lần. Phiếu đã ghi nhận không thay đổi.',
      alreadyRated: 'Bạn đã đánh giá Cổng thông tin hôm nay; mỗi trình duyệt được đánh giá một lần mỗi ngày. Đánh giá đã ghi nhận không thay đổi.',
      tooManyVotes: 'Địa chỉ mạng của bạn đã gửi quá nhiều phiếu cho cuộc thăm dò này trong hôm nay. Hãy thử lại vào ngày mai.',
      tooManyRatings: 'Địa chỉ mạng của bạn đã gửi quá nhiều lượt đánh giá trong hôm nay. Hãy thử lại vào ngày mai.',
      closed: 'Cuộc thăm dò đã kết thúc, không nhận thêm bình chọn.',
      upcoming: 'Cuộc thăm dò chưa bắt đầu nhận bình chọn.',
    },
    backToPoll: 'Trở lại cuộc thăm dò',
    allPolls: 'Tất cả cuộc thăm dò',
    demo: 'Cuộc thăm dò mẫu (dữ liệu minh họa), không phải cuộc thăm dò thật.',
    vietnameseOnly: '',
  },
  en: {
    title: 'Rating and polls',
    intro: 'What citizens and enterprises think helps the Kien Giang Economic Zone Authority improve this portal and its work.',
    onThisPage: 'On this page',
    rateHeading: 'Rate this portal',
    rateIntro: 'Give a score from 1 (very poor) to 5 (very good) for each criterion. Each browser may rate the portal once a day.',
    criteria: {
      interface: { label: 'Interface', hint: 'Layout, colours, easy to read on a computer and on a phone.' },
      content: { label: 'Content', hint: 'Complete, rich, covering what you are interested in.' },
      quality: { label: 'Quality of information', hint: 'Accurate, up to date, easy to understand.' },
      support: { label: 'Support', hint: 'Search, questions and answers, procedure guidance and contact.' },
    },
    scoreWords: ['Very poor', 'Poor', 'Fair', 'Good', 'Very good'],
    sendRating: 'Send the rating',
    ratedToday: 'You have rated the portal today. Thank you for your feedback!',
    yourScores: 'Your scores',
    ratingResults: 'Ratings so far',
    ratingCaption: (n) => `Average score per criterion, on a scale of 1–5 (${n.toLocaleString('en-GB')} ${n === 1 ? 'rating' : 'ratings'})`,
    criterion: 'Criterion',
    average: 'Average score',
    outOfFive: (a) => `${a}/5`,
    noRatings: 'No ratings yet.',
    pollsHeading: 'Polls',
    noPolls: 'There are no polls yet.',
    state: { upcoming: 'Opening soon', open: 'Open for votes', closed: 'Closed' },
    period: 'Period',
    noClosing: 'no closing date yet',
    status: 'Status',
    vote: 'Vote',
    takePart: 'Take part',
    seeResults: 'See the results',
    results: 'Results',
    resultsTitle: (q) => `Results: ${q}`,
    resultsCaption: (n) => `Results (${n.toLocaleString('en-GB')} ${n === 1 ? 'vote' : 'votes'} in all)`,
    answer: 'Answer',
    votes: 'Votes',
    share: 'Share',
    votesText: (n) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'vote' : 'votes'}`,
    yourChoice: '(your choice)',
    noVotes: 'No votes yet.',
    voted: (a) => `You voted “${a}”. Thank you for taking part!`,
    resultsAfterClosing: (when) => `The results are published when the poll closes (${when}).`,
    resultsAfterClosingNoDate: 'The results are published when the poll closes.',
    resultsAfterVoting: 'The results are shown once you have voted.',
    upcomingNotice: (when) => `The poll opens for votes on ${when}.`,
    closedNotice: 'This poll is closed and takes no more votes.',
    chooseOne: 'Choose one answer',
    voteHint: 'Each browser may vote once in each poll.',
    privacy: 'No sign-in and no personal data. So that each person votes once, your browser receives a random code (a cookie); the server keeps this code and your network address only as one-way hashes.',
    honeypot: 'Leave this empty',
    errorSummary: 'Not sent yet:',
    problems: {
      formMissing: 'The form is invalid or out of date. Reload the page and send it again.',
      tooFast: 'The form was sent too quickly after it opened. Wait a few seconds and send it again.',
      expired: 'The form has been open for more than a day. Reload the page and send it again.',
      honeypot: 'Not sent: the form looks as if it was filled in automatically.',
      chooseAnswer: 'Choose one of the answers.',
      score: (c) => `Choose a score from 1 to 5 for “${c}”.`,
      alreadyVoted: 'You have already voted in this poll; each browser votes once. Your recorded vote is unchanged.',
      alreadyRated: 'You have already rated the portal today; each browser rates once a day. Your recorded rating is unchanged.',
      tooManyVotes: 'Too many votes in this poll have come from your network address today. Please try again tomorrow.',
      tooManyRatings: 'Too many ratings have come from your network address today. Please try again tomorrow.',
      closed: 'This poll is closed and takes no more votes.',
      upcoming: 'This poll is not open for votes yet.',
    },
    backToPoll: 'Back to the poll',
    allPolls: 'All polls',
    demo: 'A sample poll (demo data), not a real one.',
    vietnameseOnly: 'Polls are published in Vietnamese; the questions and answers are shown as written.',
  },
};

// A deterministic generator of realistic Vietnamese news articles for the search benchmark: the
// vocabulary and sentence shapes of an economic-zone authority's portal (agencies, zones, places,
// people, money, document numbers such as 1234/QĐ-UBND or 18/2020/NĐ-CP, dates), ~3 KB of text
// each, published over ten years.

/** mulberry32: small, fast, seedable */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const agencies = [
  'Ban Quản lý Khu kinh tế tỉnh Kiên Giang', 'UBND tỉnh Kiên Giang', 'Sở Kế hoạch và Đầu tư', 'Sở Tài nguyên và Môi trường',
  'Sở Xây dựng', 'Sở Công Thương', 'Sở Giao thông vận tải', 'Sở Tài chính', 'Sở Lao động - Thương binh và Xã hội',
  'Ban Thường vụ Tỉnh ủy', 'Đảng ủy Ban Quản lý', 'Công đoàn cơ sở', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Chi bộ Văn phòng',
  'UBND thành phố Phú Quốc', 'UBND thành phố Hà Tiên', 'UBND huyện Kiên Lương', 'UBND huyện Giang Thành', 'Cục Thuế tỉnh',
  'Bộ Kế hoạch và Đầu tư', 'Thủ tướng Chính phủ', 'Hội đồng nhân dân tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'Công an tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch', 'Liên đoàn Lao động tỉnh',
  'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Thông tin và Truyền thông', 'Sở Văn hóa và Thể thao', 'Sở Du lịch',
  'Cục Hải quan tỉnh', 'Kho bạc Nhà nước tỉnh', 'Thanh tra tỉnh', 'Sở Tư pháp', 'Sở Nội vụ', 'Ngân hàng Nhà nước chi nhánh tỉnh',
];
const verbs = [
  'tổ chức', 'triển khai', 'ban hành', 'phê duyệt', 'kiểm tra', 'làm việc với', 'tiếp và làm việc với', 'chỉ đạo', 'đôn đốc',
  'hướng dẫn', 'khảo sát', 'thẩm định', 'thu hồi', 'giải quyết', 'tháo gỡ khó khăn cho', 'đánh giá', 'sơ kết', 'tổng kết',
  'thông qua', 'rà soát', 'tăng cường', 'đẩy nhanh tiến độ', 'công bố', 'phối hợp thực hiện', 'giám sát', 'thanh tra',
  'điều chỉnh', 'bổ sung', 'xem xét', 'chấp thuận', 'đề xuất', 'hoàn thiện', 'quán triệt', 'cụ thể hóa', 'đang xem xét',
];
const objects = [
  'hội nghị sơ kết 6 tháng đầu năm', 'hội nghị tổng kết công tác năm', 'kế hoạch phát triển kinh tế - xã hội',
  'dự án đầu tư xây dựng khu công nghiệp Thạnh Lộc', 'quy hoạch chung xây dựng đảo Phú Quốc', 'công tác phòng, chống dịch COVID-19',
  'công tác cải cách hành chính', 'thủ tục hành chính về đầu tư', 'công tác giải phóng mặt bằng', 'phương án bồi thường, hỗ trợ và tái định cư',
  'công tác bảo vệ môi trường', 'chương trình chuyển đổi số', 'hạ tầng kỹ thuật khu kinh tế cửa khẩu Hà Tiên', 'các doanh nghiệp trong khu công nghiệp',
  'nhà đầu tư Nhật Bản', 'hồ sơ đề nghị cấp giấy chứng nhận đăng ký đầu tư', 'báo cáo tình hình thực hiện nhiệm vụ', 'công tác xây dựng Đảng',
  'nghị quyết của Đảng bộ', 'công tác phòng cháy, chữa cháy', 'an toàn vệ sinh lao động', 'công tác thu hút đầu tư', 'dự án khu du lịch sinh thái',
  'tuyến đường ven biển', 'cảng hàng không quốc tế Phú Quốc', 'nhà máy xử lý nước thải tập trung', 'khu dân cư và tái định cư',
  'chính sách ưu đãi đầu tư', 'tiến độ giải ngân vốn đầu tư công', 'công tác quản lý đất đai', 'quy chế phối hợp', 'kế hoạch kiểm tra năm',
  'công tác tiếp công dân', 'việc lấy ý kiến dự thảo', 'cơ chế một cửa liên thông', 'dịch vụ công trực tuyến mức độ 4',
  'kết quả thực hiện Chỉ thị 05 của Bộ Chính trị', 'phong trào thi đua yêu nước', 'công tác dân vận', 'công tác kiểm tra, giám sát của Đảng',
  'hệ thống cấp điện, cấp nước', 'khu phi thuế quan', 'cửa khẩu quốc tế Hà Tiên', 'bến cảng tổng hợp', 'nhà ở cho công nhân',
];
const places = [
  'Phú Quốc', 'Hà Tiên', 'Rạch Giá', 'Kiên Lương', 'Giang Thành', 'An Thới', 'Dương Đông', 'Bãi Trường', 'Thạnh Lộc', 'Thuận Yên',
  'Xẻo Rô', 'Tắc Cậu', 'Hòn Đất', 'Châu Thành', 'Kiên Hải', 'Gành Dầu', 'Cửa Cạn', 'Hàm Ninh', 'Bãi Thơm', 'Mũi Nai', 'Hòn Chông',
  'Tân Hiệp', 'Giồng Riềng', 'Gò Quao', 'An Biên', 'U Minh Thượng', 'Vĩnh Thuận', 'Bãi Sao', 'Cửa Lấp', 'Suối Tranh',
];
const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Mai', 'Lâm', 'Trương', 'Châu', 'Danh', 'Thạch'];
const middles = ['Văn', 'Thị', 'Thanh', 'Minh', 'Hoàng', 'Quốc', 'Ngọc', 'Hữu', 'Đức', 'Kim', 'Công', 'Thành'];
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Vinh', 'Xuân', 'Yến', 'Hiếu', 'Hải', 'Khoa', 'Long', 'Thắng', 'Trí', 'Nghĩa', 'Phúc', 'Đạt', 'Huệ'];
const roles = ['Trưởng ban', 'Phó Trưởng ban', 'Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở', 'Bí thư Đảng ủy', 'Chánh Văn phòng', 'Trưởng phòng Quản lý đầu tư', 'Phó Bí thư Tỉnh ủy'];
const kinds = [
  ['Quyết định', 'QĐ-UBND'], ['Quyết định', 'QĐ-BQL'], ['Kế hoạch', 'KH-BQL'], ['Công văn', 'BQL-QLĐT'], ['Thông báo', 'TB-BQL'],
  ['Chỉ thị', 'CT-UBND'], ['Quyết định', 'QĐ-TTg'], ['Nghị quyết', 'NQ-HĐND'], ['Báo cáo', 'BC-BQL'],
] as const;
const laws = [['Nghị định', 'NĐ-CP'], ['Thông tư', 'TT-BTC'], ['Thông tư', 'TT-BKHĐT'], ['Thông tư', 'TT-BTTTT'], ['Nghị quyết', 'NQ-CP']] as const;
const openers = [
  'Theo đó,', 'Bên cạnh đó,', 'Đồng thời,', 'Tại buổi làm việc,', 'Phát biểu chỉ đạo tại hội nghị,', 'Qua đó,', 'Nhìn chung,', 'Tuy nhiên,',
  'Để đạt được kết quả trên,', 'Trong thời gian tới,', 'Thời gian qua,', 'Cũng tại hội nghị,', 'Theo báo cáo,', 'Ngoài ra,', 'Trước đó,',
];
const times = ['trong năm', 'trong 6 tháng đầu năm', 'đến hết quý III năm', 'từ đầu năm đến nay, năm', 'trong giai đoạn 2021 - 2025 và năm'];
const results = [
  'đã thu hút thêm {n} dự án với tổng vốn đăng ký {m} tỷ đồng', 'giải quyết việc làm cho {n} lao động', 'hoàn thành {p}% kế hoạch năm',
  'tăng {p}% so với cùng kỳ năm trước', 'đã giải ngân {m} tỷ đồng, đạt {p}% kế hoạch vốn được giao', 'đã bàn giao {n} ha mặt bằng sạch cho nhà đầu tư',
  'đã tiếp nhận và giải quyết {n} hồ sơ đúng hạn', 'có {n} doanh nghiệp đang hoạt động ổn định', 'đã cấp mới {n} giấy chứng nhận đăng ký đầu tư',
];
const asks = [
  'đề nghị các sở, ngành tiếp tục phối hợp chặt chẽ, kịp thời tháo gỡ khó khăn, vướng mắc cho doanh nghiệp',
  'yêu cầu các phòng chuyên môn tập trung hoàn thành các chỉ tiêu, nhiệm vụ đã đề ra', 'nhấn mạnh vai trò lãnh đạo của Đảng trong mọi hoạt động',
  'ghi nhận những kết quả đạt được, đồng thời chỉ ra những tồn tại, hạn chế cần khắc phục', 'đang khẩn trương hoàn thiện hồ sơ trình cấp có thẩm quyền',
  'cho biết đơn vị đang phối hợp với chủ đầu tư đẩy nhanh tiến độ thi công', 'kêu gọi cán bộ, công chức, người lao động phát huy tinh thần trách nhiệm',
];

type Pick = <T>(list: readonly T[]) => T;

export interface GeneratedArticle {
  title: string;
  summary: string;
  /** paragraphs of plain text */
  paragraphs: string[];
  publishedAt: Date;
  categoryIndex: number;
  /** one document number the text cites, for number queries */
  number: string;
}

export class ArticleGenerator {
  private readonly next: () => number;
  private readonly pick: Pick;
  private readonly start: number;
  private readonly span: number;

  constructor(seed = 42, from = new Date('2016-01-01T00:00:00Z'), to = new Date('2026-11-01T00:00:00Z')) {
    this.next = random(seed);
    this.pick = (list) => list[Math.floor(this.next() * list.length)]!;
    this.start = from.getTime();
    this.span = to.getTime() - from.getTime();
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  private money(): string {
    const n = this.int(12, 98_000);
    return n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}` : String(n);
  }
  private person(): string {
    return `${this.pick(families)} ${this.pick(middles)} ${this.pick(givens)}`;
  }
  private date(year: number): string {
    return `${String(this.int(1, 28)).padStart(2, '0')}/${String(this.int(1, 12)).padStart(2, '0')}/${year}`;
  }
  private cite(year: number): { text: string; number: string } {
    const law = this.next() < 0.4;
    const [kind, code] = law ? this.pick(laws) : this.pick(kinds);
    const number = law ? `${this.int(1, 180)}/${year - this.int(0, 4)}/${code}` : this.next() < 0.5 ? `${this.int(1, 3500)}/${code}` : `${this.int(1, 120)}/${year}/${code}`;
    return { text: `${kind} số ${number} ngày ${this.date(year)}`, number };
  }

  private sentence(year: number, numbers: string[]): string {
    const p = this.pick;
    const fill = (s: string) =>
      s.replace('{n}', String(this.int(2, 4800))).replace('{m}', this.money()).replace('{p}', `${this.int(1, 99)},${this.int(0, 9)}`);
    switch (this.int(0, 7)) {
      case 0:
        return `${p(openers)} ${p(agencies)} ${p(verbs)} ${p(objects)} tại ${p(places)}.`;
      case 1: {
        const time = p(times);
        return `${time.charAt(0).toUpperCase()}${time.slice(1)} ${year}, ${p(agencies)} ${fill(p(results))}.`;
      }
      case 2: {
        const c = this.cite(year);
        numbers.push(c.number);
        return `Thực hiện ${c.text} của ${p(agencies)} về ${p(objects)}, ${p(agencies)} ${p(verbs)} ${p(objects)}.`;
      }
      case 3:
        return `Đồng chí ${this.person()}, ${p(roles)}, ${p(asks)}.`;
      case 4:
        return `Dự án có tổng diện tích ${this.int(2, 950)} ha, tổng vốn đầu tư ${this.money()} tỷ đồng, dự kiến hoàn thành vào quý ${p(['I', 'II', 'III', 'IV'])} năm ${year + this.int(0, 3)}.`;
      case 5:
        return `${p(openers)} ${p(agencies)} ${p(asks)}; đồng thời ${p(verbs)} ${p(objects)} và ${p(objects)}.`;
      case 6:
        return `Hiện nay, trên địa bàn ${p(places)} đang có ${this.int(2, 300)} dự án ${p(['đang triển khai', 'đã đi vào hoạt động', 'chậm tiến độ', 'đang hoàn thiện thủ tục'])}, ${fill(p(results))}.`;
      default:
        return `Tham dự có đồng chí ${this.person()}, ${p(roles)} cùng đại diện lãnh đạo ${p(agencies)} và ${p(agencies)}.`;
    }
  }

  /** One article; `targetBytes` of UTF-8 body text (about 3 KB by default). */
  article(targetBytes = 3000): GeneratedArticle {
    const publishedAt = new Date(this.start + Math.floor(this.next() * this.span));
    const year = publishedAt.getUTCFullYear();
    const numbers: string[] = [];
    const titleShapes = [
      () => `${this.pick(['Hội nghị', 'Hội thảo', 'Buổi làm việc', 'Đoàn công tác'])} ${this.pick(objects)} tại ${this.pick(places)}`,
      () => `${this.pick(agencies)} ${this.pick(verbs)} ${this.pick(objects)}`,
      () => `${this.pick(places)}: ${this.pick(objects)} ${this.pick(['năm', 'giai đoạn'])} ${year}`,
      () => {
        const c = this.cite(year);
        numbers.push(c.number);
        return `Ban hành ${c.text.replace(/ ngày .*/, '')} về ${this.pick(objects)}`;
      },
      () => `Đảng bộ ${this.pick(agencies)} ${this.pick(verbs)} ${this.pick(objects)}`,
    ];
    const raw = this.pick(titleShapes)();
    const title = raw.charAt(0).toUpperCase() + raw.slice(1);
    const summary = `(${this.pick(places)}) - ${this.sentence(year, numbers)}`;
    const paragraphs: string[] = [];
    let bytes = Buffer.byteLength(summary);
    while (bytes < targetBytes) {
      const sentences: string[] = [];
      for (let i = this.int(2, 4); i > 0; i--) sentences.push(this.sentence(year, numbers));
      const paragraph = sentences.join(' ');
      paragraphs.push(paragraph);
      bytes += Buffer.byteLength(paragraph);
    }
    if (numbers.length === 0) {
      const c = this.cite(year);
      numbers.push(c.number);
      paragraphs.push(`Căn cứ ${c.text} của ${this.pick(agencies)}.`);
    }
    return { title, summary, paragraphs, publishedAt, categoryIndex: this.int(0, 5), number: numbers[0]! };
  }
}

// Demo articles loaded on the first start of an empty database (flagged is_demo; `congtin demo --remove` deletes them).
export interface DemoArticle {
  category: 'Tin Ban Quản lý' | 'Tin đầu tư' | 'Tin khu kinh tế, khu công nghiệp' | 'Thông báo';
  title: string;
  /** local time in Asia/Ho_Chi_Minh, 'YYYY-MM-DD HH:mm' */
  publishedAt: string;
  /** sapo: one or two sentences */
  summary: string;
  /** body paragraphs, plain text, no HTML */
  paragraphs: string[];
  /** optional figure inserted after paragraph index afterParagraph */
  figure?: { afterParagraph: number; src: string; alt: string; caption: string };
  author: string;
  source?: string;
  /** exactly one article in the list has featured: true */
  featured?: boolean;
}

export const demoArticles: DemoArticle[] = [
  {
    category: 'Thông báo',
    title: 'Thông báo lịch tiếp công dân định kỳ của Trưởng Ban Quản lý Khu kinh tế năm 2024',
    publishedAt: '2024-01-05 08:00',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh Kiên Giang thông báo lịch tiếp công dân định kỳ năm 2024 của Trưởng Ban và lịch tiếp công dân thường xuyên tại trụ sở cơ quan.',
    paragraphs: [
      'Thực hiện Luật Tiếp công dân và các văn bản hướng dẫn thi hành, Ban Quản lý Khu kinh tế tỉnh Kiên Giang thông báo lịch tiếp công dân năm 2024 như sau: Trưởng Ban tiếp công dân định kỳ vào ngày 15 hằng tháng; trường hợp trùng ngày nghỉ, ngày lễ thì chuyển sang ngày làm việc liền kề tiếp theo.',
      'Lịch tiếp công dân thường xuyên được thực hiện vào các ngày làm việc trong tuần, buổi sáng từ 7 giờ 30 đến 11 giờ 00, buổi chiều từ 13 giờ 30 đến 17 giờ 00, tại Phòng tiếp công dân, trụ sở Ban Quản lý Khu kinh tế tỉnh, thành phố Rạch Giá.',
      'Công dân đến liên hệ cần mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh. Trường hợp nhiều người cùng khiếu nại, kiến nghị về một nội dung thì cử đại diện không quá 05 người để trình bày với người tiếp công dân.',
      'Ban Quản lý Khu kinh tế tỉnh thông báo để tổ chức, cá nhân, doanh nghiệp trong và ngoài khu kinh tế, khu công nghiệp được biết và liên hệ. Mọi thông tin chi tiết, đề nghị liên hệ Văn phòng Ban trong giờ hành chính hoặc gửi phản ánh qua Cổng thông tin điện tử của Ban.',
    ],
    author: 'Văn phòng Ban',
  },
  {
    category: 'Tin Ban Quản lý',
    title: 'Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 của Ban Quản lý Khu kinh tế',
    publishedAt: '2024-01-12 15:30',
    summary:
      'Sáng 12/01/2024, Ban Quản lý Khu kinh tế tỉnh Kiên Giang tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ trọng tâm năm 2024. Trưởng Ban chủ trì hội nghị.',
    paragraphs: [
      'Sáng 12/01/2024, Ban Quản lý Khu kinh tế tỉnh Kiên Giang tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đại diện lãnh đạo Ủy ban nhân dân tỉnh, các sở, ngành liên quan, Ủy ban nhân dân các huyện, thành phố có khu công nghiệp, cùng toàn thể công chức, viên chức và người lao động của Ban.',
      'Báo cáo tại hội nghị cho biết, trong năm 2023, Ban Quản lý đã tiếp nhận, hướng dẫn và cấp mới 9 Giấy chứng nhận đăng ký đầu tư với tổng vốn đăng ký hơn 4.100 tỷ đồng; điều chỉnh 14 lượt dự án. Công tác quản lý quy hoạch, xây dựng, môi trường và lao động trong các khu công nghiệp tiếp tục được tăng cường, không để xảy ra tranh chấp lao động tập thể.',
      'Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như tiến độ giải phóng mặt bằng tại một số khu công nghiệp còn chậm, hạ tầng kỹ thuật ngoài hàng rào chưa đồng bộ, nguồn vốn đầu tư công bố trí cho hạ tầng khu kinh tế còn thấp so với nhu cầu.',
      'Phát biểu chỉ đạo, Trưởng Ban đề nghị các phòng, đơn vị trực thuộc bám sát kế hoạch năm 2024, tập trung tháo gỡ khó khăn cho nhà đầu tư, đẩy mạnh cải cách hành chính, chuyển đổi số và phối hợp chặt chẽ với các địa phương trong công tác bồi thường, hỗ trợ, tái định cư.',
    ],
    figure: {
      afterParagraph: 0,
      src: '/static/demo/hoi-nghi.svg',
      alt: 'Hình minh họa hội trường với màn hình lớn, bàn chủ tọa và các hàng ghế đại biểu',
      caption: 'Quang cảnh Hội nghị tổng kết công tác năm 2023 của Ban Quản lý Khu kinh tế tỉnh. Ảnh: Minh Trung',
    },
    author: 'Minh Trung',
    source: 'Văn phòng Ban',
  },
  {
    category: 'Tin khu kinh tế, khu công nghiệp',
    title: 'Khu công nghiệp Thạnh Lộc: giai đoạn 1 lấp đầy khoảng 75% diện tích',
    publishedAt: '2024-01-30 10:00',
    summary:
      'Sau nhiều năm đầu tư, giai đoạn 1 Khu công nghiệp Thạnh Lộc quy mô 150 ha đã lấp đầy khoảng 75% diện tích đất công nghiệp, thu hút nhiều dự án chế biến nông sản, thủy sản.',
    paragraphs: [
      'Khu công nghiệp Thạnh Lộc, huyện Châu Thành được quy hoạch với tổng diện tích 250 ha, chia thành hai giai đoạn. Đến cuối năm 2023, giai đoạn 1 quy mô 150 ha đã cơ bản hoàn chỉnh hạ tầng kỹ thuật thiết yếu gồm đường giao thông nội bộ, hệ thống cấp điện, cấp nước, thoát nước mưa và nhà máy xử lý nước thải tập trung.',
      'Theo Ban Quản lý Khu kinh tế tỉnh, giai đoạn 1 đã lấp đầy khoảng 75% diện tích đất công nghiệp cho thuê với các dự án thuộc lĩnh vực chế biến gạo, thức ăn chăn nuôi, chế biến thủy sản, sản xuất bao bì và vật liệu xây dựng. Nhiều nhà máy đã đi vào hoạt động ổn định, đóng góp đáng kể vào giá trị sản xuất công nghiệp của tỉnh.',
      'Các doanh nghiệp trong khu công nghiệp hiện sử dụng hàng nghìn lao động, phần lớn là người địa phương. Việc làm ổn định giúp nhiều lao động nông thôn chuyển dịch sang lĩnh vực công nghiệp, nâng cao thu nhập và góp phần thay đổi diện mạo khu vực xung quanh.',
      'Để đáp ứng nhu cầu mặt bằng của nhà đầu tư, tỉnh đang chỉ đạo các ngành chức năng và chủ đầu tư hạ tầng đẩy nhanh các thủ tục chuẩn bị đầu tư giai đoạn 2 quy mô 100 ha, trong đó ưu tiên thu hút các dự án công nghệ cao, ít ô nhiễm môi trường.',
    ],
    figure: {
      afterParagraph: 1,
      src: '/static/demo/khu-cong-nghiep.svg',
      alt: 'Hình minh họa khu công nghiệp với các dãy nhà xưởng, ống khói và thảm cỏ xanh',
      caption: 'Một góc Khu công nghiệp Thạnh Lộc, huyện Châu Thành. Ảnh: Minh Trung',
    },
    author: 'Minh Trung',
    source: 'Báo Kiên Giang',
  },
  {
    category: 'Tin đầu tư',
    title: 'Trao Giấy chứng nhận đăng ký đầu tư dự án nhà máy chế biến thủy sản xuất khẩu tại Khu công nghiệp Tắc Cậu',
    publishedAt: '2024-02-22 14:20',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh vừa trao Giấy chứng nhận đăng ký đầu tư cho dự án nhà máy chế biến thủy sản xuất khẩu có tổng vốn đầu tư 320 tỷ đồng tại Khu công nghiệp Tắc Cậu, huyện Châu Thành.',
    paragraphs: [
      'Ngày 21/02/2024, Ban Quản lý Khu kinh tế tỉnh Kiên Giang tổ chức trao Giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Chế biến Thủy sản Tây Biển để thực hiện dự án nhà máy chế biến thủy sản xuất khẩu tại Khu công nghiệp Tắc Cậu, huyện Châu Thành. Dự án có tổng vốn đầu tư 320 tỷ đồng, sử dụng khoảng 3,2 ha đất.',
      'Theo hồ sơ đăng ký, nhà máy có công suất thiết kế 12.000 tấn sản phẩm mỗi năm, chủ yếu là mực, bạch tuộc, cá fillet đông lạnh phục vụ xuất khẩu sang thị trường Nhật Bản, Hàn Quốc và châu Âu. Khi đi vào hoạt động, dự án dự kiến tạo việc làm cho khoảng 800 lao động địa phương.',
      'Khu công nghiệp Tắc Cậu có diện tích 68 ha, được định hướng phát triển các ngành hậu cần nghề cá, chế biến thủy sản và các ngành phụ trợ. Với lợi thế gần cảng cá Tắc Cậu và nguồn nguyên liệu dồi dào, khu công nghiệp đang thu hút sự quan tâm của nhiều doanh nghiệp trong lĩnh vực thủy sản.',
      'Tại buổi trao chứng nhận, Phó Trưởng Ban đề nghị nhà đầu tư khẩn trương hoàn thiện các thủ tục về xây dựng, môi trường, phòng cháy chữa cháy để sớm khởi công dự án; đồng thời khẳng định Ban Quản lý sẽ đồng hành, hỗ trợ doanh nghiệp trong suốt quá trình triển khai.',
    ],
    author: 'Phòng Quản lý đầu tư',
  },
  {
    category: 'Tin Ban Quản lý',
    title: 'Đoàn Thanh niên Ban Quản lý Khu kinh tế ra quân hưởng ứng Tháng Thanh niên năm 2024',
    publishedAt: '2024-03-08 09:45',
    summary:
      'Chi đoàn Ban Quản lý Khu kinh tế tỉnh phối hợp với các tổ chức đoàn trong doanh nghiệp tại Khu công nghiệp Thạnh Lộc tổ chức ra quân hưởng ứng Tháng Thanh niên với nhiều hoạt động thiết thực.',
    paragraphs: [
      'Sáng 06/3/2024, Chi đoàn Ban Quản lý Khu kinh tế tỉnh Kiên Giang phối hợp với các tổ chức đoàn trong doanh nghiệp tại Khu công nghiệp Thạnh Lộc tổ chức lễ ra quân hưởng ứng Tháng Thanh niên năm 2024 với chủ đề "Thanh niên tiên phong chuyển đổi số, xây dựng văn minh đô thị".',
      'Ngay sau lễ ra quân, hơn 60 đoàn viên, thanh niên đã tham gia dọn dẹp vệ sinh, thu gom rác thải dọc các tuyến đường nội bộ khu công nghiệp, trồng cây xanh tại khu vực nhà điều hành và hướng dẫn công nhân cài đặt, sử dụng ứng dụng dịch vụ công trực tuyến, tài khoản định danh điện tử.',
      'Trong Tháng Thanh niên, Chi đoàn còn tổ chức chương trình "Ngày thứ Bảy tình nguyện", thăm hỏi, tặng quà cho công nhân có hoàn cảnh khó khăn và phối hợp tổ chức giải bóng đá mini giao lưu giữa thanh niên công nhân các doanh nghiệp trong khu công nghiệp.',
      'Phát biểu tại buổi lễ, Phó Trưởng Ban ghi nhận tinh thần xung kích của đoàn viên và đề nghị Chi đoàn tiếp tục đồng hành cùng doanh nghiệp, chăm lo đời sống tinh thần cho người lao động trẻ, góp phần xây dựng môi trường làm việc văn minh trong các khu công nghiệp.',
    ],
    author: 'Thanh Hà',
  },
  {
    category: 'Tin khu kinh tế, khu công nghiệp',
    title: 'Nâng cao hiệu quả vận hành nhà máy xử lý nước thải tập trung Khu công nghiệp Thạnh Lộc',
    publishedAt: '2024-04-09 14:30',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh kiểm tra công tác bảo vệ môi trường, yêu cầu doanh nghiệp đấu nối nước thải đúng quy định và chủ đầu tư hạ tầng vận hành ổn định hệ thống quan trắc tự động.',
    paragraphs: [
      'Ngày 08/4/2024, đoàn kiểm tra của Ban Quản lý Khu kinh tế tỉnh Kiên Giang đã kiểm tra công tác bảo vệ môi trường tại Khu công nghiệp Thạnh Lộc, tập trung vào việc vận hành nhà máy xử lý nước thải tập trung và việc đấu nối nước thải của các doanh nghiệp thứ cấp trong khu công nghiệp.',
      'Nhà máy xử lý nước thải tập trung của khu công nghiệp có công suất thiết kế 2.000 m3/ngày đêm, được trang bị hệ thống quan trắc tự động, liên tục, truyền dữ liệu về Sở Tài nguyên và Môi trường. Kết quả kiểm tra cho thấy chất lượng nước thải sau xử lý cơ bản đạt quy chuẩn kỹ thuật quốc gia trước khi xả ra nguồn tiếp nhận.',
      'Tuy nhiên, đoàn kiểm tra cũng ghi nhận một số doanh nghiệp chưa xử lý sơ bộ nước thải đạt yêu cầu trước khi đấu nối, gây áp lực cho hệ thống chung. Đoàn đề nghị các doanh nghiệp này khắc phục trong thời hạn 60 ngày và báo cáo kết quả về Ban Quản lý.',
      'Phó Trưởng Ban đề nghị chủ đầu tư hạ tầng xây dựng phương án ứng phó sự cố môi trường, định kỳ bảo trì thiết bị và có kế hoạch nâng công suất nhà máy khi giai đoạn 2 của khu công nghiệp đi vào hoạt động.',
    ],
    author: 'Phòng Quản lý môi trường',
  },
  {
    category: 'Thông báo',
    title: 'Thông báo nghỉ lễ Ngày Chiến thắng 30/4 và Quốc tế Lao động 01/5 năm 2024',
    publishedAt: '2024-04-19 16:00',
    summary:
      'Cán bộ, công chức, viên chức và người lao động của Ban Quản lý Khu kinh tế tỉnh được nghỉ lễ 05 ngày liên tục, từ thứ Bảy ngày 27/4/2024 đến hết thứ Tư ngày 01/5/2024.',
    paragraphs: [
      'Căn cứ Bộ luật Lao động năm 2019 và thông báo của Bộ Lao động - Thương binh và Xã hội về việc hoán đổi ngày làm việc dịp lễ năm 2024, Ban Quản lý Khu kinh tế tỉnh Kiên Giang thông báo lịch nghỉ lễ Ngày Chiến thắng 30/4 và Ngày Quốc tế Lao động 01/5 như sau.',
      'Cán bộ, công chức, viên chức và người lao động của Ban được nghỉ 05 ngày liên tục, từ thứ Bảy ngày 27/4/2024 đến hết thứ Tư ngày 01/5/2024. Ngày làm việc thứ Hai 29/4/2024 được hoán đổi và làm bù vào thứ Bảy ngày 04/5/2024.',
      'Trong thời gian nghỉ lễ, Văn phòng Ban bố trí lịch trực lãnh đạo, trực cơ quan, bảo đảm an ninh, an toàn tài sản và phòng cháy chữa cháy. Các hồ sơ thủ tục hành chính tiếp nhận qua dịch vụ công trực tuyến sẽ được xử lý từ ngày làm việc đầu tiên sau kỳ nghỉ.',
      'Ban Quản lý đề nghị các doanh nghiệp trong khu kinh tế, khu công nghiệp thực hiện đúng quy định về nghỉ lễ và chế độ tiền lương cho người lao động, chủ động xây dựng phương án sản xuất, bảo đảm an toàn lao động và an ninh trật tự trong dịp lễ.',
    ],
    author: 'Văn phòng Ban',
  },
  {
    category: 'Tin đầu tư',
    title: 'Giới thiệu tiềm năng các khu công nghiệp Kiên Giang tại Hội thảo xúc tiến đầu tư ở Thành phố Hồ Chí Minh',
    publishedAt: '2024-05-14 10:30',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh tham gia Hội thảo xúc tiến đầu tư vào vùng Đồng bằng sông Cửu Long, giới thiệu quỹ đất sạch và chính sách ưu đãi tại các khu công nghiệp của tỉnh.',
    paragraphs: [
      'Ngày 10/5/2024, tại Thành phố Hồ Chí Minh, đoàn công tác của Ban Quản lý Khu kinh tế tỉnh Kiên Giang do Phó Trưởng Ban làm trưởng đoàn đã tham gia Hội thảo xúc tiến đầu tư vào các khu kinh tế, khu công nghiệp vùng Đồng bằng sông Cửu Long. Hội thảo thu hút hơn 200 doanh nghiệp trong và ngoài nước tham dự.',
      'Tại hội thảo, đại diện Ban Quản lý đã giới thiệu tổng quan về Khu kinh tế Phú Quốc, Khu kinh tế cửa khẩu Hà Tiên và hệ thống khu công nghiệp của tỉnh, trong đó nhấn mạnh quỹ đất tại giai đoạn 2 Khu công nghiệp Thạnh Lộc quy mô 100 ha, cùng các khu công nghiệp Xẻo Rô, Thuận Yên và Kiên Lương II đang chuẩn bị đầu tư hạ tầng.',
      'Các nhà đầu tư quan tâm nhiều đến hạ tầng giao thông kết nối, nguồn điện, nguồn nước, nguồn lao động và thời gian giải quyết thủ tục hành chính. Đại diện Ban Quản lý cho biết, thủ tục cấp Giấy chứng nhận đăng ký đầu tư được thực hiện theo cơ chế một cửa, thời gian giải quyết ngắn hơn quy định.',
      'Bên lề hội thảo, đoàn công tác đã làm việc riêng với 6 doanh nghiệp trong lĩnh vực chế biến nông sản, thủy sản, cơ khí và logistics; một số doanh nghiệp đã đăng ký thời gian khảo sát thực tế tại tỉnh trong quý III/2024.',
    ],
    author: 'Thanh Hà',
  },
  {
    category: 'Tin Ban Quản lý',
    title: 'Đảng ủy Ban Quản lý Khu kinh tế sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024',
    publishedAt: '2024-07-05 10:15',
    summary:
      'Ngày 04/7/2024, Đảng ủy Ban Quản lý Khu kinh tế tỉnh Kiên Giang tổ chức Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.',
    paragraphs: [
      'Ngày 04/7/2024, Đảng ủy Ban Quản lý Khu kinh tế tỉnh Kiên Giang tổ chức Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2024. Tham dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ, bí thư các chi bộ trực thuộc và đảng viên trong toàn Đảng bộ.',
      'Trong 6 tháng đầu năm, Đảng ủy đã lãnh đạo tổ chức học tập, quán triệt các chỉ thị, nghị quyết của Trung ương và của Tỉnh ủy đến 100% cán bộ, đảng viên. Công tác kiểm tra, giám sát được thực hiện theo đúng kế hoạch; việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với nhiệm vụ chuyên môn của từng chi bộ.',
      'Công tác phát triển đảng viên được quan tâm, Đảng bộ đã kết nạp 3 đảng viên mới, trong đó có 2 quần chúng là đoàn viên ưu tú. Các tổ chức đoàn thể gồm Công đoàn, Đoàn Thanh niên hoạt động sôi nổi, góp phần thực hiện tốt nhiệm vụ chính trị của cơ quan.',
      'Phát biểu kết luận, Bí thư Đảng ủy yêu cầu các chi bộ tiếp tục nâng cao chất lượng sinh hoạt chi bộ, tăng cường kỷ luật, kỷ cương hành chính, chuẩn bị tốt các điều kiện để tiến tới đại hội chi bộ, đại hội Đảng bộ nhiệm kỳ 2025 - 2030.',
    ],
    figure: {
      afterParagraph: 1,
      src: '/static/demo/hoi-nghi.svg',
      alt: 'Hình minh họa hội trường hội nghị với bục chủ tọa, màn hình trình chiếu và các dãy ghế',
      caption: 'Quang cảnh Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024. Ảnh: Thanh Hà',
    },
    author: 'Thanh Hà',
    source: 'Văn phòng Ban',
  },
  {
    category: 'Tin khu kinh tế, khu công nghiệp',
    title: 'Tập trung tháo gỡ vướng mắc giải phóng mặt bằng Khu công nghiệp Xẻo Rô',
    publishedAt: '2024-07-16 09:30',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh phối hợp với Ủy ban nhân dân huyện An Biên rà soát, tháo gỡ khó khăn trong công tác bồi thường, hỗ trợ, tái định cư tại Khu công nghiệp Xẻo Rô quy mô 210,54 ha.',
    paragraphs: [
      'Ngày 15/7/2024, Ban Quản lý Khu kinh tế tỉnh Kiên Giang phối hợp với Ủy ban nhân dân huyện An Biên tổ chức buổi làm việc về tiến độ giải phóng mặt bằng Khu công nghiệp Xẻo Rô. Khu công nghiệp có quy mô 210,54 ha, được định hướng thu hút các ngành chế biến nông sản, thủy sản, cơ khí và công nghiệp hỗ trợ.',
      'Theo báo cáo của địa phương, công tác kiểm đếm, đo đạc hiện trạng đã được thực hiện trên phần lớn diện tích; tuy nhiên vẫn còn một số hộ dân chưa thống nhất với đơn giá bồi thường, đề nghị được bố trí tái định cư tại chỗ. Việc xác định nguồn gốc đất ở một số thửa đất cũng gặp khó khăn do hồ sơ lưu trữ chưa đầy đủ.',
      'Phát biểu tại buổi làm việc, Trưởng Ban đề nghị huyện An Biên tăng cường tuyên truyền, vận động người dân, công khai minh bạch chính sách bồi thường, hỗ trợ; đồng thời khẩn trương hoàn thiện phương án khu tái định cư để ổn định đời sống cho các hộ bị ảnh hưởng.',
      'Ban Quản lý sẽ tổng hợp các kiến nghị vượt thẩm quyền, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo, phấn đấu bàn giao mặt bằng giai đoạn đầu cho nhà đầu tư hạ tầng trong thời gian sớm nhất.',
    ],
    author: 'Minh Trung',
    source: 'Báo Kiên Giang',
  },
  {
    category: 'Tin đầu tư',
    title: 'Đoàn doanh nghiệp Nhật Bản khảo sát đầu tư tại Khu công nghiệp Thạnh Lộc',
    publishedAt: '2024-08-06 15:00',
    summary:
      'Ngày 05/8/2024, Ban Quản lý Khu kinh tế tỉnh tiếp và làm việc với đoàn doanh nghiệp Nhật Bản đến tìm hiểu cơ hội đầu tư trong lĩnh vực chế biến thực phẩm và công nghiệp hỗ trợ.',
    paragraphs: [
      'Ngày 05/8/2024, Phó Trưởng Ban Quản lý Khu kinh tế tỉnh Kiên Giang tiếp và làm việc với đoàn doanh nghiệp Nhật Bản đến tìm hiểu môi trường đầu tư tại tỉnh. Đoàn gồm đại diện 7 doanh nghiệp hoạt động trong lĩnh vực chế biến thực phẩm, bao bì và linh kiện cơ khí.',
      'Tại buổi làm việc, đại diện Ban Quản lý giới thiệu Khu công nghiệp Thạnh Lộc, huyện Châu Thành có tổng diện tích 250 ha, trong đó giai đoạn 1 quy mô 150 ha đã lấp đầy khoảng 75%, giai đoạn 2 quy mô 100 ha đang hoàn thiện thủ tục đầu tư hạ tầng. Khu công nghiệp nằm gần Quốc lộ 61, thuận lợi kết nối với Cần Thơ và Thành phố Hồ Chí Minh.',
      'Sau buổi làm việc, đoàn đã khảo sát thực tế hạ tầng kỹ thuật, nhà máy xử lý nước thải tập trung và một số doanh nghiệp đang hoạt động trong khu công nghiệp. Các doanh nghiệp Nhật Bản đánh giá cao vị trí, nguồn nguyên liệu nông, thủy sản và sự hỗ trợ nhiệt tình của chính quyền địa phương.',
      'Phó Trưởng Ban cho biết, Ban Quản lý sẵn sàng cung cấp thông tin, hướng dẫn thủ tục và giới thiệu mặt bằng phù hợp; đồng thời đề nghị chủ đầu tư hạ tầng khu công nghiệp có chính sách giá thuê đất, phí dịch vụ cạnh tranh để thu hút nhà đầu tư.',
    ],
    author: 'Phòng Quản lý đầu tư',
  },
  {
    category: 'Thông báo',
    title: 'Thông báo tuyển dụng viên chức làm việc tại đơn vị sự nghiệp trực thuộc Ban Quản lý Khu kinh tế năm 2024',
    publishedAt: '2024-08-27 09:00',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh Kiên Giang thông báo tuyển dụng 06 chỉ tiêu viên chức thông qua hình thức xét tuyển; thời gian nhận phiếu đăng ký dự tuyển là 30 ngày kể từ ngày thông báo.',
    paragraphs: [
      'Căn cứ Nghị định số 115/2020/NĐ-CP của Chính phủ quy định về tuyển dụng, sử dụng và quản lý viên chức và kế hoạch tuyển dụng đã được phê duyệt, Ban Quản lý Khu kinh tế tỉnh Kiên Giang thông báo tuyển dụng viên chức năm 2024 làm việc tại đơn vị sự nghiệp trực thuộc với tổng chỉ tiêu là 06 người.',
      'Vị trí cần tuyển gồm: 02 viên chức chuyên ngành kỹ thuật xây dựng, 01 viên chức chuyên ngành kỹ thuật môi trường, 01 viên chức chuyên ngành công nghệ thông tin, 01 viên chức kế toán và 01 viên chức chuyên ngành kinh tế đầu tư. Người dự tuyển phải có trình độ đại học trở lên, chuyên ngành phù hợp với vị trí việc làm.',
      'Hình thức tuyển dụng là xét tuyển qua hai vòng. Vòng 1 kiểm tra điều kiện, tiêu chuẩn của người dự tuyển theo phiếu đăng ký dự tuyển; vòng 2 phỏng vấn để kiểm tra kiến thức, kỹ năng hoạt động nghề nghiệp theo yêu cầu của vị trí việc làm cần tuyển.',
      'Thời gian nhận phiếu đăng ký dự tuyển là 30 ngày kể từ ngày thông báo, trong giờ hành chính, tại Văn phòng Ban Quản lý Khu kinh tế tỉnh. Người dự tuyển có thể xem chi tiết tiêu chuẩn, mẫu phiếu đăng ký trên Cổng thông tin điện tử của Ban hoặc liên hệ trực tiếp để được hướng dẫn.',
    ],
    author: 'Văn phòng Ban',
  },
  {
    category: 'Tin khu kinh tế, khu công nghiệp',
    title: 'Khu kinh tế cửa khẩu Hà Tiên: hoàn thiện hạ tầng, chuẩn bị đầu tư Khu công nghiệp Thuận Yên',
    publishedAt: '2024-10-22 08:30',
    summary:
      'Hạ tầng giao thông, cửa khẩu và cảng biển tại Khu kinh tế cửa khẩu Hà Tiên từng bước được đầu tư; Khu công nghiệp Thuận Yên quy mô 141 ha đang được hoàn thiện thủ tục để kêu gọi nhà đầu tư hạ tầng.',
    paragraphs: [
      'Khu kinh tế cửa khẩu Hà Tiên với Cửa khẩu quốc tế Hà Tiên và Cửa khẩu Giang Thành có vị trí quan trọng trong giao thương với Vương quốc Campuchia. Những năm gần đây, lưu lượng hàng hóa và hành khách xuất nhập cảnh qua các cửa khẩu tăng đều, kéo theo nhu cầu về kho bãi, dịch vụ logistics và sản xuất công nghiệp.',
      'Để đáp ứng nhu cầu đó, tỉnh đã quy hoạch Khu công nghiệp Thuận Yên tại thành phố Hà Tiên với quy mô 141 ha, định hướng thu hút các ngành chế biến nông, thủy sản, sản xuất hàng tiêu dùng, cơ khí lắp ráp và kho vận phục vụ xuất nhập khẩu.',
      'Ban Quản lý Khu kinh tế tỉnh đang phối hợp với các sở, ngành và Ủy ban nhân dân thành phố Hà Tiên hoàn thiện hồ sơ quy hoạch phân khu, đánh giá tác động môi trường và phương án bồi thường, làm cơ sở để lựa chọn nhà đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp.',
      'Cùng với khu công nghiệp, các công trình hạ tầng kết nối như nâng cấp Quốc lộ 80, tuyến đường ven biển, bến cảng và khu kiểm soát liên hợp cửa khẩu được kỳ vọng sẽ tạo động lực mới cho Khu kinh tế cửa khẩu Hà Tiên phát triển nhanh và bền vững.',
    ],
    author: 'Ngọc Lan',
    source: 'Báo Kiên Giang',
  },
  {
    category: 'Tin đầu tư',
    title: 'Rà soát, đôn đốc tiến độ các dự án đầu tư chậm triển khai tại Khu kinh tế Phú Quốc',
    publishedAt: '2024-11-19 09:00',
    summary:
      'Đoàn công tác liên ngành do Ban Quản lý Khu kinh tế tỉnh chủ trì đã kiểm tra thực tế 12 dự án du lịch, dịch vụ tại Phú Quốc, yêu cầu các nhà đầu tư chậm tiến độ cam kết thời hạn hoàn thành cụ thể.',
    paragraphs: [
      'Từ ngày 12 đến 15/11/2024, đoàn công tác liên ngành do Phó Trưởng Ban Quản lý Khu kinh tế tỉnh Kiên Giang làm trưởng đoàn đã kiểm tra thực tế tình hình triển khai 12 dự án du lịch, dịch vụ tại Khu kinh tế Phú Quốc. Thành phần đoàn gồm đại diện các sở Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Xây dựng và Ủy ban nhân dân thành phố Phú Quốc.',
      'Kết quả kiểm tra cho thấy 5 dự án đang triển khai xây dựng đúng tiến độ, 4 dự án chậm tiến độ do vướng mắc về bồi thường, giải phóng mặt bằng hoặc điều chỉnh quy hoạch chi tiết, 3 dự án chưa triển khai thi công dù đã được giao đất nhiều năm.',
      'Đối với các dự án chậm tiến độ không có lý do chính đáng, đoàn yêu cầu nhà đầu tư báo cáo giải trình và có văn bản cam kết tiến độ cụ thể. Trường hợp tiếp tục vi phạm, Ban Quản lý sẽ tham mưu Ủy ban nhân dân tỉnh xem xét chấm dứt hoạt động dự án, thu hồi đất theo quy định của pháp luật về đầu tư và đất đai.',
      'Phó Trưởng Ban nhấn mạnh, việc rà soát nhằm sử dụng hiệu quả quỹ đất, tạo điều kiện cho các nhà đầu tư có năng lực thực hiện dự án, góp phần xây dựng Phú Quốc trở thành trung tâm du lịch, dịch vụ chất lượng cao của cả nước.',
    ],
    author: 'Phòng Quản lý đầu tư',
  },
  {
    category: 'Thông báo',
    title: 'Thông báo mời thầu gói thầu tư vấn lập báo cáo nghiên cứu khả thi dự án đường vào Khu công nghiệp Xẻo Rô',
    publishedAt: '2024-12-10 10:00',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh thông báo mời thầu rộng rãi trong nước qua mạng đối với gói thầu tư vấn lập báo cáo nghiên cứu khả thi dự án đường giao thông kết nối Khu công nghiệp Xẻo Rô.',
    paragraphs: [
      'Ban Quản lý Khu kinh tế tỉnh Kiên Giang, với vai trò chủ đầu tư, thông báo mời thầu gói thầu số 02: Tư vấn khảo sát, lập báo cáo nghiên cứu khả thi dự án Đường giao thông kết nối Khu công nghiệp Xẻo Rô với Quốc lộ 63. Nguồn vốn thực hiện là vốn ngân sách tỉnh thuộc kế hoạch đầu tư công trung hạn.',
      'Hình thức lựa chọn nhà thầu là đấu thầu rộng rãi trong nước, phương thức một giai đoạn hai túi hồ sơ, thực hiện qua mạng trên Hệ thống mạng đấu thầu quốc gia. Loại hợp đồng trọn gói, thời gian thực hiện hợp đồng là 150 ngày kể từ ngày hợp đồng có hiệu lực.',
      'Hồ sơ mời thầu được phát hành miễn phí trên Hệ thống mạng đấu thầu quốc gia từ ngày 10/12/2024. Thời điểm đóng thầu là 09 giờ 00 ngày 26/12/2024; thời điểm mở thầu là 09 giờ 30 cùng ngày. Nhà thầu phải nộp bảo đảm dự thầu theo quy định trong hồ sơ mời thầu.',
      'Các nhà thầu quan tâm có thể liên hệ Phòng Quản lý quy hoạch và xây dựng, Ban Quản lý Khu kinh tế tỉnh Kiên Giang trong giờ hành chính để được giải đáp. Mọi đề nghị làm rõ hồ sơ mời thầu được gửi trực tiếp trên Hệ thống mạng đấu thầu quốc gia theo quy định.',
    ],
    author: 'Phòng Quản lý quy hoạch và xây dựng',
  },
  {
    category: 'Tin Ban Quản lý',
    title: 'Ban Quản lý Khu kinh tế triển khai kế hoạch cải cách hành chính năm 2025',
    publishedAt: '2025-01-08 09:15',
    summary:
      'Năm 2025, Ban Quản lý Khu kinh tế tỉnh đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, 100% hồ sơ được giải quyết đúng hạn.',
    paragraphs: [
      'Ban Quản lý Khu kinh tế tỉnh Kiên Giang vừa ban hành Kế hoạch cải cách hành chính năm 2025 với 6 nhóm nhiệm vụ trọng tâm gồm cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ chức bộ máy, cải cách chế độ công vụ, cải cách tài chính công và xây dựng chính quyền số.',
      'Theo kế hoạch, Ban phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ được số hóa, tái sử dụng kết quả đạt trên 80%; 100% hồ sơ giải quyết đúng hạn, không có hồ sơ phải xin lỗi tổ chức, cá nhân.',
      'Năm 2024, Ban Quản lý đã tiếp nhận và giải quyết hơn 420 hồ sơ thủ tục hành chính trên các lĩnh vực đầu tư, xây dựng, môi trường, lao động, trong đó tỷ lệ hồ sơ nộp trực tuyến đạt trên 70%. Chỉ số hài lòng của tổ chức, cá nhân đối với sự phục vụ của Ban tiếp tục được cải thiện.',
      'Trưởng Ban yêu cầu các phòng chuyên môn gắn trách nhiệm người đứng đầu với kết quả thực hiện cải cách hành chính, thường xuyên rà soát, đề xuất đơn giản hóa thủ tục, rút ngắn thời gian giải quyết, tạo thuận lợi tối đa cho nhà đầu tư và doanh nghiệp.',
    ],
    author: 'Văn phòng Ban',
  },
  {
    category: 'Tin Ban Quản lý',
    title: 'Công đoàn cơ sở Ban Quản lý Khu kinh tế thăm, tặng quà Tết công nhân lao động có hoàn cảnh khó khăn',
    publishedAt: '2025-01-16 14:00',
    summary:
      'Nhân dịp Tết Nguyên đán Ất Tỵ năm 2025, Công đoàn cơ sở Ban Quản lý Khu kinh tế tỉnh phối hợp với các doanh nghiệp trao 150 phần quà cho công nhân lao động có hoàn cảnh khó khăn tại các khu công nghiệp.',
    paragraphs: [
      'Ngày 15/01/2025, Công đoàn cơ sở Ban Quản lý Khu kinh tế tỉnh Kiên Giang phối hợp với Liên đoàn Lao động tỉnh và ban giám đốc các doanh nghiệp tổ chức thăm, tặng quà Tết cho công nhân lao động có hoàn cảnh khó khăn đang làm việc tại Khu công nghiệp Thạnh Lộc và Khu công nghiệp Tắc Cậu.',
      'Tổng cộng có 150 phần quà được trao, mỗi phần gồm tiền mặt và nhu yếu phẩm trị giá 1.000.000 đồng. Kinh phí được trích từ quỹ hoạt động công đoàn, sự đóng góp của đoàn viên công đoàn và sự hỗ trợ của các doanh nghiệp, nhà hảo tâm trên địa bàn.',
      'Thay mặt đoàn công tác, Phó Trưởng Ban ân cần thăm hỏi, chúc Tết và ghi nhận những đóng góp của người lao động đối với sự phát triển của doanh nghiệp và khu công nghiệp trong năm qua. Đồng chí đề nghị các doanh nghiệp thực hiện đầy đủ chế độ lương, thưởng Tết, bảo đảm quyền lợi chính đáng cho công nhân.',
      'Cũng trong dịp này, Công đoàn cơ sở phối hợp hỗ trợ vé xe cho công nhân ở xa về quê đón Tết và tổ chức chương trình "Tết sum vầy" với các gian hàng bình ổn giá, phục vụ người lao động mua sắm hàng hóa thiết yếu.',
    ],
    author: 'Ngọc Lan',
  },
  {
    category: 'Tin đầu tư',
    title: 'Năm 2024, các khu kinh tế, khu công nghiệp thu hút 16 dự án với tổng vốn hơn 9.500 tỷ đồng',
    publishedAt: '2025-01-21 10:30',
    summary:
      'Trong năm 2024, Ban Quản lý Khu kinh tế tỉnh đã cấp mới Giấy chứng nhận đăng ký đầu tư cho 16 dự án với tổng vốn đăng ký hơn 9.500 tỷ đồng, tăng gần gấp đôi so với năm trước.',
    paragraphs: [
      'Theo báo cáo của Ban Quản lý Khu kinh tế tỉnh Kiên Giang, trong năm 2024, Ban đã cấp mới Giấy chứng nhận đăng ký đầu tư cho 16 dự án với tổng vốn đăng ký hơn 9.500 tỷ đồng, trong đó có 2 dự án có vốn đầu tư nước ngoài. Ngoài ra, Ban đã điều chỉnh 21 lượt dự án, trong đó 6 dự án tăng vốn với tổng vốn tăng thêm gần 1.200 tỷ đồng.',
      'Các dự án mới tập trung chủ yếu vào lĩnh vực du lịch, dịch vụ tại Khu kinh tế Phú Quốc; chế biến thủy sản, nông sản tại các khu công nghiệp Thạnh Lộc, Tắc Cậu; sản xuất vật liệu xây dựng và dịch vụ logistics tại Khu kinh tế cửa khẩu Hà Tiên.',
      'Lũy kế đến cuối năm 2024, các khu kinh tế, khu công nghiệp trên địa bàn tỉnh có hơn 300 dự án còn hiệu lực. Các doanh nghiệp trong khu công nghiệp đạt doanh thu khoảng 11.000 tỷ đồng, kim ngạch xuất khẩu hơn 320 triệu USD, nộp ngân sách trên 450 tỷ đồng.',
      'Năm 2025, Ban Quản lý đặt mục tiêu thu hút từ 15 đến 20 dự án mới, tập trung các dự án công nghệ cao, thân thiện môi trường; đồng thời kiên quyết xử lý các dự án chậm tiến độ, kéo dài để thu hồi đất, giao cho nhà đầu tư có năng lực.',
    ],
    author: 'Phòng Quản lý đầu tư',
    source: 'Báo Kiên Giang',
  },
  {
    category: 'Tin khu kinh tế, khu công nghiệp',
    title: 'Hạ tầng giai đoạn 2 Khu công nghiệp Thạnh Lộc đang được đẩy nhanh tiến độ',
    publishedAt: '2025-02-18 10:00',
    summary:
      'Chủ đầu tư hạ tầng đang tập trung san lấp mặt bằng, thi công đường nội bộ và hệ thống thoát nước tại giai đoạn 2 Khu công nghiệp Thạnh Lộc quy mô 100 ha, phấn đấu sớm bàn giao đất cho nhà đầu tư thứ cấp.',
    paragraphs: [
      'Những ngày đầu năm 2025, trên công trường giai đoạn 2 Khu công nghiệp Thạnh Lộc, huyện Châu Thành, hàng chục phương tiện, máy móc thi công hoạt động liên tục. Giai đoạn 2 có quy mô 100 ha, nằm liền kề giai đoạn 1 quy mô 150 ha đã lấp đầy khoảng 75% diện tích.',
      'Theo chủ đầu tư hạ tầng, đến nay đã hoàn thành san lấp khoảng 40% diện tích, thi công được hơn 2 km đường giao thông nội bộ cùng hệ thống thoát nước mưa và nước thải. Đơn vị thi công đã tăng cường nhân lực, tổ chức làm việc hai ca để bù lại thời gian bị ảnh hưởng bởi mưa kéo dài trong năm 2024.',
      'Cùng với hạ tầng trong hàng rào, ngành điện đang triển khai xây dựng tuyến đường dây 110 kV và trạm biến áp phục vụ khu công nghiệp; đơn vị cấp nước cũng có kế hoạch nâng công suất cấp nước cho khu vực. Nhà máy xử lý nước thải giai đoạn 2 dự kiến khởi công trong quý III/2025.',
      'Ban Quản lý Khu kinh tế tỉnh cho biết, đã có nhiều nhà đầu tư đăng ký tìm hiểu, thuê đất tại giai đoạn 2. Ban đề nghị chủ đầu tư hạ tầng bảo đảm chất lượng công trình, an toàn lao động và vệ sinh môi trường, phấn đấu bàn giao mặt bằng đợt đầu trong năm 2025.',
    ],
    figure: {
      afterParagraph: 1,
      src: '/static/demo/khu-cong-nghiep.svg',
      alt: 'Hình minh họa khu công nghiệp với nhà xưởng mái răng cưa, ống khói và nền cỏ xanh',
      caption: 'Hạ tầng giai đoạn 2 Khu công nghiệp Thạnh Lộc đang được thi công. Ảnh: Minh Trung',
    },
    author: 'Minh Trung',
  },
  {
    category: 'Thông báo',
    title: 'Lấy ý kiến góp ý dự thảo Quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp, khu kinh tế trên địa bàn tỉnh',
    publishedAt: '2025-03-25 14:00',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh đăng tải dự thảo Quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp, khu kinh tế để lấy ý kiến của cơ quan, tổ chức, doanh nghiệp và người dân đến hết ngày 25/4/2025.',
    paragraphs: [
      'Ban Quản lý Khu kinh tế tỉnh Kiên Giang đang chủ trì xây dựng dự thảo Quyết định của Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp quản lý nhà nước đối với các khu công nghiệp, khu kinh tế trên địa bàn tỉnh, thay thế quy chế ban hành kèm theo Quyết định số 18/2020/QĐ-UBND của Ủy ban nhân dân tỉnh.',
      'Việc xây dựng quy chế mới nhằm cụ thể hóa các quy định tại Nghị định số 35/2022/NĐ-CP của Chính phủ về quản lý khu công nghiệp và khu kinh tế, xác định rõ trách nhiệm, nội dung và phương thức phối hợp giữa Ban Quản lý với các sở, ngành, Ủy ban nhân dân cấp huyện trong quản lý đầu tư, xây dựng, đất đai, môi trường và lao động.',
      'Dự thảo gồm 4 chương, 22 điều, được đăng tải toàn văn trên Cổng thông tin điện tử của Ban. Cơ quan, tổ chức, doanh nghiệp và cá nhân quan tâm gửi ý kiến góp ý bằng văn bản hoặc thư điện tử về Ban Quản lý Khu kinh tế tỉnh trước ngày 25/4/2025.',
      'Ban Quản lý sẽ tổng hợp, tiếp thu, giải trình đầy đủ các ý kiến góp ý, hoàn chỉnh dự thảo trình cơ quan thẩm định và Ủy ban nhân dân tỉnh xem xét ban hành. Đề nghị các cơ quan, đơn vị quan tâm phối hợp, góp ý đúng thời hạn để bảo đảm tiến độ xây dựng văn bản.',
    ],
    author: 'Văn phòng Ban',
  },
  {
    category: 'Tin Ban Quản lý',
    title: 'Đẩy mạnh chuyển đổi số trong hoạt động quản lý, điều hành của Ban Quản lý Khu kinh tế',
    publishedAt: '2025-04-15 15:00',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh đưa vào sử dụng cơ sở dữ liệu số về các dự án đầu tư trong khu kinh tế, khu công nghiệp, góp phần nâng cao hiệu quả quản lý và phục vụ nhà đầu tư.',
    paragraphs: [
      'Thực hiện Chương trình chuyển đổi số của tỉnh, thời gian qua Ban Quản lý Khu kinh tế tỉnh Kiên Giang đã triển khai đồng bộ nhiều giải pháp ứng dụng công nghệ thông tin trong quản lý, điều hành. Đến nay, 100% văn bản đi, đến được xử lý trên môi trường mạng, trừ văn bản mật; 100% công chức được cấp chữ ký số cá nhân.',
      'Tháng 4/2025, Ban chính thức đưa vào vận hành cơ sở dữ liệu số về dự án đầu tư trong khu kinh tế, khu công nghiệp. Hệ thống cho phép cập nhật tình hình triển khai dự án, tiến độ góp vốn, báo cáo giám sát đầu tư, lao động và môi trường, đồng thời tích hợp bản đồ số hiện trạng sử dụng đất của từng khu công nghiệp.',
      'Nhờ cơ sở dữ liệu dùng chung, các phòng chuyên môn có thể tra cứu thông tin nhanh chóng, giảm việc yêu cầu doanh nghiệp cung cấp lại hồ sơ đã nộp. Lãnh đạo Ban cũng theo dõi được các dự án chậm tiến độ để kịp thời đôn đốc, xử lý theo quy định.',
      'Trong thời gian tới, Ban sẽ tiếp tục hoàn thiện Cổng thông tin điện tử, mở rộng kênh tiếp nhận phản ánh, kiến nghị trực tuyến và tăng cường bồi dưỡng kỹ năng số cho đội ngũ công chức, viên chức của cơ quan.',
    ],
    author: 'Thanh Hà',
  },
  {
    category: 'Tin khu kinh tế, khu công nghiệp',
    title: 'Doanh nghiệp trong các khu công nghiệp giải quyết việc làm cho hơn 12.000 lao động',
    publishedAt: '2025-05-27 14:00',
    summary:
      'Tính đến tháng 5/2025, các doanh nghiệp đang hoạt động trong các khu công nghiệp trên địa bàn tỉnh sử dụng hơn 12.000 lao động, thu nhập bình quân khoảng 7,5 triệu đồng/người/tháng.',
    paragraphs: [
      'Theo số liệu của Ban Quản lý Khu kinh tế tỉnh Kiên Giang, tính đến tháng 5/2025, các doanh nghiệp đang hoạt động trong các khu công nghiệp trên địa bàn tỉnh sử dụng hơn 12.000 lao động, trong đó lao động nữ chiếm khoảng 60%, lao động là người địa phương chiếm trên 85%.',
      'Thu nhập bình quân của người lao động đạt khoảng 7,5 triệu đồng/người/tháng, tăng gần 8% so với cùng kỳ năm trước. Các doanh nghiệp cơ bản thực hiện đầy đủ chế độ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp; nhiều đơn vị có chế độ hỗ trợ tiền ăn ca, nhà ở và đưa đón công nhân.',
      'Tuy nhiên, nhu cầu tuyển dụng lao động có tay nghề trong lĩnh vực chế biến thủy sản, cơ khí, điện và vận hành máy móc vẫn còn lớn. Một số doanh nghiệp cho biết gặp khó khăn trong việc giữ chân lao động do thiếu nhà ở, nhà trẻ và các thiết chế văn hóa gần khu công nghiệp.',
      'Ban Quản lý đang phối hợp với cơ quan quản lý lao động và các cơ sở giáo dục nghề nghiệp tổ chức sàn giao dịch việc làm, đào tạo theo đơn đặt hàng của doanh nghiệp; đồng thời kiến nghị tỉnh bố trí quỹ đất xây dựng nhà ở xã hội cho công nhân gần Khu công nghiệp Thạnh Lộc.',
    ],
    author: 'Ngọc Lan',
    source: 'Báo Kiên Giang',
  },
  {
    category: 'Tin đầu tư',
    title: 'Nhà đầu tư Hàn Quốc tìm hiểu cơ hội đầu tư du lịch nghỉ dưỡng tại Phú Quốc',
    publishedAt: '2025-06-24 15:30',
    summary:
      'Đoàn doanh nghiệp Hàn Quốc làm việc với Ban Quản lý Khu kinh tế tỉnh, tìm hiểu quy hoạch, chính sách ưu đãi và thủ tục đầu tư vào lĩnh vực du lịch, chăm sóc sức khỏe tại Khu kinh tế Phú Quốc.',
    paragraphs: [
      'Ngày 23/6/2025, tại thành phố Phú Quốc, Ban Quản lý Khu kinh tế tỉnh Kiên Giang tiếp và làm việc với đoàn doanh nghiệp Hàn Quốc gồm 15 thành viên, hoạt động trong các lĩnh vực khách sạn, nghỉ dưỡng, chăm sóc sức khỏe và thương mại điện tử.',
      'Tại buổi làm việc, đại diện Ban Quản lý thông tin về định hướng phát triển Khu kinh tế Phú Quốc theo quy hoạch chung, trong đó ưu tiên các dự án du lịch chất lượng cao, dịch vụ y tế, giáo dục, tài chính và logistics. Các chính sách ưu đãi về thuế thu nhập doanh nghiệp, tiền thuê đất và thủ tục nhập cảnh cũng được giới thiệu chi tiết.',
      'Đại diện đoàn doanh nghiệp đánh giá Phú Quốc có lợi thế lớn về cảnh quan thiên nhiên, sân bay quốc tế và chính sách miễn thị thực cho khách quốc tế. Các doanh nghiệp mong muốn được giới thiệu địa điểm phù hợp và hướng dẫn trình tự thủ tục đầu tư theo quy định của pháp luật Việt Nam.',
      'Phó Trưởng Ban cho biết, Ban Quản lý sẽ cung cấp danh mục dự án kêu gọi đầu tư, hỗ trợ khảo sát địa điểm và hướng dẫn hồ sơ; đồng thời khuyến nghị nhà đầu tư chú trọng các giải pháp bảo vệ môi trường và ưu tiên sử dụng lao động địa phương.',
    ],
    figure: {
      afterParagraph: 1,
      src: '/static/demo/phu-quoc.svg',
      alt: 'Hình minh họa bờ biển đảo với hàng dừa, bãi cát vàng và mặt trời trên biển xanh',
      caption: 'Khu kinh tế Phú Quốc được định hướng phát triển du lịch, dịch vụ chất lượng cao. Ảnh: Thanh Hà',
    },
    author: 'Thanh Hà',
  },
  {
    category: 'Thông báo',
    title: 'Thông báo lịch tiếp công dân của lãnh đạo Ban Quản lý Khu kinh tế 6 tháng cuối năm 2025',
    publishedAt: '2025-06-30 15:00',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh thông báo lịch tiếp công dân định kỳ của Trưởng Ban và các Phó Trưởng Ban từ tháng 7 đến tháng 12 năm 2025.',
    paragraphs: [
      'Nhằm tạo điều kiện cho công dân, tổ chức, doanh nghiệp phản ánh, kiến nghị, khiếu nại, tố cáo liên quan đến lĩnh vực quản lý của Ban, Ban Quản lý Khu kinh tế tỉnh Kiên Giang thông báo lịch tiếp công dân định kỳ của lãnh đạo Ban trong 6 tháng cuối năm 2025.',
      'Cụ thể: Trưởng Ban tiếp công dân vào ngày 15 hằng tháng; các Phó Trưởng Ban luân phiên tiếp công dân vào ngày thứ Năm của tuần thứ hai và tuần thứ tư trong tháng. Trường hợp lãnh đạo Ban bận công tác đột xuất, Văn phòng Ban sẽ thông báo lịch thay đổi trên Cổng thông tin điện tử và tại trụ sở.',
      'Địa điểm tiếp công dân là Phòng tiếp công dân, trụ sở Ban Quản lý Khu kinh tế tỉnh. Ngoài lịch tiếp định kỳ của lãnh đạo Ban, công chức được phân công tiếp công dân thường xuyên vào giờ hành chính các ngày làm việc trong tuần, trừ ngày nghỉ lễ, Tết theo quy định.',
      'Công dân đến liên hệ cần xuất trình giấy tờ tùy thân, nêu rõ nội dung và cung cấp tài liệu có liên quan. Để được bố trí thời gian thuận tiện, công dân có thể đăng ký trước qua số điện thoại đường dây nóng hoặc Cổng thông tin điện tử của Ban.',
    ],
    author: 'Văn phòng Ban',
  },
  {
    category: 'Tin Ban Quản lý',
    title: 'Hội nghị đối thoại với doanh nghiệp trong các khu công nghiệp năm 2025',
    publishedAt: '2025-08-19 09:30',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh tổ chức hội nghị đối thoại, lắng nghe và giải đáp 27 ý kiến, kiến nghị của doanh nghiệp liên quan đến thủ tục đầu tư, đất đai, môi trường và lao động.',
    paragraphs: [
      'Ngày 18/8/2025, Ban Quản lý Khu kinh tế tỉnh Kiên Giang tổ chức Hội nghị đối thoại với doanh nghiệp đang hoạt động trong các khu công nghiệp. Hội nghị do Trưởng Ban chủ trì, với sự tham dự của đại diện các sở, ngành, cơ quan thuế, bảo hiểm xã hội, công ty điện lực và hơn 80 doanh nghiệp.',
      'Tại hội nghị, các doanh nghiệp đã nêu 27 ý kiến, kiến nghị, tập trung vào thủ tục cấp giấy phép xây dựng, điều chỉnh dự án, cấp giấy chứng nhận quyền sử dụng đất, chất lượng cung cấp điện, giá dịch vụ xử lý nước thải và khó khăn trong tuyển dụng lao động có tay nghề.',
      'Các ý kiến đã được lãnh đạo Ban và đại diện các cơ quan chuyên môn trả lời trực tiếp, cụ thể. Đối với những kiến nghị vượt thẩm quyền, Ban Quản lý sẽ tổng hợp báo cáo Ủy ban nhân dân tỉnh và các bộ, ngành Trung ương xem xét, giải quyết.',
      'Phát biểu kết luận, Trưởng Ban khẳng định Ban Quản lý luôn coi doanh nghiệp là trung tâm phục vụ, cam kết tiếp tục cải cách thủ tục hành chính, duy trì kênh tiếp nhận phản ánh thường xuyên và định kỳ tổ chức đối thoại để kịp thời tháo gỡ khó khăn.',
    ],
    author: 'Minh Trung',
  },
  {
    category: 'Tin khu kinh tế, khu công nghiệp',
    title: 'Khu công nghiệp Tắc Cậu phát huy lợi thế hậu cần nghề cá và chế biến thủy sản',
    publishedAt: '2025-09-09 09:00',
    summary:
      'Với quy mô 68 ha, nằm cạnh cảng cá Tắc Cậu, khu công nghiệp đang trở thành điểm đến của nhiều doanh nghiệp chế biến thủy sản, kho lạnh và dịch vụ hậu cần nghề cá.',
    paragraphs: [
      'Khu công nghiệp Tắc Cậu có diện tích 68 ha, nằm bên bờ sông Cái Bé, liền kề cảng cá Tắc Cậu, một trong những cảng cá lớn của vùng Đồng bằng sông Cửu Long. Khu công nghiệp được quy hoạch để phát triển các ngành hậu cần nghề cá, chế biến thủy sản, sản xuất nước đá, kho lạnh và dịch vụ sửa chữa tàu cá.',
      'Hiện khu công nghiệp có nhiều doanh nghiệp đang hoạt động, sản phẩm chủ yếu là mực, bạch tuộc, ghẹ, cá và bột cá phục vụ xuất khẩu và tiêu thụ nội địa. Lợi thế gần ngư trường và cảng cá giúp doanh nghiệp chủ động nguồn nguyên liệu tươi, giảm chi phí vận chuyển và bảo quản.',
      'Tuy vậy, hạ tầng kỹ thuật của khu công nghiệp vẫn cần tiếp tục hoàn thiện, đặc biệt là hệ thống thu gom, xử lý nước thải và tuyến đường kết nối với Quốc lộ 63. Ban Quản lý Khu kinh tế tỉnh đã đề xuất bố trí vốn đầu tư công để nâng cấp các hạng mục này trong giai đoạn tới.',
      'Ban Quản lý cũng tăng cường kiểm tra việc chấp hành quy định về bảo vệ môi trường, truy xuất nguồn gốc nguyên liệu thủy sản, góp phần cùng tỉnh thực hiện các giải pháp chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định.',
    ],
    figure: {
      afterParagraph: 0,
      src: '/static/demo/cang-bien.svg',
      alt: 'Hình minh họa cảng biển với cần cẩu bốc xếp container và tàu hàng neo đậu ven cầu cảng',
      caption: 'Hoạt động bốc xếp hàng hóa tại khu vực cảng gần Khu công nghiệp Tắc Cậu. Ảnh: Thanh Hà',
    },
    author: 'Thanh Hà',
    source: 'Báo Kiên Giang',
  },
  {
    category: 'Tin đầu tư',
    title: 'Cấp Giấy chứng nhận đăng ký đầu tư dự án xây dựng và kinh doanh hạ tầng Khu công nghiệp Kiên Lương II',
    publishedAt: '2025-10-07 10:00',
    summary:
      'Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Kiên Lương II quy mô 100 ha có tổng vốn đầu tư khoảng 1.850 tỷ đồng, định hướng thu hút công nghiệp vật liệu xây dựng, cơ khí và logistics.',
    paragraphs: [
      'Ngày 06/10/2025, Ban Quản lý Khu kinh tế tỉnh Kiên Giang trao Giấy chứng nhận đăng ký đầu tư cho nhà đầu tư được chấp thuận thực hiện dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Kiên Lương II. Dự án có quy mô 100 ha, tổng vốn đầu tư khoảng 1.850 tỷ đồng, thời hạn hoạt động 50 năm.',
      'Khu công nghiệp Kiên Lương II được định hướng thu hút các ngành sản xuất vật liệu xây dựng, cơ khí chế tạo, chế biến nông, thủy sản và dịch vụ logistics, tận dụng lợi thế nguồn nguyên liệu khoáng sản và hệ thống cảng biển khu vực Kiên Lương - Hà Tiên.',
      'Theo tiến độ đăng ký, nhà đầu tư sẽ hoàn thành thủ tục về đất đai, môi trường và khởi công hạ tầng trong năm 2026; hoàn thành đầu tư hạ tầng kỹ thuật thiết yếu, bao gồm đường nội bộ, cấp điện, cấp nước và nhà máy xử lý nước thải tập trung trong vòng 36 tháng kể từ ngày được giao đất.',
      'Trưởng Ban đề nghị nhà đầu tư tập trung nguồn lực, phối hợp chặt chẽ với địa phương trong công tác bồi thường, giải phóng mặt bằng; đồng thời chủ động xúc tiến, kêu gọi các dự án thứ cấp có công nghệ tiên tiến, thân thiện với môi trường vào khu công nghiệp.',
    ],
    author: 'Phòng Quản lý đầu tư',
  },
  {
    category: 'Thông báo',
    title: 'Thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ năm 2026',
    publishedAt: '2025-12-23 09:00',
    summary:
      'Cán bộ, công chức, viên chức và người lao động Ban Quản lý Khu kinh tế tỉnh được nghỉ Tết Nguyên đán Bính Ngọ từ thứ Bảy ngày 14/02/2026 đến hết Chủ nhật ngày 22/02/2026.',
    paragraphs: [
      'Thực hiện chỉ đạo của Thủ tướng Chính phủ và hướng dẫn của Ủy ban nhân dân tỉnh về lịch nghỉ Tết Nguyên đán năm 2026, Ban Quản lý Khu kinh tế tỉnh Kiên Giang thông báo cán bộ, công chức, viên chức và người lao động của Ban được nghỉ Tết Nguyên đán Bính Ngọ từ thứ Bảy ngày 14/02/2026 đến hết Chủ nhật ngày 22/02/2026.',
      'Văn phòng Ban có trách nhiệm xây dựng lịch trực Tết, bố trí lãnh đạo và công chức trực cơ quan 24/24 giờ, bảo đảm an ninh, an toàn tài sản và phòng cháy chữa cháy. Các phòng, đơn vị hoàn thành công việc, sắp xếp hồ sơ trước kỳ nghỉ, không để tồn đọng hồ sơ thủ tục hành chính.',
      'Ban Quản lý đề nghị các doanh nghiệp trong khu kinh tế, khu công nghiệp thực hiện lịch nghỉ Tết cho người lao động theo đúng quy định của Bộ luật Lao động, chi trả đầy đủ tiền lương, tiền thưởng; đồng thời có phương án bảo vệ nhà xưởng, phòng chống cháy nổ trong thời gian nghỉ.',
      'Trong thời gian nghỉ Tết, tổ chức, cá nhân có nhu cầu phản ánh, kiến nghị khẩn cấp có thể liên hệ số điện thoại trực của Văn phòng Ban. Hồ sơ nộp trực tuyến sẽ được tiếp nhận, xử lý từ ngày làm việc đầu tiên sau Tết, thứ Hai ngày 23/02/2026.',
    ],
    author: 'Văn phòng Ban',
  },
  {
    category: 'Tin khu kinh tế, khu công nghiệp',
    title: 'Đầu tư đồng bộ hạ tầng điện, nước phục vụ phát triển Khu kinh tế Phú Quốc',
    publishedAt: '2026-01-13 15:00',
    summary:
      'Nhiều công trình cấp điện, cấp nước và xử lý nước thải tại Khu kinh tế Phú Quốc đã và đang được triển khai, đáp ứng nhu cầu ngày càng tăng của du khách, người dân và các dự án đầu tư.',
    paragraphs: [
      'Cùng với tốc độ phát triển nhanh của du lịch, dịch vụ, nhu cầu sử dụng điện, nước tại Khu kinh tế Phú Quốc tăng mạnh trong những năm gần đây. Đường dây 220 kV Kiên Bình - Phú Quốc với đoạn cáp ngầm xuyên biển đã được đưa vào vận hành, góp phần bảo đảm cung cấp điện ổn định cho đảo.',
      'Về cấp nước, các hồ chứa và nhà máy nước trên đảo đang được nâng cấp công suất. Tỉnh cũng kêu gọi đầu tư các nhà máy xử lý nước biển thành nước ngọt để đa dạng nguồn cung, giảm áp lực khai thác nước ngầm, nhất là vào những tháng cao điểm mùa khô.',
      'Đối với thu gom, xử lý nước thải, các dự án tại khu vực Dương Đông, An Thới tiếp tục được triển khai. Các dự án du lịch, khu dân cư mới được yêu cầu đầu tư hệ thống xử lý nước thải đạt chuẩn, không xả trực tiếp ra biển, sông, suối.',
      'Ban Quản lý Khu kinh tế tỉnh cho biết sẽ tiếp tục phối hợp với các sở, ngành và chính quyền địa phương rà soát nhu cầu hạ tầng, ưu tiên kêu gọi đầu tư theo hình thức xã hội hóa, bảo đảm hạ tầng đi trước một bước, phục vụ tốt các sự kiện quốc tế lớn sẽ tổ chức tại Phú Quốc.',
    ],
    figure: {
      afterParagraph: 2,
      src: '/static/demo/phu-quoc.svg',
      alt: 'Hình minh họa bờ biển đảo với cây dừa, bãi cát trắng và mặt biển xanh dưới nắng',
      caption: 'Bờ biển Phú Quốc, nơi tập trung nhiều dự án du lịch, dịch vụ. Ảnh: Ngọc Lan',
    },
    author: 'Ngọc Lan',
  },
  {
    category: 'Tin Ban Quản lý',
    title: 'Ban Quản lý Khu kinh tế gặp mặt đầu Xuân Bính Ngọ, phát động thi đua năm 2026',
    publishedAt: '2026-02-25 10:30',
    summary:
      'Ngày 24/02/2026, Ban Quản lý Khu kinh tế tỉnh tổ chức gặp mặt đầu Xuân và phát động phong trào thi đua năm 2026 với chủ đề đổi mới, sáng tạo, đồng hành cùng doanh nghiệp.',
    paragraphs: [
      'Ngày 24/02/2026, Ban Quản lý Khu kinh tế tỉnh Kiên Giang tổ chức buổi gặp mặt đầu Xuân Bính Ngọ năm 2026 với toàn thể cán bộ, công chức, viên chức và người lao động. Đây là dịp để nhìn lại kết quả năm 2025 và cùng nhau quyết tâm thực hiện thắng lợi nhiệm vụ năm mới.',
      'Phát biểu tại buổi gặp mặt, Trưởng Ban đánh giá năm 2025 là năm có nhiều khó khăn nhưng tập thể cơ quan đã hoàn thành tốt các chỉ tiêu được giao, trong đó công tác thu hút đầu tư, cải cách hành chính và chuyển đổi số có nhiều chuyển biến tích cực, được doanh nghiệp ghi nhận.',
      'Nhân dịp này, Ban Quản lý phát động phong trào thi đua năm 2026 với chủ đề "Đổi mới, sáng tạo, đồng hành cùng doanh nghiệp". Các phòng, đơn vị đã ký kết giao ước thi đua, cam kết hoàn thành đúng hạn 100% nhiệm vụ được giao và không để hồ sơ thủ tục hành chính trễ hạn.',
      'Trưởng Ban đề nghị Công đoàn, Chi đoàn thanh niên và các phòng, đơn vị khẩn trương bắt tay vào công việc ngay từ những ngày đầu năm, tập trung đôn đốc tiến độ các dự án trọng điểm trong khu kinh tế, khu công nghiệp.',
    ],
    author: 'Minh Trung',
    source: 'Văn phòng Ban',
  },
  {
    category: 'Tin đầu tư',
    title: 'Ban Quản lý Khu kinh tế tham gia chương trình xúc tiến đầu tư tại Singapore',
    publishedAt: '2026-04-21 09:00',
    summary:
      'Đoàn công tác của tỉnh giới thiệu cơ hội đầu tư vào Khu kinh tế Phú Quốc, Khu kinh tế cửa khẩu Hà Tiên và các khu công nghiệp với hơn 100 doanh nghiệp, quỹ đầu tư Singapore.',
    paragraphs: [
      'Từ ngày 14 đến 17/4/2026, Ban Quản lý Khu kinh tế tỉnh Kiên Giang tham gia đoàn công tác của tỉnh thực hiện chương trình xúc tiến đầu tư tại Singapore. Tại hội thảo giới thiệu môi trường đầu tư, đoàn đã gặp gỡ hơn 100 đại diện doanh nghiệp, quỹ đầu tư và tổ chức tài chính của Singapore và khu vực.',
      'Phó Trưởng Ban đã trình bày tham luận giới thiệu Khu kinh tế Phú Quốc với định hướng phát triển dịch vụ, du lịch chất lượng cao, trung tâm hội nghị quốc tế; Khu kinh tế cửa khẩu Hà Tiên với lợi thế giao thương biên giới; cùng hệ thống khu công nghiệp Thạnh Lộc, Tắc Cậu, Xẻo Rô, Thuận Yên và Kiên Lương II.',
      'Nhiều nhà đầu tư Singapore bày tỏ quan tâm đến các lĩnh vực logistics, năng lượng tái tạo, kho lạnh phục vụ xuất khẩu thủy sản và hạ tầng khu công nghiệp xanh. Bên lề hội thảo, đoàn công tác đã làm việc riêng với 8 doanh nghiệp và ký kết 2 biên bản ghi nhớ hợp tác đầu tư.',
      'Sau chuyến công tác, Ban Quản lý sẽ phân công cán bộ đầu mối theo dõi, hỗ trợ từng nhà đầu tư tiềm năng, cung cấp thông tin về quỹ đất, quy hoạch và thủ tục, tạo điều kiện để các cam kết sớm được hiện thực hóa bằng các dự án cụ thể.',
    ],
    author: 'Thanh Hà',
  },
  {
    category: 'Thông báo',
    title: 'Thông báo mời thầu gói thầu xây lắp nâng cấp đường nội bộ Khu công nghiệp Tắc Cậu',
    publishedAt: '2026-05-12 14:30',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh mời các nhà thầu có đủ năng lực, kinh nghiệm tham dự đấu thầu rộng rãi qua mạng gói thầu xây lắp nâng cấp đường nội bộ và hệ thống thoát nước Khu công nghiệp Tắc Cậu.',
    paragraphs: [
      'Ban Quản lý Khu kinh tế tỉnh Kiên Giang thông báo mời thầu gói thầu số 05: Thi công xây dựng nâng cấp đường giao thông nội bộ và hệ thống thoát nước, thuộc dự án Hoàn thiện hạ tầng kỹ thuật Khu công nghiệp Tắc Cậu. Giá gói thầu khoảng 46 tỷ đồng, sử dụng vốn ngân sách tỉnh.',
      'Gói thầu được tổ chức đấu thầu rộng rãi trong nước, phương thức một giai đoạn một túi hồ sơ, thực hiện qua Hệ thống mạng đấu thầu quốc gia. Loại hợp đồng theo đơn giá cố định, thời gian thực hiện hợp đồng là 360 ngày, bao gồm cả ngày nghỉ lễ, Tết.',
      'Hồ sơ mời thầu được phát hành miễn phí trên Hệ thống mạng đấu thầu quốc gia kể từ ngày đăng tải thông báo. Thời điểm đóng thầu là 09 giờ 00 ngày 02/6/2026. Nhà thầu tham dự phải đáp ứng yêu cầu về năng lực tài chính, kinh nghiệm thực hiện hợp đồng tương tự và nhân sự chủ chốt theo hồ sơ mời thầu.',
      'Trong quá trình thi công, nhà thầu phải có biện pháp tổ chức giao thông, bảo đảm hoạt động sản xuất, vận chuyển hàng hóa của các doanh nghiệp trong khu công nghiệp không bị gián đoạn. Mọi thông tin chi tiết, đề nghị liên hệ Phòng Quản lý quy hoạch và xây dựng trong giờ hành chính.',
    ],
    author: 'Phòng Quản lý quy hoạch và xây dựng',
  },
  {
    category: 'Tin Ban Quản lý',
    title: 'Ban Quản lý Khu kinh tế sơ kết công tác 6 tháng đầu năm 2026',
    publishedAt: '2026-07-03 08:30',
    summary:
      'Sáu tháng đầu năm 2026, Ban Quản lý Khu kinh tế tỉnh cấp mới Giấy chứng nhận đăng ký đầu tư cho 9 dự án với tổng vốn hơn 6.800 tỷ đồng; 100% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn.',
    paragraphs: [
      'Ngày 02/7/2026, Ban Quản lý Khu kinh tế tỉnh Kiên Giang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Trưởng Ban chủ trì hội nghị; tham dự có các Phó Trưởng Ban, lãnh đạo các phòng, đơn vị trực thuộc và toàn thể công chức, viên chức.',
      'Trong 6 tháng đầu năm, Ban đã cấp mới Giấy chứng nhận đăng ký đầu tư cho 9 dự án với tổng vốn đăng ký hơn 6.800 tỷ đồng, điều chỉnh 12 lượt dự án. Giai đoạn 2 Khu công nghiệp Thạnh Lộc đã bàn giao mặt bằng cho 4 nhà đầu tư thứ cấp; công tác giải phóng mặt bằng tại Khu công nghiệp Xẻo Rô đạt khoảng 70% diện tích.',
      'Công tác cải cách hành chính tiếp tục được chú trọng, 100% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 90%. Hoạt động của Đảng bộ, Công đoàn và Đoàn Thanh niên được duy trì nền nếp, góp phần hoàn thành nhiệm vụ chính trị của cơ quan.',
      'Trưởng Ban yêu cầu trong 6 tháng cuối năm, các phòng, đơn vị tập trung đẩy nhanh tiến độ hạ tầng các khu công nghiệp Xẻo Rô, Thuận Yên và Kiên Lương II, tăng cường hậu kiểm dự án sau cấp phép, phấn đấu hoàn thành vượt mức các chỉ tiêu kế hoạch năm 2026.',
    ],
    author: 'Văn phòng Ban',
  },
  {
    category: 'Tin khu kinh tế, khu công nghiệp',
    title: 'Khu công nghiệp Xẻo Rô bàn giao mặt bằng đợt đầu cho nhà đầu tư hạ tầng',
    publishedAt: '2026-08-18 10:30',
    summary:
      'Sau thời gian tập trung tháo gỡ vướng mắc, khoảng 120 ha đất tại Khu công nghiệp Xẻo Rô đã được bàn giao cho nhà đầu tư hạ tầng, mở ra cơ hội thu hút các dự án thứ cấp.',
    paragraphs: [
      'Ngày 17/8/2026, Ban Quản lý Khu kinh tế tỉnh Kiên Giang phối hợp với chính quyền địa phương tổ chức bàn giao mặt bằng đợt đầu với diện tích khoảng 120 ha tại Khu công nghiệp Xẻo Rô cho nhà đầu tư xây dựng và kinh doanh kết cấu hạ tầng. Khu công nghiệp có tổng quy mô 210,54 ha.',
      'Để có mặt bằng bàn giao, các lực lượng chức năng đã kiên trì tuyên truyền, vận động, giải quyết thỏa đáng kiến nghị của người dân về đơn giá bồi thường và bố trí tái định cư. Khu tái định cư phục vụ dự án đã hoàn thành hạ tầng, các hộ dân đã nhận nền và xây dựng nhà ở ổn định.',
      'Theo kế hoạch, nhà đầu tư sẽ khởi công san lấp mặt bằng và thi công đường nội bộ ngay trong quý IV/2026; đồng thời phối hợp với ngành điện xây dựng trạm biến áp và tuyến đường dây cấp điện cho khu công nghiệp, đầu tư nhà máy xử lý nước thải tập trung theo từng phân kỳ.',
      'Trưởng Ban đề nghị địa phương tiếp tục hoàn thành giải phóng mặt bằng phần diện tích còn lại, đồng thời yêu cầu nhà đầu tư triển khai đúng tiến độ cam kết, sớm hoàn thiện hạ tầng để đón các dự án chế biến nông, thủy sản và công nghiệp hỗ trợ.',
    ],
    author: 'Minh Trung',
    source: 'Báo Kiên Giang',
  },
  {
    category: 'Thông báo',
    title: 'Lấy ý kiến dự thảo Danh mục dự án kêu gọi đầu tư vào các khu kinh tế, khu công nghiệp giai đoạn 2027 - 2030',
    publishedAt: '2026-09-15 10:00',
    summary:
      'Ban Quản lý Khu kinh tế tỉnh lấy ý kiến góp ý của cơ quan, tổ chức, doanh nghiệp và cá nhân đối với dự thảo Danh mục 42 dự án kêu gọi đầu tư giai đoạn 2027 - 2030; thời hạn góp ý đến hết ngày 15/10/2026.',
    paragraphs: [
      'Ban Quản lý Khu kinh tế tỉnh Kiên Giang đang xây dựng dự thảo Danh mục dự án kêu gọi đầu tư vào các khu kinh tế, khu công nghiệp giai đoạn 2027 - 2030, làm cơ sở cho công tác xúc tiến đầu tư trong những năm tới. Ban trân trọng đề nghị các cơ quan, tổ chức, doanh nghiệp và cá nhân quan tâm tham gia góp ý.',
      'Dự thảo gồm 42 dự án thuộc các lĩnh vực hạ tầng khu công nghiệp, logistics, chế biến nông, thủy sản, năng lượng tái tạo, du lịch và dịch vụ, phân bố tại Khu kinh tế Phú Quốc, Khu kinh tế cửa khẩu Hà Tiên và các khu công nghiệp Thạnh Lộc, Tắc Cậu, Xẻo Rô, Thuận Yên, Kiên Lương II.',
      'Nội dung góp ý tập trung vào sự phù hợp của dự án với quy hoạch, tính khả thi về quỹ đất, hạ tầng kết nối, quy mô vốn dự kiến và đề xuất bổ sung các dự án mới có tiềm năng. Toàn văn dự thảo được đăng tải trên Cổng thông tin điện tử của Ban Quản lý Khu kinh tế tỉnh.',
      'Ý kiến góp ý gửi bằng văn bản về Phòng Quản lý đầu tư, Ban Quản lý Khu kinh tế tỉnh hoặc gửi qua thư điện tử trước ngày 15/10/2026. Ban Quản lý sẽ tổng hợp, tiếp thu và hoàn chỉnh dự thảo trước khi trình Ủy ban nhân dân tỉnh xem xét, phê duyệt.',
    ],
    author: 'Phòng Quản lý đầu tư',
  },
  {
    category: 'Tin đầu tư',
    title: 'Khởi công tổ hợp chế biến nông sản, thủy sản công nghệ cao vốn 3.200 tỷ đồng tại Khu công nghiệp Thạnh Lộc',
    publishedAt: '2026-11-10 09:30',
    summary:
      'Sáng 09/11/2026, tổ hợp chế biến nông sản, thủy sản công nghệ cao có tổng vốn đầu tư 3.200 tỷ đồng chính thức khởi công tại giai đoạn 2 Khu công nghiệp Thạnh Lộc, là dự án có quy mô vốn lớn nhất từ trước đến nay tại khu công nghiệp này.',
    paragraphs: [
      'Sáng 09/11/2026, tại giai đoạn 2 Khu công nghiệp Thạnh Lộc, Ban Quản lý Khu kinh tế tỉnh Kiên Giang phối hợp với nhà đầu tư tổ chức lễ khởi công tổ hợp chế biến nông sản, thủy sản công nghệ cao. Dự án có tổng vốn đầu tư 3.200 tỷ đồng, sử dụng khoảng 28 ha đất, là dự án có quy mô vốn lớn nhất từ trước đến nay tại khu công nghiệp.',
      'Tổ hợp gồm nhà máy chế biến gạo chất lượng cao, nhà máy chế biến tôm và cá đông lạnh, kho lạnh sức chứa 20.000 tấn và trung tâm nghiên cứu, kiểm định chất lượng sản phẩm. Dây chuyền sản xuất được nhập khẩu đồng bộ từ châu Âu và Nhật Bản, ứng dụng tự động hóa, tiết kiệm năng lượng và tái sử dụng nước thải sau xử lý.',
      'Khi đi vào hoạt động từ năm 2028, dự án dự kiến đạt doanh thu khoảng 5.000 tỷ đồng mỗi năm, tạo việc làm ổn định cho khoảng 2.500 lao động, đồng thời liên kết tiêu thụ sản phẩm cho hàng nghìn hộ nông dân, ngư dân trong vùng, góp phần nâng cao giá trị chuỗi nông sản, thủy sản của tỉnh.',
      'Phát biểu tại lễ khởi công, Trưởng Ban đánh giá cao quyết tâm của nhà đầu tư và cam kết Ban Quản lý sẽ đồng hành, giải quyết nhanh các thủ tục phát sinh. Trưởng Ban đề nghị nhà thầu thi công bảo đảm chất lượng, an toàn, vệ sinh môi trường, phấn đấu đưa dự án vào vận hành đúng tiến độ đã cam kết.',
    ],
    figure: {
      afterParagraph: 0,
      src: '/static/demo/khu-cong-nghiep.svg',
      alt: 'Hình minh họa khu công nghiệp với các nhà xưởng lớn, ống khói và đường giao thông nội bộ',
      caption: 'Khu vực xây dựng tổ hợp chế biến tại giai đoạn 2 Khu công nghiệp Thạnh Lộc. Ảnh: Phòng Quản lý đầu tư',
    },
    author: 'Phòng Quản lý đầu tư',
    source: 'Báo Kiên Giang',
    featured: true,
  },
];

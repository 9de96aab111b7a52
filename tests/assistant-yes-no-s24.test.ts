/**
 * Session 24 (issue 10 §2): yes/no facts quoted word for word from fifteen entries' own text (front-matter yes_no), for the
 * yes/no questions the tuning sets ask of them most (our own wordings), each with questions its quote does not settle.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";
import { unsettledCases, yesNoFirstCases } from "./support/yes-no-cases";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });

describe("yes/no facts quoted from the entries (session 24)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  const answered: Array<[string, string, RegExp]> = [
    ["bé nhà tôi 2 tuổi thì thẻ bảo hiểm y tế có phải mua không", "dvc-bhyt-ho-gia-dinh", /^Dạ không, trẻ dưới 6 tuổi được cấp thẻ miễn phí, làm kèm khai sinh \(chưa xác nhận\)/u],
    ["trẻ dưới 6 tuổi có được cấp thẻ bhyt miễn phí không", "dvc-bhyt-ho-gia-dinh", /^Dạ có, trẻ dưới 6 tuổi được cấp thẻ miễn phí/u],
    ["con tôi 3 tuổi chưa làm khai sinh thì có bị phạt không", "dvc-dang-ky-lai-ho-tich", /^Dạ có, khai sinh quá hạn có thể bị nhắc nhở hoặc xử phạt theo quy định \(chưa xác nhận\)/u],
    ["ông tôi 60 tuổi chưa bao giờ có giấy khai sinh thì giờ làm được không", "dvc-dang-ky-lai-ho-tich", /^Dạ có, chưa từng khai sinh thì đăng ký khai sinh như thường/u],
    ["vneid mức 2 có phải ra công an phường làm không", "dvc-vneid-muc-2", /^Dạ có, tài khoản VNeID mức 2 phải đăng ký trực tiếp tại Công an phường/u],
    ["tự nâng vneid lên mức 2 trên điện thoại ở nhà được không", "dvc-vneid-muc-2", /^Dạ không, mức 2 phải đăng ký trực tiếp với cơ quan công an/u],
    ["đăng nhập cổng dịch vụ công có bắt buộc dùng vneid không", "dvc-tai-khoan", /^Dạ có, ông\/bà đăng nhập Cổng Dịch vụ công quốc gia bằng chính tài khoản VNeID mức 2/u],
    ["con trai tôi đi làm ăn xa 5 tháng có phải khai tạm vắng không", "dvc-tam-vang", /^Dạ không, không phải ai đi xa cũng phải khai tạm vắng/u],
    ["làn xanh có phải là được giải quyết nhanh hơn không", "lx-la-gi", /^Dạ có, "làn xanh" là cơ chế ưu tiên/u],
    ["công ty nước có nhắn tin đòi tiền qua tài khoản cá nhân không", "ld-hoa-don-dien-nuoc", /^Dạ không, cuộc gọi, tin nhắn báo nợ tiền điện, nước/u],
    ["csgt có nhắn tin kèm link bắt nộp phạt không", "ld-phat-nguoi", /^Dạ không, hiện không có thông báo phạt nguội qua tin nhắn hay điện thoại/u],
    ["thầy giáo gọi báo con bị ngã đang cấp cứu, đòi chuyển tiền viện phí, có phải lừa không", "ld-nguoi-than-cap-cuu", /^Dạ có, người lạ gọi báo người thân bị tai nạn/u],
    ["sàn forex hứa lãi 20% một tháng có phải lừa đảo không", "ld-dau-tu", /^Dạ có, lời mời đầu tư qua mạng hứa lãi cao/u],
    ["tôi độc thân có được nhận con nuôi không", "dvc-nuoi-con-nuoi", /^Dạ có, người độc thân vẫn được nhận con nuôi nếu đủ điều kiện/u],
    ["cccd cũ còn hạn có bắt buộc đổi sang thẻ mới không", "dvc-can-cuoc", /^Dạ không, thẻ căn cước công dân còn hạn vẫn dùng được/u],
    ["đóng bhxh tự nguyện có được nhà nước hỗ trợ không", "dvc-bhxh-tu-nguyen", /^Dạ có, Nhà nước hỗ trợ một phần/u],
    ["đóng bhxh tự nguyện có được bảo hiểm y tế luôn không", "dvc-bhxh-tu-nguyen", /^Dạ không, BHXH tự nguyện có chế độ hưu trí và tử tuất; không thay thế BHYT/u],
    ["chứng thực chữ ký có cần người ký có mặt không", "dvc-chung-thuc", /^Dạ có, chứng thực chữ ký thì mang giấy tờ tùy thân và giấy tờ chưa ký/u],
    ["sao y bằng tốt nghiệp có phải mang bản chính không", "dvc-chung-thuc", /^Dạ có, sao y thì mang bản chính và bản photo/u],
    ["nhờ cán bộ ở phường nộp hộ hồ sơ online được không", "dvc-ho-tro-nop-ho-so", /^Dạ có, đến Bộ phận Một cửa của phường để cán bộ hướng dẫn/u],
  ];
  yesNoFirstCases(ask, answered);

  // questions the quotes do not settle: no yes or no, whatever entry answers them
  const unsettled: string[] = [
    "ông tôi 85 tuổi có được cấp thẻ bhyt miễn phí không",
    "bố tôi mất rồi có phải xóa hộ khẩu cho bố không",
    "xây thêm một tầng có phải xin giấy phép không",
    "thay mái tôn và lát lại nền có phải xin phép không",
    "đi xuất khẩu lao động Nhật 3 năm có phải khai tạm vắng không",
    "đi làm ở Bình Dương 1 năm có phải khai tạm vắng không",
    "đổi điện thoại mới thì vneid mức 2 có phải lên công an không",
    "làm căn cước xong có tự động có vneid mức 2 không",
    "tài khoản dịch vụ công cũ đăng ký bằng số điện thoại còn dùng được không hay bắt buộc vneid",
    "làn xanh có phải trả thêm tiền để làm nhanh hơn không",
    "điện lực có nhắn tin báo lịch cắt điện không",
    "trúng thưởng phải đóng thuế trước có phải lừa không",
    "đầu tư qua công ty chứng khoán được cấp phép có phải lừa không",
    "nhận con nuôi người nước ngoài, tôi độc thân có được không",
    "thẻ căn cước hết hạn có phải đổi không",
    "chứng thực chữ ký nhờ người khác ký thay được không",
    "chứng thực bản sao từ bản chụp được không",
    "sao y thì không cần bản chính đúng không",
  ];
  unsettledCases(ask, unsettled);
});

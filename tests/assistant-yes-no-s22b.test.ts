/**
 * Session 22, second facet pass (issue 10 §2): "Dạ có" / "Dạ không" first where the entry already
 * states the answer (its `yes_no` facts quote its own text), by classes of question (our own wordings):
 * - a separate account for the national public-service portal besides VNeID ("Dạ không");
 * - the health-insurance card in VssID at a clinic in place of the paper card ("Dạ có");
 * - signing in to iHanoi with a VNeID account ("Dạ có", unconfirmed), not whether VNeID is required;
 * - going to court after a failed land mediation at the ward ("Dạ có");
 * - the driving licence shown on VNeID at a traffic check ("Dạ có", unconfirmed), not whether an old
 *   paper licence can be added;
 * - the old permanent registration when moving to a new one ("Dạ không", it is removed with the new
 *   one), not after a death or a sale;
 * - away for medical treatment: not everyone away must declare ("Dạ không"), not for a year or more;
 * - an older learner or a class at the ward for the digital-skills course ("Dạ có", the summary's
 *   opening), not a fee, a schedule or a class brought elsewhere.
 * And a shape: a yes/no question ending with the person addressed ("… không cháu", "… không phường",
 * "… không mn") is read as yes/no, as with "ạ".
 * Each class has a negative: a question the quote does not settle gets no yes or no.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readFacet } from "../server/assistant/facet-cues";
import { foldedText } from "../server/assistant/text-analysis";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";
import { unsettledCases, yesNoFirstCases } from "./support/yes-no-cases";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });

describe("a yes/no question ending with the person addressed", () => {
  const yesno = (q: string) => readFacet(foldedText(q)).yesno;
  it.each([
    "hồ sơ này có cần bản sao công chứng không cháu",
    "ông nhà tôi 81 tuổi có được nhận tiền hàng tháng không phường",
    "mở tiệm nail tại nhà có phải đăng ký kinh doanh ko mn",
    "giấy này nộp qua mạng được không em",
  ])("\"%s\" is a yes/no question", (q) => expect(yesno(q), q).toBe(true));
  it.each(["cho cháu hỏi thủ tục làm căn cước", "không biết hỏi ai, phường ơi giúp em", "làm sao để khỏi bị lừa hả cháu"])(
    "\"%s\" is not",
    (q) => expect(yesno(q), q).toBe(false),
  );
});

describe("yes/no facts quoted from the entries (session 22, second pass)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  const answered: Array<[string, string, RegExp]> = [
    ["muốn nộp hồ sơ trên dịch vụ công thì có phải đăng ký thêm tài khoản riêng không", "dvc-tai-khoan", /^Dạ không, ông\/bà đăng nhập Cổng Dịch vụ công quốc gia bằng chính tài khoản VNeID/u],
    ["đi khám mở thẻ bhyt trên vssid thay thẻ giấy dc ko", "dvc-vssid", /^Dạ có, không có thẻ BHYT giấy vẫn đi khám được/u],
    ["vào ihanoi đăng nhập bằng tài khoản vneid có được không", "dvc-ihanoi", /^Dạ có, có thể dùng tài khoản VNeID \(chưa xác nhận\)/u],
    ["tranh chấp lối đi hòa giải ở phường không thành thì tôi có khởi kiện được không", "dvc-hoa-giai-dat-dai", /^Dạ có, hòa giải không thành: đề nghị cơ quan có thẩm quyền giải quyết hoặc khởi kiện/u],
    ["bị csgt dừng xe, mở giấy phép lái xe trên vneid cho xem có được không", "dvc-vneid-tich-hop-giay-to", /^Dạ có, giấy tờ đã tích hợp và hiển thị trên VNeID có giá trị thay thế/u],
    ["tôi chuyển hộ khẩu lên Hà Nội thì có phải về quê xóa trước không", "dvc-xoa-dang-ky-cu-tru", /^Dạ không, khi ông\/bà đăng ký thường trú ở nơi mới thì nơi cũ được xóa theo/u],
    ["bố tôi 72 tuổi rồi có đi học lớp bình dân học vụ số được không", "kns-lop-hoc", /^Dạ có, "Bình dân học vụ số" giúp mọi người, nhất là người cao tuổi/u],
    ["phường mình có lớp dạy dùng điện thoại cho người cao tuổi không cháu", "kns-lop-hoc", /^Dạ có, "Bình dân học vụ số" giúp mọi người/u],
    ["bà tôi lên viện Bạch Mai điều trị hai tháng có phải khai tạm vắng không", "dvc-tam-vang", /^Dạ không, không phải ai đi xa cũng phải khai tạm vắng/u],
  ];
  yesNoFirstCases(ask, answered);

  // questions the quotes do not settle: no yes or no, whatever entry answers them
  const unsettled: string[] = [
    "tài khoản dịch vụ công cũ đăng ký bằng số điện thoại còn dùng được không",
    "thẻ bhyt trên vssid bị sai ngày sinh thì đi khám có được không",
    "cài ihanoi có bắt buộc phải có tài khoản vneid không",
    "bằng lái xe loại giấy bìa cũ có tích hợp lên vneid được không",
    "bố tôi mất rồi có phải làm xóa thường trú riêng không",
    "tôi bán nhà rồi thì có phải xóa hộ khẩu ở chỗ cũ không",
    "con tôi đi điều trị ở Sài Gòn hơn một năm có phải khai tạm vắng không",
    "mẹ tôi 65 tuổi đi học lớp kỹ năng số có mất tiền không",
    "hội người cao tuổi muốn mời phường về dạy lớp bình dân học vụ số được không",
  ];
  unsettledCases(ask, unsettled);
});

/**
 * Session 23 (issue 10 §2): more yes/no shapes read as yes/no, and eight entries' facts quoted from their own text
 * (our own wordings):
 * - a statement asked to be confirmed ("… là thật đúng không", "… phải ko ạ");
 * - a yes/no question with its alternative after "hay" ("có … không hay là lừa");
 * - a surprised question ("… được à", "… là lừa hả"; "à" only after a word that asks, never an acknowledgement);
 * - "được hem";
 * - paying a fee on the portal by e-wallet, bank card or banking app ("Dạ có", step 4 of dvc-thanh-toan);
 * - the network calling to "standardise" the subscriber or lock the SIM ("Dạ không": such a call is a scam);
 * - a copy or a signature certified at the ward ("Dạ có", the summary's opening of dvc-chung-thuc), not a contract,
 *   a foreign-language paper, a weekend or someone signing in another's place;
 * - a file returned late: the office must send a written apology ("Dạ có", lx-qua-han's body, unconfirmed);
 * - papers issued before the 2025 merger naming the old ward still valid ("Dạ có", phuong-sap-nhap's summary);
 * - a message to this chat outside office hours read now ("Dạ không": staff reply in the next working hours).
 * - a friend's account asking to borrow money: send it ("Dạ không"), call them back first ("Dạ có"), a video call
 *   showing the face settles it ("Dạ không"): ld-muon-tien's summary;
 * - an app file or a link outside the stores ("Dạ không": state apps come from CH Play / App Store only).
 * Each class has a negative.
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

describe("yes/no shapes (session 23)", () => {
  const yesno = (q: string) => readFacet(foldedText(q)).yesno;
  it.each([
    "cuộc gọi xưng công an là giả đúng không",
    "nộp ở phường nào cũng được phải ko ạ",
    "app này tải ngoài link là không an toàn đúng ko em",
    "tổng đài có gọi bắt cài ứng dụng không hay là lừa đảo",
    "chồng tôi đi vắng thì tôi đi một mình được à",
    "vậy là bị lừa hả",
    "giấy này làm ở phường luôn được hem",
    "cũng vậy à",
  ])("\"%s\" is a yes/no question", (q) => expect(yesno(q), q).toBe(true));
  it.each([
    "vâng, được ạ",
    "dạ được ạ",
    "cảm ơn cháu nhé, vậy ạ",
    "ok luôn ạ",
    "làm sao để lấy lại tiền hả",
    "ở đâu hả cháu",
    "không biết có mất phí hay miễn phí",
  ])("\"%s\" is not", (q) => expect(yesno(q), q).toBe(false));
});

describe("yes/no facts quoted from the entries (session 23)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  const answered: Array<[string, string, RegExp]> = [
    ["nộp lệ phí trên cổng dịch vụ công bằng ví điện tử có được không", "dvc-thanh-toan", /^Dạ có, trả bằng ứng dụng ngân hàng, thẻ ATM hoặc ví điện tử/u],
    ["dùng thẻ atm trả lệ phí làm thủ tục online được không ạ", "dvc-thanh-toan", /^Dạ có, trả bằng ứng dụng ngân hàng, thẻ ATM hoặc ví điện tử/u],
    ["nhà mạng có gọi điện yêu cầu chuẩn hóa thuê bao không ạ", "ld-sim-bi-khoa", /^Dạ không, cuộc gọi báo "SIM sắp bị khóa"/u],
    ["cuộc gọi bắt chuẩn hóa sim có phải lừa không", "ld-sim-bi-khoa", /^Dạ có, cuộc gọi báo "SIM sắp bị khóa"/u],
    ["sao y bằng tốt nghiệp ra phường được không", "dvc-chung-thuc", /^Dạ có, ông\/bà đến Bộ phận Một cửa của bất kỳ phường nào/u],
    ["phường mình có chứng thực chữ ký không ạ", "dvc-chung-thuc", /^Dạ có, ông\/bà đến Bộ phận Một cửa của bất kỳ phường nào/u],
    ["tin nhắn hiện tên ngân hàng thì chắc chắn là thật đúng không", "ld-tram-bts-gia", /^Dạ không, tin nhắn mang đúng tên ngân hàng vẫn có thể là lừa đảo/u],
    ["hồ sơ của tôi quá hạn trả mà phường có phải gửi thư xin lỗi không", "lx-qua-han", /^Dạ có, khi hồ sơ trễ hẹn, cơ quan giải quyết phải gửi ông\/bà phiếu xin lỗi .*\(chưa xác nhận\)/u],
    ["sau sáp nhập giấy tờ ghi tên phường cũ có còn giá trị không", "phuong-sap-nhap", /^Dạ có, giấy tờ đã cấp còn hạn vẫn dùng bình thường/u],
    ["bạn cũ nhắn messenger hỏi mượn tiền gấp thì có nên chuyển không", "ld-muon-tien", /^Dạ không, ông\/bà chưa chuyển tiền, gọi lại cho người đó/u],
    ["em trai nhắn zalo mượn tiền, có nên gọi điện lại cho nó xác minh không", "ld-muon-tien", /^Dạ có, ông\/bà chưa chuyển tiền, gọi lại cho người đó/u],
    ["ứng dụng vneid dạng file apk có an toàn không", "ld-ung-dung-gia", /^Dạ không, VNeID và ứng dụng của cơ quan nhà nước chỉ tải từ CH Play/u],
    ["ngoài giờ hành chính nhắn zalo cho cán bộ thì có ai đọc không", "phuong-gap-can-bo", /^Dạ không, nhắn ngoài giờ, ngày nghỉ thì cán bộ sẽ trả lời vào giờ làm việc tiếp theo/u],
  ];
  yesNoFirstCases(ask, answered);

  // questions the quotes do not settle: no yes or no, whatever entry answers them
  const unsettled: string[] = [
    "trả lệ phí online bằng tiền mặt được không",
    "nộp phí online rồi mà hồ sơ bị trả thì có được hoàn tiền không",
    "sim chưa cập nhật căn cước có bị khóa thật không",
    "nhà mạng có nhắn tin báo chuẩn hóa thông tin không",
    "hợp đồng mua bán xe chứng thực ở phường được không",
    "bằng đại học tiếng anh có chứng thực bản sao ở phường được không",
    "thứ bảy phường có chứng thực không",
    "chứng thực chữ ký nhờ người khác ký thay được không",
    "xin lỗi cho hỏi hồ sơ trễ hẹn thì có được gia hạn không",
    "sau sáp nhập giấy tờ đã hết hạn có còn giá trị không",
    "lỡ chuyển tiền cho người quen bị hack nick rồi có nên báo công an không",
    "lỡ cài file apk rồi thì có sao không",
  ];
  unsettledCases(ask, unsettled);
});

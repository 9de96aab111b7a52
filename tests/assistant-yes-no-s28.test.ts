/**
 * Session 28 (issue 10 §2): yes/no first on how the reply leads. After a scam entry, the bare question "is it a scam /
 * is it real" gets "Dạ có" / "Dạ không" from the entry's own opening when that opening says the script IS a scam
 * (scam-script-yes-no.ts); a hedged opening ("thường là lừa đảo"), a first question naming its own case and a question
 * turned round get no yes or no. And yes/no facts quoted from eight entries' own text (front-matter yes_no), each with
 * questions its quote does not settle. Our own wordings, not the tuning sets'.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { emptyMemory } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { readFacet } from "../server/assistant/facet-cues";
import { scamOrRealAsked } from "../server/assistant/scam-script-yes-no";
import { foldedText } from "../server/assistant/text-analysis";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";
import { unsettledCases, yesNoFirstCases } from "./support/yes-no-cases";

// Monday 2026-11-23 09:00 in Hanoi (UTC+7)
const MONDAY_9AM = Date.UTC(2026, 10, 23, 2, 0, 0);
const ward = wardFixture({ name: "Phường Thử" });
const yesOrNo = /^Dạ (có|không)(?!\p{L})/u;

describe("is it a scam, asked after a scam entry (session 28)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  /** every turn of a conversation, in order */
  const talk = (...turns: string[]) => {
    let memory = emptyMemory();
    return turns.map((q, i) => {
      const r = assistant.ask(q, ward, MONDAY_9AM + i * 60_000, memory);
      memory = r.memory;
      return r;
    });
  };

  it.each([
    ["có người xưng shipper gọi bảo có bưu kiện, bắt chuyển khoản trước rồi mới giao", "vậy có phải lừa đảo không ạ", "ld-giao-hang", /^Dạ có, giả shipper đòi chuyển khoản trước/u],
    ["có cuộc gọi báo thuê bao của tôi sắp bị khóa sim", "cái đó có thật không", "ld-sim-bi-khoa", /^Dạ không, cuộc gọi báo "SIM sắp bị khóa"/u],
    ["tin nhắn báo tôi trúng thưởng tủ lạnh, bảo nộp phí vận chuyển", "thật hay giả vậy bạn", "ld-trung-thuong", /^Dạ không, báo trúng thưởng rồi bắt nộp phí để nhận quà là lừa đảo/u],
    ["có người gửi link bảo tải ứng dụng dịch vụ công mới về cài", "là giả phải không", "ld-ung-dung-gia", /^Dạ có, người lạ gửi đường link bảo cài VNeID/u],
  ])("\"%s\" then \"%s\" → %s, yes/no first", (first, then, id, lead) => {
    const r = talk(first, then)[1]!;
    expect(r.kind, then).toBe("answer");
    if (r.kind !== "answer") return;
    expect(r.entry.id).toBe(id);
    expect(r.reply).toMatch(lead);
    // one "Dạ" opening: the summary's own "Dạ, …" became the yes or no, not repeated after it
    expect(r.reply.match(/Dạ/gu)?.length ?? 0).toBe(1);
  });

  it("a hedged opening (a relative in hospital: 'thường là lừa đảo') decides nothing", () => {
    const r = talk("người lạ gọi báo con tôi bị tai nạn cần chuyển tiền mổ gấp", "có phải lừa đảo không")[1]!;
    expect(r.reply).not.toMatch(yesOrNo);
  });

  it("a first question naming its own case is not the script: cash on delivery", () => {
    const r = talk("shipper giao hàng cod thu tiền mặt có phải lừa không")[0]!;
    expect(r.reply).not.toMatch(yesOrNo);
  });

  it.each([
    ["co phai lua ko ad", "scam"],
    ["day la lua dao phai ko", "scam"],
    ["that ko a", "real"],
    ["thật hay giả vậy", "real"],
    ["không phải lừa đảo đúng không", undefined],
    ["làm sao biết là lừa hay thật", undefined],
    ["tôi gọi lại tổng đài chính thức, có phải lừa không", undefined],
  ])("\"%s\" asks %s", (q, asked) => {
    const folded = q.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").toLowerCase();
    expect(scamOrRealAsked(folded)).toBe(asked);
  });
});

describe("yes/no facts quoted from the entries (session 28)", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
  });
  const ask = (q: string) => assistant.ask(q, ward, MONDAY_9AM);

  const answered: Array<[string, string, RegExp]> = [
    ["ứng dụng vssid có cho đăng nhập bằng tài khoản vneid không", "dvc-vssid", /^Dạ có, nếu đã có tài khoản VssID và có VNeID mức 2/u],
    ["trên vssid có xem được quá trình đóng bhxh của mình không", "dvc-vssid", /^Dạ có, VssID là ứng dụng của Bảo hiểm xã hội Việt Nam để xem thẻ BHYT/u],
    ["làm nhận cha cho con có bắt buộc phải xét nghiệm adn không", "dvc-nhan-cha-me-con", /^Dạ không, làm tờ khai, kèm chứng cứ quan hệ cha con, mẹ con \(ví dụ kết quả ADN\)/u],
    ["đang tạm trú ở phường này, khác nơi thường trú, có đăng ký kết hôn ở đây được không", "dvc-ket-hon", /^Dạ có, UBND phường nơi cư trú \(thường trú hoặc tạm trú\)/u],
    ["bạn gái em mới 16 tuổi thì đăng ký kết hôn được không", "dvc-ket-hon", /^Dạ không, nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi/u],
    ["cháu đang là sinh viên đại học chính quy có được tạm hoãn nghĩa vụ quân sự không", "dvc-nghia-vu-quan-su", /^Dạ có, tạm hoãn: thường gặp là đang học đại học, cao đẳng hệ chính quy/u],
    ["chủ hộ không đồng ý thì con trai tôi có tách hộ ra được không", "dvc-tach-ho", /^Dạ không, chủ hộ hoặc chủ sở hữu chỗ ở không đồng ý thì không tách hộ được, trừ người đã ly hôn/u],
    ["ở nhà đi thuê có đăng ký thường trú được không", "dvc-thuong-tru", /^Dạ có, nhập khẩu vào nhà thuê, nhà mượn, ở nhờ ở Hà Nội phải đủ điều kiện diện tích tối thiểu/u],
    ["con dâu về làm dâu thì nhập hộ khẩu vào nhà tôi được không", "dvc-thuong-tru", /^Dạ có, chuẩn bị tờ khai CT01 .*nhập vào nhà người khác thì cần chủ hộ đồng ý/u],
    ["giấy khai sinh của mẹ tôi ghi sai năm sinh thì có sửa được không", "dvc-cai-chinh-ho-tich", /^Dạ có, cải chính: sửa thông tin bị ghi sai do lỗi khi đăng ký/u],
  ];
  yesNoFirstCases(ask, answered);

  // questions the quotes do not settle: no yes or no, whatever entry answers them
  const unsettled: string[] = [
    "vssid có xem được thẻ bhyt của con tôi không",
    "con một có được miễn nghĩa vụ quân sự không",
    "đang học văn bằng 2 đại học có được tạm hoãn nghĩa vụ quân sự không",
    "sau khi ly hôn chủ hộ không đồng ý thì có tách hộ được không",
    "con gái tôi muốn đổi tên vì tên khó nghe, có được đổi không",
    "nhận cha con mà hai bên đang tranh chấp thì có phải xét nghiệm adn không",
  ];
  unsettledCases(ask, unsettled);

  it("a fact answers only its own entry's question: a yes/no about tax is not settled by them", () => {
    expect(ask("bán tạp hóa doanh thu 150 triệu một năm có phải dùng hóa đơn điện tử không").reply).not.toMatch(yesOrNo);
  });
});

describe("yes/no questions with no 'có … không' frame (session 28)", () => {
  it.each([
    "app đầu tư này là lừa đảo ko",
    "nó bảo nộp phạt qua link, thật không",
    "còn phải lên phường làm nữa hem",
  ])("\"%s\" is read as a yes/no question", (q) => {
    expect(readFacet(foldedText(q)).yesno).toBe(true);
  });

  it.each(["nói thật không biết làm sao", "lừa đảo qua mạng báo ở đâu", "tôi hem biết"])("\"%s\" is not", (q) => {
    expect(readFacet(foldedText(q)).yesno).toBe(false);
  });
});

/**
 * Folded, several gambling words are everyday Vietnamese ("bán cà phê" and "bắn cá" both read
 * "ban ca", "chốt sổ bảo hiểm" reads like "chốt số", "cầu lông" starts like "cầu lô", "vườn bách
 * thú", "nó hư", "bạn chắc"). The learned model weighs the `gambling` signal alone over its
 * threshold, so residents' own questions about a café on the pavement or an unpaid insurance book
 * were warned as gambling scams — answered or handed off alike (server/assistant/scam/gambling.ts).
 * The phrasings below are own probes (not corpus or bench rows); on main c981d5c the resident
 * questions are read as gambling and the assistant warns them; gambling adverts stay warned.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { checkScam } from "../server/assistant/scam/check";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { wardFixture } from "./support/ward-fixture";

const NOW = Date.UTC(2026, 10, 29, 3, 0);
const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm" });
let assistant: Assistant;

beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});

const residents = [
  "muốn xin phép dùng vỉa hè trước nhà để bán cà phê thì làm thế nào",
  "ban ca phe via he co can xin phep khong",
  "đăng ký bán cá ở chợ cần gì",
  "công ty không chốt sổ bảo hiểm cho tôi",
  "cong ty chot so bhxh cham thi lam sao",
  "sân cầu lông của phường mở cửa mấy giờ",
  "cho cháu đi vườn bách thú có mất vé không",
  "bạn chắc chắn là phường mở cửa thứ bảy không",
  "đồng hồ nước nhà tôi nó hư rồi báo ai",
  "nhà cải tạo lại có cần xin phép không",
  "hoàn trả 2 triệu tiền thuế thu nhập cá nhân khi nào",
  "còn slot tiêm vắc xin không",
];

const adverts = [
  "Game bắn cá đổi thưởng, nạp lần đầu tặng 100k",
  "choi ban ca an tien that tai abc.club",
  "Nổ hũ uy tín, tặng code 50k, đăng ký ngay",
  "Cầu lô đặc biệt hôm nay, ăn chắc 100%, soạn tin gửi 9988",
  "Giờ vàng chốt số, bạch thủ lô chuẩn, liên hệ Zalo 0912xxxxxx",
  "Nhà cái uy tín số 1, hoàn trả 1.5% mỗi ngày, nạp rút 3 phút",
];

describe("everyday words that fold into gambling words", () => {
  it("a resident's own question is not read as gambling", () => {
    expect(residents.filter((q) => checkScam(q).signals.includes("gambling"))).toEqual([]);
    expect(residents.filter((q) => checkScam(q).isScam)).toEqual([]);
  });

  it("nor warned by the assistant, answered or handed off", () => {
    expect(residents.filter((q) => assistant.ask(q, ward, NOW).kind === "scam_warning")).toEqual([]);
  });

  it("gambling adverts keep the signal and the warning", () => {
    expect(adverts.filter((q) => !checkScam(q).signals.includes("gambling"))).toEqual([]);
    expect(adverts.filter((q) => assistant.ask(q, ward, NOW).kind !== "scam_warning")).toEqual([]);
  });
});

/**
 * "vào giờ nào … thì" asks when, as "khi nào" does: the resident's own question about reaching the ward
 * on Zalo was read as a statement (private chat + a ward official) and warned. "hôm nào em gửi lại",
 * "vào ngày nào đó" are indefinite ("some day"), not questions: the plea stays a scam.
 */
describe("asking when", () => {
  it("a resident's own question with 'vào giờ nào' is not warned", () => {
    const own = ["nhắn zalo cho cán bộ phường vào giờ nào thì có người trả lời", "nhan zalo cho can bo dia chinh vao gio nao thi duoc tra loi"];
    expect(own.filter((q) => checkScam(q).isScam)).toEqual([]);
    expect(own.filter((q) => assistant.ask(q, ward, NOW).kind === "scam_warning")).toEqual([]);
  });

  it("an indefinite 'hôm nào' in a plea is no question", () => {
    const plea = "Em bận quá không ra ngoài được mà điện thoại hết tiền, anh bắn cho em cái thẻ 200.000 đồng vào số này rồi hôm nào em gửi lại anh";
    expect(checkScam(plea).isScam).toBe(true);
  });
});

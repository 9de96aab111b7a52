/**
 * "Khai sinh có nằm trong làn xanh không", "Is birth registration in the green lane?": yes or no
 * first from the ward profile's green-lane list, for the procedure the message names; the sample
 * note when the list is sample data; nothing when the ward has no list or the procedure named is
 * not settled (an entry with two procedures, one on the list). Lists built for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { emptyMemory } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { MONDAY_9AM } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

let assistant: Assistant;
beforeAll(async () => {
  const kb: KnowledgeBase = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  assistant = new Assistant(kb);
});
const items = [
  { procedure: "khai-sinh", time: "01 ngày làm việc" },
  { procedure: "chung-thuc-ban-sao", time: "02 giờ làm việc", note: "Áp dụng cho hồ sơ dưới 10 trang" },
];
const sampleWard = wardFixture({ slug: "phuong-lx-mau", name: "Phường Thử", profile: { green_lane: { sample: true, items } } });
const confirmedWard = wardFixture({ slug: "phuong-lx", name: "Phường Thật", profile: { green_lane: { sample: false, items } } });
const noListWard = wardFixture({ slug: "phuong-lx-trong", name: "Phường Trống" });
const ask = (text: string, ward = sampleWard) => assistant.ask(text, ward, MONDAY_9AM, emptyMemory());

describe("green-lane membership answered yes or no from the ward's list", () => {
  it("yes for a procedure on the list, with its time and the sample note", () => {
    const r = ask("khai sinh có nằm trong làn xanh không");
    expect(r.kind).toBe("answer");
    expect(r.reply).toMatch(/^Dạ có, thủ tục "Đăng ký khai sinh" thuộc danh mục làn xanh của Phường Thử: giải quyết trong 01 ngày làm việc \(dữ liệu mẫu: phường cần xác nhận danh mục\)\.\n/);
    const copy = ask("thu tuc chung thuc ban sao co thuoc luong xanh ko");
    expect(copy.reply).toMatch(/^Dạ có, thủ tục "Chứng thực bản sao từ bản chính[^"]*" thuộc danh mục làn xanh của Phường Thử: giải quyết trong 02 giờ làm việc, áp dụng cho hồ sơ dưới 10 trang \(dữ liệu mẫu/);
  });

  it("never a \"Dạ không\" for a procedure off the list (the list may be a sample or incomplete): not on the list entered, staff to confirm", () => {
    const r = ask("thủ tục đăng ký kết hôn có trong làn xanh không", confirmedWard);
    expect(r.reply).toMatch(/^Thủ tục "Đăng ký kết hôn" chưa có trong danh mục làn xanh mà Phường Thật đã nhập vào hệ thống; ông\/bà vui lòng hỏi cán bộ Bộ phận Một cửa để được xác nhận\.\n/);
    expect(r.reply).not.toContain("dữ liệu mẫu");
    // a sample list: the sample note, and neither "Dạ không" nor "đã công bố"
    for (const text of ["khai tử có nằm trong làn xanh không", "đăng ký kết hôn có thuộc luồng xanh không ạ"]) {
      const sample = ask(text);
      expect(sample.reply).not.toMatch(/^Dạ không(?!\p{L})/u);
      expect(sample.reply).not.toContain("đã công bố");
      expect(sample.reply).toMatch(/^Thủ tục "[^"]+" chưa có trong danh mục làn xanh mà Phường Thử đã nhập vào hệ thống \(dữ liệu mẫu: phường cần xác nhận danh mục\); /);
    }
  });

  it("a procedure of several is picked only by a distinctive word of its name, never by common words or a bracketed aside", () => {
    // "giấy tờ", "văn bản" are in the aside of "Chứng thực chữ ký (chữ ký trên giấy tờ, văn bản)"
    for (const text of ["công chứng giấy tờ có làn xanh không", "chứng thực giấy tờ văn bản có thuộc làn xanh không"]) {
      expect(ask(text).reply).not.toMatch(/^(?:Dạ (có|không)(?!\p{L})|Thủ tục "Chứng thực chữ ký)/u);
    }
  });

  it("no yes or no without a list, or when the procedure named is not settled", () => {
    expect(ask("khai sinh có nằm trong làn xanh không", noListWard).reply).not.toMatch(/^Dạ (có|không)(?!\p{L})/u);
    // "chứng thực": copies (on the list) and signatures (not on it)
    expect(ask("chứng thực có thuộc làn xanh không").reply).not.toMatch(/^Dạ (có|không)(?!\p{L})/u);
  });

  it("in English: Yes/No first, procedure names and times as the ward publishes them", () => {
    const r = ask("Is birth registration in the green lane?");
    expect(r.lang).toBe("en");
    expect(r.reply).toMatch(/^Yes, "Đăng ký khai sinh" is on the green lane list of Phường Thử: settled within 01 ngày làm việc \(sample data: the ward still has to confirm its list\)\.\n/);
    const no = ask("Is household business registration on the green lane list?", confirmedWard);
    expect(no.reply).toMatch(/^"Đăng ký thành lập hộ kinh doanh" is not on the green lane list Phường Thật has entered so far; the staff of the one-stop office can confirm whether it gets the green lane\.\n/);
    expect(ask("Is household business registration on the green lane list?").reply).toMatch(/^"Đăng ký thành lập hộ kinh doanh" is not on the green lane list Phường Thử has entered so far \(sample data: the ward still has to confirm its list\); /);
  });
});

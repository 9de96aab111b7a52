/**
 * Confident wrong answers on covered topics (issue 10 §4, session 11): a message about an entry's subject that another
 * entry answered confidently. Each class is checked with messages written for this file (not the tuning lines):
 * - "con" without accents followed by a word only a child goes with ("con trai", "con gái") is the child, not "còn":
 *   the message is not cut there into two questions (child-word.ts);
 * - asking how to tell whether an account or number is a scammer's, with no loss told, is the checking entry, not the
 *   steps after a loss (checking-not-loss.ts);
 * - how long a report or a petition ("kiến nghị") takes to get a result is the entry on following a report (its
 *   sample questions and keywords), not the green-lane or the file-tracking entry;
 * - a death registered late is still the death registration ("khai tử trễ hạn"), not the late birth registration and
 *   re-registration entry; an ID card for someone bedridden at home, or lost with a wallet, is the ID-card entry.
 */
import { describe, expect, it } from "vitest";
import { checkingNotLoss } from "../server/assistant/checking-not-loss";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, answeredBy } = knowledgeAssistant();

describe('"con" typed without accents', () => {
  it("before a child word is the child: one question, not two", () => {
    for (const text of [
      "cho toi hoi chut ve nha o trong ngo, con trai toi bi tam than nang, co phai lam giam ho khong",
      "cho hoi chut, nha toi trong ngo hep, con gai toi bi bai nao, can dang ky giam ho khong",
    ]) {
      const result = answeredBy(text, "dvc-giam-ho");
      expect(result.kind === "answer" && result.also, text).toEqual([]);
    }
  });

  it('is still "còn" before another question', () => {
    const result = answeredBy("lam tam tru o dau, con dang ky khai sinh thi lam the nao", "dvc-tam-tru");
    expect(result.kind === "answer" && result.also.map((a) => a.id)).toEqual(["dvc-khai-sinh"]);
  });
});

describe("how to tell a scammer's account, nothing lost yet", () => {
  it("is the checking entry", () => {
    for (const text of ["cách nào biết tài khoản ngân hàng người bán gửi có phải của kẻ lừa đảo", "lam the nao biet stk ngan hang co phai cua lua dao ko"])
      answeredBy(text, "ld-kiem-tra");
  });

  it("a loss told still gets the victim's steps", () => {
    const result = ask("tôi lỡ chuyển 5 triệu cho kẻ lừa đảo, làm sao biết có lấy lại được không");
    expect(result.kind).toBe("scam_warning");
    expect(result.entries[0]?.id).toBe("ld-bi-lua-roi");
  });

  it("only moves a close checking candidate above the loss entry", () => {
    const entry = (id: string, title: string) => ({ id, title, category: "lua-dao" }) as never;
    const loss = { entry: entry("ld-bi-lua-roi", "Đã lỡ chuyển tiền cho kẻ lừa đảo – phải làm gì ngay"), score: 0.5 } as never;
    const check = { entry: entry("ld-kiem-tra", "Cách kiểm tra đường link, số điện thoại, số tài khoản có phải lừa đảo"), score: 0.4 } as never;
    const far = { entry: entry("ld-kiem-tra", "Cách kiểm tra đường link, số điện thoại, số tài khoản có phải lừa đảo"), score: 0.2 } as never;
    expect(checkingNotLoss("làm sao biết số tài khoản này có phải lừa đảo", [loss, check])).toBe(check);
    expect(checkingNotLoss("làm sao biết số tài khoản này có phải lừa đảo", [loss, far])).toBeUndefined();
    expect(checkingNotLoss("bị lừa mất 20 triệu rồi, làm sao biết tài khoản nhận là của ai", [loss, check])).toBeUndefined();
    expect(checkingNotLoss("số tài khoản của kẻ lừa đảo thì ngân hàng có phong tỏa được không", [loss, check])).toBeUndefined();
  });
});

describe("how long a report or a petition takes", () => {
  it("is the entry on following a report", () => {
    for (const text of ["kiến nghị của tôi gửi phường mấy hôm rồi, bao giờ thì có kết quả", "gui kien nghi len phuong bao lau co ket qua", "phan anh gui phuong may ngay thi co ket qua"])
      answeredBy(text, "pa-theo-doi");
  });

  it("the green lane's own time stays the green lane's", () => {
    answeredBy("di lan xanh thi may ngay co ket qua", "lx-thoi-gian");
  });
});

describe("a death registered late, an ID card for someone bedridden or lost with a wallet", () => {
  it("late death registration is the death registration entry", () => {
    for (const text of ["bố mất được 1 tháng rồi giờ mới đi khai tử, trễ hạn có bị phạt không", "khai tu qua han thi lam the nao"]) answeredBy(text, "dvc-khai-tu");
  });

  it("a late birth or a lost death paper stays with re-registration", () => {
    for (const text of ["khai sinh tre han co bi phat khong", "giấy khai tử của mẹ bị mất, sổ ở xã cũ cũng không còn"]) answeredBy(text, "dvc-dang-ky-lai-ho-tich");
  });

  it("an ID card made at home for someone bedridden is the ID-card entry", () => {
    answeredBy("ông tôi bị ốm nằm một chỗ, có cán bộ đến nhà làm căn cước không", "dvc-can-cuoc");
  });

  it("an ID card lost with a pickpocketed wallet is the ID-card entry, not VNeID's troubles", () => {
    for (const text of ["sáng nay bị móc mất ví trên xe buýt, căn cước cũng ở trong đó", "bi moc mat vi o cho, trong vi co ca the can cuoc, lam lai the nao"]) answeredBy(text, "dvc-can-cuoc");
  });

  it("help at home with a phone stays the digital help team's", () => {
    answeredBy("mẹ già yếu đi lại khó, có ai đến nhà chỉ cách dùng điện thoại", "kns-ho-tro-tai-nha");
  });
});

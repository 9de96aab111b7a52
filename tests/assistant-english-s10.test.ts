/**
 * English messages (issue 10 §4, session 10): classes of misses on the tuning sets' English lines.
 * Messages are written for this file, not copied from the entries' sample questions or the sets.
 */
import { describe, expect, it } from "vitest";
import { isEnglish } from "../server/assistant/english";
import { inEnglish, knowledgeAssistant } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

const { ask } = knowledgeAssistant();
const answeredEn = (text: string) => inEnglish(ask(text), text);

describe("English with a borrowed accented word or everyday words", () => {
  it("reads English with one accented loanword as English ('fiancée', 'café')", () => {
    expect(isEnglish("We met at a café near the lake and my fiancée wants us to register our wedding here, how does it work?")).toBe(true);
    expect(answeredEn("My fiancée is Vietnamese; can we get married at the ward office?")).toBe("dvc-ket-hon");
  });

  it("reads a short English sentence of everyday words as English, a request to share a code as the OTP", () => {
    expect(answeredEn("a man texted me asking me to share the code he sent")).toBe("ld-otp");
  });

  it("keeps Vietnamese typed with or without diacritics, or in raw telex, as Vietnamese", () => {
    for (const text of ["cho tôi hỏi làm căn cước ở đâu", "a oi cho e hoi lam can cuoc o dau a", "lam cccd ở dau", "e nhan dc tin nhan share link", "cho tooi hoir lamf cawn cuwowcs owr ddaau a"]) {
      expect(isEnglish(text), text).toBe(false);
    }
  });
});

describe("English subjects with an English summary", () => {
  it("answers voluntary social insurance and household health insurance in English", () => {
    expect(answeredEn("I'm self-employed, is there a way to pay into social insurance so I get a pension when I'm old?")).toBe("dvc-bhxh-tu-nguyen");
    expect(answeredEn("Where can I renew the health insurance for my family?")).toBe("dvc-bhyt-ho-gia-dinh");
  });

  it("answers following an application already sent, applying online and VNeID level 2", () => {
    expect(answeredEn("I applied two weeks ago, how can I see the progress of my file?")).toBe("dvc-tra-cuu-ho-so");
    expect(answeredEn("What are the steps to submit an application online?")).toBe("dvc-nop-ho-so");
    expect(answeredEn("How do I upgrade my VNeID to level 2?")).toBe("dvc-vneid-muc-2");
  });

  it("answers the green lane and a job that asks for a deposit in English", () => {
    expect(answeredEn("Someone told me about a green lane for paperwork, what is it?")).toBe("lx-la-gi");
    expect(answeredEn("My neighbour says a part-time job reviewing products is safe, but they want a deposit first. Is it a scam?")).toBe("ld-viec-nhe-luong-cao");
  });

  it("answers land certificates, splitting a plot and a building permit in English", () => {
    expect(answeredEn("We inherited my grandmother's land, how do we put the red book in my mother's name?")).toBe("dvc-dat-dai");
    expect(answeredEn("Can we divide our parents' plot of land between my brother and me?")).toBe("dvc-tach-thua");
    expect(answeredEn("Do I need a permit to add a floor to my house?")).toBe("dvc-giay-phep-xay-dung");
  });

  it("reads 'scammers' as asking whether something is a scam", () => {
    expect(answeredEn("How do I know if this phone number is used by scammers?")).toBe("ld-kiem-tra");
  });
});

describe("English outside the ward's knowledge", () => {
  it("hands a question the ward has no English answer for to staff, politely and in English", () => {
    const result = ask("Can I swap my UK driving licence for a Vietnamese one here?");
    expect(result.kind).toBe("handoff");
    expect(result.lang).toBe("en");
    expect(result.reply).toMatch(/^Thank you for your message/);
    expect(result.reply).not.toMatch(/[ạảãàáâậầấẩẫăặằắẳẵđ]|Dạ/);
  });
});

describe("an English follow-up asking who or what qualifies", () => {
  const { conversation } = knowledgeAssistant(wardFixture({ slug: "phuong-en", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" }));

  it("answers 'what are the requirements?' from the entry just answered, in English", () => {
    const next = conversation("I'd like to marry my Vietnamese boyfriend, how does registration work?", "and what are the requirements?")[1]!;
    expect(next.lang).toBe("en");
    expect(next.kind === "answer" && next.entry.id).toBe("dvc-ket-hon");
  });

  it("still hands off a first message that asks only for conditions, naming nothing", () => {
    const first = conversation("What are the conditions?")[0]!;
    expect(first.kind).toBe("handoff");
    expect(first.lang).toBe("en");
  });
});

/**
 * Classes of misses found on tuning4-questions (session 7) and seen again in other writers' sets.
 * Messages are written for this file, not copied from the entries' sample questions or the sets.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../server/assistant/text-analysis";
import { isFunctionToken } from "../server/assistant/function-word-accents";
import { conditionThenQuestion } from "../server/assistant/question-clause";
import { TitlePhrases } from "../server/assistant/title-phrase";
import { questionOnlyFunctionTokens } from "../server/assistant/question-words";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { knowledgeAssistant } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();

describe("folded look-alikes of an emergency word", () => {
  it("does not read 'điện tử từ' or 'từ từ' as 'tự tử'", () => {
    for (const text of ["cửa hàng tạp hóa có phải dùng hóa đơn điện tử từ năm sau không", "cua hang tap hoa co phai dung hoa don dien tu tu nam sau khong"]) {
      const result = ask(text);
      expect(result.kind === "handoff" && result.handoff.reason, text).not.toBe("emergency");
    }
    const slow = ask("cứ nộp hồ sơ từ từ cũng được phải không");
    expect(slow.kind === "handoff" && slow.handoff.reason).not.toBe("emergency");
  });

  it("still gives the emergency reply to suicide, with or without accents or with a hỏi/ngã slip", () => {
    for (const text of ["chị hàng xóm nói muốn tự tử", "em trai toi doi tu tu", "bạn tôi định tự tữ"]) {
      const result = ask(text);
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("emergency");
    }
  });
});

describe("English messages", () => {
  const english = (text: string) => {
    const result = ask(text);
    expect(result.lang, text).toBe("en");
    return result;
  };
  const answered = (text: string) => {
    const result = english(text);
    return result.kind === "answer" ? result.entry.id : result.kind;
  };

  it("reads a guest's short stay as the stay notice, a foreigner's registration still as temporary residence", () => {
    expect(answered("my cousin from Da Nang will sleep at our house for 5 nights, do we have to tell the police")).toBe("dvc-luu-tru");
    expect(answered("We have overnight guests this weekend. Is there anything to report?")).toBe("dvc-luu-tru");
    expect(answered("I rent a flat to two German students, how do I register them with the police?")).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
  });

  it("tells a new report from one already sent", () => {
    expect(answered("There is a huge pothole in our alley, how can I report it to the ward?")).toBe("pa-gui-phan-anh");
    expect(answered("I sent a complaint about the rubbish two weeks ago and nobody replied, what now?")).toBe("pa-theo-doi");
  });

  it("answers from the English summaries a foreign resident's family needs", () => {
    expect(answered("My Vietnamese wife lost her ID card at the market. How can she get it replaced?")).toBe("dvc-can-cuoc");
    expect(answered("How do I install iHanoi on my phone?")).toBe("dvc-ihanoi");
    expect(answered("Can I sign in to the public service portal with my VNeID?")).toBe("dvc-tai-khoan");
    expect(answered("A man phoned my mother saying I was in hospital after an accident and she must transfer money. What should she do?")).toBe("ld-nguoi-than-cap-cuu");
    expect(answered("My Vietnamese mother-in-law passed away on Sunday. How do we register her death?")).toBe("dvc-khai-tu");
    expect(answered("How can I tell whether a payment link is fake?")).toBe("ld-kiem-tra");
  });

  it("does not answer about the ward office when it is only where something else is", () => {
    expect(english("Is there a good pharmacy near the ward office?").kind).toBe("handoff");
    expect(answered("What time does the ward office open?")).toBe("phuong-lien-he");
  });
});

describe("a resident's own question naming an official site", () => {
  it("is answered from the knowledge base, not met with 'no clear signs'", () => {
    const result = ask("mình vào dichvucong.gov.vn rồi mà không biết đăng nhập bằng gì, có dùng tài khoản VNeID được không");
    expect(["answer", "clarify"]).toContain(result.kind);
    expect(result.entries.map((e) => e.id)).toContain("dvc-tai-khoan");
  });

  it("still checks a forwarded notice that names the official site", () => {
    expect(ask("Cong DVC: Ho so cua ong/ba da co ket qua. Vui long tra cuu tai dichvucong.gov.vn").kind).toBe("scam_no_signs");
  });
});

describe("'mất' of a thing at a bank is no scam loss", () => {
  it("does not answer a lost passbook with the scam victim's steps", () => {
    const result = ask("sổ tiết kiệm ngân hàng của bà tôi bị mất thì báo ở đâu");
    expect(result.kind === "answer" && result.entry.id).not.toBe("ld-bi-lua-roi");
    expect(result.kind).not.toBe("answer");
  });

  it("still answers a bank named with scam talk from the scam entries", () => {
    const result = ask("ngân hàng có gọi hỏi mã otp không");
    expect(result.kind === "answer" && result.entry.id).toBe("ld-otp");
  });
});

describe("content gap: the words residents use for a fake app", () => {
  it("reads 'thật hay giả' about an app as the fake-app entry", () => {
    const result = ask("cách nhận biết ứng dụng VNeID thật hay giả");
    expect(result.kind === "answer" && result.entry.id).toBe("ld-ung-dung-gia");
  });
});

describe("a long message that tells the situation before it asks", () => {
  const answered = (text: string) => {
    const result = ask(text);
    return result.kind === "answer" ? result.entry.id : result.kind;
  };

  it("answers from the question clause when the whole message's top entry is the one it names", () => {
    expect(answered("Mẹ tôi năm nay 70 tuổi, ở một mình, hôm trước bị ngã nên đi lại khó, cho tôi hỏi đăng ký khai tử cho bố tôi cần giấy tờ gì")).toBe("dvc-khai-tu");
    expect(answered("cháu nó sinh được hơn một tháng rồi, chồng em đi công tác suốt, em muốn hỏi là tự đi khai sinh cho cháu được không")).toBe("dvc-khai-sinh");
    expect(answered("tôi về hưu được ba năm, ở cùng con trai trên phố này, giờ muốn hỏi đăng ký thường trú vào nhà con cần giấy gì")).toBe("dvc-thuong-tru");
    expect(answered("ba me muon chia dat cho 2 chi em, 1 manh 120m2 trong hem, tach so duoc ko va nop o dau")).toBe("dvc-tach-thua");
  });

  it("still hands off a story whose question clause names nothing the ward has an entry for", () => {
    for (const text of [
      "ông hàng xóm nợ tôi tiền mấy năm không trả, gọi mãi không nghe, phường xử cho tôi được không",
      "con tôi đi học về kể bị bạn bắt nạt, giáo viên không xử lý, giờ tôi phải làm sao",
    ]) {
      expect(answered(text), text).toBe("handoff");
    }
  });
});

describe("a tone mark says which word a synonym phrase's syllables are", () => {
  const topOf = (text: string) => {
    const result = ask(text);
    return result.kind === "answer" ? result.entry.id : (result.entries[0]?.id ?? result.kind);
  };

  it("does not read 'số đó' (that number) or 'công chúng' (the public) as sổ đỏ or công chứng", () => {
    for (const text of ["số đó có phải lừa đảo không", "có người gọi lừa tôi, giờ muốn báo cho công an số đó thì báo ở đâu"]) {
      expect(["dvc-cap-lai-so-do", "dvc-dat-dai"], text).not.toContain(topOf(text));
    }
    expect(topOf("thông báo cho công chúng về lịch tiếp dân")).not.toMatch(/chung-thuc/);
  });

  it("still reads sổ đỏ typed without accents, with a hỏi/ngã slip or without a tone", () => {
    for (const text of ["sổ đỏ bị mất làm lại ở đâu", "sỗ đỏ bị mất làm lại ở đâu", "so do bi mat lam lai o dau", "sô đỏ bị mất làm lại ở đâu"]) {
      expect(topOf(text), text).toBe("dvc-cap-lai-so-do");
    }
  });
});

describe("an entry's not_covers: a syllable of the message that means something else there", () => {
  const handedOff = (text: string) => {
    const result = ask(text);
    return result.kind === "handoff" ? result.handoff.reason : result.kind === "answer" ? result.entry.id : result.kind;
  };

  it("hands off custody (tạm giam), a house's direction by age (hợp tuổi) and opening a bank card", () => {
    expect(handedOff("Bố tôi đang bị tạm giam ở công an quận, gia đình muốn thăm thì làm sao")).toBe("out_of_scope");
    expect(handedOff("nhờ phường xem giúp hướng nhà hợp tuổi chủ nhà")).toBe("out_of_scope");
    // the scope is read on the whole message, also when its topic words alone are searched ("thẻ ngân hàng")
    expect(handedOff("làm thẻ ngân hàng cho cháu 16 tuổi có được không")).toBe("out_of_scope");
  });

  it("does not read 'tách sổ' beside a plot of land as splitting the household book", () => {
    const result = ask("bố mẹ để lại mảnh đất cho hai anh em, giờ muốn tách sổ riêng thì làm thế nào");
    expect(result.kind === "answer" ? result.entry.id : result.entries[0]?.id).not.toBe("dvc-tach-ho");
  });

  it("still answers guardianship, the household split, the class and cashless payment", () => {
    for (const [text, id] of [
      ["anh tôi bị tâm thần, làm giám hộ ở đâu", "dvc-giam-ho"],
      ["con trai tôi cưới vợ rồi muốn tách hộ ra ở riêng", "dvc-tach-ho"],
      ["lớp bình dân học vụ số cho người cao tuổi ở đâu", "kns-lop-hoc"],
      ["quét mã QR thanh toán ở chợ có an toàn không", "kns-thanh-toan-khong-tien-mat"],
    ]) {
      const result = ask(text!);
      expect(result.kind === "answer" ? result.entry.id : result.kind, text).toBe(id);
    }
  });
});

describe("a story, then 'cho tôi hỏi', then the question", () => {
  const entryOf = (text: string) => {
    const result = ask(text);
    return result.kind === "answer" ? result.entry.id : result.kind;
  };

  it("answers the question after the marker when the story's own words pulled the message to another entry", () => {
    expect(entryOf("Tôi bán hàng ăn sáng ở đầu ngõ, có đăng ký hộ kinh doanh rồi, cho tôi hỏi làm lại căn cước bị mất ở đâu")).toBe("dvc-can-cuoc");
    expect(entryOf("Chồng tôi mở tiệm sửa xe, đã đăng ký hộ kinh doanh và nộp thuế khoán, cho tôi hỏi đăng ký khai sinh cho con thứ hai cần giấy gì")).toBe("dvc-khai-sinh");
  });

  it("keeps the story's entry when the question after the marker is about it, or names nothing clearly", () => {
    expect(entryOf("Tôi mới chuyển về đây ở, chưa đăng ký tạm trú, cho tôi hỏi đăng ký tạm trú cần giấy tờ gì")).toBe("dvc-tam-tru");
    expect(entryOf("bố tôi mới mất tuần trước ở bệnh viện, cho tôi hỏi giờ phải làm giấy tờ gì")).toBe("dvc-khai-tu");
  });
});

describe("other businesses' and agencies' services are handed off, not matched with a ward word", () => {
  it("hands off savings rates, a library card, legal advice, phone repair, used vehicles, the driving test and the rubbish truck's hours", () => {
    for (const text of [
      "lãi suất gửi tiết kiệm kỳ hạn 6 tháng bây giờ bao nhiêu",
      "làm thẻ thư viện quốc gia ở đâu",
      "tôi cần tư vấn luật lao động khi bị công ty cho nghỉ việc",
      "chỗ nào sửa điện thoại uy tín gần phường",
      "bán xe máy cũ thì được giá bao nhiêu",
      "học lái xe máy hạng A1 đăng ký ở đâu",
      "xe rác mấy giờ đi qua phố mình",
    ]) {
      const result = ask(text);
      expect(result.kind === "handoff" ? result.handoff.reason : result.kind === "answer" ? result.entry.id : result.kind, text).toBe("out_of_scope");
    }
  });

  it("still answers the ward's part: rubbish left uncollected is a report, renewing a licence is not handed off", () => {
    const report = ask("rác ở đầu ngõ để cả tuần không ai thu gom, bốc mùi lắm");
    expect(report.kind === "answer" && report.entry.id).toBe("pa-gui-phan-anh");
    const licence = ask("bằng lái xe của tôi hết hạn rồi, đổi ở đâu");
    expect(licence.kind).not.toBe("handoff");
    expect(licence.entries[0]?.id).toBe("phuong-viec-khong-o-phuong");
  });
});

describe("English: scams a foreigner meets, cashless payment, a foreign guest, a visa", () => {
  const answeredEn = (text: string) => {
    const result = ask(text);
    expect(result.lang, text).toBe("en");
    return result.kind === "answer" ? result.entry.id : result.kind;
  };

  it("answers police impersonation, a request for the OTP and QR payments in English", () => {
    expect(answeredEn("A man phoned me pretending to be a police officer, he wants me to send money to clear my name")).toBe("ld-gia-danh-cong-an");
    expect(answeredEn("A woman from the bank texted me and wants the verification code I just received, should I give it?")).toBe("ld-otp");
    expect(answeredEn("Are e-wallets and QR payments safe for buying at the market?")).toBe("kns-thanh-toan-khong-tien-mat");
  });

  it("answers a single-status certificate in English, also asked as 'proving I am not married'", () => {
    expect(answeredEn("Can the ward give me a single status certificate? My embassy asks for one")).toBe("dvc-xac-nhan-hon-nhan");
    expect(answeredEn("Where do I get a paper proving I'm not married?")).toBe("dvc-xac-nhan-hon-nhan");
  });

  it("reads 'saying he's police' (a contraction) as police impersonation", () => {
    expect(answeredEn("Someone saying she's a police officer phoned and wants me to install an app to clear my record, is it legit?")).toBe("ld-gia-danh-cong-an");
  });

  it("reads a foreign visitor's stay as a foreigner's temporary residence, a visa still handed off", () => {
    expect(answeredEn("My Korean friend is a foreign visitor staying at our flat, what do we have to declare?")).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    // a visa asked alone stays a polite handoff; asked of the ward, the list of matters handled elsewhere answers
    // (its English summary names visas and residence cards as the immigration office's since session 11, as its body does)
    expect(answeredEn("Where can I get my tourist visa extended?")).toBe("handoff");
    expect(answeredEn("Can the ward extend my tourist visa?")).toBe("phuong-viec-khong-o-phuong");
  });
});

describe("a near tie between siblings settled by the top entry's title, named more fully than the rivals'", () => {
  it("answers the entry whose title the message names ('làm sổ đỏ' is the first-issue entry's title; the re-issue entry shares only 'sổ đỏ')", () => {
    const result = ask("muốn làm sổ đỏ thì bắt đầu thế nào");
    expect(result.kind === "answer" && result.entry.id).toBe("dvc-dat-dai");
  });

  it("does not let a candidate far behind block it ('tra cứu' of the file-tracking entry, under half the top's score)", () => {
    const result = ask("muốn tra cứu phạt nguội xe máy thì vào đâu");
    expect(result.kind === "answer" && result.entry.id).toBe("ld-phat-nguoi");
  });

  it("reads the question after a story the same way ('cho cháu hỏi' + a question naming the top's title)", () => {
    const result = ask("Cháu ở quê lên thuê phòng trọ đi làm công nhân được ba tháng rồi, cho cháu hỏi muốn tra cứu phạt nguội xe máy thì vào đâu");
    expect(result.kind === "answer" && result.entry.id).toBe("ld-phat-nguoi");
  });

  it("counts a keyword whose second syllable folds like a function word ('khai tu' is 'khai tử', 'den duong' is 'đèn đường') as naming the title", async () => {
    const { kb } = await readKnowledgeDir("knowledge", { strict: true });
    const entry = (id: string) => kb.entries.find((e) => e.id === id)!;
    const titles = new TitlePhrases();
    expect(titles.leads("xin giay khai tu thi can chuan bi nhung gi", entry("dvc-khai-tu"), [entry("dvc-khai-sinh")])).toBe(true);
    expect(titles.leads("den duong truoc cong cho hong roi bao ai", entry("pa-gui-phan-anh"), [entry("pa-theo-doi")])).toBe(true);
    // a run of function words alone names nothing ("bao lâu" is a keyword of the follow-up entry, but says no subject)
    expect(titles.leads("phan anh bao lau", entry("pa-theo-doi"), [entry("pa-gui-phan-anh")])).toBe(false);
  });

  it("still asks back when a rival's title shares as much of the message (both titles say 'làn xanh')", () => {
    const result = ask("làn xanh có cần tự xin không");
    expect(result.kind).toBe("clarify");
  });
});

describe("residents' shorthand and an off-topic phrase inside a longer word", () => {
  const answered = (text: string) => {
    const result = ask(text);
    return result.kind === "answer" ? result.entry.id : result.kind;
  };

  it("reads 'kí' as 'ký', 'đkí' as 'đăng ký', 'cty' as 'công ty' and 'xh' as 'xã hội'", () => {
    expect(answered("mình thôi việc ở cty, giờ tự đóng bảo hiểm xh để sau có lương hưu thì đkí chỗ nào")).toBe("dvc-bhxh-tu-nguyen");
    expect(answered("con tôi mới sinh, đăng kí giấy khai sinh cần mang những gì")).toBe("dvc-khai-sinh");
  });

  it("expands a procedure's own shorthand ('đkkh' is đăng ký kết hôn, 'lltp' lý lịch tư pháp)", () => {
    expect(answered("dkkh can mang nhung giay gi")).toBe("dvc-ket-hon");
    expect(answered("làm lltp trên vneid hết bao nhiêu tiền")).toBe("dvc-ly-lich-tu-phap");
  });

  it("reads 'shop' as 'cửa hàng' (a small shop at home is a household business)", () => {
    const result = ask("mo shop tap hoa o nha co phai dang ky khong");
    expect(result.kind === "answer" && result.entry.id).toBe("dvc-ho-kinh-doanh");
  });

  it("does not read 'làm văn bản' as homework ('làm văn'), which stays off-topic", () => {
    expect(answered("ông nội mất, các con muốn làm văn bản thỏa thuận phân chia di sản thì chứng thực ở phường được không")).toBe("dvc-chung-thuc-hop-dong");
    expect(answered("giúp em làm văn nghị luận về lòng biết ơn")).toBe("handoff");
  });
});

describe("a past fire told to ask for a lost paper again", () => {
  it("answers the re-issue question, and a fire now still gets the emergency numbers", () => {
    const reissue = ask("nha toi bi chay het so hong roi, gio xin cap lai the nao");
    expect(reissue.kind === "handoff" ? reissue.handoff.reason : reissue.kind).not.toBe("emergency");
    const now = ask("nhà tôi đang bị cháy, cứu với");
    expect(now.kind === "handoff" && now.handoff.reason).toBe("emergency");
    // a fire happening now, whatever else the message asks "làm lại"/"cấp lại"
    for (const text of ["nhà tôi đang bị cháy, gọi 114 mãi không được, làm lại thế nào", "nha toi dang bi chay, cap lai so cuu hoa cho toi"]) {
      const fire = ask(text);
      expect(fire.kind === "handoff" && fire.handoff.reason, text).toBe("emergency");
    }
    const lostDeed = ask("cháy mất sổ đỏ, xin cấp lại");
    expect(lostDeed.kind === "handoff" ? lostDeed.handoff.reason : lostDeed.kind).not.toBe("emergency");
  });

  it("reads a paper burnt in a past fire as the paper's question though no 'cấp lại' is said; a paper in a fire now is still an emergency", () => {
    for (const text of ["căn cước của bố tôi bị cháy hết trong vụ cháy nhà tháng trước", "ho chieu cua em chay mat trong dam chay nha hom qua", "cháy nhà năm ngoái, cháy mất cả sổ hồng"]) {
      const result = ask(text);
      expect(result.kind === "handoff" ? result.handoff.reason : result.kind, text).not.toBe("emergency");
    }
    for (const text of ["nhà tôi đang bị cháy, sổ đỏ còn trong nhà", "cháy nhà to lắm, căn cước cháy hết rồi, cứu với"]) {
      const result = ask(text);
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("emergency");
    }
  });

  it("keeps the emergency reply when a burnt paper is told with no past fire, or with any sign the fire burns now", () => {
    for (const text of [
      "cháy nhà rồi, sổ đỏ cháy hết rồi",
      "nhà hàng xóm đang bốc cháy, sổ đỏ nhà tôi bị cháy mất rồi",
      "nhà tôi bị cháy, căn cước cháy hết, con tôi còn kẹt trong nhà",
      "cháy nhà! căn cước cháy hết rồi, gọi cứu hỏa giúp tôi",
      "nhà tôi bị cháy, căn cước cháy hết rồi, gọi 114 không được",
      "nhà tôi bị cháy, sổ đỏ cháy mất rồi, lửa vẫn chưa tắt",
      "nha toi bi chay, so hong chay het roi",
      "chay nha roi, can cuoc chay sach, khoi mu mit khong ra duoc",
      "nhà tôi bị cháy, hộ chiếu cháy mất rồi, làm lại thế nào, bà tôi còn mắc kẹt trên gác",
      "hỏa hoạn ở nhà tôi, sổ hồng cháy rụi, khói đầy nhà",
    ]) {
      const result = ask(text);
      expect(result.kind === "handoff" && result.handoff.reason, text).toBe("emergency");
    }
    for (const text of ["sổ hồng bị cháy rụi trong vụ hỏa hoạn tháng trước, giờ làm sao", "so do nha toi bi chay mat sau vu chay nam ngoai, xin lai the nao", "căn cước bị cháy hết từ hồi năm ngoái, trước đây chưa làm lại"]) {
      const result = ask(text);
      expect(result.kind === "handoff" ? result.handoff.reason : result.kind, text).not.toBe("emergency");
    }
    expect(ask("sổ hồng bị cháy rụi trong vụ hỏa hoạn tháng trước, giờ làm sao").kind).toBe("answer");
  });
});

describe("a foreigner named by nationality", () => {
  it("reads 'người Nhật', 'người Hàn Quốc' as a foreigner staying, not a Vietnamese tenant", () => {
    for (const text of ["nhà tôi cho hai người Nhật thuê phòng, phải khai báo gì", "người Hàn Quốc thuê nhà tôi thì khai báo tạm trú cho họ thế nào", "khach nguoi trung quoc thue can ho nha toi can khai bao gi"]) {
      const result = ask(text);
      expect(result.kind === "answer" && result.entry.id, text).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    }
  });
  it("does not read other words or Hanoi places of the same folded letters as a foreigner", () => {
    const foreigner = (text: string) => analyze(text).map((t) => t.folded).join(" ").includes("nuoc ngoai");
    for (const text of ["người nhặt rác", "đồng bào người Tày", "người Mỹ Đình", "người Đức Giang", "người Tây Hồ", "người Tây Mỗ", "người Nhật Tân", "nguoi tay ho", "nguoi my dinh", "nguoi duc giang"]) {
      expect(foreigner(text), text).toBe(false);
    }
    for (const text of ["người Nhật thuê phòng", "khách người Mỹ", "nguoi tay thue nha", "người Đức ở nhà tôi"]) expect(foreigner(text), text).toBe(true);
  });
});

describe("a condition or a story ended by 'thì', then the question", () => {
  it("takes the words after the last 'thì' when they ask and the words before do not", () => {
    const fold = (s: string) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
    expect(conditionThenQuestion("Ông tôi mất ở viện tỉnh khác thì về phường đăng ký khai tử được không", fold)).toBe("ve phuong dang ky khai tu duoc khong");
    expect(conditionThenQuestion("ong toi mat o vien tinh khac thi ve phuong dang ky khai tu duoc khong", fold)).toBe("ve phuong dang ky khai tu duoc khong");
    // "thị trường" folds to "thi truong" but is no "thì"; a question too short alone; a question before the "thì"
    expect(conditionThenQuestion("tôi muốn bán đất nhưng không biết giá thị trường khu này bao nhiêu", fold)).toBeUndefined();
    expect(conditionThenQuestion("hàng hết hạn bán cho tôi thì khiếu nại ở đâu", fold)).toBeUndefined();
    expect(conditionThenQuestion("làm ở đâu thì nhanh hơn, phường hay quận", fold)).toBeUndefined();
  });

  it("answers the entry the question after the story names by its title, though the story's words are in no entry", () => {
    const result = ask("Em với bạn trai sắp cưới, anh ấy đang làm ở Vũng Tàu thì em đi đăng ký kết hôn một mình được không ạ");
    expect(result.kind === "answer" && result.entry.id).toBe("dvc-ket-hon");
  });

  it("does not answer from a question that names none of its entry's title ('nộp đơn ở phường' after a divorce)", () => {
    // (checked: without the title condition this one is answered from the clause after "thì")
    const result = ask("hai vo chong em tinh chuyen ly hon thi nop don o phuong dc khong");
    expect(result.kind === "answer" && result.entry.id).not.toBe("phuong-viec-khong-o-phuong");
  });
});

describe("a verb of checking is no scam talk by itself", () => {
  it("hands off a resident checking a meter rather than answer the fake electricity bill warning", () => {
    const result = ask("hóa đơn tiền điện tháng này cao bất thường, muốn kiểm tra lại công tơ điện thì làm thế nào");
    expect(result.kind === "answer" ? result.entry.id : result.kind).toBe("handoff");
  });

  it("still answers the entry about checking, whose title says it", () => {
    for (const text of ["ứng dụng nTrust dùng để kiểm tra gì", "kiểm tra số tài khoản có phải lừa đảo không"]) {
      const result = ask(text);
      expect(result.kind === "answer" && result.entry.id, text).toBe("ld-kiem-tra");
    }
  });

  it("offers the checking entry when it is second in a near tie, rather than hand a check request off", () => {
    for (const text of ["kiểm tra giúp tôi số này 0912345678 có đáng tin không", "kiem tra giup toi so nay 0912345678 co dang tin khong"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("clarify");
      const offered = result.memory.choices.map((c) => (c.action.do === "show" ? c.action.entryId : undefined));
      expect(offered, text).toContain("ld-kiem-tra");
    }
  });
});

describe("a scam entry that leads a near tie for a message saying nothing of a scam", () => {
  it("hands off rather than answer or offer scam warnings (bills due, a school grant)", () => {
    for (const text of ["hạn đóng tiền điện tháng này là ngày nào", "khi nao thi phai nop tien nuoc thang nay", "con tôi học lớp 6 muốn xin học bổng của trường"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("handoff");
    }
  });
});

describe("a compound typed without accents whose syllable folds to a function word (session 10)", () => {
  it("reads 'bao tu' as 'báo tử' and 'khai tu' as 'khai tử', not as the particle 'từ'", () => {
    const tu = (text: string) => analyze(text).find((t) => t.folded === "tu")!;
    expect(isFunctionToken(tu("bao tu o dau"))).toBe(false);
    expect(isFunctionToken(tu("thu tuc khai tu"))).toBe(false);
    // typed with another tone it is another word: "khai từ" stays the particle
    expect(isFunctionToken(tu("khai từ"))).toBe(true);
    // alone it is still the particle "từ"
    expect(isFunctionToken(tu("tu sang den chieu"))).toBe(true);
  });

  it("answers the death registration for 'bao tu' typed bare, as for 'báo tử'", () => {
    for (const text of ["bao tu co mat phi khong", "bao tu o dau", "bao tu can giay to gi"]) {
      const result = ask(text);
      expect(result.kind === "answer" && result.entry.id, text).toBe("dvc-khai-tu");
    }
  });
});

describe("English questions about subjects that had no English words (session 10)", () => {
  it("answers social insurance, building permits, an application's status, the green lane and job scams in English", () => {
    const cases: Array<[string, string]> = [
      ["Can I get a pension later if I pay social insurance by myself?", "dvc-bhxh-tu-nguyen"],
      ["Do I need a permit to build an extra floor on my house?", "dvc-giay-phep-xay-dung"],
      ["I applied last week, how can I track my application?", "dvc-tra-cuu-ho-so"],
      ["What is the green lane for procedures?", "lx-la-gi"],
      ["Someone offered me a part-time job liking videos for commission, is it real?", "ld-viec-nhe-luong-cao"],
    ];
    for (const [text, id] of cases) {
      const result = ask(text);
      expect(result.lang, text).toBe("en");
      expect(result.kind === "answer" && result.entry.id, text).toBe(id);
    }
  });

  it("answers more subjects foreign residents ask about, and a scam's fee is no fee paid to the ward", () => {
    const cases: Array<[string, string]> = [
      ["I forgot my VNeID password, what should I do?", "dvc-vneid-su-co"],
      ["How do I register a household business?", "dvc-ho-kinh-doanh"],
      ["How can we adopt a child?", "dvc-nuoi-con-nuoi"],
      ["My application is overdue, what can I do?", "lx-qua-han"],
      ["I got a call saying my SIM will be locked", "ld-sim-bi-khoa"],
      ["Someone texted me that I won a prize, I must pay a fee first", "ld-trung-thuong"],
      ["I will be away for work for 6 months, do I need to report my absence?", "dvc-tam-vang"],
      ["How do I transfer land ownership to my son?", "dvc-dat-dai"],
      ["Which procedures are in the green lane?", "lx-danh-muc"],
      ["How do I get a disability certificate?", "dvc-khuyet-tat"],
      ["My neighbour's house encroaches on my land, can the ward mediate?", "dvc-hoa-giai-dat-dai"],
      ["My son's name is misspelled on his birth certificate, how do I correct it?", "dvc-cai-chinh-ho-tich"],
      ["A delivery man asks me to transfer money first for a parcel I did not order", "ld-giao-hang"],
      ["A friend on Facebook messaged me to borrow money urgently, is it safe?", "ld-muon-tien"],
      ["Someone invited me to invest in crypto with 30% profit a month", "ld-dau-tu"],
      ["How do I register permanent residence?", "dvc-thuong-tru"],
    ];
    for (const [text, id] of cases) {
      const result = ask(text);
      expect(result.lang, text).toBe("en");
      expect(result.kind === "answer" && result.entry.id, text).toBe(id);
    }
  });

  it("still registers a birth for a new baby (a name to correct is the correction entry)", () => {
    const result = ask("We had a baby last week, how do I register the birth?");
    expect(result.kind === "answer" && result.entry.id).toBe("dvc-khai-sinh");
  });

  it("reads an English message with a French-accented loanword ('fiancée') as English, and Vietnamese as Vietnamese", () => {
    const result = ask("My fiancée is Vietnamese, where do we register our marriage?");
    expect(result.lang).toBe("en");
    expect(result.kind === "answer" && result.entry.id).toBe("dvc-ket-hon");
    expect(ask("tôi muốn đăng ký kết hôn ở phường").lang).not.toBe("en");
  });
});

describe("'bây giờ' in a question says when, not what (session 10, wave 2)", () => {
  it("answers the procedure named, not the ward-merger entry whose text says 'bây giờ'", () => {
    const cases: Array<[string, string]> = [
      ["lệ phí làm căn cước bây giờ là bao nhiêu", "dvc-can-cuoc"],
      ["thu tuc ket hon bay gio can giay to gi", "dvc-ket-hon"],
    ];
    for (const [text, id] of cases) {
      const result = ask(text);
      expect(result.kind === "answer" && result.entry.id, text).toBe(id);
    }
  });

  it("reads only the question's 'bây giờ' lightly: not 'sân bay giờ', not an opener, not a then-and-now story", () => {
    const light = (text: string) => [...(questionOnlyFunctionTokens(analyze(text)) ?? [])].map((t) => t.folded).join(" ");
    expect(light("giấy kết hôn bây giờ có bản điện tử không")).toBe("bay gio");
    expect(light("mat the roi lam gi bay gio")).toBe("bay gio");
    expect(light("tôi làm ở sân bay giờ hành chính có về kịp không")).toBe("");
    expect(light("bây giờ có ai trực không")).toBe("");
    expect(light("con tôi sinh từ năm 2019 đến giờ chưa có giấy tờ, đi làm bây giờ được không")).toBe("");
    expect(light("làm căn cước ở bãi bày giờ")).toBe("");
  });
});

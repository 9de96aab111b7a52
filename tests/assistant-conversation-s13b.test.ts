/**
 * Conversation understanding, session 13 wave 2 (issue 10 §3): classes of misses found on tuning-s13-conversations
 * (a second writer's voices: dictation, regional words, grandchildren asking, scam stories told in turns).
 * Conversations written for this file (not tuning lines), each through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { foldedText } from "../server/assistant/text-analysis";
import { readFacet } from "../server/assistant/facet-cues";
import { typedFolded } from "../server/assistant/scam-followups";
import { checksWithoutObject } from "../server/assistant/checking-without-object";
import { reportsPointedObject } from "../server/assistant/reporting-pointed-object";
import { tellsLossDone } from "../server/assistant/loss-after-scam";
import { cannotComeInHours } from "../server/assistant/cannot-come-in-hours";
import { asksPrerequisite } from "../server/assistant/prerequisite-asked";
import { looksUpScamObject } from "../server/assistant/lookup-scam-object";
import { personStateCondition } from "../server/assistant/person-status-condition";
import { foldForScam } from "../server/assistant/scam/normalize";
import { knowledgeAssistant, led, shown } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("the part asked in regional and spoken words (regional-facet-cues.ts)", () => {
  it("'tốn nhiều tiền không' after căn cước: that entry's fee, not a hand-off", () => {
    const turns = conversation("làm căn cước cho mẹ tôi ở đâu", "tốn nhiều tiền không");
    expect(led(turns[0])).toBe("answer dvc-can-cuoc");
    expect(led(turns[1])).toBe("answer dvc-can-cuoc");
    expect(shown(turns[1])).toBe("fee");
  });
  it("'làm bằng điện thoại được không' after tạm trú: the online part", () => {
    const turns = conversation("đăng ký tạm trú cho sinh viên thuê trọ thế nào", "làm bằng điện thoại được không");
    expect(led(turns[1])).toBe("answer dvc-tam-tru");
    expect(shown(turns[1])).toBe("online");
  });
  it("reads the fee in 'nhiêu tiền', 'hết nhiêu', 'tốn nhiều không', the papers in 'kèm theo gì'; not a loss told", () => {
    const facet = (q: string) => readFacet(foldedText(q)).facet;
    expect(facet("nhiêu tiền")).toBe("fee");
    expect(facet("hết nhiêu vậy")).toBe("fee");
    expect(facet("có tốn nhiều không")).toBe("fee");
    expect(facet("viết đơn thì phải kèm theo gì")).toBe("documents");
    expect(facet("khai qua app được không")).toBe("online");
    expect(readFacet(foldedText("bị lừa mất nhiều tiền rồi")).strength).toBeLessThan(2);
    expect(facet("nhiều người đến không")).toBeUndefined();
  });
});

describe("a loss told after a scam turn is a victim's (loss-after-scam.ts)", () => {
  it("'giờ mất tiền rồi thì làm sao' after a prize scam: the victim's immediate steps", () => {
    const turns = conversation("có người gọi bảo tôi trúng thưởng xe máy, phải nộp phí 2 triệu mới nhận", "giờ mất tiền rồi thì làm sao");
    expect(led(turns[0])).toBe("scam_warning ld-trung-thuong");
    expect(led(turns[1])).toBe("scam_warning ld-bi-lua-roi");
  });
  it("a loss only supposed, or followed by a new demand, is not", () => {
    const turns = conversation("có người gọi bảo tôi trúng thưởng xe máy, phải nộp phí 2 triệu mới nhận", "nếu mất tiền rồi thì sao");
    expect(led(turns[1])).not.toBe("scam_warning ld-bi-lua-roi");
    expect(tellsLossDone(foldForScam("mất 5 triệu rồi, giờ có bên nhận đòi lại tiền thu phí trước"))).toBe(false);
    expect(tellsLossDone(foldForScam("sợ mất tiền rồi không lấy lại được"))).toBe(false);
    expect(tellsLossDone(foldForScam("con tôi bị lừa mất tám triệu rồi"))).toBe(true);
  });
});

describe("whether the person asking is really them (checking-without-object.ts, widened)", () => {
  it("'sao biết đúng là cậu ấy thật hay không' after a relative's Facebook asking to borrow: that scam entry's steps", () => {
    const turns = conversation("Facebook của cậu tôi nhắn mượn tiền gấp, bảo chuyển vào số tài khoản lạ", "sao biết đúng là cậu ấy thật hay không");
    expect(led(turns[0])).toBe("scam_warning ld-muon-tien");
    expect(led(turns[1])).toBe("answer ld-muon-tien");
    expect(checksWithoutObject(typedFolded("làm sao biết có phải bà ấy thật không"))).toBe(true);
    expect(checksWithoutObject(typedFolded("làm sao biết app nào thật"))).toBe(false);
  });
});

describe("reporting a scammer's number, link or app pointed at (reporting-pointed-object.ts)", () => {
  it("'số điện thoại đó báo công an ở đâu' after a warning and an unrelated question: the reporting entry's place", () => {
    const turns = conversation("có người gọi bảo tôi trúng thưởng xe máy, phải nộp phí 2 triệu mới nhận", "tiện hỏi luôn chứng thực bản sao ở đâu", "số điện thoại đó báo công an ở đâu");
    expect(led(turns[1])).toBe("answer dvc-chung-thuc");
    expect(led(turns[2])).toBe("answer ld-bao-cao");
    expect(shown(turns[2])).toBe("where");
  });
  it("'tố cáo cái tài khoản kia thế nào' alone: the reporting entry", () => {
    expect(led(conversation("tố cáo cái tài khoản kia thế nào")[0])).toBe("answer ld-bao-cao");
  });
  it("a ward matter pointed at, or no object, is not this", () => {
    expect(reportsPointedObject(typedFolded("cái cột điện đó báo ở đâu"))).toBe(false);
    expect(reportsPointedObject(typedFolded("báo ở đâu"))).toBe(false);
    expect(reportsPointedObject(typedFolded("số đó là số gì"))).toBe(false);
    expect(reportsPointedObject(typedFolded("muốn tố giác cái nhóm đầu tư đó thì sao"))).toBe(true);
  });
});

describe("whether the money comes back, after a victim's steps (money-back-question.ts)", () => {
  it("'trình báo công an thì có lấy lại được tiền không': the victim entry, not where to report", () => {
    const turns = conversation("tôi bị lừa chuyển 20 triệu cho người giả công an", "trình báo công an thì có lấy lại được tiền không");
    expect(led(turns[0])).toBe("scam_warning ld-bi-lua-roi");
    expect(led(turns[1])).toBe("answer ld-bi-lua-roi");
  });
  it("'báo công an ở đâu' after a victim's steps still asks where: the victim entry's place (session 22, victim-report-where.ts)", () => {
    const turns = conversation("tôi bị lừa chuyển 20 triệu cho người giả công an", "báo công an ở đâu");
    expect(led(turns[1])).toBe("answer ld-bi-lua-roi");
    expect(shown(turns[1])).toBe("where");
  });
});

describe("cannot come in office hours, after a procedure (cannot-come-in-hours.ts)", () => {
  it("'nhưng vợ chồng tôi đi làm cả ngày, không ra phường được' after tách hộ: that procedure's online part", () => {
    const turns = conversation("làm thủ tục tách hộ thế nào", "nhưng vợ chồng tôi đi làm cả ngày, không ra phường được");
    expect(led(turns[1])).toBe("answer dvc-tach-ho");
    expect(shown(turns[1])).toBe("online");
  });
  it("'nhưng tôi không có thời gian lên phường' after khai tử: the online part, not the time", () => {
    const turns = conversation("đăng ký khai tử cho bố tôi cần gì", "nhưng tôi không có thời gian lên phường");
    expect(led(turns[1])).toBe("answer dvc-khai-tu");
    expect(shown(turns[1])).toBe("online");
  });
  it("a relative who cannot come, or another question after it, is not this", () => {
    expect(cannotComeInHours(typedFolded("mẹ tôi nằm liệt giường không ra phường được"))).toBe(false);
    expect(cannotComeInHours(typedFolded("không ra phường được thì làm hộ chiếu ở đâu"))).toBe(false);
    expect(cannotComeInHours(typedFolded("em bận đi làm, không đến phường được"))).toBe(true);
  });
});

describe("a yes/no in the words of the warned scam's title (warned-title-yes-no.ts)", () => {
  it("'tóm lại có phải cập nhật trên vneid không' after a call demanding a VNeID update: that scam entry, not a hand-off", () => {
    const turns = conversation("có người gọi bảo sau sắp xếp phường phải cập nhật lại nơi ở trên vneid, bảo tôi bấm link", "tóm lại có phải cập nhật trên vneid không");
    expect(led(turns[0])).toBe("scam_warning ld-cap-nhat-vneid");
    expect(led(turns[1])).toBe("answer ld-cap-nhat-vneid");
  });
  it("a yes/no with a subject of its own is read as usual", () => {
    const turns = conversation("có người gọi bảo sau sắp xếp phường phải cập nhật lại nơi ở trên vneid, bảo tôi bấm link", "thế sau sắp xếp có phải làm lại căn cước không");
    expect(led(turns[1])).not.toBe("answer ld-cap-nhat-vneid");
  });
});

describe("whether something must be done first is the procedure at hand's (prerequisite-asked.ts)", () => {
  it("'có phải tích hợp thẻ bảo hiểm y tế trước đã không' after the health book on VNeID: that entry, not the integration entry", () => {
    const turns = conversation("mở sổ sức khỏe điện tử cho bố trên vneid thế nào", "có phải tích hợp thẻ bảo hiểm y tế trước đã không");
    expect(led(turns[0])).toBe("answer dvc-so-suc-khoe");
    expect(led(turns[1])).toBe("answer dvc-so-suc-khoe");
  });
  it("only a question ending on 'trước' + a yes/no tail", () => {
    expect(asksPrerequisite(typedFolded("có cần đăng ký trước không"))).toBe(true);
    expect(asksPrerequisite(typedFolded("phải làm khai sinh trước à"))).toBe(true);
    expect(asksPrerequisite(typedFolded("thế tích hợp bảo hiểm y tế vào vneid làm sao"))).toBe(false);
    expect(asksPrerequisite(typedFolded("trước khi nộp có cần công chứng không"))).toBe(false);
  });
});

describe("looking up a number, account or link named, in a scam conversation (lookup-scam-object.ts)", () => {
  it("'số điện thoại shipper đó tra ở đâu' after a parcel scam: the checking entry, not the parcel entry's place", () => {
    const turns = conversation("có người tự xưng shipper bảo tôi có bưu kiện, phải chuyển khoản 250 nghìn mới giao", "số điện thoại shipper đó tra ở đâu");
    expect(led(turns[0])).toBe("scam_warning ld-giao-hang");
    expect(led(turns[1])).toBe("answer ld-kiem-tra");
  });
  it("'tra cái số tài khoản nó gửi thế nào' after a borrowing scam: the checking entry's steps", () => {
    const turns = conversation("Zalo của em gái tôi nhắn mượn gấp 5 triệu", "tra cái số tài khoản nó gửi thế nào");
    expect(led(turns[1])).toBe("answer ld-kiem-tra");
    expect(shown(turns[1])).toBe("steps");
  });
  it("no object, or reporting it, is not this", () => {
    expect(looksUpScamObject(typedFolded("kiểm tra thế nào trước khi chuyển"))).toBe(false);
    expect(looksUpScamObject(typedFolded("báo số đó ở đâu"))).toBe(false);
    expect(looksUpScamObject(typedFolded("tài khoản ngân hàng bị khóa thì làm sao"))).toBe(false);
  });
});

describe("the person's state told as a condition (person-status-condition.ts)", () => {
  it("'bà là hộ cận nghèo thì có được không' after buying health insurance for a grandmother: that entry's special cases", () => {
    const turns = conversation("mua bảo hiểm y tế cho bà nội thế nào", "bà là hộ cận nghèo thì có được không");
    expect(led(turns[0])).toBe("answer dvc-bhyt-ho-gia-dinh");
    expect(led(turns[1])).toBe("answer dvc-bhyt-ho-gia-dinh");
  });
  it("a new procedure asked for the same person switches; a question of another entry after the state is not this", () => {
    const turns = conversation("mua bảo hiểm y tế cho bà nội thế nào", "vậy làm hồ sơ trợ cấp xã hội cho bà cần gì");
    expect(led(turns[1])).toBe("answer dvc-tro-cap-xa-hoi");
    expect(personStateCondition(typedFolded("mẹ tôi đang nhận lương hưu thì có được trợ cấp không"))).toBe(false);
    expect(personStateCondition(typedFolded("bà thuộc diện người có công thì sao"))).toBe(true);
  });
});

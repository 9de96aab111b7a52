/**
 * Confident wrong answers and scam warnings on residents' own questions (issue 10 §4, session 16). Each
 * class is checked with messages written for this file, not the tuning lines:
 * - identity data already given away and nothing more ("lỡ gửi ảnh căn cước rồi", "mẹ tôi lỡ đọc số căn
 *   cước cho họ rồi", "bị lộ ảnh căn cước") is the personal-data entry, not a scam warning nor the
 *   at-risk steps for a code or an app; a code, an app, money or a pretext call with it keeps the scam
 *   reply (personal-data-given.ts);
 * - a message naming this very chat ("qua Zalo này", "Zalo phường") whose only scam marks are the
 *   check's reading of that chat is the resident's own question (this-chat-named.ts);
 * - an offer to get the money back ("luật sư bảo lấy lại được 80%", "nhận hack lại tiền") told after a loss
 *   is the recovery-scam entry, not the fresh victim's steps (scam/victim.ts, its "offer");
 * - the app the message names decides against a top entry whose title names another app ("thẻ BHYT trên VNeID"
 *   is not the VssID entry) (other-app-titled.ts);
 * - a birth registered past its deadline, told as a fact, or a death years ago never registered is the
 *   late-registration entry, not the ordinary registration; the deadline asked stays the ordinary
 *   registration (late-civil-registration.ts).
 */
import { describe, expect, it } from "vitest";
import { lateCivilRegistrationEntry } from "../server/assistant/late-civil-registration";
import { personalDataGivenEntry } from "../server/assistant/personal-data-given";
import { typedFolded } from "../server/assistant/scam-followups";
import { namesThisChat } from "../server/assistant/this-chat-named";
import { otherAppTitled } from "../server/assistant/other-app-titled";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask, answeredBy } = knowledgeAssistant();
// the rules alone: the calibrated learned switch (session 18) read one unaccented late-death case as death registration (asked back since session 20)
const rules = knowledgeAssistant(undefined, { learned: false });

describe("identity data already given away", () => {
  it("is the personal-data entry, not a scam warning", () => {
    for (const text of [
      "em trót gửi ảnh chụp căn cước hai mặt cho một shop trên mạng rồi, giờ lo quá",
      "bố tôi lỡ gửi ảnh cccd cho một người bán hàng trên facebook rồi, giờ lo lắm",
      "lo gui anh can cuoc cho ben cam do online roi gio lam the nao",
    ]) {
      answeredBy(text, "kns-du-lieu-ca-nhan");
    }
  });

  it("leaves a code, an app, money, a pretext call or a stranger's own ID to the scam reply", () => {
    for (const text of [
      "tôi lỡ gửi ảnh căn cước và mã OTP cho họ rồi",
      "lỡ gửi ảnh cccd rồi còn cài cả app họ gửi",
      "có người gọi bảo đọc số căn cước để cập nhật, tôi đọc rồi",
      "nó còn gửi cả ảnh cccd của nó để chứng minh",
      "tôi gửi ảnh căn cước rồi chuyển 5 triệu phí hồ sơ vay",
      "căn cước của tôi hết hạn rồi, làm lại ở đâu",
    ]) {
      expect(personalDataGivenEntry(typedFolded(text)), text).toBeUndefined();
    }
    expect(ask("tôi lỡ gửi ảnh căn cước và mã OTP cho họ rồi").kind).toBe("scam_warning");
  });
});

describe("this chat named", () => {
  it("answers the resident's question about the ward's own Zalo", () => {
    answeredBy("em gửi ảnh rác thải qua zalo này hay qua iHanoi thì phường nhận ạ", "pa-gui-phan-anh");
    // a question about this chat, answered from the staff entry since session 26 (channel-nature-question.ts: the labels'
    // "questions about the Zalo channel"); never a scam warning about the resident's own words
    const staff = ask("nhắn zalo này là máy hay cán bộ đọc vậy ạ");
    expect(staff.kind).toBe("answer");
    expect(staff.entries[0]?.id).toBe("phuong-gap-can-bo");
  });

  it("still warns a text passed on with demands of its own", () => {
    expect(namesThisChat(typedFolded("ông bà gửi ảnh CCCD 2 mặt và số tài khoản qua zalo này để nhận trợ cấp"))).toBe(true);
    expect(ask("có đứa nhắn zalo này bảo em chuyển 2 triệu phí nhận quà tri ân khách hàng").kind).toBe("scam_warning");
    expect(ask('có người gửi: "Cô gửi ảnh CCCD 2 mặt qua zalo này để nhận trợ cấp nhé"').kind).toBe("scam_warning");
  });
});

describe("a birth or a death registered late", () => {
  it("is the late-registration entry", () => {
    for (const text of [
      "con tôi sinh được 5 tháng rồi mà chưa làm khai sinh, giờ quá hạn thì phải làm sao",
      "khai sinh quá hạn cho bé thì có bị phạt không ạ",
      "bà nội tôi mất từ năm 1998 mà gia đình chưa làm khai tử, giờ làm được không",
      "ong ngoai toi mat 20 nam roi chua co giay chung tu, gio can de chia dat",
    ]) {
      rules.answeredBy(text, "dvc-dang-ky-lai-ho-tich");
      // on the default engine too since session 20's retrain, but the unaccented 'giay chung tu … chia dat': the classifier
      // reads death registration with the late registration its second choice and asks back, the late registration first
      if (text.startsWith("ong ngoai")) expect(led(ask(text))).toBe("clarify dvc-dang-ky-lai-ho-tich");
      else answeredBy(text, "dvc-dang-ky-lai-ho-tich");
    }
  });

  it("leaves the deadline asked and a recent death to the ordinary registration", () => {
    for (const text of [
      "sinh con bao nhiêu ngày thì phải làm khai sinh, quá hạn có sao không",
      "bé nhà em mới sinh 50 ngày, làm khai sinh có bị quá hạn không",
      "bố tôi mất được 3 tháng rồi mà chưa làm khai tử",
      "xin bản sao trích lục khai tử cho ông mất từ năm 1990",
    ]) {
      expect(lateCivilRegistrationEntry(typedFolded(text)), text).toBeUndefined();
    }
  });
});

describe("an offer to get scammed money back, told after the loss", () => {
  it("is the recovery-scam entry, not the fresh victim's steps", () => {
    for (const text of [
      "tôi bị lừa mất 20 triệu rồi, giờ có người tự xưng luật sư bảo lấy lại được 90%, phí 3 triệu",
      "bị lừa rồi, có một bên nhận hack lại tiền, đòi phí trước 2 triệu",
    ]) {
      const result = ask(text);
      expect(result.kind === "scam_warning" && result.handoff, text).toBeFalsy();
      expect(result.entries[0]?.id, text).toBe("ld-lay-lai-tien");
    }
  });

  it("still gives a loss told alone the victim's steps", () => {
    const result = ask("tôi vừa bị lừa mất 50 triệu rồi, giờ làm sao");
    expect(result.kind === "scam_warning" && result.handoff?.reason).toBe("scam_victim");
  });
});

describe("the app the message names", () => {
  it("decides against a top entry titled with another app", () => {
    for (const text of [
      "thẻ bảo hiểm y tế đã có trên VNeID thì đi viện không cần mang thẻ cứng nữa phải không",
      "đã tích hợp thẻ bhyt vào vneid thì khám bệnh có phải mang thẻ giấy không",
    ]) {
      answeredBy(text, "dvc-vneid-tich-hop-giay-to");
    }
  });

  it("leaves the app's own entry, a message naming no app and a title sharing too little alone", () => {
    answeredBy("cài vssid để xem thẻ bảo hiểm y tế trên điện thoại thế nào", "dvc-vssid");
    const ranked = (ids: string[]) => ids.map((id) => ({ entry: { id, title: id === "a" ? "Ứng dụng VssID - dùng thẻ BHYT" : "Sổ sức khỏe điện tử trên VNeID" }, score: 1 })) as never;
    expect(otherAppTitled(ranked(["a", "b"]), "the bao hiem y te di kham")).toBeUndefined();
    expect(otherAppTitled(ranked(["a", "b"]), "the bao hiem y te tren vneid")).toBeUndefined();
  });
});

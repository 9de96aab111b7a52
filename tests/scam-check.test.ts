/**
 * The scam check (server/assistant/scam/): where the forwarded text is, links against the
 * official-domain registry, scripts without links, victims, the three honest outcomes and the
 * replies residents read. Texts here are written for this test (not taken from the corpus).
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { handoffOf, scamOf } from "../server/assistant/ask-result";
import { checkScam } from "../server/assistant/scam/check";
import { assessHost, findLinks } from "../server/assistant/scam/links";
import { foldForScam } from "../server/assistant/scam/normalize";
import { checkReceivedMessage } from "../server/assistant/scam/reply";
import { checkScamData } from "../server/assistant/scam/scam-data-check";
import { wardContactNumbers } from "../server/assistant/scam/ward-numbers";
import { findUnallowedNumbers } from "../server/knowledge/knowledge-check";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { wardFixture } from "./support/ward-fixture";

// Sunday 2026-11-29 23:40 in Hanoi: victims are answered at any hour
const SUNDAY_NIGHT = Date.UTC(2026, 10, 29, 16, 40);
const ward = wardFixture({ slug: "phuong-thu", name: "Phường Thử Nghiệm" });
let kb: KnowledgeBase;
let assistant: Assistant;

beforeAll(async () => {
  kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  assistant = new Assistant(kb);
});

const ask = (text: string) => assistant.ask(text, ward, SUNDAY_NIGHT);

describe("links against the official-domain registry", () => {
  it("counts a brand's real domain for the message and a look-alike against it", () => {
    expect(assessHost("digibank.vietcombank.com.vn").official?.id).toBe("vietcombank");
    expect(assessHost("cskh.evnhanoi.com.vn").official?.id).toBe("evnhanoi");
    expect(assessHost("dichvucong.gov.vn").official).toBeDefined();
    for (const host of ["vietcombank-xacminh.top", "vcb-digibank.online", "vietcombank.com.vn.baomat-otp.com", "evnhanoi-hoadon.site", "vneid-gov.net"]) {
      const f = assessHost(host);
      expect(f.official, host).toBeUndefined();
      expect(Boolean(f.lookalike || f.fakeGov), host).toBe(true);
    }
  });

  it("sees hidden destinations and chat hand-offs", () => {
    expect(assessHost("bit.ly").shortener).toBe(true);
    expect(assessHost("103.21.4.77").ip).toBe(true);
    expect(assessHost("xn--vietcmbank-y0a.com").punycode).toBe(true);
    const [handoff] = findLinks("Liên hệ ngay zalo.me/0912345678 để được hỗ trợ");
    expect(handoff?.handoff).toBe(true);
    const [oa] = findLinks("Quan tâm OA tại zalo.me/evnhanoi");
    expect(oa?.handoff).toBe(false);
    // defanged as some residents paste them
    expect(findLinks("vao hxxps://thanh-toan-phat[.]icu/tra-cuu").map((l) => l.host)).toEqual(["thanh-toan-phat.icu"]);
  });

  it("reads an ordinary .com.vn name as a plain domain, and a brand inside a .vn name as the brand's own service", () => {
    expect(assessHost("thefaceshop.com.vn").fakeGov).toBe(false);
    expect(assessHost("vietcombank.com.vn.xacthuc.com").fakeGov).toBe(true);
    expect(assessHost("viettelstudy.vn").lookalike).toBeUndefined();
    expect(assessHost("vcb-xacthuc.vn").lookalike).toBeDefined();
    expect(assessHost("vietteltelecom.one").lookalike).toBeDefined();
  });

  it("does not read amounts, times or shop names as links", () => {
    expect(findLinks("SD: 12.450.300VND luc 14:32, Co.opmart TP.HCM")).toEqual([]);
  });
});

describe("forwarded text found wherever it is", () => {
  const scam = "[MB] Tai khoan cua Quy khach bi han che do chua xac thuc sinh trac hoc. Xac thuc ngay tai mbbank-sinhtrachoc.cyou de tranh bi khoa.";

  it.each([
    ["alone", scam],
    ["question in front", `co phai lua dao ko mn: ${scam}`],
    ["question after", `${scam} Tin này có thật không vậy?`],
    ["in quotes", `Bà tôi nhận được “${scam}” phải làm sao`],
    ["pasted with line breaks", `Phường ơi xem giúp\n${scam.replace(/\. /g, ".\n")}`],
    ["obfuscated", scam.replace("Tai khoan", "T4i kh0an").replace("sinh trac hoc", "s.i.n.h t.r.a.c h.o.c")],
  ])("warns about a scam forwarded %s", (_shape, text) => {
    const result = ask(text);
    expect(result.kind).toBe("scam_warning");
    expect(result.reply).toContain("mbbank-sinhtrachoc.cyou");
    expect(result.reply).toContain("mbbank.com.vn");
  });

  it("de-obfuscates l33t and separators without breaking amounts and times", () => {
    expect(foldForScam("d!eu k1en n.o.p p.h.i 500k trong 24h")).toBe("dieu kien nop phi 500k trong 24h");
  });
});

describe("scripts without links", () => {
  it.each([
    ["a relative in hospital", "Bac oi chau la ban cung lop cua Nam, Nam bi xe tong dang cap cuu o Viet Duc, dien thoai vo roi, bac chuyen gap 25 trieu vao tai khoan chau de dong vien phi a"],
    ["a fake ward official", "Tôi là cán bộ hộ tịch phường, nhà bác phải nộp 300 nghìn phí cập nhật dữ liệu dân cư và gửi ảnh hai mặt căn cước qua Zalo cho tôi trước thứ Sáu."],
    ["an online kidnapping", "Con trai ông đang ở chỗ chúng tôi. Muốn nó về thì chuẩn bị 200 triệu, báo công an thì đừng hỏi."],
    ["a fake police call", "Day la Cong an TP Ha Noi, so tai khoan cua ba lien quan duong day rua tien. Ba phai chuyen toan bo so du vao tai khoan tam giu de xac minh, khong duoc noi voi con chau."],
    ["an instant loan", "Ho so vay 50 trieu cua anh da duyet, anh chuyen truoc 2 trieu phi bao hiem khoan vay de giai ngan trong 15 phut nhe."],
    ["a task scheme", "Nhiem vu cuoi cua chi bi loi lenh, he thong yeu cau nap them 8 trieu moi rut duoc ca goc lan hoa hong."],
    ["a recovery service", "Chúng tôi là văn phòng luật sư, đã truy vết được số tiền bạn bị lừa. Chuyển 1,5 triệu phí kích hoạt để tiền về tài khoản trong 30 phút."],
    ["customs fees", "Kiện quà 30.000 USD người bạn ở Anh gửi cho chị đang bị hải quan giữ, chị nộp 12 triệu phí thông quan để nhận hàng."],
    ["a fake tax refund", "Cán bộ thuế thông báo bác được hoàn thuế 3 triệu, bác cài ứng dụng theo link cháu gửi qua Zalo rồi đăng nhập tài khoản ngân hàng để nhận."],
  ])("warns about %s", (_name, text) => {
    expect(ask(text).kind).toBe("scam_warning");
  });
});

describe("calls residents retell in their own words", () => {
  it.each([
    ["a parcel held at customs", "có người gọi bảo tôi có bưu kiện bị hải quan giữ, phải nộp phí thông quan 2 triệu mới giao"],
    ["a fake police call", "Hôm qua có người gọi xưng công an bảo tôi liên quan đường dây rửa tiền, bắt chuyển tiền vào tài khoản tạm giữ"],
    ["a relative in hospital, after 'Cho hỏi:'", "Cho hỏi: có người gọi bảo con tôi bị ngã ở trường đang cấp cứu, cần chuyển gấp 30 triệu để mổ, tôi có nên chuyển không?"],
  ])("warns about %s", (_name, text) => {
    expect(checkScam(text).outcome).toBe("scam");
    expect(ask(text).kind).toBe("scam_warning");
  });

  it("a 'wrong number' opener that turns to the reader is a script", () => {
    expect(checkScam("Chị Hoa ơi mai mấy giờ chị qua lấy bánh? Ôi em xin lỗi, em gửi nhầm người. Anh có quan tâm làm thêm online không ạ, bên em đang tuyển.").outcome).toBe("scam");
    expect(checkScam("nhắn nhầm số thì có sao không").outcome).not.toBe("scam");
  });

  it.each(["Xin lỗi, em nhắn nhầm số ạ", "xin loi em nhan nham so a", "sorry anh, em nhắn nhầm", "Dạ em xin lỗi, em gửi nhầm người"])(
    "a lone 'wrong number' with nothing after it is an ordinary slip, not warned: %j",
    (text) => {
      expect(checkScam(text).outcome).not.toBe("scam");
      expect(ask(text).kind).not.toMatch(/^scam_/);
    },
  );

  it.each([
    "Xin lỗi em nhắn nhầm số. Mà anh ở đâu vậy, làm nghề gì?",
    "xin loi nhan nham so, ma chi co quan tam dau tu chung khoan khong",
    "Xin lỗi nhầm số ạ. Bên em đang tuyển cộng tác viên làm online 500k/ngày",
    "em nhan nham so, xin loi anh nhe. ma anh nhin hien the, minh ket ban zalo noi chuyen nhe",
  ])("…and still warned once it turns to the reader: %j", (text) => {
    expect(checkScam(text).outcome).toBe("scam");
    expect(ask(text).kind).toBe("scam_warning");
  });

  it.each(["kết quả xổ số hôm nay", "ket qua xo so hom nay", "xsmb hôm nay về con gì"])("a question off the ward's topics is not a scam warning: %j", (text) => {
    expect(checkScam(text).outcome).toBe("not_forwarded");
    expect(ask(text).kind).not.toMatch(/^scam_/);
  });

  it("a question about a kind of call retells nothing", () => {
    expect(checkScam("Nên làm gì khi nhận cuộc gọi báo con cấp cứu").outcome).not.toBe("scam");
  });
});

describe("residents' own questions", () => {
  it.each([
    "sang tên sổ đỏ phải đóng những khoản thuế phí gì",
    "Cho hỏi làm lại căn cước mất bao lâu, lệ phí bao nhiêu?",
    "tôi có nên gửi ảnh căn cước cho chủ trọ không",
  ])("%j is not read as a received message", (text) => {
    expect(["scam", "victim"]).not.toContain(checkScam(text).outcome);
    expect(ask(text).kind).not.toBe("scam_warning");
  });
});

describe("institutions' own messages and look-alikes", () => {
  it("reads a bank's safety notice, which names what scammers ask for, as no request", () => {
    const v = checkScam("Vietcombank khuyến cáo: Vietcombank không bao giờ yêu cầu khách hàng cung cấp mật khẩu, mã OTP hay cài đặt ứng dụng lạ. Đối tượng giả danh công an yêu cầu cài ứng dụng là lừa đảo. Chi tiết liên hệ 1900 545413.");
    expect(v.outcome).not.toBe("scam");
    expect(v.signals).not.toContain("otp_request");
    expect(v.signals).not.toContain("app_install");
  });

  it("a zalo.me link to a phone number is a private chat, not Zalo's official page", () => {
    expect(assessHost("zalo.me", "/0912345678").official).toBeUndefined();
    expect(checkScam("Kết bạn zalo.me/0912345678 để nhận hỗ trợ hồ sơ").outcome).toBe("scam");
  });

  it("a parcel 'not delivered' to be released through the message is a scam", () => {
    expect(checkScam("Đơn hàng của bạn chưa được giao thành công, bấm vào đây để cập nhật thông tin").outcome).toBe("scam");
  });
});

describe("operators' and agencies' notices (classes found on the real training split, session 4)", () => {
  it("reads operators' wording as the service it describes, not as a script", () => {
    // "sử dụng gói" is not "đừng gọi"; "di động trả trước" is a prepaid line, not "pay first"
    const prepaid = checkScam("Uu dai chi ap dung cho thue bao di dong tra truoc dang su dung goi cuoc Sinh vien. LH 198 (200d/phut). Tran trong.");
    expect(prepaid.signals).not.toContain("no_callback");
    expect(prepaid.signals).not.toContain("fee_to_receive");
    expect(prepaid.signals).not.toContain("money_request");
    // "trúng tài lộc" is not an officer's rank ("trung tá"); "5 đồng tiền vàng" is a count, not a payment
    const prizes = checkScam("[QC] Xuan sang, trung tai loc: co hoi nhan 5 dong tien vang khi dang ky goi cuoc data thang. Chi tiet goi 198 (0d).");
    expect(prizes.signals).not.toContain("authority");
    expect(prizes.signals).not.toContain("money_request");
    // "miễn phí dịch vụ" is free of charge, not a fee to pay
    expect(checkScam("Trai nghiem MIEN PHI dich vu nhac cho 7 ngay dau, sau KM 9.000d/thang. Soan DK gui 9194.").signals).not.toContain("fee_to_receive");
  });

  it("takes an advert's 'QC' label and a subscription's cancel code at a short code as the marks they are", () => {
    for (const text of [
      "(QC) Xem phim truyen hinh chi voi 2.000d (phi gia han 2.000d/ngay). Truy cap http://phimhay-tv.vn/goi de dang ky.",
      "Chuc mung Quy khach da dang ky thanh cong dich vu Video 24h, mien phi ngay dau tien, sau do cuoc 5000d/07 ngay. Xem tai http://video24h-clip.vn. De huy dich vu, soan HUY V24 gui 9432.",
    ]) {
      const v = checkScam(text);
      expect(v.signals).toContain("ad_optout");
      expect(v.outcome).not.toBe("scam");
    }
  });

  it("the reader's own line in an operator's notice is no contact, and a top-up already made is no request", () => {
    const topUp = checkScam("Quy khach vua nap thanh cong 100.000d cho thue bao 0987654321. Tai khoan chinh: 112.000d, han su dung den 31/12/2025. Goi 198 de duoc ho tro.");
    expect(topUp.phones).toEqual([]);
    expect(topUp.signals).not.toContain("money_to_person");
    expect(topUp.signals).not.toContain("money_request");
    expect(topUp.outcome).not.toBe("scam");
    const expiry = checkScam("VinaPhone thong bao: thue bao 0912345678 se bi tam ngung dich vu do het han su dung. Vui long nap the truoc 24h ngay 30/11. LH 18001091.");
    expect(expiry.signals).not.toContain("private_chat");
    expect(expiry.outcome).not.toBe("scam");
    // another number to call is still a contact
    expect(checkScam("Thue bao 0912345678 da trung thuong xe SH, lien he ngay 0987654321 de lam thu tuc nhan giai").outcome).toBe("scam");
  });

  it("undoes runs of look-alike digits inside a word", () => {
    expect(foldForScam("Tai kh04n cua ban, s04n tin")).toBe("tai khoan cua ban, soan tin");
    expect(foldForScam("goi MI10 va C90N")).toBe("goi mi10 va c90n");
  });

  it("a brand's name with a digit for a letter, or one letter off, is a look-alike", () => {
    for (const [host, brand] of [["vietc0mbank-online.com", "vietcombank"], ["b1dv-smart.net", "bidv"], ["agrribank.top", "agribank"], ["m0bifone.com", "mobifone"]]) {
      expect(assessHost(host!).lookalike?.id).toBe(brand);
    }
    for (const host of ["vnexpress.net", "dantri.com.vn", "viettelpost.vn", "google.com"]) expect(assessHost(host).lookalike).toBeUndefined();
  });

  it("does not warn about an operator's missed-call alert (the number is who called)", () => {
    for (const text of [
      "Thue bao 0912345678 da goi cho ban 2 lan, lan cuoi vao luc 21:05 ngay 27/11. Goi lai ngay cho thue bao nay.",
      "So 0987654321 da goi cho ban nhung khong the lien lac duoc luc 08:40 28/11/2025.",
    ]) {
      expect(checkScam(text).outcome).not.toBe("scam");
      expect(checkScam(`tin này có phải lừa đảo không: ${text}`).outcome).not.toBe("scam");
    }
  });

  it("a warning describing what impostors ask for asks nothing; 'police' opening a case by text is the script", () => {
    const warning = checkScam("Công an TP Hà Nội cảnh báo: đối tượng giả danh công an gọi điện báo người dân liên quan vụ án rửa tiền, yêu cầu phối hợp điều tra, chuyển tiền. Công an không làm việc qua điện thoại.");
    expect(warning.signals).not.toContain("money_request");
    expect(warning.outcome).not.toBe("scam");
    expect(checkScam("Cong an quan Dong Da thong bao: anh/chi co lien quan den duong day rua tien, de nghi lien he dieu tra vien de phoi hop lam ro, neu khong se bi khoi to.").outcome).toBe("scam");
  });

  it("reads a parcel-fee script forwarded in English ('USD.' is not a balance 'SD')", () => {
    const v = checkScam('is this real? "Your parcel from GHN is on hold due to an unpaid customs fee of 12 USD. Pay now at ghn-vn-express.com"');
    expect(v.signals).not.toContain("balance_notice");
    expect(v.outcome).toBe("scam");
    expect(checkScam('is this true? "Your parcel is held at customs. Please pay the customs fee of 30 USD at parcel-vn.com to release it."').outcome).toBe("scam");
  });

  it("warns about reward points 'expiring today' or a gift for 'confirming your information' off the official channels", () => {
    for (const text of ["Chỉ còn hôm nay: 8.200 điểm thưởng thẻ của bạn sẽ hết hạn, đổi quà ngay kẻo lỡ!", "Ngan hang tri an: xac nhan lai thong tin cua ban de duoc tang voucher 100k"]) {
      expect(checkScam(text, { scorer: { kind: "hand" } }).score).toBeGreaterThanOrEqual(0);
    }
    // the operator's own loyalty notice, pointing to its app, is not
    expect(checkScam("Quy khach co 1.250 diem tich luy VinaPhone Plus sap het han hom nay. Doi qua tai ung dung My VNPT.").outcome).not.toBe("scam");
  });

  it("still warns when a police 'notice' of a fine sends the reader to a look-alike site", () => {
    expect(checkScam("Cong an giao thong: Phuong tien cua ban co vi pham can xu ly ngay, nop phat tai csgt-phatnguoi.xyz truoc 17h hom nay.").outcome).toBe("scam");
  });
});

describe("warning words do not make a message protective (session 4b)", () => {
  // scams that head themselves like a warning and then ask the reader to act outside official channels
  const headedScams = [
    "CẢNH BÁO: Tài khoản của Quý khách có dấu hiệu bị xâm nhập. Để bảo vệ tiền, vui lòng chuyển toàn bộ số dư sang tài khoản an toàn 1903 5566 7788 theo hướng dẫn của nhân viên.",
    "CANH BAO: Tai khoan cua Quy khach co dau hieu bi xam nhap. De bao ve tien, vui long chuyen toan bo so du sang tai khoan an toan 1903 5566 7788 theo huong dan cua nhan vien.",
    "Lưu ý: Hệ thống phát hiện đăng nhập lạ trên tài khoản của bạn. Bạn hãy đọc mã OTP vừa nhận cho tổng đài viên để chặn giao dịch.",
    "Luu y: He thong phat hien dang nhap la tren tai khoan cua ban. Ban hay doc ma OTP vua nhan cho tong dai vien de chan giao dich.",
  ];
  it.each(headedScams)("warns about %s", (text) => {
    const v = checkScam(text);
    expect(v.signals).not.toContain("protective");
    expect(v.outcome).toBe("scam");
  });
  it.each(headedScams)("warns with a question in front: %s", (text) => {
    expect(checkScam(`cho hỏi tin này có phải lừa đảo không: ${text}`).outcome).toBe("scam");
    expect(checkScam(`tin nay co that ko a? "${text}"`).outcome).toBe("scam");
  });

  it("a warning that sends the reader to an app, a link or a number off the registry is not protective", () => {
    for (const text of [
      "Khuyến cáo: tài khoản định danh của ông/bà sắp bị khóa. Ông/bà cài đặt ứng dụng VNeID bản mới tại vneid-capnhat.com để giữ tài khoản.",
      "CẢNH BÁO: số điện thoại của bạn có liên quan đến một vụ án lừa đảo. Gọi ngay 0912 345 678 gặp cán bộ điều tra trong hôm nay.",
      "Lưu ý quan trọng: điểm thưởng của Quý khách hết hạn hôm nay. Truy cập ngay diemthuong-nganhang.top để đổi quà.",
    ]) {
      const v = checkScam(text);
      expect(v.signals).not.toContain("protective");
      expect(v.outcome).toBe("scam");
    }
  });

  it("a sentence that names impostors and then asks the reader still asks", () => {
    for (const text of [
      "CẢNH BÁO: Để ngăn kẻ gian chiếm đoạt tài khoản, bạn hãy đọc mã OTP vừa nhận cho tổng đài viên ngay.",
      "Canh bao: phat hien doi tuong gia mao dang nhap tai khoan cua ban, vui long chuyen tien sang tai khoan an toan 190355667788 de bao ve.",
      "Lưu ý: kẻ gian đang nhắm vào tài khoản của bạn, hãy cài ứng dụng bảo mật tại baomat-nganhang.com ngay.",
    ]) {
      expect(checkScam(text).signals).not.toContain("protective");
      expect(checkScam(text).outcome).toBe("scam");
      expect(checkScam(`co phai lua dao khong: ${text}`).outcome).toBe("scam");
    }
    // folded "hay" is also "or": a rule listing what the agency never asks asks nothing
    const rule = checkScam("Ngan hang canh bao: nhan vien ngan hang khong goi dien yeu cau cai ung dung hay doc ma OTP. Chi tai ung dung tu CH Play, App Store.");
    expect(rule.signals).toContain("protective");
    expect(rule.signals).not.toContain("otp_request");
    expect(rule.outcome).not.toBe("scam");
  });

  it("genuine safety notices stay protective and are not warned about", () => {
    for (const text of [
      "MB không bao giờ yêu cầu khách hàng cung cấp mã OTP, mật khẩu qua điện thoại hay tin nhắn. Tuyệt đối không chia sẻ mã OTP cho bất kỳ ai.",
      "MB khong bao gio yeu cau khach hang cung cap ma OTP, mat khau qua dien thoai hay tin nhan. Tuyet doi khong chia se ma OTP cho bat ky ai.",
      // what impostors ask ("chuyển tiền vào tài khoản an toàn") is described, not asked
      "Công an phường cảnh báo thủ đoạn giả danh công an gọi điện yêu cầu chuyển tiền vào tài khoản an toàn, cài ứng dụng lạ. Công an không làm việc qua điện thoại. Khi nghi ngờ, hãy gọi 113.",
      "Cong an phuong canh bao thu doan gia danh cong an goi dien yeu cau chuyen tien vao tai khoan an toan, cai ung dung la. Cong an khong lam viec qua dien thoai. Khi nghi ngo, hay goi 113.",
      // the fake link a bank warns about is quoted, not offered
      "Vietcombank cảnh báo: xuất hiện tin nhắn giả mạo chứa đường link vietcombank-hotro.com. Quý khách không truy cập, không cung cấp mã OTP cho bất kỳ ai.",
      // an agency recommending its own registered app is on the official channels
      "Bộ Công an khuyến cáo người dân cài đặt ứng dụng VNeID và kích hoạt tài khoản định danh điện tử mức 2 để dùng dịch vụ công.",
      "Tong cuc Thue luu y: nguoi nop thue cai dat ung dung eTax Mobile de nop thue dien tu, khong giao dich qua cac trang web la.",
    ]) {
      const v = checkScam(text);
      expect(v.signals).toContain("protective");
      expect(v.signals).not.toContain("money_to_person");
      expect(v.outcome).not.toBe("scam");
      expect(checkScam(`tin này có phải lừa đảo không: ${text}`).outcome).not.toBe("scam");
    }
  });
});

describe("the ward's own published numbers (session 4c)", () => {
  // numbers written for this test; the ward's profile publishes them
  const wardWithNumbers = wardFixture({
    slug: "phuong-so",
    name: "Phường Thử Nghiệm",
    hotline: "Đường dây nóng UBND phường: 0912 345 678",
    profile: { police: "Công an phường, trực ban: 0987.654.321", digital_team: "Bộ phận Một cửa: 0976 111 222; văn phòng 024 3825 1234" },
  });
  const wardNumbers = wardContactNumbers(wardWithNumbers.profile);
  const notices = [
    "UBND phường Thử Nghiệm thông báo: từ ngày 01/12/2026, Bộ phận Một cửa tiếp nhận hồ sơ cấp đổi căn cước vào sáng thứ Bảy. Mọi thắc mắc xin liên hệ cán bộ Nguyễn Văn An, SĐT 0912 345 678.",
    "UBND phuong Thu Nghiem thong bao: tu ngay 01/12/2026, Bo phan Mot cua tiep nhan ho so cap doi can cuoc vao sang thu Bay. Moi thac mac xin lien he can bo Nguyen Van An, SDT 0912345678.",
    "Công an phường Thử Nghiệm thông báo: đề nghị bà con kích hoạt tài khoản định danh điện tử mức 2 tại trụ sở Công an phường. Cần hỗ trợ xin gọi đường dây nóng Công an phường 0987.654.321.",
    "Cong an phuong Thu Nghiem thong bao: de nghi ba con kich hoat tai khoan dinh danh dien tu muc 2 tai tru so Cong an phuong. Can ho tro xin goi duong day nong Cong an phuong 0987 654 321.",
    "Bộ phận Một cửa phường Thử Nghiệm thông báo lịch trả kết quả hồ sơ tuần này. Bà con cần tra cứu xin gọi 0976 111 222 trong giờ hành chính.",
    "Bo phan mot cua phuong thong bao lich tra ket qua ho so tuan nay, ba con can tra cuu xin goi +84 976 111 222 trong gio hanh chinh.",
  ];
  const framings = (t: string) => [t, `tin này có phải lừa đảo ko: ${t}`, `cho hoi tin nay co that ko "${t}"`];

  it("reads the numbers the profile publishes, mobiles and landlines", () => {
    expect(wardNumbers.sort()).toEqual(["02438251234", "0912345678", "0976111222", "0987654321"]);
    expect(wardContactNumbers(ward.profile)).toEqual([]);
  });

  it.each(notices)("a notice giving the ward's own number is a registered contact, not a scam: %s", (text) => {
    for (const t of framings(text)) {
      const v = checkScam(t, { wardNumbers });
      expect(v.signals).not.toContain("private_chat");
      expect(v.signals).toContain("official_contact");
      expect(v.phones).toEqual([]);
      expect(v.outcome).not.toBe("scam");
    }
  });

  it("a notice asking residents to message its staff on Zalo or pay at the one-stop office is not warned", () => {
    for (const text of [
      "UBND phường thông báo: bà con có nhu cầu hỗ trợ cài đặt VNeID xin kết bạn Zalo với cán bộ Tổ công nghệ số 0912 345 678 để được hướng dẫn.",
      "UBND phuong thong bao: ba con can ho tro cai dat VNeID xin nhan tin Zalo cho can bo 0912345678 de duoc huong dan.",
      "Thông báo của UBND phường: đề nghị các hộ nộp phí vệ sinh môi trường năm 2026 tại Bộ phận Một cửa. Thắc mắc liên hệ 0912 345 678.",
    ]) {
      for (const t of framings(text)) expect(checkScam(t, { wardNumbers }).outcome).not.toBe("scam");
    }
  });

  it("the assistant passes the asking ward's numbers: no warning for its notice", async () => {
    const notice = notices[2]!;
    const mine = await assistant.ask(`tin này có phải lừa đảo ko: ${notice}`, wardWithNumbers, SUNDAY_NIGHT);
    expect(mine.kind).not.toBe("scam_warning");
    // the same notice asked in a ward that does not publish the number: still warned (another ward's numbers do not count)
    expect((await ask(`tin này có phải lừa đảo ko: ${notice}`)).kind).toBe("scam_warning");
    expect(checkReceivedMessage(notice, { kb, ward: wardWithNumbers, now: SUNDAY_NIGHT, related: () => [] }).kind).not.toBe("scam_warning");
  });

  it("a scam quoting a number the profile does not publish is still warned", () => {
    for (const text of [
      "UBND phường thông báo: hộ gia đình chưa nộp phí vệ sinh năm 2026 sẽ bị xử phạt. Liên hệ cán bộ phường qua Zalo 0903 999 888 để nộp phí trong hôm nay.",
      "UBND phuong thong bao: ho gia dinh chua nop phi ve sinh nam 2026 se bi xu phat. Lien he can bo phuong qua Zalo 0903999888 de nop phi trong hom nay.",
      "CẢNH BÁO: số điện thoại của bạn có liên quan đến một vụ án lừa đảo. Gọi ngay 0912 345 679 gặp cán bộ điều tra trong hôm nay.",
    ]) {
      for (const t of framings(text)) {
        const v = checkScam(t, { wardNumbers });
        expect(v.outcome).toBe("scam");
        expect(v.phones.length).toBe(1);
      }
    }
  });

  it("a scam that quotes the ward's real number but asks for money to a person is still warned", () => {
    const text =
      "UBND phường thông báo: hộ nhà bà chưa nộp phí vệ sinh, sẽ bị xử phạt. Chuyển ngay 500.000đ vào số tài khoản 1903 5566 7788 của cán bộ thu phí, thắc mắc gọi 0912 345 678.";
    for (const t of framings(text)) expect(checkScam(t, { wardNumbers }).outcome).toBe("scam");
  });
});

/** Each text is warned about alone, after a resident's question and quoted inside one. */
function warnsAloneAndAsked(texts: string[]) {
  const asked = (text: string) => [text, `tin này có phải lừa đảo ko: ${text}`, `cho hoi tin nay co that ko a? "${text}"`];
  it.each(texts)("warns, alone and with a question around it: %s", (text) => {
    for (const t of asked(text)) expect(checkScam(t).outcome, t).toBe("scam");
  });
}

describe("classes found on session 5's real texts (own phrasings)", () => {
  warnsAloneAndAsked([
    // someone asking for the reader's ID-card number (not only its photo)
    "Chị ơi em bên giao hàng, chị đọc giúp em số CCCD để em hoàn tất hồ sơ cho ngân hàng nhé, gấp lắm ạ",
    "chi oi em ben giao hang, chi doc giup em so cccd de em hoan tat ho so cho ngan hang nhe, gap lam a",
    "Anh cho em xin lại số căn cước để bên em cập nhật hồ sơ nhận hàng nhé, trong hôm nay là phải xong",
    // a lock threat said as "to avoid being locked"
    "Vui lòng xác thực tài khoản ngay để tránh bị khóa",
    "Tai khoan cua ban can xac minh lai de tranh khoa, lam ngay trong hom nay",
    // an agency's app announced with a version number to switch to
    "BHXH thông báo: người dân cập nhật ứng dụng VssID 3.0 để nhận đủ quyền lợi, sổ BHXH giấy sẽ bị hủy",
    "Bộ Công an thông báo triển khai VNeID 2.0, công dân chuyển đổi tài khoản định danh sang ứng dụng mới trước 30/6",
    // a caller naming themself the child's teacher or doctor, an emergency, hurry
    "Em là cô giáo chủ nhiệm của cháu, cháu bị ngã cầu thang đang cấp cứu ở bệnh viện, anh chị đến gấp",
    "em la co giao chu nhiem cua chau, chau bi nga cau thang dang cap cuu o benh vien, anh chi den gap",
    // an agency telling the reader they qualify for a handout, to be claimed online by a deadline
    "BHXH thong bao: ong/ba nam trong danh sach duoc nhan tien ho tro Tet 2 trieu dong, vui long xac nhan thong tin trong hom nay de nhan tien",
    "Sở Lao động thông báo: Bạn đủ điều kiện nhận trợ cấp thất nghiệp đợt 2. Hoàn thành thủ tục đăng ký trực tuyến trước 20h hôm nay.",
  ]);

  it("asking for the ID number is a demand; giving it in person or refusing it is not", () => {
    expect(checkScam("Anh cho em xin lại số căn cước để bên em cập nhật hồ sơ nhận hàng nhé").signals).toContain("id_photo_request");
    for (const text of [
      "Quý khách vui lòng cung cấp số CCCD tại quầy giao dịch khi nhận thẻ. Hotline Vietcombank 1900 545413",
      "VinaPhone TB: Quý khách vui lòng mang theo CCCD đến điểm giao dịch VinaPhone gần nhất để cập nhật thông tin thuê bao. CSKH 18001091",
      "Ngân hàng khuyến cáo: tuyệt đối không cung cấp số CCCD, mã OTP cho người lạ qua điện thoại",
    ]) {
      const v = checkScam(text);
      expect(v.signals, text).not.toContain("id_photo_request");
      expect(v.outcome, text).not.toBe("scam");
    }
  });

  it("an agency recommending its own app from the stores, or a school's ordinary notice, is not warned", () => {
    for (const text of [
      "BHXH quận Thanh Xuân thông báo: ông/bà đủ điều kiện hưởng lương hưu từ tháng 12/2026, đề nghị mang CCCD đến bộ phận một cửa BHXH quận để làm thủ tục.",
      "UBND phường thông báo: các hộ nghèo được nhận hỗ trợ Tết 500.000đ, nhận trực tiếp tại nhà văn hóa tổ dân phố ngày 20/1, mang theo CCCD.",
      "BHXH Việt Nam khuyến cáo người dân cài đặt ứng dụng VssID trên CH Play hoặc App Store để tra cứu quá trình đóng bảo hiểm",
      "Em là cô giáo lớp 2A, mai lớp nghỉ học để trường tổ chức khám sức khỏe, phụ huynh lưu ý giúp em ạ",
    ]) {
      const v = checkScam(text);
      expect(v.signals, text).not.toContain("app_install");
      expect(v.outcome, text).not.toBe("scam");
    }
  });
});

describe("a payment deadline is not a fee paid in advance (session 5, own probes)", () => {
  it("bill and premium reminders with 'trước <date>' are not warned", () => {
    for (const text of [
      "Bao Viet Nhan tho thong bao: Hop dong bao hiem cua Quy khach sap den ky dong phi. Vui long dong phi truoc 20/12 de hop dong duy tri hieu luc.",
      "Công ty bảo hiểm thông báo: hợp đồng của Quý khách đến kỳ đóng phí, vui lòng đóng phí trước ngày 15/12 để hợp đồng không bị gián đoạn.",
      "Quy khach vui long nop tien dien truoc han 20/12 tai cac diem thu ho hoac ung dung ngan hang.",
    ]) {
      for (const t of [text, `tin nay co phai lua dao ko: ${text}`]) {
        const v = checkScam(t);
        expect(v.signals, t).not.toContain("fee_to_receive");
        expect(v.outcome, t).not.toBe("scam");
      }
    }
  });
  it("a fee to pay first, to release a loan or a parcel, is still warned", () => {
    for (const text of [
      "Ho so vay da duyet, anh chuyen khoan truoc 2 trieu phi bao hiem khoan vay roi moi giai ngan",
      "Đơn hàng bị giữ tại kho, chị đóng phí trước 35.000đ để shipper giao lại",
    ]) {
      const v = checkScam(text);
      expect(v.signals, text).toContain("fee_to_receive");
      expect(v.outcome, text).toBe("scam");
    }
  });
});

describe("an institution stating it never calls to ask for money (session 5, own probes)", () => {
  it("'X không gọi điện yêu cầu chuyển tiền / cung cấp OTP' is a safety rule, not a request", () => {
    for (const text of [
      "BHXH TP Hà Nội: Từ 01/12/2026 người hưởng lương hưu nhận tiền qua tài khoản ngân hàng chính chủ. BHXH không gọi điện yêu cầu chuyển tiền.",
      "Ngân hàng không gọi điện yêu cầu chuyển tiền hay cung cấp OTP",
      "Cong an phuong khong goi dien yeu cau nguoi dan cai ung dung hay chuyen tien; moi viec lam truc tiep tai tru so.",
    ]) {
      for (const t of [text, `tin nay co that ko: ${text}`]) {
        const v = checkScam(t);
        expect(v.signals, t).toContain("protective");
        expect(v.outcome, t).not.toBe("scam");
      }
    }
  });
  it("a caller who says so and then asks for the code is still warned", () => {
    const text = "Em bên ngân hàng, bên em không gọi điện yêu cầu gì đâu, chị cứ đọc mã OTP vừa nhận cho em để hủy giao dịch nhé";
    expect(checkScam(text).outcome).toBe("scam");
    expect(checkScam(`tin này có phải lừa đảo ko: ${text}`).outcome).toBe("scam");
  });
});

describe("classes of session 6 (own phrasings)", () => {
  warnsAloneAndAsked([
    // "fill in your details to get the money / the gift" (Phú Thọ police's quoted fake texts)
    "Điền thông tin cá nhân để nhận quà tặng 500.000 đồng",
    "dien thong tin de duoc nhan tien ho tro 1 trieu dong ngay hom nay",
    "Quý khách nhập thông tin rồi nhận ngay tiền hỗ trợ từ Nhà nước",
    // a forwarded text opening with a question of its own ("Giờ chót để đổi quà?")
    "Giờ chót nhận quà tri ân?\nĐiểm thẻ tín dụng của bạn sẽ hết hạn vào tối nay.\nĐổi ngay kẻo lỡ",
    "Ban da nhan qua chua?\n5.000 diem the cua ban het han trong hom nay, doi ngay",
  ]);

  it("a desk to go to in person is a procedure, not a form to fill in for money", () => {
    for (const text of [
      "Quý khách vui lòng điền thông tin vào tờ khai tại Bộ phận một cửa UBND phường để nhận trợ cấp",
      "Người dân mang căn cước đến UBND phường, điền thông tin vào tờ khai để nhận tiền hỗ trợ",
    ])
      expect(checkScam(text).outcome, text).not.toBe("scam");
  });

  it("a resident's own question on the first line still frames the message", () => {
    const v = checkScam("Cái này thật không?\nTài khoản của quý khách bị khóa, xác thực tại vcb-xacthuc.top trong 24h");
    expect(v.outcome).toBe("scam");
    expect(v.shape.question).toBe("before");
  });

  it("EMS Việt Nam's own domain (ems.com.vn, VNPost's express service) is official; a look-alike is not", () => {
    for (const text of [
      "EMS thong bao: Buu gui EP987654321VN cua quy khach dang duoc phat trong ngay. Tra cuu hanh trinh tai www.ems.com.vn",
      "EMS Việt Nam: bưu gửi EB123456789VN đã đến bưu cục phát, quý khách tra cứu hành trình tại https://ems.com.vn",
    ]) {
      const v = checkScam(text);
      expect(v.outcome, text).not.toBe("scam");
      expect(v.signals).not.toContain("link_brand_mismatch");
    }
    expect(checkScam("EMS: don hang cua ban khong the giao do dia chi khong day du, cap nhat tai ems-vn.cc").outcome).toBe("scam");
  });
});

describe("what is not a scam", () => {
  it.each([
    ["a safety rule", "MB không bao giờ yêu cầu cung cấp mã OTP"],
    ["a safety rule, forwarded with a question", "tin này có phải lừa đảo không: Vietcombank KHONG BAO GIO yeu cau Quy khach cung cap ma OTP, mat khau qua dien thoai."],
    ["a bank code", "VPBank: 557102 la ma OTP xac thuc giao dich chuyen tien 3,000,000 VND. Khong chia se ma OTP voi bat ky ai."],
    ["a balance notice", "BIDV: TK 1260xxx331 +2,400,000VND luc 08:05 28/11. SD: 7,910,000VND. ND: tien nha thang 12"],
    ["an operator promotion with its own link", "Viettel: Chuc mung Quy khach nhan uu dai tang 30% gia tri the nap ngay 30/11. Nap tai viettel.vn hoac My Viettel. LH 198 (0d)."],
    ["an electricity reminder", "EVNHANOI: Tien dien thang 11/2025 cua KH PD0200011223 la 512.400d, han thanh toan 20/12. Thanh toan qua ung dung EVNHANOI hoac ngan hang. CSKH 19001288."],
  ])("does not warn about %s", (_name, text) => {
    expect(ask(text).kind).not.toBe("scam_warning");
  });

  it("answers a resident's own question about scams from the knowledge base", () => {
    const result = ask("Ngân hàng có bao giờ gọi điện hỏi mã OTP không?");
    expect(result.kind).toBe("answer");
    expect(result.entries[0]?.id).toBe("ld-otp");
  });

  it("says 'no clear signs' of a forwarded genuine notice, never that it is safe, and how to check", () => {
    const result = ask("Cho hỏi tin này thật không: Vietcombank: Ma OTP 332190 xac thuc thanh toan 450,000 VND tai SHOPEE. KHONG chia se OTP cho bat ky ai.");
    expect(result.kind).toBe("scam_no_signs");
    expect(result.reply).toContain("không thấy dấu hiệu lừa đảo rõ ràng");
    expect(result.reply).toContain("không thể khẳng định");
    expect(result.reply).not.toMatch(/an toàn/i);
    expect(result.reply).toContain("1900 545413"); // Vietcombank's hotline, from the registry
  });
});

describe("victims", () => {
  it.each(["bị lừa mất 50 triệu rồi", "me toi vua chuyen 30tr cho nguoi xung cong an, gio goi khong duoc", "Tôi lỡ đọc mã OTP cho người lạ, tài khoản bị trừ tiền"])(
    "answers %j with the immediate steps and a person, at any hour",
    (text) => {
      const result = ask(text);
      // a scam warning (what the shared scorer counts) with the victim sub-outcome and a person
      expect(result.kind).toBe("scam_warning");
      expect(scamOf(result)?.outcome).toBe("victim");
      expect(handoffOf(result)?.reason).toBe("scam_victim");
      expect(result.reply).toMatch(/khóa tài khoản/);
      expect(result.reply).toMatch(/113/);
      expect(result.reply).toMatch(/bằng chứng/);
      expect(result.entries[0]?.id).toBe("ld-bi-lua-roi");
    },
  );

  it("does not treat a hypothetical or a question as a victim", () => {
    expect(scamOf(ask("Nếu bị lừa chuyển tiền thì phải làm gì?"))?.outcome).not.toBe("victim");
    expect(scamOf(ask("Làm sao để bố mẹ không bị lừa qua điện thoại"))?.outcome).not.toBe("victim");
  });
});

describe("replies residents read", () => {
  const allowed = (parse(readFileSync("knowledge/allowed-numbers.yaml", "utf8")) as { numbers: Array<{ number: string }> }).numbers.map((n) => n.number);
  const registry = parse(readFileSync("knowledge/official-domains.yaml", "utf8")) as { brands: Array<{ hotlines?: Array<{ number: string }> }> };
  const hotlines = registry.brands.flatMap((b) => (b.hotlines ?? []).map((h) => h.number));

  it("say why, what to do now and where to report, with only numbers that have a source", () => {
    const texts = [
      "[BIDV] The cua Quy khach bi khoa. Mo khoa tai bidv-mokhoa.top va nhap ma OTP.",
      "Cho hỏi tin này thật không: BIDV: Ma OTP 123456 xac thuc lien ket vi. Khong cung cap OTP.",
      "bị lừa mất 20 triệu rồi, ngân hàng BIDV",
    ];
    for (const text of texts) {
      const result = ask(text);
      expect(result.reply.length).toBeLessThanOrEqual(2000);
      const numbers = findUnallowedNumbers(result.reply.replace(/\d{4,8}(?= la ma| xac thuc)/g, ""), [...allowed, ...hotlines]);
      expect(numbers, `${result.kind}: ${result.reply}`).toEqual([]);
    }
    const warning = ask(texts[0]!);
    expect(warning.reply).toMatch(/Vì sao:/);
    expect(warning.reply).toMatch(/156 hoặc 5656/);
    expect(warning.reply).toContain("1900 9247"); // BIDV's own hotline to lock the account
  });

  it("the mini app's check always gives a verdict for a pasted message", () => {
    const result = checkReceivedMessage("Anh ơi em vừa đến nơi rồi nhé", { kb, ward, now: SUNDAY_NIGHT, related: () => [] });
    expect(result.kind).toBe("scam_no_signs");
  });
});

describe("scam data", () => {
  it("registry, shipped JSON, model and corpus pass kb:check's rules", () => {
    expect(checkScamData("knowledge")).toEqual([]);
  });

  it("the check's verdict carries what recognises a wave", () => {
    const v = checkScam("tin này lừa đảo ko: Vietcombank: tai khoan bi khoa, mo khoa tai vcb-mokhoa.top hoac goi 0912 345 678, chuyen phi 200k vao STK 1903 4455 6677");
    expect(v.outcome).toBe("scam");
    expect(v.domains).toContain("vcb-mokhoa.top");
    expect(v.phones).toEqual(["0912345678"]);
    expect(v.accounts).toEqual(["190344556677"]);
    expect(v.body.startsWith("Vietcombank")).toBe(true);
  });
});

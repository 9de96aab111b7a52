import type { FacetKey } from "../knowledge/entry-facets";
import { matches } from "../lib/regex-prefilter";

/*
 * The part a message asks, in everyday wordings facet-cues.ts does not read ("báo cho ai", "nộp ở
 * phường được không", "cần hợp đồng thuê nhà không", "có mất đồng nào không", "hạn nộp là ngày
 * nào"). Used only to choose the part a first reply shows when no part was read outright: the
 * words are not taken out of the topic text and do not make a message look like a follow-up, so
 * which entry answers stays as it was (facet-cues.ts's phrases do both; these are too common to).
 * Folded text (no diacritics): "bao cho ai" = "báo cho ai"; an unaccented "mat" may come folded as
 * "qua doi" (text-analysis reads it as a death), so both are read before "đồng nào".
 */

const paper = String.raw`(?:giay(?! phep)|hop dong|ban ve|ban sao|ban goc|ban chup|xet nghiem|giam dinh|so sach|ho chieu|visa|chung tu|anh the|trich luc|so ho khau)`;

const plainCues: Array<{ facet: FacetKey; pattern: RegExp }> = [
  // "có mất đồng nào không", "nộp bao nhiêu", "mỗi người bao nhiêu" (not "có phải nộp thuế không": whether a tax is due is the summary's)
  { facet: "fee", pattern: new RegExp(String.raw`\b(?:(?:mat|qua doi|ton|het|tra|dong|nop) (?:dong|xu) nao|(?:phai )?(?:nop|dong) bao nhieu(?! (?:ngay|hom|tuan|thang|nam|lan|ky|gio|tieng))|(?:moi|1|mot) nguoi (?:(?:dong|nop|mat|het) )?bao nhieu(?! (?:ngay|hom|tuan|thang|nam|lan|gio|tieng)))\b`) },
  // "hạn nộp là ngày nào", "lịch tiếp dân hôm nào", "mấy giờ mở cửa", "học vào giờ nào"
  { facet: "time", pattern: new RegExp(String.raw`\b(?:han nop|han khai|(?<!moi )(?:hom|ngay|gio|luc) nao(?! cung)|may (?:gio|h) (?:mo|dong|lam|nghi|hoc|tiep|bat dau)|(?:mo|dong) cua (?:luc |tu )?may (?:gio|h)|lam viec (?:tu |den )?may (?:gio|h)|gio lam viec|gio mo cua|lich hoc|lich tiep|trong bao nhieu (?:gio|tieng))\b`) },
  // "báo cho ai", "gửi phản ánh cho ai" (not "có phải báo ai không": whether to report at all), "liên hệ ai", "tra ở trang nào", "ra bộ phận nào"
  { facet: "where", pattern: /\b(?:(?:bao|nop|gui|trinh bay|to cao|khieu nai|phan anh|kien nghi)(?: (?:don|ho so|giay to|phan anh|kien nghi))?(?: cho)? ai(?! (?:khong|ko|k|hong)\b)|lien he (?:voi )?ai|(?:o|tai|vao) trang nao|bo phan nao|phong ban nao|so may duong nao)\b/ },
  // "nộp ở phường nơi mẹ ở hay nơi bố ở": which of two places (not "làm ở phường được không", "có phải về quê
  // không": whether the ward does it at all, answered by the summary and its yes or no)
  { facet: "where", pattern: /\bnoi (?:[a-z]+ ){1,4}hay (?:la |o )?noi\b/ },
  // "cần hợp đồng thuê nhà không" (at the end, not "… không có thời gian"), "cần xét nghiệm ADN không" (not "cần giấy phép không": the permit is the topic), "cần cầm những gì", "cần giấy xác nhận gì"
  { facet: "documents", pattern: new RegExp(String.raw`\bcan (?:co |nop |mang |cam |phai co )?${paper}\b(?: [a-z0-9]+){0,5} (?:(?:khong|ko|k|hong|hok)(?: (?:a|ha|vay|nhi|ad|ak|ah|hay [a-z0-9 ]+))?$|gi\b|chi\b|nao\b)|\bcam (?:theo )?(?:nhung )?gi\b|\bgiay chi\b`) },
  // a hint of a part with a question word on it (facet-cues.ts reads the hint alone as weak):
  // "phí chứng thực bao nhiêu", "sang tên mất những khoản thuế phí gì" (not "tiền … gì": "chuyển tiền … gì" is no fee), "bhyt hộ gia đình bao nhiêu 1 người",
  // "người thứ hai giảm bao nhiêu", "tổ công nghệ số đến nhà có lấy tiền không"
  { facet: "fee", pattern: /\b(?:phi|le phi|thue phi|khoan thue|khoan phi)\b(?: [a-z0-9]+){0,5} (?:bao nhieu|gi|nao)\b|\bnop tien(?: [a-z]+){0,4} bao nhieu\b|\bnhung khoan\b(?: [a-z]+){0,3} (?:phi|tien)\b|\bbao nhieu (?:1|mot) nguoi\b|\bgiam bao nhieu\b|\b(?:lay|thu) (?:them )?tien (?:khong|ko|k)\b/ },
  // "hồ sơ xin giấy phép gồm gì", "cần hồ sơ những gì", "gồm những bản vẽ gì", "mang bản gốc hay bản photo" (not "giấy tờ … phải làm những gì": the steps)
  { facet: "documents", pattern: /\bgom (?:[a-z]+ ){0,3}gi\b|\b(?:ho so|giay to)\b(?: [a-z0-9]+){0,6} (?<!\blam )(?:nhung gi|gom gi|the nao de|nhu nao cho du)\b|\bcan ho so\b|\bmang ban (?:goc|chinh)(?: theo)? hay\b|\b(?:ban chinh|ban goc) hay (?:ban )?(?:photo|sao|chup)\b/ },
  // "khi nào xét", "bao giờ phường trả lời", "khám tuyển khi nào" (not "chưa có sổ bao giờ", "có bao giờ … không": ever, a yes/no)
  { facet: "time", pattern: /\b(?:bao gio|khi nao)\b(?<!\b(?:chua|khong|chang|cha)(?: [a-z0-9]+){0,9} (?:bao gio|khi nao))(?<!\bco (?:bao gio|khi nao))(?! cung\b)/ },
  // who decides, in words around the deciding verb: "ai là người bình xét hộ nghèo", "ai có quyền xác định mức độ khuyết
  // tật", "ai đứng ra xét", "ai bình xét". The part shown is the deciding body, so not who may or must go ("ai được làm
  // giám hộ", "chủ nhà làm hay người thuê tự làm", "ai đi khai tử được"): the body that decides does not answer those
  { facet: "who", pattern: /\bai (?:la nguoi |co quyen |dung ra |se |duoc quyen )?(?:binh xet|xet|quyet dinh|danh gia|xac dinh|cong nhan|duyet|chu tri)\b/ },
  // how it is done, in words facet-cues.ts reads only weakly or across topic words: "làm căn cước thế nào", "đăng ký tạm
  // trú cho người thuê trọ thế nào", "đăng nhập … bằng VNeID thế nào, em bấm …", "gia hạn BHYT như nào", "xem thẻ trên VssID
  // kiểu gì", "làm khai tử sao ba", "trình tự thế nào", "làm những bước nào", "cách tích hợp thẻ BHYT", "có cách nào kiểm tra",
  // "vào mục nào" (in an app, where is how); not "thì sao", "là sao", "có sao", "vì sao" (what about, why, any harm), nor
  // conditions ("điều kiện thế nào"), amounts or a comparison ("khác nhau thế nào"); after every other cue, so a
  // part named in other words keeps its place
  { facet: "steps", pattern: /(?<!\b(?:thi|la|co|vi|tai|dieu kien|muc|huong|tieu chuan|nhu|ket qua|khac|khac nhau|khac biet)) \b(?:the nao|nhu the nao|nhu nao|ra sao|kieu gi|the lao|nhu lao)\b|\b(?:lam|lay lai|laylai|lam lai|mo lai|xin|khai|dang ky|xoa|tach|nhap)\b(?: [a-z0-9]+){0,4}(?<!\b(?:la|thi|co|vi|tai)) sao(?: (?:a|ba|nhe|nhi|vay|v|ad|ak|ah|chau|em|ban|ha|day|ta))*$|\btrinh tu\b|\b(?:nhung|cac|may) buoc\b|\bbuoc nao\b|\b(?:lam|nam) nhung (?:gi|di)\b|^(?:(?:cho (?:toi|em|chau|minh) )?hoi )?cach (?!ly\b)[a-z]+|\bco cach nao\b|\b(?:vao|o|chon) muc nao\b/ },
];

/**
 * The part `folded` asks in everyday words, or undefined. `hinted`: the part facet-cues.ts read
 * weakly; a person's circumstance hinted ("mẹ tôi không có smartphone thì kích hoạt kiểu gì") asks
 * how it goes for them, the special cases, not the general steps.
 */
export function partAskedPlainly(folded: string, hinted?: FacetKey): FacetKey | undefined {
  // (a literal pre-test skips the scans of cues whose words the message lacks: most of them)
  const part = plainCues.find((cue) => matches(cue.pattern, folded))?.facet;
  return part === "steps" && hinted === "special" ? undefined : part;
}

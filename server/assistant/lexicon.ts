import { oldOfficeNames } from "./old-office-names";
import { residentWords } from "./resident-words";
import { ruralWords } from "./rural-words";
import { utilityCompanyWords } from "./utility-company-words";

/**
 * Word lists for residents' Vietnamese. All keys and values are diacritic-folded, lowercase.
 * Teen-code and abbreviations are expanded per token; synonyms rewrite whole phrases to one
 * canonical phrase, on entries and queries alike, so "hộ khẩu" finds "thường trú".
 */

/** token → expansion (one or more folded syllables) */
export const teenCode: Record<string, string> = {
  ko: "khong",
  e: "em",
  k: "khong",
  kh: "khong",
  kg: "khong",
  khg: "khong",
  hok: "khong",
  dc: "duoc",
  dk: "dang ky",
  dky: "dang ky",
  j: "gi",
  gj: "gi",
  ji: "gi",
  bn: "bao nhieu",
  bnh: "bao nhieu",
  ntn: "nhu the nao",
  lsao: "lam sao",
  lm: "lam",
  ng: "nguoi",
  mk: "mat khau",
  pass: "mat khau",
  password: "mat khau",
  tk: "tai khoan",
  acc: "tai khoan",
  sdt: "so dien thoai",
  stk: "so tai khoan",
  ck: "chuyen khoan", // "chồng" beside a person word: see word-senses.ts
  vk: "vo",
  cccd: "can cuoc",
  cmnd: "can cuoc",
  cmt: "can cuoc",
  ubnd: "uy ban nhan dan",
  dvc: "dich vu cong",
  bhxh: "bao hiem xa hoi",
  bhyt: "bao hiem y te",
  hk: "ho khau",
  gplx: "giay phep lai xe",
  gpxd: "giay phep xay dung",
  // "cấp phép xd", "xin phép xd nhà": the building permit's shorthand without its "gp" (as "gpxd")
  xd: "xay dung",
  qsdd: "quyen su dung dat",
  hkd: "ho kinh doanh",
  trc: "truoc",
  hs: "ho so",
  kt: "kiem tra",
  tt: "thu tuc",
  vs: "voi",
  ms: "moi",
  bh: "bao gio",
  mn: "moi nguoi",
  nv: "nhan vien",
  cb: "can bo",
  app: "ung dung",
  apps: "ung dung",
  online: "truc tuyen",
  onl: "truc tuyen",
  ol: "truc tuyen",
  ctv: "cong tac vien",
  sv: "sinh vien",
  hssv: "hoc sinh sinh vien",
  atm: "the ngan hang",
  nh: "ngan hang",
  tp: "thanh pho",
  hn: "ha noi",
  ib: "nhan tin",
  sms: "tin nhan",
  mes: "tin nhan",
  ok: "ok",
  oke: "ok",
  okie: "ok",
  thanks: "cam on",
  thank: "cam on",
  tks: "cam on",
  thx: "cam on",
  hi: "xin chao",
  hello: "xin chao",
  alo: "alo",
  // chat shorthand (also typed with đ: "đk", "đc", "đt")
  r: "roi",
  h: "gio",
  z: "vay",
  zay: "vay",
  dt: "dien thoai",
  kd: "kinh doanh",
  kq: "ket qua",
  // i for y in Sino-Vietnamese syllables ("đăng kí" is "đăng ký"; entries write y) and shorthand seen in residents' messages
  ki: "ky",
  li: "ly",
  dki: "dang ky",
  cty: "cong ty",
  xh: "xa hoi",
  bt: "biet",
  // administrative shorthand for the procedures themselves (as "gplx", "hkd" above)
  lltp: "ly lich tu phap",
  dkkh: "dang ky ket hon",
  tthn: "tinh trang hon nhan",
  gks: "giay khai sinh",
  xnct: "xac nhan cu tru",
  bhtn: "bao hiem that nghiep",
  dkkd: "dang ky kinh doanh",
  dkhk: "dang ky ho khau",
  llpt: "ly lich tu phap", // lltp with its last letters swapped, as residents type it
  hgd: "ho gia dinh",
  // chat shorthand seen in residents' messages: "bj mất" (bị), "khám nvqs", "e và ny" (người yêu)
  bj: "bi",
  nvqs: "nghia vu quan su",
  ny: "nguoi yeu",
};

/** phrase → canonical phrase (folded). Longest match wins. */
export const synonyms: Array<[string, string]> = [
  ...oldOfficeNames,
  ...residentWords,
  ...ruralWords,
  ...utilityCompanyWords,
  ["so ho khau", "thuong tru"],
  ["nhap ho khau", "dang ky thuong tru"],
  // "bảo hiểm y tế hộ gđ": the household written with its shorthand (as "hgd"); "gđ" alone may be a director (giám đốc)
  ["ho gd", "ho gia dinh"],
  ["nhap khau", "dang ky thuong tru"],
  ["ho khau", "thuong tru"],
  ["chung minh thu", "can cuoc"],
  // the loanword residents use for a small shop
  ["shop", "cua hang"],
  ["chung minh nhan dan", "can cuoc"],
  ["can cuoc cong dan", "can cuoc"],
  ["the can cuoc", "can cuoc"],
  ["so do", "giay chung nhan quyen su dung dat"],
  ["so hong", "giay chung nhan quyen su dung dat"],
  ["giay chung nhan quyen su dung dat", "giay chung nhan quyen su dung dat"],
  ["giay chung tu", "khai tu"],
  ["giay bao tu", "khai tu"],
  ["giay doc than", "xac nhan tinh trang hon nhan"],
  ["xac nhan doc than", "xac nhan tinh trang hon nhan"],
  ["doc than", "tinh trang hon nhan"],
  ["cong chung", "chung thuc"],
  ["dang ky cuoi", "dang ky ket hon"],
  ["giay dang ky cuoi", "giay dang ky ket hon"],
  ["sao y", "chung thuc"],
  ["giay ks", "giay khai sinh"],
  ["trang web", "website"],
  ["phan mem", "ung dung"],
  ["ma xac thuc", "otp"],
  ["ma xac nhan", "otp"],
  ["ma otp", "otp"],
  ["luong xanh", "lan xanh"],
  ["hen truoc", "dat lich"],
  ["dat hen", "dat lich"],
  ["lay hen", "dat lich"],
  ["tre hen", "qua han"],
  ["cham tra", "qua han"],
  ["uy ban phuong", "uy ban nhan dan phuong"],
  ["mat khau", "mat khau"],
  ["dinh danh dien tu", "vneid"],
  ["dinh danh muc 2", "vneid muc 2"],
  ["vn eid", "vneid"],
  ["i hanoi", "ihanoi"],
  ["i ha noi", "ihanoi"],
  ["ai ha noi", "ihanoi"],
  ["ihn", "ihanoi"],
  ["vss id", "vssid"],
  // a foreigner named by nationality ("người Hàn Quốc thuê phòng", "khách người Nhật"): a foreigner, as the entries say
  // (not "người Nga": unaccented it is also "người ngã", someone fell; not "người Trung" alone: "trung niên")
  ...["han quoc", "han", "nhat ban", "nhat", "trung quoc", "dai loan", "my", "phap", "duc", "uc", "thai lan", "an do", "tay"].map(
    (country): [string, string] => [`nguoi ${country}`, "nguoi nuoc ngoai"],
  ),
];

/**
 * Function words: kept in word pairs (they tell "là gì" from "bao lâu"), weighed lightly alone.
 */
export const functionWords = new Set(
  (
    "toi minh em anh chi ban ba bac co chu con chau ong a ah ak oi nhe nha ne vay the thi la va voi cua cho de " +
    "o tai ve gi nao sao lam khong duoc can muon phai nhu nay do dau bao nhieu lau hoi xin giup huong dan mot " +
    "cac nhung roi dang se da ma thi neu khi nua them di den tu trong ra vao len xuong duoc biet ai day kia " +
    "vui long cam on a u uh um ok ad admin chao nhi ui alo hihi haha hehe"
  ).split(/\s+/),
);

/** Messages that are only greetings, thanks or acknowledgements (folded, whole message). */
export const smalltalkPatterns: Array<{ kind: "greeting" | "thanks" | "ack" | "bye"; pattern: RegExp }> = [
  { kind: "thanks", pattern: /^(da |vang |ok )?(xin )?(cam on|cam ong|camon|tks|thanks|thank you)( nhieu| rat nhieu)?( (phuong|ban|em|chau|anh|chi|ad|admin|ca nha))?( nhe| nha| a| nhieu)*$/ },
  { kind: "greeting", pattern: /^(xin chao|chao|hi|hello|alo|a lo|chao buoi (sang|chieu|toi))( (phuong|ban|em|chau|anh|chi|ad|admin|moi nguoi|ca nha))?( a| nhe| nha)*$/ },
  { kind: "ack", pattern: /^(ok|oke|okie|vang|da|da vang|u|uh|um|duoc roi|ro roi|toi hieu roi|hieu roi)( a| nhe| nha| roi)*$/ },
  { kind: "bye", pattern: /^(tam biet|bye|bai|hen gap lai)( a| nhe| nha)*$/ },
];

/** The whole message is a request for a person, like the "Gặp cán bộ" button (folded). */
export const humanRequestPattern =
  /^(toi |em |cho toi |xin )?(muon )?(gap|noi chuyen voi|chat voi|ket noi voi|chuyen cho|hoi) ?(can bo|nhan vien|nguoi that|tu van vien|nguoi truc)( phuong)?( a| nhe| nha| voi)*$/;

/**
 * A request for a person anywhere in a message ("em hỏi bot mãi không ra, có anh chị cán bộ nào
 * trả lời trực tiếp cho em được không", "kết nối tôi với cán bộ giúp tôi") (folded).
 */
export const personRequestPattern = new RegExp(
  [
    // "(tôi muốn / cho tôi / xin) gặp, nói chuyện, kết nối (trực tiếp) với cán bộ / người thật"
    "(?:^|\\b(?:toi|em|minh|bac|chau|cho toi|cho em|cho bac|xin|muon|can)\\s)(?:muon\\s|can\\s|xin\\s)?(?:duoc\\s)?(?:gap|noi chuyen|chat|trao doi|ket noi|lien lac|lam viec)(?:\\s(?:truc tiep|voi|toi|em|minh))*\\s(?:voi\\s)?(?:can bo|nguoi that|nhan vien|nguoi truc|tu van vien|admin)",
    // "có anh chị cán bộ nào trả lời trực tiếp cho em"
    "(?:can bo|nguoi that|nhan vien)(?:\\s\\w+){0,3}\\s(?:tra loi|ho tro|tu van|noi chuyen)\\s(?:truc tiep|cho (?:toi|em|bac|minh|chau))",
    "khong muon (?:chat|noi chuyen|hoi) voi (?:may|bot|tro ly)",
    // "đừng trả lời tự động nữa", "không cần bot trả lời tự động": the resident wants a person
    "(?:dung|khong can|khong muon|thoi) (?:bot |may )?(?:tra loi|rep|nhan tin|tu van) tu dong",
    // "cần người hỗ trợ gấp", "xin cán bộ giúp ngay" — the person is the request, not a step ("cần người hỗ trợ nộp hồ sơ" stays a question)
    "\\b(?:can|muon|xin) (?:nguoi|can bo|nhan vien) (?:ho tro|giup do|giup|tu van)(?: (?:gap|ngay|truc tiep|voi|a|nhe|nha))*(?:$|\\s?[,.!?;]|\\s(?:gap|ngay|truc tiep)\\b)",
    "hoi (?:bot|may|tro ly) (?:mai|hoai) (?:khong|chang) (?:ra|duoc)",
  ].join("|"),
);

/**
 * A message opening with "có ai trực không" asks for whoever is on duty now (not "thứ Bảy có ai
 * trực không"); when nothing in it is a question the knowledge base answers, it is a request for a person (folded).
 */
export const onDutyPattern = /^(?:(?:ad|admin|phuong|anh chi) oi )?co (?:ai|nguoi|can bo) (?:dang )?truc (?:khong|hong)\b/;

/** …but a question about the channel itself ("nhắn ngoài giờ có ai đọc không") is answered, not passed on (folded). */
export const channelQuestionPattern =
  /\b(?:lam sao|the nao|nhu the nao|bao lau|khi nao|co ai doc|ai doc|ai tra loi|co that|ngoai gio|buoi toi|cuoi tuan|may gio|bang cach nao|o dau)\b/;

/**
 * Subjects a ward assistant never covers (folded phrases). A question about one of these is
 * handed to staff even when folded syllables happen to match an entry ("tỷ giá" vs "công ty").
 */
export const offTopicPattern = new RegExp(
  String.raw`\b(thoi tiet|du bao thoi tiet|ty gia|gia vang|gia do|do la my|gia xang|chung khoan hom nay|bong da|da bong|ty so|ket qua tran|xo so|ket qua xs|lo de|chuyen cuoi|truyen cuoi|ke chuyen|ke cho toi|bai hat|hat cho|lam tho|nau an|cong thuc nau|mon an|lich chieu|xem phim|tinh yeu|bai tap|giai toan|lam van(?! ban| phong)|dich sang tieng|dich (?:giup|ho|dum|gium)(?: [a-z]+){0,5} sang tieng|phong kham|benh vien nao|nha khoa|bi sot|uong thuoc gi|dau bung|dau dau|xe buyt so|gio tau|ve may bay|dat phong khach san|` +
    // ward life the knowledge base does not cover: recruitment, clubs, school fees, social housing,
    // the residential group's own business, theft reports, rents, utility schedules, exam results, blood drives
    String.raw`tuyen dung|tuyen can bo|tuyen cong chuc|tuyen vien chuc|cau lac bo|duong sinh|khieu vu|hoc phi|nha o xa hoi|to truong to dan pho|bau to truong|trom xe|gia thue phong|nha tro gia re|lich cat dien|lich cat nuoc|chi so cong to|diem thi|diem chuan|hien mau|` +
    // subjects no entry covers, from a list of residents' needs (each checked absent from every entry):
    // personal income tax, funerals and graves, pets' rabies shots, health checks, vehicle insurance,
    // private tutoring, a karaoke licence, foreign currency, building waste, food safety and fire
    // safety licences, sports grounds, organ donation, apartment management, parking, chargers, tickets
    String.raw`thue thu nhap ca nhan|ma so thue ca nhan|hoa tang|nghia trang|chon cat|mo phan|tiem phong dai|kham suc khoe dinh ky|suc khoe dinh ky|bao hiem xe may|bao hiem xe|day them|giay phep karaoke|kinh doanh karaoke|mo quan karaoke|ngoai te|xa ban|rac thai xay dung|an toan thuc pham|phong chay chua chay|cau long|san bong|be boi|day boi|hoc boi|hien tang|ban quan tri|phi gui xe|phi bao tri|sac xe dien|wifi|ve tau|anh huong bao|` +
    // other businesses' and agencies' services residents ask the ward about (session 8, each checked absent from every
    // entry): bank savings rates, a library card, legal advice, phone repair, used vehicles' prices, the driving test
    // (renewing a licence is in "việc không làm ở phường"; session 22: so is registering a used motorbike to one's name,
    // "đăng ký sang tên xe máy cũ", "xe máy cũ mua lại thì sang tên ở đâu": only its price or trade is off-topic), the rubbish truck's and the power company's schedules
    // (only their schedule or sign-up forms: "xe rác đổ rác bừa bãi" is a report, "con tôi học lái xe thì có cần xác nhận cư trú" a ward question);
    // session 20: where to learn to drive or which school is good ("học bằng lái ô tô ở đâu uy tín", "trung tâm dạy lái xe"),
    // and an international driving permit ("đổi bằng lái quốc tế"), the traffic police's, not the ward's
    String.raw`lai suat gui|lai suat tiet kiem|gui tiet kiem|the thu vien|tu van luat|tu van phap luat|thue luat su|sua dien thoai|sua chua dien thoai|dien thoai bi roi|(?<!(?:sang ten|dang ky|giay to|ho so) )xe may cu(?! (?:\S+ ){0,6}?(?:sang ten|bien so|dang ky xe))|mua xe cu|ban xe cu|gia xe may|thi bang lai|thi lai xe|hoc (?:bang )?lai (?:xe )?(?:may |o to |oto |b2 |b1 |c |hang [a-z0-9]+ )?(?:o dau|hang|bao nhieu|mat bao lau|het bao nhieu|gia|uy tin|cho nao|noi nao|tot|re)|dang ky hoc (?:bang )?lai xe|(?:trung tam|truong|thay|cho|noi) (?:dao tao |day |hoc )?lai xe|day lai xe|(?:bang lai|bang lai xe|giay phep lai xe|gplx) quoc te|sat hach|thi giay phep lai xe|doi thu gom|gio thu gom|lich thu gom|xe rac (?:may gio|luc may gio|luc nao|khi nao|bao gio|den luc|den may gio|di qua|chay luc)|thu tien dien|ngay dong tien dien|lich thu tien dien)\b`,
);

/*
 * Common words that spelling repair must leave alone (folded): a resident who typed one meant
 * it. Greetings, particles and replies the knowledge base rarely spells ("chào" is not "trao",
 * "rồi" is not "đòi"), and everyday English words ("from" is not "trộm"). Function words are
 * included (address words aside, below); words the index knows are guarded by the index itself.
 */
const commonVietnamese =
  "chao xin vang da nhe nha nhi ha hen oi a ah ak u uh um ui alo dung sai chua xong het luon nua lai ngay hay cung " +
  "con moi vua sap rat nhieu it tot ok oke okie bye bai biet hoi chang gio dep xau vui buon met khoe mong chuc mung " +
  "hihi haha hehe";
const commonEnglish =
  "the a an is are am was were be been being how what where when which who whom whose why do does did done doing can " +
  "could would should will shall may might must my your our their his her its me him us them i you we they he she it " +
  "to for of in on at from with by about into onto over under after before than then so and or but not no yes if as " +
  "this that these those there here have has had having get got give go going come need want like know please thanks " +
  "thank hello hi hey good morning afternoon evening bank card pay paid money fee fees form forms office ward help " +
  "time day days week month year today tomorrow now new old some any all every more much many very just also only " +
  "live lives living wife husband child children son daughter family work working home house apartment room rent find " +
  "tell take make made long show see look ask say call send use write read name number phone city country people person " +
  "one two three first last next still again back down up out off way thing things place street road building floor " +
  "near far left right open close closed late early soon fast slow free cheap price cost costs need needs needed wanted " +
  "know think try tried lost lose stolen buy sell car bike motorbike license driving drive parking police station " +
  "hospital school doctor health insurance tax taxes land paper papers document documents copy sign stamp birth death " +
  "marriage married divorce baby young elderly disabled poor support apply application submit wait waiting hours " +
  "minute minutes night because since until while same different easy hard sure okay fine great nice love hope mean " +
  "understand speak english foreign stay staying move moved moving arrive arrived leave register registered report " +
  "complaint problem issue broken fix noise neighbor neighbour water electricity trash garbage flood tree light";

/*
 * Address words (chú, chị, cháu…) are function words for weighing, but nouns for spelling: the
 * pair repair may still read "thường chú" as "thường trú".
 */
const addressWords = new Set("toi minh em anh chi ban ba bac co chu con chau ong".split(" "));
/** "nè" is a rare particle here, and "ne" is mostly Hanoi's l/n for "lệ" ("nệ phí" → "lệ phí") */
const repairableFunctionWords = new Set(["ne"]);

/** accented particles whose folded form is an address or kin word the repair may change: "chứ" is not "chú" */
export const commonAccentedWords = new Set(["chứ"]);

export const commonWords = new Set([...`${commonVietnamese} ${commonEnglish}`.split(/\s+/), ...[...functionWords].filter((w) => !addressWords.has(w) && !repairableFunctionWords.has(w))]);

/**
 * A verb of checking ("kiểm tra") is scam talk only for the scam entry about checking, whose title says it (the top
 * entry, or the second of a near tie):
 * "tiền điện tăng gấp đôi, kiểm tra công tơ ở đâu" checks a meter, not a scam (folded).
 */
export const checkingVerbPattern = /\bkiem tra\b/;

/*
 * Words of a message about a scam, a suspicious call or message, or money at risk (folded). An
 * entry about a scam answers only a message that says some of them: "học bổng cho học sinh
 * nghèo", "quyết toán thuế thu nhập cá nhân" or "đổi đô la ở đâu" share words with scam entries
 * (their bait) but ask about something the ward's assistant does not cover. A bank named alone is
 * no scam talk either: "sổ tiết kiệm ngân hàng bị mất thì làm lại ở đâu" lost a passbook, not money.
 */
export const scamTalkPattern = new RegExp(
  String.raw`\b(lua|lua dao|bi lua|gia mao|gia danh|mao danh|hang gia|that hay gia|that khong|co that|that ko|link|duong link|trang web|website|tin nhan|sms|nhan tin|nhan duoc|cuoc goi|goi dien|goi den|goi cho|so la|nguoi la|otp|ma otp|ma xac thuc|mat khau|chuyen tien|chuyen khoan|ck|nap tien|rut tien|rut duoc|tai khoan|stk|atm|cvv|hack|an toan|co nen|app|ung dung|cai dat|zalo|facebook|fb|trung thuong|qua tang|phat nguoi|dau tu|san giao dich|ngoai hoi|tien ao|viec nhe|cong tac vien|ctv|nhiem vu|sim|thue bao|bts|bat coc|vi dien tu|qr|dien luc|cap cuu|tai nan|goi|de doa|doa|se cat|bao cat|sap cat|cat dien neu|cat nuoc neu|no tien|no cuoc|muon tien|vay tien|dat coc|tien coc|giao hang|nhan hang|don hang|shipper|buu kien|cong an|vien kiem sat|toa an|lay lai|cap nhat|canh bao|xac minh|to giac|trinh bao|dang ngo|mat tien|bi tru tien)\b`,
);


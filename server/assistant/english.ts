/*
 * Messages written in English (foreign residents, expatriate spouses). Vietnamese typed without
 * diacritics is also plain ASCII, so the test is whether the words are Vietnamese syllables at
 * all: "where is the ward office" is not, "lam can cuoc o dau" is. An English question is then
 * looked up with a small glossary into the Vietnamese index, and answered with the entry's
 * English summary where one exists; otherwise it is passed politely, in English, to staff.
 */

const vietnameseSyllable =
  /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?(?:uye|uya|uyu|oai|oay|uoi|uou|ieu|yeu|uay|oeo|oao|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)(?:ch|ng|nh|[cmnpt])?$/;

const englishWords = new Set(
  ("the is are am was were be how what where when which who why do does did can could would should will my your our their " +
    "i you we they he she it to for of in on at from with and or but not please need want get register registration " +
    "apply certificate office hours open address ward there this that have has any help hello hi thanks thank").split(" "),
);

/** Abbreviations and names residents type in Vietnamese messages too. */
const sharedWords = new Set(["cccd", "cmnd", "cmt", "vneid", "vssid", "ihanoi", "dvc", "zalo", "app", "online", "ok", "okie", "oke", "sms", "otp", "atm", "bhyt", "bhxh", "gplx", "qr", "code", "website", "web", "email", "facebook", "link", "pass", "password"]);

export function isEnglish(text: string, previousInEnglish = false): boolean {
  if (/[\u00C0-\u1EF9đĐ]/.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 2) return false;
  let foreign = 0;
  let english = 0;
  let englishOnly = 0;
  for (const word of words) {
    if (sharedWords.has(word)) continue;
    const syllable = vietnameseSyllable.test(word);
    if (englishWords.has(word)) {
      english++;
      if (!syllable) englishOnly++;
    }
    if (!syllable) foreign++;
  }
  // after an English reply, "Can I do it online?" (every word also a Vietnamese syllable) goes on in English
  if (previousInEnglish && english >= 3) return true;
  if (english < 1 || foreign < 2) return false;
  // short English questions are full of words that are also Vietnamese syllables typed without
  // accents ("i", "do", "it", "can"): three English words, one of them no Vietnamese syllable at
  // all ("where", "what", "please"), decide it when the share of foreign words alone does not
  return foreign / words.length >= 0.4 || (english >= 3 && englishOnly >= 1);
}

/** English phrases → the folded Vietnamese words the knowledge base uses. Longest first. */
const glossary: Array<[RegExp, string]> = [
  [/\blandlord\b|\bregister with (?:the )?(?:local )?police\b|\bresiden(?:ce|t) (?:card|permit)\b|\brent(?:ing|ed)? (?:a |an )?(?:room|house|apartment|flat)\b|\btemporary residen\w*|\btemp(?:orary)? stay|\bresidence (?:registration|declaration)|\bregister (?:my )?(?:stay|address)|\bdeclare (?:my |their |his |her )?(?:stay|residence)/, "nguoi nuoc ngoai tam tru"],
  [/\bpermanent residen\w*|\bhousehold registration|\bho khau\b/, "dang ky thuong tru"],
  [/\b(?:foreigner|foreign national|expat\w*|visa|passport holder)s?\b|\bforeign (?:student|guest|tenant|worker|wife|husband)s?\b|\bi(?:'m| am) (?:from|a citizen of) (?!hanoi|vietnam|this ward)\w+/, "nguoi nuoc ngoai tam tru"],
  [/\bmarr(?:y|ied|iage|ying)\b|\bwedding\b|\bspouse\b/, "dang ky ket hon"],
  [/\bsingle status|\bmarital status|\bcertificate of no impediment/, "xac nhan tinh trang hon nhan"],
  [/\bcertif(?:y|ied|ication)\b|\bnotari[sz]\w*|\bnotary\b|\bcop(?:y|ies)\b|\bphotocop\w*|\blegali[sz]\w*/, "chung thuc ban sao"],
  [/\bsignature\b/, "chung thuc chu ky"],
  [/\bbirth\b|\bnewborn\b|\bbaby\b/, "dang ky khai sinh"],
  [/\bdeath\b|\bdied\b|\bpassed away\b/, "dang ky khai tu"],
  [/\bid card\b|\bidentity card\b|\bcitizen id\b/, "can cuoc"],
  [/\bcriminal record\b|\bjudicial record\b|\bpolice (?:check|clearance)/, "ly lich tu phap"],
  [/\bscam\w*|\bfraud\w*|\bphishing\b/, "lua dao"],
  [/\bcomplain\w*|\breport (?:a )?problem|\bfeedback\b/, "gui phan anh"],
  [/\bopening hours?|\bworking hours?|\boffice hours?|\bwhen (?:is|are) (?:the )?(?:ward|office)\b.*\bopen|\bopen on\b|\bsaturday\b|\bsunday\b/, "gio lam viec dia chi phuong"],
  [/\bphone\b|\bhotline\b|\bcontact\b|\bcall the ward\b|\bemail\b/, "so dien thoai duong day nong lien he phuong"],
  [/\baddress\b|\bwhere is the (?:ward|office|people'?s committee)|\bward office\b|\bpeople'?s committee\b/, "dia chi uy ban nhan dan phuong"],
];

/** English words for the part asked (a fee, a time, a place…): they name no topic of their own. */
const facetGlossary: Array<[RegExp, string]> = [
  [/\bonline\b|\bpublic service portal\b|\bon (?:the|my) phone\b|\bvia (?:the )?app\b/, "dich vu cong truc tuyen"],
  [/\bfees?\b|\bcosts?\b|\bhow much\b|\bprice\b|\bpay\b/, "le phi"],
  [/\bhow long\b|\bprocessing time\b|\bhow many days\b|\bhow soon\b|\bdeadline\b|\bwithin\b/, "bao lau"],
  [/\bdocuments?\b|\bpapers?\b|\bwhat (?:do i|should i) bring\b/, "giay to can mang"],
  [/\bwhere\b/, "o dau"],
];

/** The English message as the folded Vietnamese words the index knows ("" when nothing maps). */
export function englishToVietnamese(text: string): string {
  const lower = ` ${text.toLowerCase()} `;
  const found: string[] = [];
  for (const [pattern, words] of [...glossary, ...facetGlossary]) if (pattern.test(lower)) found.push(words);
  return found.join(" ");
}

/** The message asks only a part of the previous topic ("What documents?", "Can I do it online?"), naming no topic. */
export function englishAsksPartOnly(text: string): boolean {
  const lower = ` ${text.toLowerCase()} `;
  return facetGlossary.some(([pattern]) => pattern.test(lower)) && !glossary.some(([pattern]) => pattern.test(lower));
}

/*
 * Messages written in English (foreign residents, expatriate spouses). Vietnamese typed without
 * diacritics is also plain ASCII, so the test is whether the words are Vietnamese syllables at
 * all: "where is the ward office" is not, "lam can cuoc o dau" is. An English question is then
 * looked up with a small glossary into the Vietnamese index, and answered with the entry's
 * English summary where one exists; otherwise it is passed politely, in English, to staff.
 */
import { englishAsksDocuments } from "./english-documents";
import { vietnameseRunsIn } from "./english-mixed-words";
import { doneThatWay, shortEnglishReply } from "./english-short-reply";
import { citizenStay, copyOfAPaper, idCardInVietnamese, notAtTheWard, nuisance } from "./english-glossary-s13";
import { copyOfCivilStatusPaper } from "./english-civil-status-copy";
import { fromAForeignCountry, proofOfResidence, singleStatusInWords } from "./english-glossary-s15";
import { anyoneReadsChat, dumpedWaste, hostingForeigner, passportExpired, reportPretendingMessage } from "./english-glossary-s16";
import { checkAgainstScams } from "./english-glossary-s18";
import { teenCode } from "./lexicon";
import { foldDiacritics, vietnameseSyllable } from "./vietnamese-text";


const englishWords = new Set(
  ("the is are am was were be how what where when which who why do does did can could would should will my your our their " +
    "i you we they he she it to for of in on at from with and or but not please need want get register registration " +
    "apply certificate office hours open address ward there this that have has any help hello hi thanks thank " +
    // English words that are no Vietnamese syllable, so one of them tells an English question whose other
    // short words ("can", "i", "get") are also syllables typed bare ("Can I get a pension later if I pay…")
    "if about after before because myself later already also just still here some than then them know tell told said says make take work " +
    // a scam told in everyday words ("I got a text asking me to share a code"); not "a", "me", "got": raw telex
    // Vietnamese ("cho hoir ... gif a") would then have an English word
    "asking ask share someone somebody text message received sent send " +
    // who a foreign resident says they are and where they live ("As a foreigner, can I buy an apartment in Hanoi?"):
    // no Vietnamese syllables, so one of them with "can", "i", "in" tells English
    "as foreigner foreigners foreign expat apartment landlord landlady").split(" "),
);

/** Abbreviations and names residents type in Vietnamese messages too. */
const sharedWords = new Set(["cccd", "cmnd", "cmt", "vneid", "vssid", "ihanoi", "dvc", "zalo", "app", "online", "ok", "okie", "oke", "sms", "otp", "atm", "bhyt", "bhxh", "gplx", "qr", "code", "website", "web", "email", "facebook", "link", "pass", "password"]);

/** a word with a letter outside ASCII (isEnglish) */
const accentedWordPattern = /[\p{L}]*[\u00C0-\u1EF9đ][\p{L}]*/gu;

/** a word the count below takes as English (a module function: no closure per call) */
function countsAsEnglish(word: string): boolean {
  return englishWords.has(word) && !sharedWords.has(word);
}

export function isEnglish(text: string, previousInEnglish = false): boolean {
  // a word with accents is Vietnamese, unless it is no Vietnamese syllable at all: an English loanword
  // written with its French accent ("fiancée", "café", "résumé") stays a foreign word
  const lowered = text.toLowerCase();
  // (word by word, stopping at the first Vietnamese one: most messages are Vietnamese with accents)
  accentedWordPattern.lastIndex = 0;
  for (let m = accentedWordPattern.exec(lowered); m !== null; m = accentedWordPattern.exec(lowered)) {
    if (vietnameseSyllable.test(foldDiacritics(m[0]))) {
      accentedWordPattern.lastIndex = 0;
      return false;
    }
  }
  const words = foldDiacritics(lowered).match(/[a-z]+/g) ?? [];
  // "Contact information", "fees?" after an English answer (english-short-reply.ts)
  if (previousInEnglish && shortEnglishReply(words, (w) => vietnameseSyllable.test(w), (w) => englishWords.has(w), (w) => sharedWords.has(w))) return true;
  if (words.length < 2) return false;
  // no English word at all (most Vietnamese typed without accents): English is never decided, whatever the rest
  if (!words.some(countsAsEnglish)) return false;
  let foreign = 0;
  let english = 0;
  let englishOnly = 0;
  for (const word of words) {
    if (sharedWords.has(word)) continue;
    // chat shorthand is Vietnamese ("bn", "dc", "ko"), and so are most two-letter non-syllables
    // ("bj", "ad", "z"), unless they are English function words ("is", "of", "at")
    const syllable =
      vietnameseSyllable.test(word) || (Object.hasOwn(teenCode, word) && !englishWords.has(word)) || (word.length <= 2 && !englishWords.has(word));
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

/**
 * English phrases → the folded Vietnamese words the knowledge base uses. A phrase names either the
 * thing asked (a topic) or only who is asking or where ("I am a foreigner", "married to a
 * Vietnamese", "at the ward office"): a descriptor counts only when the message names no topic,
 * else "How can I get a VNeID account? I am a foreigner married to…" was answered about marriage.
 * Within a group only the first phrase that matches counts (the specific scam readings before "scam").
 */
type GlossaryPhrase = { pattern: RegExp; words: string; descriptor?: true; group?: string; needs?: RegExp; /** other groups it settles (a named scam: no "is this a scam?" check on top) */ claims?: string[] };

/** Nationalities a foreign resident names ("I'm a Korean student", "I am French"); "vietnamese" is not one. */
const demonyms =
  "(?:korean|japanese|chinese|taiwanese|american|australian|british|french|german|canadian|indian|thai|singaporean|filipin[oa]|russian|italian|spanish|dutch|swedish|norwegian|danish|finnish|swiss|belgian|austrian|polish|irish|scottish|malaysian|indonesian|cambodian|laotian|burmese|mongolian|brazilian|mexican|argentin(?:ian|e)|israeli|turkish|ukrainian|czech|portuguese|greek|new zealander|south african)";
/** Being a foreigner says what the message is about only next to a stay or a duty to declare ("How do I open a bank account as a foreigner?" asks no such thing). */
const stayCue = /\b(?:regist\w*|declar\w*|report\w*|notif\w*|stay\w*|liv(?:e|es|ing)|mov(?:e|ed|ing)|resid\w*|rent\w*|landlord\w*|landlad\w*|host\w*|police|what (?:do|should|must) (?:i|we) do|need to do|obligations?|required|legal(?:ly)?|allowed)\b/;
const glossary: GlossaryPhrase[] = [
  // a landlord or tenant named in a dispute (deposit, rent, eviction, repairs) says nothing of a stay to declare
  { pattern: /^(?![^]*\b(?:deposits?|evict\w*|kick\w* (?:me|us) out|won'?t (?:return|give back|refund|fix|repair)|refus\w* to (?:return|refund|fix|repair))\b)[^]*(?:\blandlord\b|\btenants?\b)/, words: "nguoi nuoc ngoai tam tru", descriptor: true },
  // visas and residence cards are the immigration office's (the "not at the ward" entry says where), before a stay
  // ("Where can I extend my visa?" alone asks what no entry says: a person answers)
  { pattern: /^(?=[^]*\b(?:the|this|a|my) ward\b)[^]*?(?:\bvisas?\b|\bimmigration\b)/, words: "nhung viec khong lam o phuong ho chieu xuat nhap canh di dau", group: "stay" },
  // a Vietnamese person (a friend, a wife, a student…) renting or registering a stay: a citizen's temporary residence
  // (session 20: not a shop registered with a Vietnamese partner, "open a coffee shop with my Vietnamese partner, register it")
  // (session 22: nor a birth, a marriage or a business registered with a Vietnamese wife: "my Vietnamese husband and I had a baby, how do we register the birth")
  ...proofOfResidence,
  ...citizenStay,
  { pattern: /^(?![^]*\b(?:foreigner|i(?:'m| am|m) (?:a |an )?(?:foreign|expat)\w*)\b)(?![^]*\b(?:household business|business registration|(?:shop|store|stall|cafe|café|restaurant)\b[^.?!]{0,60}\bregister\w*))[^]*\bvietnamese (?:friends?|wife|husband|partner|girlfriend|boyfriend|colleagues?|students?|citizens?|nationals?|relatives?|cousins?|employees?|workers?|maids?|helpers?|nanny|staff|tenants?)\b[^.?!]{0,80}\b(?:temporary residen\w*|register\w*(?![^.?!]{0,25}\b(?:birth|bab(?:y|ies)|newborn|child(?:ren)?|son|daughter|marriage|death|business|shop)\b)|rent\w*|stay\w*)\b/, words: "dang ky tam tru thue tro o nho", group: "stay" },
  // a landlord or host declaring the one who writes ("if he doesn't declare me"): a foreigner's stay
  { pattern: /\b(?:declar|regist)\w*\s+(?:me|us|my (?:stay|tenants?|guests?)|tenants?|foreign (?:guests?|tenants?))\b|\breport\w*\s+(?:me|us)\s+to (?:the )?police\b/, words: "nguoi nuoc ngoai tam tru", group: "stay" },
  { pattern: /\bregister with (?:the )?(?:local )?police\b|\bdeclare\b[^.?!]{0,25}\bpolice\b|\bresiden(?:ce|t) (?:card|permit)\b|\brent(?:ing|ed)? (?:a |an )?(?:room|house|apartment|flat)\b|\btemporary residen\w*|\btemp(?:orary)? stay|\bresidence (?:registration|declaration)|\bregister (?:my )?(?:stay|address)|\bdeclare (?:my |their |his |her )?(?:stay|residence)/, words: "nguoi nuoc ngoai tam tru", group: "stay" },
  // a foreign guest, visitor or friend staying: a foreigner's temporary residence, not the stay notice below
  { pattern: /\bforeign(?:er)?s? (?:guest|visitor|friend|relative|student|worker)s?\b|\b(?:guest|visitor|friend)s? from (?:abroad|overseas|another country)\b/, words: "nguoi nuoc ngoai tam tru", group: "stay" },
  // a foreigner by nationality staying or renting ("I'm a Korean student staying at a friend's flat for two weeks")
  { pattern: new RegExp(`\\bi(?:'m| am|m) (?:a |an )?${demonyms}\\b[^.?!]{0,80}\\b(?:stay\\w*|liv(?:e|es|ing)|rent\\w*|mov(?:e|ed|ing))\\b|\\b${demonyms} (?:students?|teachers?|workers?|guests?|friends?|visitors?|tourists?|nationals?|citizens?|colleagues?|relatives?)\\b[^.?!]{0,60}\\b(?:stay\\w*|liv(?:e|es|ing)|rent\\w*)\\b`), words: "nguoi nuoc ngoai tam tru", group: "stay" },
  ...fromAForeignCountry,
  ...hostingForeigner,
  // a guest for a few nights (not a foreigner's temporary residence, matched just above): the stay notice
  { pattern: /\b(?:stay(?:s|ing|ed)?|sleep(?:s|ing)?|visit(?:s|ing)?)\b[^.?!]{0,40}\b(?:overnight|at (?:my|our) (?:place|house|home|flat|apartment)|with (?:me|us)|for (?:a few|\d+|one|two|three|ten) (?:days?|nights?|weeks?))|\bovernight\b|\b(?:guests?|visitors?)\b[^.?!]{0,40}\b(?:police|report|notify|declare|register)|\b(?:report|notify|declare)\w*\b[^.?!]{0,30}\b(?:their|his|her|the|a|my) stay\b/, words: "thong bao luu tru", group: "stay" },
  { pattern: /\bpermanent residen\w*|\bhousehold registration|\bho khau\b/, words: "dang ky thuong tru" },
  { pattern: new RegExp(`\\b(?:foreigner|foreign national|expat\\w*|passport holder)s?\\b|\\bforeign (?:student|guest|tenant|worker|wife|husband)s?\\b|\\bi(?:'m| am) (?:from|a citizen of) (?!hanoi|vietnam|this ward)\\w+|\\bi(?:'m| am) (?:a |an )?${demonyms}\\b`), words: "nguoi nuoc ngoai tam tru", descriptor: true, needs: stayCue },
  { pattern: /\bmarried to\b/, words: "dang ky ket hon", descriptor: true },
  { pattern: /\bmarr(?:y|iage|ying)\b|\b(?:get|getting|got|be|being) married\b|\bwedding\b|\bspouse\b/, words: "dang ky ket hon" },
  ...singleStatusInWords,
  { pattern: /\bsingle status|\bmarital status|\bcertificate of no impediment|\b(?:not|never been|never) married\b|\bunmarried\b|\bi(?:'m| am) single\b/, words: "xac nhan tinh trang hon nhan" },
  // a contract, a will or an inheritance certified or notarised: the contracts entry, before copies
  // a copy of a birth, marriage or death certificate: the civil status extract (english-civil-status-copy.ts)
  ...copyOfCivilStatusPaper,
  ...copyOfAPaper,
  { pattern: /\b(?:contracts?|wills?|testaments?|inheritance|estate)\b[^.?!]{0,40}\b(?:certif|notar)\w*|\b(?:certif|notar)\w*\b[^.?!]{0,40}\b(?:contracts?|wills?|testaments?|inheritance)\b|\b(?:sale|lease|gift|mortgage) (?:contract|agreement)s?\b[^.?!]{0,40}\bward\b/, words: "chung thuc hop dong di chuc van ban thua ke", group: "certify" },
  { pattern: /\bcertif(?:y|ied|ication)\b|\bnotari[sz]\w*|\bnotary\b|\bcop(?:y|ies)\b|\bphotocop\w*|\blegali[sz]\w*/, words: "chung thuc ban sao", group: "certify" },
  { pattern: /\bsignature\b/, words: "chung thuc chu ky" },
  // a father (or mother) added to a child's birth record: recognising the parent, before a correction or a new birth
  { pattern: /\bpaternity\b|\b(?:recogni[sz]\w*|acknowledg\w*)\b[^.?!]{0,30}\b(?:father|mother|parent|child|son|daughter)|\b(?:add|put|include)\w*\b[^.?!]{0,25}\b(?:(?:the )?father'?s?|my|his) name\b[^.?!]{0,40}\bbirth certificate|\bborn before (?:we|they|the parents|his parents|her parents) (?:got |were )?married\b|\bbirth certificate\b[^.?!]{0,40}\bno father\b/, words: "dang ky nhan cha me con bo sung ten cha giay khai sinh", group: "birth" },
  // a name or date to correct on a birth certificate: the correction, not a new birth registration
  { pattern: /\b(?:change|correct|fix)\w*\b[^.?!]{0,30}\b(?:name|surname|date of birth|birthday)\b|\b(?:wrong|misspelt|misspelled|incorrect)\b[^.?!]{0,20}\b(?:name|date of birth|birthday)\b|\b(?:name|surname|date of birth|birthday)\b[^.?!]{0,20}\b(?:wrong|misspel\w*|incorrect|mistaken)\b/, words: "cai chinh ho tich sua ten doi ten", group: "birth" },
  { pattern: /\bbirth\b|\bnewborn\b|\bbaby\b/, words: "dang ky khai sinh", group: "birth" },
  { pattern: /\bdeath\b|\bdied\b|\bpassed away\b/, words: "dang ky khai tu" },
  // a photo or copy of one's ID asked for by a shop, a landlord, a stranger: personal data, not the ID card procedure
  { pattern: /\bpersonal (?:data|information|info|details)\b|\b(?:photo|picture|scan|image)s? of (?:my |your |our |the |an? )?(?:id|identity|citizen id|passport)\b|\b(?:share|send|give)\w*\b[^.?!]{0,30}\b(?:id card|passport)\b[^.?!]{0,30}\b(?:shop|store|stranger|someone|landlord|company|app)\b/, words: "du lieu ca nhan anh can cuoc nguoi la", group: "id" },
  { pattern: /\bid card\b|\bidentity card\b|\bcitizen id\b/, words: "can cuoc", group: "id" },
  ...idCardInVietnamese,
  // subjects a foreign resident asks about in their own words (session 10: these entries had no English at all)
  { pattern: /\bsocial insurance\b|\bpensions?\b|\bretirement (?:pay|income)\b/, words: "bao hiem xa hoi tu nguyen luong huu" },
  { pattern: /\b(?:health|medical) insurance\b[^.?!]{0,40}\b(?:family|families|household|wife|husband|children|kids|parents)\b|\b(?:family|household)\b[^.?!]{0,40}\b(?:health|medical) insurance\b/, words: "bao hiem y te ho gia dinh", group: "health" },
  { pattern: /\bhealth insurance\b|\bmedical insurance\b/, words: "bao hiem y te", group: "health" },
  { pattern: /\b(?:building|construction) permits?\b|(?<!\b(?:work|working|labou?r|residence|resident) )\bpermits?\b[^.?!]{0,30}\b(?:build|renovat|repair|extend)\w*|\b(?:build|renovat|extend)\w*\b[^.?!]{0,40}(?<!\b(?:work|working|labou?r|residence|resident) )\bpermits?\b|\b(?:add|build)\w* (?:an? )?(?:extra |new )?(?:floors?|storey|stor(?:y|ies))\b/, words: "giay phep xay dung sua chua nha" },
  { pattern: /\bgreen[- ]lanes?\b|\bfast[- ]track\w*/, words: "lan xanh" },
  { pattern: /\b(?:household |small )?business tax\w*|\blump[- ]sum tax\w*|\bflat tax\b|\btax\w*\b[^.?!]{0,30}\b(?:(?:my|our|her|his|a|the) (?:shop|stall|store|business))\b|\b(?:shop|stall|store)\b[^.?!]{0,60}\btax\w*/, words: "thue ho kinh doanh khoan tu khai", group: "business" },
  { pattern: /\b(?:household |small )?business (?:registration|licen[cs]e)\b|\bregister(?:ing)? (?:a |my |our )?(?:household |small |family )?business\b|\bopen(?:ing)? (?:a |my |our )?(?:small )?(?:shop|store|business)\b|\bhousehold business(?:es)?\b|(?=[^.?!]*[.?!]?[^.?!]*\b(?:regist\w*|licen[cs]e\w*|permits?|papers?|paperwork|procedures?)\b)\b(?:open|opening|start|starting|set up|setting up) (?:a |an |my |our )?(?:(?:small|little|tiny|family|street|coffee|tea|noodle|pho|food|grocery|clothes|clothing|phone|bakery|nail|hair|juice|sandwich|banh mi) ){1,3}(?:shop|store|stall|cafe|café|restaurant|eatery|kiosk|salon|business)\b/, words: "dang ky ho kinh doanh" },
  { pattern: /\bmilitary service\b|\bconscript\w*|\b(?:the )?draft(?:ed)?\b[^.?!]{0,20}\b(?:army|military)\b|\barmy service\b|\bjoin(?:ing)? the army\b/, words: "dang ky nghia vu quan su" },
  { pattern: /\badopt(?:ion|ing|ed)?\b/, words: "dang ky nuoi con nuoi" },
  { pattern: /\bdisabilit(?:y|ies)\b|\bdisabled\b|\bhandicap\w*/, words: "xac nhan khuyet tat" },
  { pattern: /\b(?:land|boundary|border) dispute\b|\bdispute\b[^.?!]{0,40}\b(?:neighbou?rs?|land|boundary)\b|\b(?:neighbou?rs?)\b[^.?!]{0,40}\b(?:encroach\w*|boundary|dispute)|\bmediat\w*/, words: "hoa giai tranh chap dat dai hang xom" },
  // (session 22: not where the office is now, "where is the ward office located now after the merger", "which building is
  // the one-stop counter in after the merger": the merger only dates the question, the address answers it; not one's own
  // address changed by the merger)
  { pattern: /^(?![^]*(?:\b(?:where is|where's|where are|located|location|which building|what floor|which floor)\b|(?<!\b(?:my|our|his|her|their|your) )\baddress\b))[^]*(?:\bmerg(?:e|ed|er|ing)\b|\bno (?:more )?districts?\b|\bdistrict (?:office|level)\b)/, words: "phuong sau sap xep sap nhap" },
  // splitting or merging a plot ("split our plot so each child gets a title"), before the certificate it ends with
  { pattern: /\b(?:split\w*|divid\w*|subdivi\w*|merg\w*)\b[^.?!]{0,30}\b(?:land|plots?|parcels?)\b/, words: "tach thua hop thua dat", group: "land" },
  { pattern: /\bland (?:use )?(?:certificate|title|ownership)\b|\bred book\b|\btransfer\w*\b[^.?!]{0,25}\b(?:land|house|property)\b|\b(?:land|house|property)\b[^.?!]{0,25}\b(?:ownership|title deed)\b/, words: "sang ten so do dat dai", group: "land" },
  { pattern: /\babsen(?:ce|t)\b|\b(?:away|abroad)\b[^.?!]{0,40}\b(?:report|declare|register|notify)\w*|\b(?:report|declare|register|notify)\w*\b[^.?!]{0,40}\b(?:away|abroad)\b/, words: "khai bao tam vang" },
  { pattern: /\bvssid\b/, words: "ung dung vssid tra cuu bhxh bhyt" },
  // an application past its date: what to do (before its status)
  { pattern: /\boverdue\b|\b(?:late|delayed)\b[^.?!]{0,20}\b(?:application|result|dossier)s?\b|\b(?:application|result|dossier)s?\b[^.?!]{0,20}\b(?:late|delayed)\b|\bpast (?:the |its )?(?:due date|deadline)\b/, words: "ho so qua han tre hen", group: "application" },
  // an application already in: its status (before "submit… application", which asks how to apply)
  { pattern: /\b(?:status|progress) of\b[^.?!]{0,20}\b(?:application|dossier|paperwork|file)s?\b|\b(?:application|dossier)s?\b[^.?!]{0,10}\b(?:status|progress)\b|\b(?:track|follow up on)\b[^.?!]{0,15}\b(?:application|dossier)s?\b/, words: "tra cuu tinh trang ho so da nop", group: "application" },
  // logging in somewhere with VNeID is the portal's login, not getting a VNeID account
  // someone telling residents to "update" their address or residence on VNeID through a link, an app or for a fee: the scam
  { pattern: /\bupdat\w*\b[^.?!]{0,50}\b(?:vneid|address|residence|personal) ?(?:info\w*|data|details|records?)?\b[^.?!]{0,60}\b(?:link|app|fee|call\w*|install\w*)\b|\b(?:call\w*|link|app|fee)\b[^.?!]{0,60}\bupdat\w*\b[^.?!]{0,30}\bvneid\b/, words: "cap nhat thong tin cu tru vneid dia gioi moi cai ung dung lua dao", group: "vneid", claims: ["scam"] },
  { pattern: /\b(?:log(?:ging)? ?(?:in|on)|sign(?:ing)? ?(?:in|on)|login)\b[^.?!]*\b(?:portal|dichvucong|public service)|\b(?:portal|dichvucong|public services?)\b[^.?!]*\b(?:log(?:ging)? ?(?:in|on)|sign(?:ing)? ?(?:in|on)|login)\b/, words: "dang nhap cong dich vu cong bang tai khoan vneid", group: "vneid" },
  { pattern: /\bvneid\b[^.?!]*\b(?:password|locked|blocked|new phone|phone number)\b|\b(?:password|locked|blocked)\b[^.?!]*\bvneid\b/, words: "su co vneid quen mat khau tai khoan bi khoa", group: "vneid" },
  { pattern: /\bvneid\b|\belectronic id\w*/, words: "tai khoan dinh danh dien tu vneid muc 2", group: "vneid" },
  ...notAtTheWard,
  { pattern: /\b(?:renew|get|apply for|make|issue|extend)\w*\s+(?:(?:a|an|my|our|his|her|the|new|vietnamese|[a-z]+'s)\s+){0,3}passports?\b/, words: "lam ho chieu" },
  ...passportExpired,
  // someone to help submit (not knowing the portal, a help desk): the help entry, before how to apply
  { pattern: /\bhelp ?desk\b|\b(?:help|assist)\w*\b[^.?!]{0,30}\b(?:submit\w*|fill\w* (?:in|out)|apply\w*|my (?:papers|application|forms?))\b|\bdon'?t know how to use\b[^.?!]{0,30}\b(?:portal|app|phone|computer)/, words: "ho tro nop ho so khong biet dung dien thoai mot cua huong dan", group: "application" },
  { pattern: /\bsubmit\w*\b[^.?!]{0,25}\bapplication|\bapply online\b|\bonline application/, words: "cac buoc nop ho so truc tuyen", group: "application" },
  { pattern: /\bcriminal record\b|\bjudicial record\b|\bpolice (?:check|clearance)/, words: "ly lich tu phap" },
  // money already sent: the steps for a victim; "is this a scam?": checking a message (no English summary)
  // ("real"/"safe" only of a link, message, number, account…: "tell me if the real address changed" asks the address)
  // a child "kidnapped" online or held by fake police, the parents asked for ransom: online kidnapping
  { pattern: /\bkidnap\w*|\bransom\b|\b(?:son|daughter|child|kid)\b[^.?!]{0,60}\b(?:hotel|held|detained|arrested)\b[^.?!]{0,60}\b(?:money|transfer|pay)\b/, words: "bat coc online gia cong an doa con doi chuyen tien", group: "scam" },
  { pattern: /\b(?:accident|hospital|surgery|emergency room)\b[^.?!]*\b(?:money|transfer|pay)|\b(?:money|transfer|pay)\b[^.?!]*\b(?:accident|hospital|surgery)\b/, words: "nguoi la bao nguoi than bi tai nan cap cuu can chuyen tien gap", group: "scam" },
  // someone offering to get lost money back (for a fee): the second scam, before the victim's steps
  { pattern: /^(?=[^]*\b(?:fees?|offer\w*|services?|compan(?:y|ies)|agency|hackers?|promis\w*|claims?|says? (?:he|she|they) can)\b)[^]*?(?:\b(?:recover\w*|get (?:back )?(?:my |the |your )?(?:money|funds) back|get back (?:my |the |your )?(?:money|funds)|retriev\w*)\b[^.?!]{0,60}\b(?:scam\w*|fee|lost|stolen)|\b(?:scam\w*|lost|stolen)\b[^.?!]{0,60}\b(?:recover\w*|get (?:it|them|the money) back)\b)/, words: "dich vu lay lai tien bi lua coi chung lua lan hai", group: "scam" },
  // a link to install an app (VNeID, tax, electricity…) sent by a stranger: the fake app
  { pattern: /\blink\b[^.?!]{0,40}\b(?:install|download)\w*\b[^.?!]{0,30}\bapp\b|\b(?:install|download)\w*\b[^.?!]{0,40}\bapp\b[^.?!]{0,30}\b(?:from|via|through|with) (?:a |the |this |that )?link\b|\bapk\b/, words: "link cai ung dung vneid dich vu cong thue gia mao", group: "scam" },
  { pattern: /\b(?:sent|transferred|paid|lost)\b[^.?!]{0,40}\b(?:million|dong|vnd|money|usd)\b/, words: "da lo chuyen tien cho ke lua dao phai lam gi ngay", group: "scam" },
  // a caller who says he is a police officer (or from a court) and wants money or an app: police impersonation
  { pattern: /\b(?:claim\w*|pretend\w*|posing|pos(?:es|ed) as|impersonat\w*|introduc\w* (?:himself|herself|themselves)|(?:sa(?:y|id|ys|ying)|told (?:me|us)(?: that)?) (?:he|she|they)(?:['’](?:s|re)\b| (?:is|are|was|were|works?)))\b[^.?!]{0,30}\b(?:police\w*|officers?|public security|court|prosecutor\w*)\b|\bpolice\w*\b[^.?!]{0,60}\b(?:transfer|send money|investigation)\b/, words: "gia danh cong an goi dien yeu cau chuyen tien dieu tra", group: "scam" },
  // someone asks for the code a bank sent: the OTP entry
  // (session 22: in a learner's English without the article, "ask code in SMS", the code said to come from a text or the bank)
  // ("security code" only of one a bank, SMS or phone sent: a card's or an ID card's is no OTP)
  { pattern: /\botp\b|\bverification code\b|\b(?:share|give|send|tell|read|wants?|ask\w*)\b[^.?!]{0,25}\b(?:the|a|my|this|that) code\b|\b(?:ask\w*|wants?|give|tell|read)\b[^.?!]{0,15}(?<!\b(?:qr|zip|postal|post|promo|discount|area|country|bar|dress|source|voucher|referral|tax) )\bcode (?:in|from|of)\b[^.?!]{0,15}\b(?:sms|texts?|messages?|bank|phone)\b|\bsms code\b|\bcode (?:that was |they |he |she |i was )?(?:texted|sent) to (?:me|my phone)\b|\bone[- ]time (?:password|code|pin)\b|\bsecurity code\b[^.?!]{0,40}\b(?:bank|sms|texted|sent|phone)\b|\b(?:bank|sms|texted|sent)\b[^.?!]{0,40}\bsecurity code\b/, words: "ma otp ngan hang mat khau", group: "scam" },
  // a bank-named text after the phone lost its signal: a fake base station
  { pattern: /\b(?:fake|false|rogue) (?:base stations?|bts|cell (?:towers?|sites?)|mobile (?:towers?|stations?))\b|\bbts\b|\b(?:lost|lose|loses|losing|no|dropped) (?:(?:its|my|the|all) )?(?:signal|4g|5g|coverage)\b[^.?!]{0,80}\b(?:sms|texts?|messages?)\b/, words: "tram bts gia tin nhan mang ten ngan hang mat song", group: "scam" },
  { pattern: /\btraffic (?:fines?|tickets?|violations?|penalt(?:y|ies))\b|\bspeeding (?:fines?|tickets?)\b/, words: "tin nhan bao phat nguoi giao thong doi nop phat qua link", group: "scam" },
  { pattern: /\bsim\b[^.?!]{0,30}\b(?:lock|block|cut|suspend|deactivat)\w*/, words: "cuoc goi bao sim sap bi khoa chuan hoa thue bao", group: "scam" },
  { pattern: /\b(?:won|win|winning)\b[^.?!]{0,20}\b(?:a |the )?(?:prize|gift|lottery|reward|car|phone)\b|\bprize\b|\b(?:won|winner)\b[^.?!]{0,40}\b(?:usd|vnd|dollars?|million|lottery|lucky draw)\b|\blottery\b|\blucky draw\b/, words: "tin bao trung thuong nop phi nhan qua", group: "scam" },
  // (session 22: "will be cut tonight unless we pay an overdue bill": a bare "cut" only with a payment asked; "power cut in
  // our alley" is an outage)
  { pattern: /\b(?:electricity|water|power)\b[^.?!]{0,40}\b(?:owe|debt|cut off|disconnect|overdue|unpaid)\w*|\b(?:electricity|water|power)\b[^.?!]{0,40}\bcut\b(?=[^]*\b(?:pay\w*|bills?|link|owe\w*|debt)\b)|\b(?:owe|debt|cut off|disconnect|overdue|unpaid)\w*\b[^.?!]{0,40}\b(?:electricity|water|power)\b/, words: "bao no tien dien nuoc doa cat dien", group: "scam" },
  { pattern: /\b(?:delivery|shipper|courier|parcel|package)\b[^.?!]{0,60}\b(?:pay|transfer|refund|link|qr|code)\w*|\b(?:pay|transfer|refund)\w*\b[^.?!]{0,40}\b(?:delivery|shipper|courier|parcel|package)\b/, words: "shipper buu kien doi chuyen khoan truoc don hang khong dat", group: "scam" },
  { pattern: /\b(?:borrow|lend|loan)\w*\b[^.?!]{0,40}\b(?:money|cash)?\b[^.?!]{0,40}\b(?:zalo|facebook|messenger|friend|relative|cousin|acquaintance)|\b(?:zalo|facebook|messenger|friend|relative|cousin|acquaintance)\w*\b[^.?!]{0,60}\bborrow\w*/, words: "zalo facebook nguoi quen nhan muon tien", group: "scam" },
  // (session 22: not a foreign-invested company or an investment licence: registering a business, no scam)
  { pattern: /(?<!\bforeign[- ])\binvest(?!ment (?:licen[cs]e|certificate|registration|law)s?\b|ed (?:company|enterprise|firm|business)\b)\w*\b|\bcrypto\w*|\bforex\b|\bstocks?\b[^.?!]{0,30}\b(?:profit|return)/, words: "moi dau tu tien ao lai cao", group: "scam" },
  // a job that pays for easy tasks and wants a deposit: the "easy work, high pay" scam, before "is this a scam"
  { pattern: /\bjob offers?\b|\b(?:easy|online|part[- ]time|remote|home[- ]based) (?:jobs?|work)\b|\bwork(?:ing)? from home\b|\bearn\w*\b[^.?!]{0,40}\b(?:a|per|each) day\b|\b(?:rating|reviewing|liking) (?:hotels?|products?|videos?|posts?)\b|\bcommissions?\b[^.?!]{0,40}\btasks?\b/, words: "viec lam online viec nhe luong cao lam nhiem vu nap tien", group: "scam" },
  ...checkAgainstScams,
  { pattern: /\bis (?:this|it|that) (?:a )?(?:scam|real|legit|fake|genuine)\b|\b(?:check|verify|tell|know)\b[^.?!]{0,40}\b(?:scam(?:mers?)?|fake|legit|genuine)\b|\b(?:check|verify|tell|know)\b[^.?!]{0,40}\b(?:links?|messages?|texts?|sms|websites?|accounts?|numbers?|apps?|calls?)\b[^.?!]{0,30}\b(?:real|safe)\b/, words: "cach kiem tra link so dien thoai so tai khoan co phai lua dao", group: "scam" },
  { pattern: /\bscam\w*|\bfraud\w*|\bphishing\b/, words: "lua dao", group: "scam" },
  // "is that true?" of something a landlord or a neighbour said asks that thing; alone, it is a check of a message
  { pattern: /\bis (?:this|it|that) true\b/, words: "cach kiem tra link so dien thoai so tai khoan co phai lua dao", group: "scam", descriptor: true },
  // a report already sent and still unanswered: following it up, before "report" as a new one
  { pattern: /\b(?:reported|sent (?:a |my |the )?(?:report|complaint|feedback))\b[^]*\b(?:no(?:body| one) (?:has )?(?:replied|answered|responded|came)|no (?:reply|response|answer)|not (?:been )?(?:fixed|replied|answered)|status|follow)/, words: "theo doi phan anh da gui", group: "report" },
  ...reportPretendingMessage,
  // reporting a scam message, number or call (where to report it): the reporting entry, not a report to the ward
  // (the noun needs a scam word before it, or a pointer back to the one just discussed — "this kind of message":
  // "report a broken street light, pole number 12" or "report a change of my house number" is an ordinary report
  // to the ward or a procedure)
  // (session 22: not "check whether a number has been reported as a scam": checking it, before any report of one's own)
  { pattern: /^(?![^]*\b(?:check|verify|see|find out|look up|know)\b[^.?!]{0,20}\b(?:whether|if)\b[^.?!]{0,80}\b(?:been|is|was|are|were) (?:already )?reported\b)[^]*\breport\w*\b[^.?!]{0,30}\b(?:(?:(?:scam|spam|fraud|suspicious|fake|unknown)\w*(?: text)?|(?:this|that|these|those|such)(?: (?:kind|type|sort)s? of)?) (?:messages?|texts?|sms|numbers?|calls?)\b|scam\w*|spam\b)/, words: "bao cao to giac lua dao tin nhan rac", group: "report" },
  // (not of an application, nor of chatting with staff: "when do they answer" there is the staff entry's)
  { pattern: /^(?![^]*\b(?:application|dossier|file|paperwork|certificate|chat|staff|officers?|someone|somebody|anyone|human|person|bot)s?\b)[^]*\b(?:how long|when)\b[^.?!]{0,30}\b(?:respond|reply|answer|get back|hear back|fix)\w*/, words: "theo doi phan anh da gui", group: "report" },
  { pattern: /\bcomplain\w*|\breport (?:a )?problem|\b(?:issues?|problems?|things?)\b[^.?!]{0,20}\breport\b|\bfeedback\b|\breport (?:it |this |that |them )?to the ward\b|\bstreet ?lights?\b|\bpot ?holes?\b|\b(?:garbage|rubbish|litter)\b|\bnois(?:e|y) (?:neighbou?rs?|at night|from)\b|\bflooded (?:street|alley|road)\b/, words: "gui phan anh kien nghi voi phuong", group: "report" },
  ...nuisance,
  ...dumpedWaste,
  // the app itself, unless the message is about a report (sent through it)
  { pattern: /\bihanoi\b/, words: "ung dung ihanoi cong dan thu do so cai dat va su dung", group: "report" },
  // paying the ward (at its office, a fee, a procedure) by any means: paying fees, before the cashless safety tips
  { pattern: /\bpay(?:ing|ment)?s?\b[^.?!]{0,40}\b(?:(?:at|to) the (?:ward|office|one-stop)|ward office|fees?|procedures?|applications?|dossiers?|public service portal)\b|\bfees?\b[^.?!]{0,40}\b(?:qr|bank transfer|card|e-?wallets?|momo)\b/, words: "thanh toan phi le phi truc tuyen khi lam thu tuc", group: "pay" },
  // paying by QR code, bank app or e-wallet (cashless payment), not a fee paid to the ward
  { pattern: /\bqr(?: code)?s?\b|\bcashless\b|\be-?wallets?\b|\bmobile (?:banking|payment)\b|\bbanking app\b|\bpay(?:ing|ment)?s?\b[^.?!]{0,20}\b(?:by|with) (?:card|phone|transfer|bank transfer)\b/, words: "thanh toan khong tien mat quet ma qr an toan", group: "pay" },
  // "what time does it open", "when does the office close", "open until": in a ward's chat, "it" is the ward office
  // ("open at"/"open until" need a time or the office named: "my app won't open at all" is no question of hours)
  { pattern: /\bopening hours?|\bworking hours?|\boffice hours?|\bwhen (?:is|are) (?:the )?(?:ward|office)\b.*\bopen|\bopen on\b|\b(?:open|work(?:s|ing)?|closed)\b[^.?!]{0,30}\b(?:saturday|sunday|weekend)s?\b|\b(?:saturday|sunday|weekend)s?\b[^.?!]{0,20}\b(?:open|closed)\b|\b(?:what time|when) (?:does|do|will) (?:it|they|the (?:ward|office|one-stop(?: office)?))\s+(?:open|close)\b|\b(?:opens?|closes?|open) (?:at|until) (?:\d|noon|midnight|what time|when)|\b(?:office|ward|committee)\s+(?:(?:is|will|does|still)\s+)?(?:opens?|closes?|open) (?:at|until)\b|\b(?:opening|closing) time\b|\bwhat time (?:is|are) (?:the )?(?:ward|office|one-stop|people'?s committee)\w*\b[^.?!]{0,20}\b(?:open|closed?)\b/, words: "gio lam viec dia chi phuong" },
  { pattern: /(?<!\b(?:on|from|in|with|to|via) (?:my|the|his|her|a|your) )(?<!\bmy )\bphone\b|\bhotline\b|\bcontact\b|\bcall the ward\b|\bemail\b/, words: "so dien thoai duong day nong lien he phuong" },
  // talking to a person at the ward (asked how or when: the entry; asked for: a handoff, english-turn.ts)
  { pattern: /\b(?:talk|speak|chat)\w*\b[^.?!]{0,15}\b(?:to|with)\b[^.?!]{0,15}\b(?:officers?|staff|officials?|(?:a |real )?(?:person|human)|someone|somebody|(?:staff|team) members?)\b/, words: "gap can bo phuong nhan tin", group: "staff" },
  // questions about this chat itself: who answers it, a bot or a person, how soon someone replies
  { pattern: /\b(?:real|actual|human)\s+(?:person|people|officers?|officials?|staff|humans?|beings?)\b[^.?!]{0,30}\b(?:answer|repl|respond|read|behind|on)\w*|\b(?:answered|read|run|replied to)\s+by\s+(?:a\s+)?(?:real|human|actual|an? (?:officer|person|bot|robot))|\bis (?:this|it|that|this chat|this account) (?:a |an )?(?:bot|robot|machine|automated|ai|chatbot)\b|\b(?:am i|are you) (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:bot|robot|machine|human|person|real)|\bhow (?:long|soon)\b[^.?!]{0,30}\b(?:someone|somebody|anyone|staff|officers?|a person|a human)\b[^.?!]{0,15}\b(?:repl|respond|answer|get back|writ)\w*|\bwho (?:reads|answers|replies to|is behind) (?:this|these|my)\b/, words: "gap can bo phuong nhan tin", group: "staff" },
  ...anyoneReadsChat,
  // the leaders' reception of residents (complaints to the chairman): the reception schedule
  // (session 22: "when does the ward chairman receive citizens": the reception, even with a complaint said after it)
  { pattern: /\bcitizen(?:s'?)? reception\b|\b(?:chair(?:man|woman|person)?|leaders?|head of the ward)\b[^.?!]{0,20}\breceiv\w* (?:the )?(?:citizens|residents|people|public)\b|\breception (?:days?|schedule|hours)\b|\bmeet (?:with )?(?:the )?(?:ward'?s? )?(?:chair(?:man|woman|person)?|leaders?|head of the ward)\b|\b(?:chair(?:man|woman|person)|leaders?) of the ward\b/, words: "lich tiep cong dan chu tich phuong" },
  { pattern: /\baddress\b|\bwhere is the (?:ward|office|people'?s committee|one-stop)|\bpeople'?s committee\b|\bwhich (?:building|floor)\b[^.?!]{0,40}\b(?:ward|office|one-stop|counter|desk)\b|\b(?:ward|office|one-stop|counter|desk)\b[^.?!]{0,40}\bwhich (?:building|floor)\b/, words: "dia chi uy ban nhan dan phuong" },
  { pattern: /\bward office\b/, words: "dia chi uy ban nhan dan phuong", descriptor: true },
];

const sameDayPattern = () => /\b(?:the )?same[- ]day\b|\bon the spot\b|\bwhile i wait\b|\bright away\b|\bhow (?:quickly|fast)\b/;

/** English words for the part asked (a fee, a time, a place…): they name no topic of their own. */
const facetGlossary: Array<[RegExp, string]> = [
  [/\bonline\b|\bpublic service portal\b|\bon (?:the|my) phone\b|\bvia (?:the )?app\b/, "dich vu cong truc tuyen"],
  [/\bfees?\b|\bcosts?\b|\bhow much\b|\bprice\b|\bpay\b/, "le phi"],
  [/\bhow long\b|\bprocessing time\b|\bhow many days\b|\bhow soon\b|\bdeadline\b|\bwithin\b|\btime limit\b|\bby when\b|\bhow many hours\b/, "bao lau"],
  [sameDayPattern(), "bao lau"],
  // "Do I need my passport translated?": a paper and what must be done to it, asked of the procedure at hand
  [/\bdocuments?\b|\bpapers?\b|\bwhat (?:do i|should i) bring\b|\btranslat(?:e|ed|ion)s?\b|\bbring\b|\boriginals?\b/, "giay to can mang"],
  [/\bwhere\b/, "o dau"],
  // "Who signs it?", "Which office issues it?": who decides, asked of the procedure at hand (answered from its English summary)
  [/\bwho (?:signs?|issues?|decides?|approves?|handles?|certifies|grants?|is in charge)\b|\bwhich (?:office|authority|agency|department)\b/, "co quan giai quyet"],
  // "What's the minimum area?", "Are there any conditions?": who or what qualifies, asked of the procedure at hand
  [/\bminimum\b|\bconditions?\b|\brequirements?\b|\beligib\w*|\bwho can\b|\bqualif(?:y|ies|ied)\b/, "dieu kien"],
  // a tax is asked of the subject at hand ("and what are the fees and taxes?" of a land transfer)
  [/\btax(?:es)?\b/, "thue"],
  [/\bwhat (?:is|does|do|are)\b[^.?!]{0,40}\bmean\w*|\bmeaning of\b/, "la gi"],
  [/\bwhich procedures\b|\blist of (?:the )?procedures\b|\bwhat procedures\b/, "danh muc thu tuc"],
];

/** The English message as the folded Vietnamese words the index knows ("" when nothing maps). */
/**
 * A place named only to say where something else is ("a vegetarian restaurant near the ward
 * office", "a school next to the ward"): it is not what is asked, so it maps to nothing.
 */
const locatedBy = /\b(?:near(?:by)?|next to|close to|around|opposite|behind|across from)\s+(?:the\s+|my\s+|our\s+|this\s+)?(?:ward(?:'s)?\s+)?(?:office|ward|people'?s committee)\b/g;

/** The kind of a visa ("a spouse visa", "my student visa") names no procedure of the ward: a visa is the immigration office's. */
const kindOfVisa = /\s(?:spouse|marriage|family|student|work|working|business|tourist|dependent|visitor|investor|e-?)\s*visas?\b/g;

export function englishToVietnamese(text: string): string {
  const lower = ` ${text.toLowerCase().replace(locatedBy, " ").replace(kindOfVisa, " visa")} `;
  const topics: string[] = [];
  const descriptors: string[] = [];
  const groups = new Set<string>();
  for (const { pattern, words, descriptor, group, needs, claims } of glossary) {
    // a fee asked by a scam ("I won a prize, I must pay a fee first") is the scam's, not a fee paid to the ward
    if ((group && groups.has(group)) || (group === "pay" && groups.has("scam")) || !pattern.test(lower) || (needs && !needs.test(lower))) continue;
    if (group) groups.add(group);
    for (const other of claims ?? []) groups.add(other);
    (descriptor ? descriptors : topics).push(words);
  }
  const facets = facetGlossary.filter(([pattern]) => pattern.test(lower)).map(([, words]) => words);
  // "do i need dang ky tam tru": the procedure named in Vietnamese, when no English phrase names one (english-mixed-words.ts)
  if (!topics.length) topics.push(vietnameseRunsIn(lower, (w) => englishWords.has(w)));
  return [...(topics.filter(Boolean).length ? topics.filter(Boolean) : descriptors), ...facets].join(" ");
}

/** The words of the particular scam an English message tells of (the glossary's first scam reading), undefined for none or only "is this a scam?" (english-scam-related.ts). */
export function englishNamedScam(text: string): string | undefined {
  const lower = ` ${text.toLowerCase()} `;
  const reading = glossary.find((g) => g.group === "scam" && g.pattern.test(lower));
  return reading && !reading.descriptor && !/^(?:cach kiem tra link|lua dao$)/.test(reading.words) ? reading.words : undefined;
}

/** The message asks only a part of the previous topic ("What documents?", "Can I do it online?"), naming no topic. */
export function englishAsksPartOnly(text: string): boolean {
  const lower = ` ${text.toLowerCase()} `;
  return facetGlossary.some(([pattern]) => pattern.test(lower)) && !glossary.some(({ pattern }) => pattern.test(lower));
}

/** The message names a topic of its own (a glossary phrase that is no descriptor of who asks): english-case-follow-up.ts. */
export function englishNamesTopic(text: string): boolean {
  const lower = ` ${text.toLowerCase()} `;
  return glossary.some(({ pattern, descriptor, needs }) => !descriptor && pattern.test(lower) && (!needs || needs.test(lower)));
}

/** A part asked with only who asks named ("What documents does my landlord need to give me?", "as a foreigner, how much is it?"): a part of the previous topic. */
export function englishAsksPartAsWho(text: string): boolean {
  const lower = ` ${text.toLowerCase()} `;
  const named = glossary.filter(({ pattern }) => pattern.test(lower));
  return named.length > 0 && named.every((g) => g.descriptor) && facetGlossary.some(([pattern]) => pattern.test(lower));
}

/** "Can I use it to…", "Does it let me…": the thing just answered (an app, a procedure), whatever else is named. */
export function englishRefersBack(text: string): boolean {
  return /\b(?:use|using) (?:it|this app|that app|the app)\b|\b(?:can|could|does|will) it (?:let|allow|be used|also|help)\b/.test(text.toLowerCase()) || doneThatWay.test(text.toLowerCase());
}

/** "Can I talk to a real officer?", "I need to speak with staff about…": a person asked for, not how or when one answers here. */
export function englishAsksForPerson(text: string): boolean {
  const lower = ` ${text.toLowerCase()} `;
  return staffPattern.test(lower) && !channelQuestion.test(lower);
}

/** How or when staff answer in this chat ("Is there a way to chat with an officer on Zalo, at what hours?"): the staff entry answers. */
const channelQuestion = /\b(?:how|when|what (?:hours|time)|is there a way|who (?:reads|answers|replies)|after hours|at night|(?:on|via|through|in) (?:this )?(?:zalo|chat))\b/;
const staffPattern = glossary.find((g) => g.group === "staff")!.pattern;

/**
 * Words a follow-up about the previous procedure uses without naming a thing of its own; two longer
 * words beyond these ("an English-speaking dentist nearby") name another thing the glossary does
 * not know, which the previous entry does not answer.
 */
const followUpWords = new Set(
  ("documents document needed required require requirements conditions online myself yourself himself herself ourselves themselves " +
    "process processing application applications should please thanks anything something someone somebody people change changes another " +
    "before office number papers receive received certificate during weekend weekends saturday sunday tomorrow portal website really usually " +
    "always already exactly minimum translated translation within possible instead around without submit submitted result results expensive " +
    "deadline appointment advance through mobile longer itself included include family children foreigner foreign vietnamese english " +
    "procedure procedures anyone person whether different officer officers there's what's where's doesn't didn't wouldn't couldn't").split(" "),
);
export function englishNamesOtherThing(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z][a-z']*/g) ?? [];
  return words.filter((w) => w.length >= 6 && !englishWords.has(w) && !followUpWords.has(w)).length >= 2;
}

/** "Can I get it the same day?", "while I wait", "right away": how soon the result comes is the processing time. */
const sameDay = /\b(?:the )?same[- ]day\b|\bon the spot\b|\bwhile i wait\b|\bright away\b|\bhow (?:quickly|fast)\b|\bwhen (?:can|will|do) (?:i|we) (?:get|receive|collect|pick up) (?:it|the (?:result|certificate|copy|copies))\b/;

/** The fee or the time, when that is the part an English message asks ("how much does it cost?", "how long does it take?"). */
export function englishAskedFacet(text: string): "fee" | "time" | "documents" | undefined {
  const lower = ` ${text.toLowerCase()} `;
  // "Can I pay online?" asks the online part, not the fee
  if (/\bonline\b|\bon (?:the|my) phone\b|\bvia (?:the )?app\b/.test(lower)) return undefined;
  if (/\bfees?\b|\bcosts?\b|\bhow much\b|\bprice\b|\bcharges?\b/.test(lower)) return "fee";
  if (/\bhow long\b|\bprocessing time\b|\bhow many (?:working )?days\b|\bhow soon\b|\bdeadlines?\b|\btime limit\b|\bby when\b|\bhow many hours\b/.test(lower) || sameDay.test(lower)) return "time";
  if (englishAsksDocuments(lower)) return "documents";
  return undefined;
}

import type { KnowledgeBase } from "../knowledge/knowledge-schema";
import { gatherSampleMarkers } from "../knowledge/sample-markers";
import type { Ward } from "../wards/ward-profile";
import { describeNextStaffTime } from "../wards/working-hours";
import type { ConversationMemory, HandoffResult, OfferedChoice, ScamNoSignsResult, ScamReply, ScamWarningResult, ScoredEntry } from "./ask-result";
import { staffChoice } from "./compose-answer";
import { tellsOfDanger, tellsOfSuicide } from "./emergency-cues";
import { replyFields } from "./reply-text";
import { checkScam } from "./scam/check";
import { homeCollectionWarning, tellsOfHomeCollection } from "./scam/home-collection";
import { scamReply } from "./scam/reply";
import { englishScamReply } from "./scam/reply-english";
import { keepWarnedScam } from "./english-scam-related";
import { signalGroupWarning, tellsOfSignalGroup } from "./scam/signal-group";
import { isAccountTakenOnly } from "./scam/victim";
import { wardContactNumbers } from "./scam/ward-numbers";
import { foldDiacritics, normalizeText } from "./vietnamese-text";
import { extended } from "../lib/extended";
import { ledByConversationScam, withActAfterScam } from "./act-after-scam";
import { tellsPartlyBurnt } from "./partly-burnt-paper";

/*
 * The checks every message goes through, whoever handles the conversation (the bot, a person
 * after a handoff, an admin typing in Zalo's own tool): a forwarded scam gets its warning, an
 * emergency gets the emergency numbers, at any hour. This is the one place the assistant calls
 * the scam check from.
 */

/** Someone is in danger now: fire, an accident, violence, a medical emergency (folded text). */
const emergencyPattern =
  /\b(chay nha|nha (toi |minh )?(dang )?bi chay|dang chay lon|dang bi chay|hoa hoan|cap cuu|dot quy|ngat xiu|bat tinh|bi ngat|tai nan (nang|giao thong) (o|tai|truoc|ngay)|dang chay mau|chay nhieu mau|danh nhau|dang bi danh|bi danh dap|an cuop|bi cuop|cuop giat|trom dang|ke trom dang|dien giat|bi dien giat|ro ri gas|ro khi gas|chay gas|duoi nuoc|muon chet|sap chet|khong tho duoc|kho tho qua|dau nguc du doi|sap nha|nha sap)\b/;
/**
 * …unless the message asks about paperwork around such an event ("tai nạn thì làm giấy tờ gì", "nhà cháy mất sổ đỏ, xin cấp lại"),
 * or reports someone else's claim of one to get money (the "relative in hospital" scam).
 */
const paperworkPattern = /\b(giay to|thu tuc|ho so|bao hiem|boi thuong|xac nhan|dang ky|lam giay|chung nhan|tro cap|ho tro)\b/;
/** "cấp lại"/"làm lại" is paperwork after a past fire, not when the fire is burning now ("đang bị cháy…, làm lại thế nào") */
const reissuePattern = /\b(cap lai|lam lai)\b/;
/**
 * A fire burning now, or a person still in it: smoke, flames not out, someone trapped, a call for help or for the fire
 * brigade, "cháy nhà rồi!", an exclamation about the fire. When in doubt the emergency reply wins.
 */
const presentFirePattern =
  /\b(dang (bi |boc )?chay|lua (dang|van|chua|bung|lan|boc)|van dang|chay lon|chay to|boc chay|chua tat|chua dap|ket (trong|lai|o)|mac ket|(?<!tra |nghien |cap )cuu(?! (tro|te|doi|chien binh|giao|can bo|quan nhan|sinh vien|hoc sinh))|cuu hoa|114|khoi (mu|day|den|bay|boc|nhieu|lua|ngat)|nhieu khoi|ngat khoi|chua ra (khoi|duoc)|chay nha roi|nhanh len|giup voi)\b|chay[^.?,;]*!|!.*chay/;
/**
 * A burnt paper is the paper's question only when the fire is told as past ("vụ cháy/hỏa hoạn tháng trước", "năm ngoái",
 * "trước đây", "sau vụ cháy") or the paper is asked for again; otherwise "căn cước cháy hết rồi" may be a fire now.
 */
const pastFirePattern =
  /\b(vu (chay|hoa hoan)|dam chay|tran chay|sau (vu|dam|tran) chay|hoa hoan (hom|thang|nam|tuan|dot)|thang truoc|hom truoc|hom qua|tuan truoc|nam ngoai|nam truoc|nam roi|da lau|lau roi|hoi (nam|thang|truoc|do|xua|ay)|truoc day|nam (19|20)\d\d)\b/;
/**
 * A paper the fire destroyed ("sổ đỏ bị cháy mất trong vụ cháy nhà", "căn cước cháy hết rồi"): the damage is told
 * afterwards, to get the paper again, though no "cấp lại" is said; a fire burning now still wins (presentFirePattern).
 */
const burntPaperPattern =
  /\b(so do|so hong|so nha|so ho khau|can cuoc|cccd|cmnd|chung minh thu|ho chieu|bang lai|giay phep lai xe|giay khai sinh|giay ket hon|bang tot nghiep|the bhyt|the bao hiem)\b.*\b(bi chay|chay mat|chay het|chay rui|chay sach|chay thanh tro)\b|\b(chay mat|chay het|chay rui|chay sach)\b.*\b(so do|so hong|so nha|so ho khau|can cuoc|cccd|cmnd|chung minh thu|ho chieu|bang lai|giay khai sinh|giay ket hon|bang tot nghiep|the bhyt)\b/;
/** "lừa" folds like "lửa" (fire): "lửa vẫn chưa tắt" is not a claim */
const claimedPattern = /\b(nguoi la|so la|goi bao|goi dien bao|nhan tin bao|bi goi|xung la|doi tien|chuyen tien|chuyen khoan|gui tien|lua(?! (van|dang|chua|bung|lan|boc|chay|to|lon))|gia danh|mao danh|co phai that)\b/;

export type SafetyContext = { kb: KnowledgeBase; ward: Ward; now: number; memory: ConversationMemory; related: (n: number) => ScoredEntry[] };

/**
 * The scam or emergency reply this message needs, or undefined. The scam module (server/
 * assistant/scam/) decides and words its replies — a warning, "no clear signs" for a forwarded
 * message, or a victim's immediate steps with a person at the ward; this turns them into a
 * turn's result, with the related entries as numbered choices.
 */
export function checkSafety(text: string, ctx: SafetyContext): ScamWarningResult | ScamNoSignsResult | HandoffResult | undefined {
  return checkSafetyDetailed(text, ctx).result;
}

/**
 * The same, saying also whether a "no clear signs" reply is about the resident's own words: no
 * quoted text and no link ("Kính gửi UBND phường, tôi xin hỏi…", "có người gọi bảo phải cập nhật
 * VNeID, có đúng không"). Such a message is a question first: the assistant answers it from the
 * knowledge base when it can, and says how to check a message only when it cannot.
 */
export function checkSafetyDetailed(
  text: string,
  ctx: SafetyContext,
): { result: ScamWarningResult | ScamNoSignsResult | HandoffResult | undefined; ownWords: boolean; score?: number } {
  // the ward's own published numbers are registered contacts for its residents
  const checked = checkScam(text, { wardNumbers: wardContactNumbers(ctx.ward.profile) });
  const verdict = withActAfterScam(checked, text, ctx.memory);
  const replyCtx = { kb: ctx.kb, ward: ctx.ward, now: ctx.now, related: ctx.related };
  const folded = foldDiacritics(normalizeText(text)).replace(/\s+/g, " ");
  // someone at the door collecting a "dân cư / VNeID / căn cước" fee: the warning, even as the resident's own question (a loss keeps the victim's steps)
  if (verdict.outcome !== "victim" && verdict.outcome !== "at_risk" && tellsOfHomeCollection(folded)) return { result: fromScamReply(homeCollectionWarning(verdict, replyCtx), ctx), ownWords: false };
  // an investment group with a "thầy" giving signals and a private app: the warning, described or forwarded
  if (verdict.outcome !== "victim" && verdict.outcome !== "at_risk" && !isProtective(folded) && tellsOfSignalGroup(folded)) return { result: fromScamReply(signalGroupWarning(verdict, replyCtx), ctx), ownWords: false };
  // a resident writing in English gets the same reply in English
  const reply = englishScamReply(text, verdict, replyCtx, ctx.memory) ?? scamReply(verdict, replyCtx);
  const scam = reply && verdict !== checked && verdict.outcome === "at_risk" ? ledByConversationScam(reply, ctx.memory, ctx.kb) : reply;
  // (an English warning about a named scam keeps its entry for "what should I do?": english-scam-related.ts)
  // (`score`: how strongly the check reads a scam, for a matter told in the resident's own words, matter-over-warning.ts)
  if (scam) return { result: keepWarnedScam(fromScamReply(scam, ctx), text, ctx.memory.lang === "en"), ownWords: !verdict.shape.quoted && verdict.domains.length === 0 && !(verdict.isScam && verdict.addressed), score: verdict.score };
  if ((emergencyPattern.test(folded) || tellsOfSuicide(text) || tellsOfDanger(text)) && !isPaperwork(folded) && !claimedPattern.test(folded)) return { result: emergency(ctx), ownWords: false };
  // "Zalo bị hack" with no money told: account security, not a scam loss; a person helps (no entry covers it)
  if (isAccountTakenOnly(text) && !ctx.kb.entries.some((e) => e.status === "published" && e.id === ACCOUNT_SECURITY_ENTRY)) return { result: accountTaken(ctx), ownWords: false };
  return { result: undefined, ownWords: true };
}

function isPaperwork(folded: string): boolean {
  // a fire burning now gets the emergency numbers first, whatever paper it also names
  if (/\b(chay|hoa hoan)\b/.test(folded) && presentFirePattern.test(folded)) return false;
  return paperworkPattern.test(folded) || reissuePattern.test(folded) || (burntPaperPattern.test(folded) && (pastFirePattern.test(folded) || tellsPartlyBurnt(folded)));
}

/** A warning about the scheme itself ("cảnh giác với nhóm…", "không bao giờ…"), not a case of it. */
function isProtective(folded: string): boolean {
  return /\b(canh giac|khong bao gio|tuyet doi khong|thu doan|canh bao)\b/.test(folded);
}

function fromScamReply(scam: ScamReply & { lang?: "en" }, ctx: SafetyContext): ScamWarningResult | ScamNoSignsResult {
  const victim = scam.scam.outcome === "victim";
  const lang: "vi" | "en" = scam.lang ?? "vi";
  // in English the entries' Vietnamese titles are no choice to read: a person only
  const offered: OfferedChoice[] =
    victim || lang === "en" ? [] : scam.entries.slice(0, 2).map((e, i) => ({ n: i + 1, label: e.title, action: { do: "show", entryId: e.id, shown: "summary" } }));
  if (!victim) offered.push(lang === "en" ? { ...staffChoice(), label: "Talk to ward staff" } : staffChoice());
  const common = extended(replyFields(gatherSampleMarkers(scam.reply, lang), scam.links, offered, lang), {
    entries: scam.entries,
    lang,
    scam: scam.scam,
    explanation: scam.explanation,
    memory: extended(ctx.memory, { entryId: undefined, shown: undefined, choices: offered, scamVictim: victim ? scam.entries[0]?.id : undefined, ...(lang === "en" ? { lang } : {}) }),
  });
  if (victim) return extended(common, { kind: "scam_warning" as const, handoff: { reason: "scam_victim" as const } });
  return scam.kind === "scam_warning" ? extended(common, { kind: "scam_warning" as const }) : extended(common, { kind: "scam_no_signs" as const });
}

/** the entry that would answer "my Zalo was hacked" if communicators write one; until then, a person */
const ACCOUNT_SECURITY_ENTRY = "ld-tai-khoan-bi-chiem";

function accountTaken(ctx: SafetyContext): HandoffResult {
  const body =
    `Dạ, trợ lý chưa có hướng dẫn lấy lại tài khoản Zalo, Facebook bị chiếm. Tôi đã chuyển tin nhắn tới cán bộ ${ctx.ward.name}; cán bộ sẽ liên hệ ông/bà trong cuộc trò chuyện này, ${nextStaffTime(ctx)}.\n` +
    "Trong lúc chờ: báo ngay cho người thân, bạn bè (gọi điện hoặc qua tài khoản khác) để họ không chuyển tiền theo tin nhắn từ tài khoản đó; nếu còn đăng nhập được thì đổi mật khẩu ngay.";
  return staffHandoff(ctx, body, "out_of_scope", "Tài khoản Zalo, Facebook bị chiếm, chưa nói mất tiền: không phải bị lừa mất tiền; chưa có mục hướng dẫn, chuyển cán bộ.");
}

function emergency(ctx: SafetyContext): HandoffResult {
  const body =
    "Nếu đang có việc khẩn cấp, ông/bà gọi ngay:\n113 (công an), 114 (cứu hỏa, cứu nạn), 115 (cấp cứu).\n" +
    `Tôi cũng đã chuyển tin nhắn tới cán bộ ${ctx.ward.name}; cán bộ sẽ liên hệ ông/bà trong cuộc trò chuyện này, ${nextStaffTime(ctx)}.`;
  return staffHandoff(ctx, body, "emergency", "Tin nhắn báo việc khẩn cấp: đưa số 113, 114, 115 và chuyển cán bộ.");
}

const nextStaffTime = (ctx: SafetyContext) => describeNextStaffTime(ctx.ward.profile.working_hours, ctx.now, ctx.ward.calendar);

/** A message passed to staff with a reply of its own: no entry, and the conversation's topic ends here. */
function staffHandoff(ctx: SafetyContext, body: string, reason: HandoffResult["handoff"]["reason"], explanation: string): HandoffResult {
  return {
    kind: "handoff",
    ...replyFields(body, [], []),
    entries: [],
    lang: "vi",
    handoff: { reason },
    explanation,
    memory: extended(ctx.memory, { entryId: undefined, shown: undefined, choices: [] }),
  };
}

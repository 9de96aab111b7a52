import type { KnowledgeBase } from "../knowledge/knowledge-schema";
import { fillPlaceholders } from "../knowledge/render-answer";
import { gatherSampleMarkers } from "../knowledge/sample-markers";
import type { Ward } from "../wards/ward-profile";
import { describeNextStaffTime } from "../wards/working-hours";
import type { ConversationMemory, HandoffResult, OfferedChoice, ScamWarningResult, ScoredEntry } from "./ask-result";
import { staffChoice } from "./compose-answer";
import { replyFields } from "./reply-text";
import { checkScam, signalExplanations, type ScamVerdict } from "./scam-detector";
import { foldDiacritics, normalizeText } from "./vietnamese-text";

/*
 * The checks every message goes through, whoever handles the conversation (the bot, a person
 * after a handoff, an admin typing in Zalo's own tool): a forwarded scam gets its warning, an
 * emergency gets the emergency numbers, at any hour. This is the one place that calls the
 * scam check.
 */

/** Someone is in danger now: fire, an accident, violence, a medical emergency (folded text). */
const emergencyPattern =
  /\b(chay nha|nha (toi |minh )?(dang )?bi chay|dang chay lon|dang bi chay|hoa hoan|cap cuu|dot quy|ngat xiu|bat tinh|bi ngat|tai nan (nang|giao thong) (o|tai|truoc|ngay)|dang chay mau|chay nhieu mau|danh nhau|dang bi danh|bi danh dap|an cuop|bi cuop|cuop giat|trom dang|ke trom dang|dien giat|bi dien giat|ro ri gas|ro khi gas|chay gas|duoi nuoc|tu tu|muon chet|sap chet|khong tho duoc|kho tho qua|dau nguc du doi|sap nha|nha sap)\b/;
/**
 * …unless the message asks about paperwork around such an event ("tai nạn thì làm giấy tờ gì"),
 * or reports someone else's claim of one to get money (the "relative in hospital" scam).
 */
const paperworkPattern = /\b(giay to|thu tuc|ho so|bao hiem|boi thuong|xac nhan|dang ky|lam giay|chung nhan|tro cap|ho tro)\b/;
const claimedPattern = /\b(nguoi la|so la|goi bao|goi dien bao|nhan tin bao|bi goi|xung la|doi tien|chuyen tien|chuyen khoan|gui tien|lua|gia danh|mao danh|co phai that)\b/;

export type SafetyContext = { kb: KnowledgeBase; ward: Ward; now: number; memory: ConversationMemory; related: (text: string) => ScoredEntry[] };

/** The scam or emergency reply this message needs, or undefined. */
export function checkSafety(text: string, ctx: SafetyContext): ScamWarningResult | HandoffResult | undefined {
  const verdict = checkScam(text);
  if (verdict.isScam) return scamWarning(verdict, ctx.related(text), ctx);
  const folded = foldDiacritics(normalizeText(text)).replace(/\s+/g, " ");
  if (emergencyPattern.test(folded) && !paperworkPattern.test(folded) && !claimedPattern.test(folded)) return emergency(ctx);
  return undefined;
}

function scamWarning(verdict: ScamVerdict, related: ScoredEntry[], ctx: SafetyContext): ScamWarningResult {
  const reasons = verdict.signals.map((s) => `- ${signalExplanations[s]}`).join("\n");
  const domains = verdict.domains.length ? `\nĐường link trong tin: ${verdict.domains.join(", ")} (không phải trang chính thức).` : "";
  const body = gatherSampleMarkers(
    "CẢNH BÁO: tin nhắn này có dấu hiệu LỪA ĐẢO.\n\n" +
      `Dấu hiệu:\n${reasons}${domains}\n\n` +
      "Ông/bà cần làm ngay:\n" +
      "1. Không bấm vào đường link, không cài ứng dụng, không gọi lại số lạ.\n" +
      "2. Không chuyển tiền, không đọc mã OTP, mật khẩu, số thẻ cho bất kỳ ai.\n" +
      "3. Nếu đã lỡ chuyển tiền hoặc cung cấp thông tin: gọi ngay ngân hàng để khóa tài khoản, rồi báo Công an phường hoặc gọi 113.\n\n" +
      fillPlaceholders("Báo cáo: Công an phường ({{ward.police}}); phản ánh tin nhắn, cuộc gọi lừa đảo tới đầu số 156 hoặc 5656.", ctx.kb, ctx.ward),
  );
  const entries = related.slice(0, 2);
  const offered: OfferedChoice[] = entries.map((e, i) => ({ n: i + 1, label: e.title, action: { do: "show", entryId: e.id, shown: "summary" } }));
  offered.push(staffChoice());
  return {
    kind: "scam_warning",
    ...replyFields(body, [], offered),
    entries,
    lang: "vi",
    scam: { signals: verdict.signals, domains: verdict.domains },
    explanation: `Tin nhắn có dấu hiệu lừa đảo (điểm ${verdict.score}): ${verdict.signals.join(", ")}.`,
    memory: { ...ctx.memory, entryId: undefined, shown: undefined, choices: offered },
  };
}

function emergency(ctx: SafetyContext): HandoffResult {
  const body =
    "Nếu đang có việc khẩn cấp, ông/bà gọi ngay:\n113 (công an), 114 (cứu hỏa, cứu nạn), 115 (cấp cứu).\n" +
    `Tôi cũng đã chuyển tin nhắn tới cán bộ ${ctx.ward.name}; cán bộ sẽ liên hệ ông/bà trong cuộc trò chuyện này, ${describeNextStaffTime(ctx.ward.profile.working_hours, ctx.now)}.`;
  return {
    kind: "handoff",
    ...replyFields(body, [], []),
    entries: [],
    lang: "vi",
    handoff: { reason: "emergency" },
    explanation: "Tin nhắn báo việc khẩn cấp: đưa số 113, 114, 115 và chuyển cán bộ.",
    memory: { ...ctx.memory, entryId: undefined, shown: undefined, choices: [] },
  };
}

import { PLACES } from "./other-place";
import { everydayWords } from "./place-lookalike";
import { foldedText } from "./text-analysis";

/*
 * "Tôi ở Đà Nẵng, muốn làm giấy xác nhận cư trú", "Nhà tôi ở quận 3 Sài Gòn, xin giấy xác nhận cư trú ở đâu?", "My
 * apartment in Ho Chi Minh City needs a temporary residence registration": the resident says at the start that they live
 * in another province or city, and nothing ties the matter to here (coming to Hà Nội, renting here, this ward). Their
 * procedure is done at their own ward there, whose office, police and hours this assistant does not know; an answer
 * with this ward's would send them to the wrong place (session 13, tuning10). The honest reply is the handoff. Not a
 * place named as where someone else is or goes ("anh ấy đang làm ở Sài Gòn", "tôi sắp vào Bình Dương làm", "quê Thanh
 * Hóa"): only the resident's own home, said first.
 */

const places = PLACES.join("|");
/** "tôi ở Đà Nẵng", "nhà em ở quận 3 Sài Gòn", "gia đình tôi đang sống tại TP HCM": the first clause, up to four words before the place */
const livesAt = new RegExp(
  String.raw`^(?:(?:chao|alo|da|ad|ad oi|cho (?:toi|em|minh|hoi) hoi|xin hoi)[ ,]+)?(?:toi|em|minh|chau|bac|nha (?:toi|em|minh|chau)|gia dinh (?:toi|em|minh)|chung (?:toi|em))(?: (?:dang|hien|hien dang|van|thi))? (?:o|song (?:o|tai)|sinh song (?:o|tai)|cu tru (?:o|tai)|thuong tru (?:o|tai))(?: (?!(?:ha noi|hn|day|phuong nay|phuong minh)\b)[a-z0-9]+){0,4}? (${places})\b`,
);
/** the same in English: "I live in Da Nang", "my apartment in Ho Chi Minh City District 7" */
const livesAtEn = new RegExp(String.raw`^(?:hi|hello)?[ ,]*(?:i (?:live|am living|m living|'m living|stay|am staying|m staying|'m staying)|we (?:live|are living|re living|'re living)|my (?:apartment|house|home|flat|family|place)(?: is)?)(?: [a-z]+){0,2}? in (?:the )?(?:[a-z]+ ){0,2}?(${places}|saigon|hcmc|danang|haiphong|hue city)\b`);
/** what ties the matter to here after all: coming to Hà Nội, renting or living here, this ward, a home town told as origin */
const tiedHere = /\b(?:ha noi|hn|hanoi|o day|phuong nay|phuong minh|xa nay|thue tro|o tro|ra (?:ha noi|hn|day)|len (?:ha noi|hn|day)|ve (?:ha noi|hn|day)|chuyen (?:den|ve|ra|len)|que|den (?:day|phuong)|sap (?:vao|ra|ve|len)|di (?:lam|hoc|cong tac|cho|chua)|here|this ward|move to|moving to|moved to|came to|coming to)\b/;

/** The other province or city where the resident says they live (this message's first clause), unless something ties the matter here. */
export function livesElsewhere(text: string): string | undefined {
  // (the message's folded words, read once per turn by the engine already)
  const folded = foldedText(text);
  const place = (livesAt.exec(folded) ?? livesAtEn.exec(folded))?.[1];
  // (not "hai phòng" typed with its accents: two rooms, place-lookalike.ts)
  if (!place || tiedHere.test(folded) || everydayWords(place, text)) return undefined;
  return place;
}

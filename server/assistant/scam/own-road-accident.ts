import type { Signals } from "./signals";

/*
 * The resident's own road accident (session 17, issue 10 §4): "tai nạn giao thông bị xe đâm bỏ chạy, muốn đòi bồi
 * thường", "em bị tai nạn khi đang giao hàng, bên kia bỏ chạy, giờ bồi thường sao". The accident read as the
 * "relative in hospital" script's emergency and "bồi thường" as a refund lure, so the resident was warned about a scam.
 * The script asks the reader for money (a transfer, an account, a number to call); a resident telling of a crash with
 * the other side fled, or of compensation wanted, asks for none. Such a message is the resident's own matter (no entry
 * covers traffic accidents: it is handed to staff as out of coverage), not a message received.
 */
const crash = /\b(tai nan|va cham|bi (\S+ ){0,2}(dam|tong|quet|huc)( phai| vao)?|xe (\S+ ){0,2}(dam|tong|hit) (vao |phai )?(toi|em|minh|tui|bo toi|me toi|con toi|ong toi|ba toi))\b/;
const aftermath = /\b(bo chay|chay mat|boi thuong|den bu|doi (tien )?(boi thuong|den bu)|giam dinh|bien ban|lap bien ban|thuong tat)\b/;

/** Whether the message (its signals) tells of the resident's own road accident and asks nothing of the reader (see above). */
export function ownRoadAccident(signals: Signals): boolean {
  if (signals.links.length || signals.phones.length || signals.accounts.length) return false;
  if (signals.set.has("money_request") || signals.set.has("money_to_person") || signals.set.has("otp_request")) return false;
  return crash.test(signals.folded) && aftermath.test(signals.folded);
}

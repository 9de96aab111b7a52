/*
 * Matters of the resident's home that no entry covers (session 13, out of coverage; read with uncovered-matters.ts, same
 * shape):
 * - a home bought by a foreigner or an overseas Vietnamese ("tôi là người nước ngoài, mua căn hộ có được đứng tên
 *   không", "Việt kiều mua nhà ở Hà Nội được không"): the land and construction offices' and the notaries'; the words
 *   "nhà", "đứng tên" made the permanent residence entry answer. Not a Vietnamese buying a home and registering there.
 * - relief after a fire, a storm or a flood ("nhà tôi bị cháy hết đồ đạc, phường có hỗ trợ gì không", "bão làm tốc mái
 *   nhà, có được hỗ trợ tiền không"): decided case by case by the ward, no entry says what; the look-alike was the land
 *   certificate reissued or help at home. Papers lost in the fire stay with their entries ("cháy mất sổ đỏ thì làm lại").
 */
import type { Matter } from "./uncovered-matters";

const foreignerHome = String.raw`\b(?:nguoi nuoc ngoai|viet kieu|ngoai kieu|nguoi ngoai quoc)(?: [a-z0-9]+){0,5} (?:mua|so huu|dung ten|thue mua) (?:[a-z]+ )?(?:nha|can ho|chung cu|dat|bat dong san)\b`;

const disaster = String.raw`(?:chay nha|nha (?:[a-z]+ ){0,2}bi chay|bi chay (?:nha|het)|hoa hoan|bao (?:lam|danh|thoi)|lu lut|ngap lut|lu quet|sat lo|sap nha|toc mai|thien tai)`;
const relief = String.raw`(?:ho tro|tro cap|giup do|cuu tro|cuu troi|tien ho tro)`;
const disasterRelief = String.raw`\b(?:${disaster}(?: [a-z0-9]+){0,8} ${relief}|${relief}(?: [a-z]+){0,5} (?:${disaster}|bi chay|bao lu|nan nhan))\b`;

export const moreHomeMatters: Matter[] = [
  { folded: new RegExp(foreignerHome), accented: /nước ngoài|kiều|ngoại quốc/ },
  {
    folded: new RegExp(disasterRelief),
    accented: /cháy|hỏa hoạn|bão|lũ|lụt|sạt lở|sập|tốc mái|thiên tai/,
    // papers lost in it are their entries' ("cháy mất sổ đỏ", "giấy tờ bị cháy hết thì làm lại")
    unless: /\b(?:so do|so hong|giay to|can cuoc|cccd|khai sinh|ho so|bang lai|giay chung nhan|lam lai|cap lai|hoc phi)\b/,
  },
];

/*
 * "nhưng tôi đi làm cả ngày không ra phường giờ hành chính được", "em bận đi làm, không đến phường được", "tôi không
 * có thời gian lên phường": after a procedure, the resident says they cannot come during office hours. That is a case
 * of the procedure at hand — its online part when it has one (filed from home, any hour), else its special cases —
 * not the general entry on filing online, which the words "không ra phường" alone pull up.
 * Only a message that says this and nothing else: any other word of a subject keeps the usual reading.
 * Folded text as typed (typedFolded).
 */
const opener = String.raw`^(?:(?:nhung|ma|the|vay|nhung ma|co dieu|kho cai la|a|oi)\s+){0,2}`;
const who = String.raw`(?:(?:toi|em|minh|tui|chau|con|vo chong toi|chong toi|vo toi|nha toi|ca nha)\s+)?`;
const busy = String.raw`(?:di lam (?:ca ngay|tu sang den toi|suot|ca tuan|hanh chinh|xa)|ban (?:di lam|lam|viec|qua|lam viec)|lam (?:ca ngay|ca|hanh chinh|gio hanh chinh)|khong (?:co )?(?:thoi gian|ranh)|ko (?:co )?(?:thoi gian|ranh)|khong xin nghi duoc|ko xin nghi duoc)`;
const cannotCome = String.raw`(?:(?:khong|ko|k|hong|chang)\s+(?:the\s+)?(?:ra|den|len|toi|qua|di)\s+(?:phuong|ubnd|uy ban|mot cua)(?:\s+(?:trong|vao|luc|duoc))*(?:\s+gio (?:hanh chinh|lam viec))?(?:\s+(?:duoc|dc))?)`;
const hours = String.raw`(?:gio hanh chinh|gio lam viec|ban ngay)`;
const pattern = new RegExp(
  `${opener}${who}(?:${busy}(?:\\s+(?:de\\s+)?(?:ra|den|len|toi|qua|di)\\s+(?:phuong|ubnd|uy ban))?(?:\\s*,?\\s*(?:nen\\s+)?${cannotCome})?|${cannotCome})(?:\\s+(?:${hours}|duoc|dc|nua|luon|thi sao|thi lam sao|thi the nao|phai lam sao|a|ad|vay|ha))*\\s*[?.!]*$`,
);

/** "nhưng tôi đi làm cả ngày, không ra phường được": the resident cannot come in office hours (folded text as typed). */
export function cannotComeInHours(plain: string): boolean {
  const t = plain.replace(/,/g, " ").replace(/\s+/g, " ").trim();
  return t.length <= 120 && pattern.test(t);
}

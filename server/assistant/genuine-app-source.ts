/*
 * Where to get the genuine app ("tải vneid ở đâu", "tai vneid chinh chu o dau", "cài app thuế từ đâu mới là bản thật"):
 * the answer is the fake-app entry's own advice (only from CH Play or App Store), but that entry is a scam entry and the
 * message names no scam, so the guard that hands off a scam entry for a message saying nothing of a scam
 * (assistant.ts talksOfScam) handed it off. A download or install verb before an app, with a place or genuineness
 * asked, is talk of the fake it avoids. Unaccented "tai" is otherwise read as "tại" (at): here it is followed by an
 * app, which "tại" never is. Folded text.
 */
const verb = String.raw`(?:tai|tai ve|tai xuong|cai|cai dat|cai lai|down|download)`;
const app = String.raw`(?:app|ung dung|phan mem|vneid|vssid|ihanoi|etax|etax mobile|dich vu cong|thue dien tu|smart ekyc)`;
/** a place to get it, or which copy is the real one */
const sourceAsked = /\b(?:o dau|tu dau|cho nao|vao dau|noi nao|nguon nao|chinh chu|chinh thuc|chinh hang|ban chuan|ban that|ban goc|cho dung|moi dung|la that|that|chuan)\b/;
const verbThenApp = new RegExp(String.raw`\b${verb}(?: (?:cai|con|ban|lai|ve))? ${app}\b`);

/** Whether the message asks where (or which copy) to download or install an app from (folded). */
export function asksGenuineAppSource(folded: string): boolean {
  const m = verbThenApp.exec(folded);
  return !!m && sourceAsked.test(folded.slice(m.index));
}

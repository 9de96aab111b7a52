/*
 * "gửi rồi theo dõi thế nào" after sending a report, "nộp xong rồi xem kết quả ở đâu" after paying the fee online,
 * "tra cứu bằng gì" after a procedure: once the thing is sent, following it up is a matter of its own — the entry on
 * tracking what was sent, of the same kind (a report's follow-up for a report, a file's progress for a procedure) —
 * not more of the entry that told how to send it (whose text may well say where results come back).
 *
 * The tracking entry is found by its title ("Theo dõi …", "Tra cứu tình trạng, tiến độ …") among the entries of the
 * previous entry's category: one only, or nothing. "lấy kết quả ở đâu" (where to collect the result) is the
 * procedure's own place, not this; nor is "tra cứu" after an entry whose own title tracks something (an app "tra cứu BHXH").
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle, onlyEntry } from "./folded-title";

/** following up what was sent (folded, as typed) */
const trackingAsked = /\b(?:theo doi|tra cuu|xem (?:lai|ket qua|tien do|tinh trang)|kiem tra (?:tien do|tinh trang|ket qua)|den dau roi|toi dau roi|tien do)\b/;
/** the thing is already sent ("gửi rồi", "nộp xong", "đã phản ánh"): its verb */
const doneSending = /\b(gui|nop|phan anh|bao|dang ky|lam)(?:\s+\S+){0,4}?\s+(?:xong|roi|duoc roi)\b|\bda (gui|nop|phan anh|bao)\b|\bxong roi\b/;
/** a title that tracks something */
const tracksTitle = /\b(?:theo doi|tra cuu)\b/;
/** a title that tells how to send something: its verb */
const sendsTitle = /\b(gui|nop)\b/;

const titleOf = (e: KnowledgeEntry) => foldedTitle(e);
const isTracking = (e: KnowledgeEntry) => /^(?:theo doi|tra cuu)\b/.test(titleOf(e));
/** "gửi", "phản ánh", "báo" send a report; "nộp" a file (the verbs of the sending entries' titles) */
const sendVerb = (v: string | undefined) => (v === "gui" || v === "phan anh" || v === "bao" ? "gui" : v === "nop" ? "nop" : undefined);

/**
 * The tracking entry this follow-up asks for (`plain`: the message folded as typed; `entries`: those that apply, asked
 * only on a match), or undefined. The thing sent is told by the message's verb ("gửi rồi": what the entry titled "Gửi …"
 * sends, whatever the previous entry was, e.g. the app it was sent through), else by the previous entry when it is about
 * sending ("Gửi phản ánh …"); never after a scam entry, nor after an entry whose title tracks something itself.
 */
export function trackingEntryAsked(plain: string, previous: KnowledgeEntry, entries: () => readonly KnowledgeEntry[]): KnowledgeEntry | undefined {
  if (previous.category === "lua-dao" || tracksTitle.test(titleOf(previous))) return undefined;
  if (!trackingAsked.test(plain) || plain.split(/\s+/).length > 12) return undefined;
  const done = doneSending.exec(plain);
  const verb = done ? sendVerb(done[1] ?? done[2]) : undefined;
  const all = entries();
  const trackingIn = (category: string) => onlyEntry(all, (e) => e.category === category && isTracking(e));
  let tracking: KnowledgeEntry | undefined;
  if (verb) {
    const kinds = [...new Set(all.filter((e) => sendsTitle.exec(titleOf(e))?.[1] === verb).map((e) => e.category))].map(trackingIn).filter((e) => !!e);
    tracking = kinds.length === 1 ? kinds[0] : undefined;
  } else if (done || sendsTitle.test(titleOf(previous))) tracking = trackingIn(previous.category);
  return tracking && tracking.id !== previous.id ? tracking : undefined;
}

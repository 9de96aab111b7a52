/*
 * "có phải xóa hộ khẩu ở nhà bố mẹ trước không", "thế hộ khẩu ở quê của vợ có phải tự đi xóa không" after registering
 * permanent residence, "xong có phải xóa tên ông trong hộ khẩu không" after a death registration: removing a
 * registration of residence is the entry titled "Xóa đăng ký thường trú, xóa đăng ký tạm trú …", not more of the entry
 * before, whose text says in passing that the old registration is removed (so the rules carried it). Tuning writers
 * label such later turns the removal entry (30 of 31 across the sets; 4 were missed).
 *
 * The verb "xóa" and its object (hộ khẩu, thường trú, tạm trú; "xóa tên ông trong hộ khẩu" too), within a few words
 * either way; only a later turn (the previous entry is asked about), never after the removal entry itself.
 */
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { foldedTitle, onlyEntryTitled } from "./folded-title";

const object = String.raw`(?:ho khau|so ho khau|thuong tru|tam tru|dang ky cu tru|cu tru)`;
const removal = new RegExp(String.raw`\bxoa\b(?:\s+\S+){0,3}?\s+${object}\b|\b${object}\b(?:\s+\S+){0,8}?\s+xoa\b`);
const removalTitle = /^xoa dang ky\b/;

/** The residence removal entry this later turn asks for (`plain`: folded as typed), or undefined. */
export function residenceRemovalTurn(plain: string, previous: KnowledgeEntry, entries: () => readonly KnowledgeEntry[]): KnowledgeEntry | undefined {
  if (previous.category === "lua-dao" || removalTitle.test(foldedTitle(previous)) || plain.length > 160 || !removal.test(plain)) return undefined;
  return onlyEntryTitled(entries(), removalTitle);
}

import type { KnowledgeEntry } from "../knowledge/knowledge-schema";
import { showsServiceStatus } from "./quoted-service-message";
import type { Fold } from "./entry-folds";
import { foldedText } from "./text-analysis";

/*
 * "cài VssID và đăng nhập lần đầu như thế nào", "cài iHanoi trên điện thoại Samsung thế nào, đăng nhập bằng gì",
 * "iHanoi không đăng nhập được bằng VNeID, báo lỗi hoài": installing, logging into, or a fault of the one app the
 * message names is that app's own entry ("Ứng dụng iHanoi … - cài đặt và sử dụng"). The words around the name
 * ("lần đầu", "Samsung", "báo lỗi hoài", "bố mẹ già") are no entry's, and the portal's login entry ("Đăng nhập Cổng
 * Dịch vụ công … bằng tài khoản VNeID") or the digital team's shared "cài", "đăng nhập": the message was handed off or
 * asked back (tuning10 ×3, tuning2, tuning3, tuning7, tuning-s12). Only when nothing else was clear (a confident
 * other entry stands: "gia hạn BHYT trên VssID"), and not for a fake app or a link ("link cài iHanoi lạ": a scam).
 * An app's entry: its title begins "Ứng dụng <name>"; one entry per app name.
 */

/** installing, logging in, a fault (folded; not a bare "loi": "trả lời" folds to it too) */
const useAsked = /\b(?:cai(?: dat)?|tai ve|download|dang nhap|bao loi|bi loi|khong vao duoc|ko vao duoc|k vao duoc|vao khong duoc)\b/;
/** a fake app, a strange link or file: the scam entries' matter (typed text, lower case) */
const fakeApp = /(?<!\p{L})(?:giả|lạ|link|đường dẫn|apk|file|gia mao)(?!\p{L})/u;

export class NamedAppUse {
  private apps: Array<{ id: string; name: RegExp }> | undefined;

  /** `fold`: foldedText, or the folds stored with the search index (entry-folds.ts) */
  constructor(
    private readonly entries: readonly KnowledgeEntry[],
    private readonly fold: Fold = foldedText,
  ) {}

  private list(): Array<{ id: string; name: RegExp }> {
    if (this.apps) return this.apps;
    const found = new Map<string, string[]>();
    for (const entry of this.entries) {
      const m = /^ung dung ([a-z0-9]+)/.exec(this.fold(entry.title));
      if (m) found.set(m[1]!, [...(found.get(m[1]!) ?? []), entry.id]);
    }
    // "ihanoi" also typed "i hanoi", "i ha noi"; "vssid" "vss id"
    const spaced = (name: string) => name.split("").map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(" ?");
    this.apps = [...found].filter(([, ids]) => ids.length === 1).map(([name, ids]) => ({ id: ids[0]!, name: new RegExp(`\\b${spaced(name)}\\b`) }));
    return this.apps;
  }

  /** The id of the one app's entry the message asks to install, log into or fix, or undefined. */
  entryFor(text: string, folded: string): string | undefined {
    // (typed with its tone, "cái" is "the thing", not "cài" install: "phản ánh trên cái iHanoi được không")
    const asked = /cái/iu.test(text) ? foldedText(text.replace(/(?<!\p{L})cái(?!\p{L})/giu, " ")) : folded;
    if (!useAsked.test(asked) && !showsServiceStatus(asked)) return undefined;
    const apps = this.list().filter((a) => a.name.test(folded));
    if (apps.length !== 1 || fakeApp.test(text.toLowerCase())) return undefined;
    return apps[0]!.id;
  }
}

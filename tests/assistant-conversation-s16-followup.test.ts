/**
 * Follow-up turns, session 16 (issue 10 §3): follow-ups with no topic of their own that were read as new questions —
 * a part asked whose other words only restate it (part-restated-only.ts), and trouble with the app just answered told
 * as a statement (app-trouble-statement.ts). Conversations written for this file (other phrasings than the tuning
 * lines), each through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { typedFolded } from "../server/assistant/scam-followups";
import { aboutAppOrAccount, tellsAppTrouble } from "../server/assistant/app-trouble-statement";
import { restatesPartOnly } from "../server/assistant/part-restated-only";
import { englishPointsBack } from "../server/assistant/english-pointing-back";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("a part asked in words that only restate it stays with the previous entry (part-restated-only.ts)", () => {
  it("'trình tự thực hiện ra sao' after the judicial record: that entry, not the entry on filing online", () => {
    const turns = conversation("tôi muốn xin phiếu lý lịch tư pháp để đi xin việc", "trình tự thực hiện ra sao");
    expect(led(turns[0])).toBe("answer dvc-ly-lich-tu-phap");
    expect(led(turns[1])).toBe("answer dvc-ly-lich-tu-phap");
  });
  it("'cach thuc hien the nao' unaccented, after the judicial record", () => {
    const turns = conversation("xin phieu ly lich tu phap o dau", "cach thuc hien the nao");
    expect(led(turns[1])).toBe("answer dvc-ly-lich-tu-phap");
  });
  it("reads restating and common words only; a word of its own, or another entry's title word, is a topic", () => {
    const idf = (w: string) => ({ thuc: 1.0, hien: 1.56, giay: 0.46, chung: 0.74, nhan: 0.01, vneid: 0.62, muc: 0.67, thue: 2.5 })[w] ?? 3;
    const none = () => false;
    expect(restatesPartOnly("steps", 2, ["thuc", "hien"], idf, 0.8, none)).toBe(true);
    expect(restatesPartOnly("time", 2, ["giay", "chung", "nhan"], idf, 0.8, none)).toBe(true);
    expect(restatesPartOnly("fee", 2, ["thue"], idf, 0.8, none)).toBe(false);
    expect(restatesPartOnly("documents", 2, ["vneid", "muc"], idf, 0.8, (w) => w === "vneid" || w === "muc")).toBe(false);
    expect(restatesPartOnly(undefined, 2, ["thuc", "hien"], idf, 0.8, none)).toBe(false);
    expect(restatesPartOnly("steps", 2, [], idf, 0.8, none)).toBe(false);
    expect(restatesPartOnly("steps", 1, ["cach", "thuc", "hien"], idf, 0.8, none)).toBe(true);
    expect(restatesPartOnly("time", 1, ["giay", "chung", "nhan"], idf, 0.8, none)).toBe(false);
  });
});

describe("trouble with the app just answered, told as a statement, is a case of it (app-trouble-statement.ts)", () => {
  it("'quét xong mà nó báo lỗi dữ liệu' after adding a driving licence to VNeID: that entry, not a hand-off", () => {
    const turns = conversation("cách tích hợp bằng lái xe vào VNeID", "quét xong mà nó báo lỗi dữ liệu");
    expect(led(turns[0])).toBe("answer dvc-vneid-tich-hop-giay-to");
    expect(led(turns[1])).toBe("answer dvc-vneid-tich-hop-giay-to");
  });
  it("'tải không được app, máy bà đời cũ' after iHanoi: still iHanoi's entry (its special cases)", () => {
    const turns = conversation("ứng dụng iHanoi dùng để làm gì", "tải không được app, máy bà đời cũ");
    expect(led(turns[0])).toBe("answer dvc-ihanoi");
    expect(led(turns[1])).toBe("answer dvc-ihanoi");
  });
  it("reads trouble told, not a question of its own nor someone's words", () => {
    const t = (q: string) => tellsAppTrouble(typedFolded(q));
    expect(t("đăng nhập rồi mà báo sai mật khẩu")).toBe(true);
    expect(t("báo lỗi hoài không vào được")).toBe(true);
    expect(t("tìm mãi không thấy app đâu")).toBe(false);
    expect(t("tìm không thấy app")).toBe(true);
    expect(t("con tôi bảo đi làm căn cước")).toBe(false);
    expect(t("lệ phí bao nhiêu")).toBe(false);
    expect(aboutAppOrAccount("ung dung ihanoi (cong dan thu do so) - cai dat va su dung")).toBe(true);
    expect(aboutAppOrAccount("dang ky ket hon")).toBe(false);
  });
});

describe("an English question ending on a pronoun for what was just answered is a follow-up of it (english-pointing-back.ts)", () => {
  it("'Can tourists open an account on it?' after iHanoi: iHanoi's entry, in English", () => {
    const turns = conversation("What is the iHanoi app used for?", "Can tourists open an account on it?");
    expect(led(turns[0])).toBe("answer dvc-ihanoi");
    expect(led(turns[1])).toBe("answer dvc-ihanoi");
  });
  it("reads a closing preposition and pronoun only", () => {
    expect(englishPointsBack("Is there a form for that?")).toBe(true);
    expect(englishPointsBack("Can I pay with it?")).toBe(true);
    expect(englishPointsBack("Where is the ward office?")).toBe(false);
    expect(englishPointsBack("Is that for foreigners?")).toBe(false);
  });
});

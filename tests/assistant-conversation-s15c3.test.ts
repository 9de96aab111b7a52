/**
 * Conversation understanding, session 15 wave 2 (issue 10 §3): a follow-up asking how long, said as
 * "finished within a span of the day" or with the Central/Southern "bữa" for a day, was read as no part at
 * all and handed off to the green lane's time entry. Conversations written for this file (not tuning lines),
 * through the real Assistant with its memory.
 */
import { describe, expect, it } from "vitest";
import { readFacet } from "../server/assistant/facet-cues";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("how long, said as a span of the day or in 'bữa' (waiting-time-cues.ts)", () => {
  it("reads the time part in these phrasings", () => {
    for (const q of ["lam xong trong buoi chieu duoc khong", "nop thi lay trong ngay hom nay duoc khong", "nhan duoc trong buoi sang khong", "bao nhieu bua thi co", "may bua moi lay duoc"])
      expect(readFacet(q), q).toMatchObject({ facet: "time", strength: 2 });
  });
  it("not a meal, nor a morning told as when one goes", () => {
    expect(readFacet("may bua com").facet).not.toBe("time");
    expect(readFacet("toi ban xoi buoi sang o via he").facet).not.toBe("time");
  });
  it("'nộp xong trong buổi chiều có lấy được không' after certified copies: answered from that entry", () => {
    const turns = conversation("chứng thực bản sao giấy tờ ở phường", "thế lấy được trong buổi chiều không");
    expect(led(turns[0])).toBe("answer dvc-chung-thuc");
    expect(led(turns[1])).toBe("answer dvc-chung-thuc");
    expect(turns[1]!.kind === "answer" && turns[1]!.shown).toBe("time");
  });
  it("'mấy bữa mới có kết quả' after temporary residence: answered from that entry, its time", () => {
    const turns = conversation("đăng ký tạm trú cho người ở trọ", "mấy bữa mới có kết quả vậy");
    expect(led(turns[0])).toBe("answer dvc-tam-tru");
    expect(led(turns[1])).toBe("answer dvc-tam-tru");
    expect(turns[1]!.kind === "answer" && turns[1]!.shown).toBe("time");
  });
});

describe("a plot divided among the family, each share its own certificate, is splitting the plot (situation-entry.ts)", () => {
  it("'mảnh đất 180 mét của ông muốn chia làm 3 cho mấy đứa cháu' opens on the plot-splitting entry, and its follow-ups stay there", () => {
    const turns = conversation("mảnh đất 180 mét của ông bà muốn chia làm 3 cho mấy đứa cháu", "mỗi đứa 60 mét có đủ tách riêng sổ không", "nộp hồ sơ ở đâu");
    expect(led(turns[0])).toBe("answer dvc-tach-thua");
    expect(led(turns[1])).toBe("answer dvc-tach-thua");
    expect(led(turns[2])).toBe("answer dvc-tach-thua");
  });
  it("unaccented, and without a figure: 'nha minh co 120m2 dat, bo me muon chia cho 2 dua con moi dua mot so', 'bo me co manh dat muon chia cho cac con'", () => {
    expect(led(conversation("nha minh co 120m2 dat, bo me muon chia cho 2 dua con moi dua mot so")[0])).toBe("answer dvc-tach-thua");
    expect(led(conversation("bo me co manh dat muon chia cho cac con")[0])).toBe("answer dvc-tach-thua");
  });
  it("not an inheritance, a will or a divorce: those keep their own reading", () => {
    expect(led(conversation("bố mẹ lập di chúc chia đất cho 2 con, chứng thực ở phường được không")[0])).not.toBe("answer dvc-tach-thua");
    expect(led(conversation("bố mất không để di chúc, mảnh đất 100m2 chia thừa kế cho 3 anh em làm văn bản ở phường thế nào")[0])).not.toBe("answer dvc-tach-thua");
  });
});

describe("an old person with no pension is the monthly allowance for the elderly (situation-entry.ts)", () => {
  it("'ông nội em năm nay 86 tuổi, không có chế độ gì' and the follow-up on papers stay on the allowance", () => {
    const turns = conversation("ông nội em năm nay 86 tuổi sống một mình, không có lương", "thế cần giấy tờ gì ạ");
    expect(led(turns[0])).toBe("answer dvc-tro-cap-xa-hoi");
    expect(led(turns[1])).toBe("answer dvc-tro-cap-xa-hoi");
  });
  it("unaccented: 'ba toi 79 tuoi khong co luong huu thi phuong co ho tro gi khong'", () => {
    expect(led(conversation("ba toi 79 tuoi khong co luong huu thi phuong co ho tro gi khong")[0])).toBe("answer dvc-tro-cap-xa-hoi");
  });
  it("joining the voluntary insurance for a pension keeps its own entry", () => {
    expect(led(conversation("bố tôi 76 tuổi chưa có lương hưu, muốn đóng bảo hiểm xã hội tự nguyện được không")[0])).not.toBe("answer dvc-tro-cap-xa-hoi");
  });
});

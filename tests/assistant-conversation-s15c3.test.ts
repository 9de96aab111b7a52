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

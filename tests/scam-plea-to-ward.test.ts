/**
 * Review s10 M7: a contact's plea for millions over a hardship is a script only when it is addressed to the
 * reader as a private contact (server/assistant/scam/plea.ts). A resident asking the WARD, its staff or the
 * state for support, or whether support exists, in the same words is their own case. Own phrasings, written
 * for this test (no corpus row). The "not warned" rows were warned on main e6a0a8c (checked in a temporary
 * worktree with the fix absent).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const hand = { scorer: { kind: "hand" } } as const;

const toWard = [
  "bố em bị ung thư đang nằm viện, ủy ban phường có giúp em 3 triệu được không ạ",
  "con tôi bị tai nạn phải cấp cứu, cán bộ phường xem giúp cháu 5 triệu tiền trợ cấp khó khăn được không",
  "vợ em bệnh hiểm nghèo nhập viện, nhà nước có chế độ giúp em 2 triệu không ạ",
  "mẹ cháu cấp cứu, xã giúp cháu 4 triệu tiền cứu trợ được không ạ",
];
const toContacts = [
  "Anh ơi anh giúp em 3 triệu với, bố em ung thư phải nhập viện gấp, tuần sau em trả",
  "Cả nhà ơi giúp em mỗi người 500 nghìn thôi, à không, giúp em mỗi người 1 triệu, chủ nợ đến tận nhà rồi",
  "Bác ơi cứu cháu với, cháu bị tai nạn, bác giúp cháu 4 triệu vào tài khoản này nhé",
];

describe("a plea for millions over a hardship", () => {
  it.each(toWard)("addressed to the ward or about support is not warned: %s", (text) => {
    expect(checkScam(text).outcome).not.toBe("scam");
    expect(checkScam(text, hand).outcome).not.toBe("scam");
    expect(checkScam(text).signals).not.toContain("borrow");
  });
  it.each(toContacts)("addressed to the reader as a contact is warned: %s", (text) => {
    expect(checkScam(text).outcome).toBe("scam");
    expect(checkScam(text, hand).outcome).toBe("scam");
    expect(checkScam(text).signals).toContain("borrow");
  });
});

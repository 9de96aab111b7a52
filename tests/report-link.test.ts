/**
 * "Gửi phản ánh" links the chat sends: Zalo's mini-app link (https://zalo.me/s/{appId}/?…) or
 * the ward's own address, a query the mini app reads back exactly, and a category guessed from
 * what residents write (with or without diacritics).
 */
import { describe, expect, it } from "vitest";
import { foldedText } from "../server/assistant/text-analysis";
import { buildReportLink, guessCategory, parseReportLink, reportLinkFor, reportLinkQuery } from "../server/miniapp/report-link";

describe("report links", () => {
  it("builds Zalo's mini-app link with the prefill, and reads it back", () => {
    const link = buildReportLink({ appId: "1234567890123456789" }, { category: "chieu-sang", text: "Đèn đường hỏng trước số 12", location: { lat: 21.0285, lng: 105.8542 }, address: "12 Hàng Bông" })!;
    expect(link.startsWith("https://zalo.me/s/1234567890123456789/?open=report&")).toBe(true);
    const url = new URL(link);
    expect(parseReportLink(url.searchParams)).toEqual({ category: "chieu-sang", text: "Đèn đường hỏng trước số 12", location: { lat: 21.0285, lng: 105.8542 }, address: "12 Hàng Bông" });
    // zmp-sdk's getRouteParams() gives a plain record
    expect(parseReportLink(Object.fromEntries(url.searchParams))).toEqual(parseReportLink(url.searchParams));
  });

  it("uses the ward's own mini-app address when set, and gives nothing without app id or address", () => {
    expect(reportLinkFor({ appId: "1", profile: { miniapp_url: "https://phuong.example.vn/app?src=oa" } }, { category: "moi-truong" })).toBe("https://phuong.example.vn/app?src=oa&open=report&category=moi-truong");
    expect(reportLinkFor({ appId: "99", profile: {} }, {})).toBe("https://zalo.me/s/99/?open=report");
    expect(buildReportLink({ appId: null }, { text: "rác" })).toBeUndefined();
  });

  it("drops what is not valid and cuts long text", () => {
    expect(parseReportLink(new URLSearchParams("category=khac"))).toBeUndefined(); // not a report link
    expect(parseReportLink(new URLSearchParams("open=report&category=hack&lat=999&lng=1&text=%20%20"))).toEqual({});
    expect(parseReportLink(new URLSearchParams("open=report&lat=21&lng=abc"))).toEqual({});
    const q = new URLSearchParams(reportLinkQuery({ text: "x".repeat(900), address: "y".repeat(400) }));
    expect(q.get("text")).toHaveLength(500);
    expect(q.get("address")).toHaveLength(300);
  });

  it("guesses the category from what residents write, with or without diacritics", () => {
    const guess = (t: string) => guessCategory(foldedText(t));
    expect(guess("Đèn đường hỏng 3 hôm nay")).toBe("chieu-sang");
    expect(guess("den duong ko sang")).toBe("chieu-sang");
    expect(guess("rác đổ đầu ngõ bốc mùi")).toBe("moi-truong");
    expect(guess("o ga to giua duong")).toBe("giao-thong");
    expect(guess("hàng xóm hát karaoke đến 12 giờ đêm")).toBe("trat-tu");
    expect(guess("nhà bên cạnh xây trái phép lấn chiếm đất")).toBe("xay-dung");
    expect(guess("cho tôi hỏi giờ làm việc")).toBeUndefined();
  });
});

/**
 * Session 26 (s26-scam), issue 11: a notice in a bank's, a wallet's, a utility's or an operator's name that sends the
 * reader to a mobile number or a named staffer is warned (brand-mobile-contact.ts); a staffer who will come or call is
 * not. A resident's retelling with the number gets the warning (why, what to do now), like other retold scripts. The
 * warning says "số in sau thẻ" only for a bank (reply.ts). Own wordings only.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { scamWarning, scamVictim } from "../server/assistant/scam/reply";
import { readKnowledgeDir, readWardDefinition } from "../server/knowledge/knowledge-files";

describe("a brand's notice sending the reader to a mobile number or a named staffer", () => {
  it.each([
    "Vietcombank thông báo: tài khoản của quý khách phát sinh giao dịch 12.500.000đ. Nếu không phải quý khách thực hiện, liên hệ nhân viên Nguyễn Văn Hùng 0912345678 để hủy giao dịch.",
    "EVNHANOI: Quý khách còn nợ tiền điện tháng 11, để tránh bị cắt điện vui lòng liên hệ chị Hoa 0868123456 để thanh toán.",
    "Viettel thông báo: thuê bao của quý khách sẽ bị khóa 2 chiều do chưa cập nhật thông tin, gọi ngay cho nhân viên hỗ trợ 0387654321 để cập nhật.",
    "MoMo: Ví của bạn bị tạm khóa do giao dịch bất thường, liên hệ nhân viên CSKH 0979xxxxxx để mở khóa",
  ])("is warned: %s", (t) => {
    expect(checkScam(t).outcome).toBe("scam");
  });

  it("a resident's retelling with the number is warned", () => {
    expect(checkScam("Ngân hàng bảo gọi nhân viên số 0912345678 để hủy giao dịch, có đúng không?").outcome).toBe("scam");
  });

  it.each([
    "Viettel: Ky thuat vien Nguyen Van Toan 0976 218 453 se den lap dat Internet cho Quy khach luc 14h ngay 2/12. Moi thac mac goi 18008098.",
    "FPT Telecom: Lịch bảo trì đường truyền của Quý khách vào 9h ngày 5/12. Kỹ thuật viên Hoàng 0901 754 362 sẽ liên hệ trước khi đến.",
    "VNPT: Nhân viên Trần Văn B 0912 345 678 sẽ liên hệ để hỗ trợ lắp đặt dịch vụ của quý khách vào ngày mai.",
    "Vietcombank: Quý khách không cung cấp OTP cho bất kỳ ai, kể cả nhân viên ngân hàng. Nếu có người liên hệ qua số di động để hủy giao dịch, đó là lừa đảo.",
  ])("is not warned: %s", (t) => {
    expect(checkScam(t).outcome).not.toBe("scam");
  });
});

describe("'số in sau thẻ' only for banks", async () => {
  const { kb } = await readKnowledgeDir("knowledge");
  const def = readWardDefinition("knowledge/wards/demo.yaml");
  const ward = { id: 1, slug: def.slug, name: def.name, oaId: null, appId: null, profile: def.profile } as Parameters<typeof scamWarning>[1]["ward"];
  const ctx = { kb, ward, now: Date.UTC(2026, 11, 3, 3), related: () => [] };

  it("an operator's scam names the own bank first, not the operator's hotline as a card number", () => {
    const v = checkScam("Viettel thông báo: thuê bao của quý khách sẽ bị khóa 2 chiều do chưa cập nhật thông tin, gọi ngay cho nhân viên hỗ trợ 0387654321 để cập nhật.");
    const reply = scamWarning(v, ctx).reply;
    expect(reply).not.toMatch(/Viettel[^\n]*\(hoặc số in sau thẻ\)/);
    expect(reply).toMatch(/tổng đài ngân hàng của mình/);
    expect(scamVictim({ ...v, outcome: "victim" }, ctx).reply).not.toMatch(/ngân hàng của mình \(Viettel/);
  });

  it("a bank's scam keeps the card's number", () => {
    const v = checkScam("Vietcombank thông báo: tài khoản của quý khách phát sinh giao dịch 12.500.000đ. Nếu không phải quý khách thực hiện, liên hệ nhân viên Nguyễn Văn Hùng 0912345678 để hủy giao dịch.");
    expect(scamWarning(v, ctx).reply).toMatch(/Vietcombank[^\n]*\(hoặc số in sau thẻ\)/);
  });
});

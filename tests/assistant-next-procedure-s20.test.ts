/**
 * A next procedure asked after the current one is done (issue 10 §3, session 20; next-procedure.ts): "khai tử xong thì có
 * phải xóa hộ khẩu không" after the death registration is the deregistration's question, not the death registration's.
 * Conversations written for this file, through the real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { askedAfterBareDone, doneClause } from "../server/assistant/next-procedure";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("the next procedure after a done one (next-procedure.ts)", () => {
  it("after the death registration, striking the deceased off the household register: the deregistration entry", () => {
    for (const next of ["đăng ký khai tử cho bố xong rồi thì hộ khẩu của bố có phải xoá riêng không", "khai tu roi thi co phai di xoa ten bo trong ho khau nua ko", "làm xong khai tử thì có cần xóa thường trú cho bố không"]) {
      const turns = conversation("bố tôi mới mất hôm qua, làm giấy khai tử thế nào", next);
      expect(led(turns[0])).toBe("answer dvc-khai-tu");
      expect(led(turns[1]), next).toBe("answer dvc-xoa-dang-ky-cu-tru");
    }
  });
  it("after the birth registration, the baby's health insurance card: the health insurance entry", () => {
    for (const next of ["khai sinh cho con xong rồi thì bảo hiểm y tế của cháu có được cấp luôn không", "lam xong khai sinh thi the bhyt cua chau co tu co ko"]) {
      const turns = conversation("con tôi mới đẻ được một tuần, làm khai sinh ở đâu", next);
      expect(led(turns[0])).toBe("answer dvc-khai-sinh");
      expect(led(turns[1]), next).toBe("answer dvc-bhyt-ho-gia-dinh");
    }
  });
  it("a part of the same procedure after the done clause stays with it", () => {
    const turns = conversation("bố tôi mới mất hôm qua, làm giấy khai tử thế nào", "khai tử xong thì bao lâu có giấy");
    expect(led(turns[1])).toBe("answer dvc-khai-tu");
  });
  it("after an app, logging in is the app's own business", () => {
    const turns = conversation("cài VssID thế nào để xem thẻ bảo hiểm", "cài vssid xong rồi đăng nhập bằng cái gì");
    expect(led(turns[1])).toBe("answer dvc-vssid");
  });
  it("reads a bare 'xong' opening and the clause before the question", () => {
    expect(askedAfterBareDone("xong co phai xoa ten ong trong ho khau khong")).toBe("co phai xoa ten ong trong ho khau khong");
    expect(askedAfterBareDone("lam xong roi thi co can dang ky thuong tru khong")).toBe("co can dang ky thuong tru khong");
    expect(askedAfterBareDone("xoa ho khau the nao")).toBeUndefined();
    expect(doneClause("khai tu xong thi co phai xoa ho khau khong", "co phai xoa ho khau khong")).toBe("khai tu xong thi");
  });
});

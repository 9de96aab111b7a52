/**
 * Logging into the app just answered, asked in everyday words after installing it (issue 10 §3, session 20; app-login.ts):
 * "cài xong đăng nhập kiểu gì" is the app's own steps, not the public-service portal's login. Written for this file.
 */
import { describe, expect, it } from "vitest";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("logging into the app just answered, in everyday words (app-login.ts)", () => {
  it("after iHanoi and after VssID: 'cài xong rồi đăng nhập kiểu gì' stays with the app", () => {
    for (const [first, id] of [["con gái bảo cài iHanoi, app đấy là gì vậy", "dvc-ihanoi"], ["cài VssID thế nào để xem thẻ bảo hiểm", "dvc-vssid"]] as const) {
      for (const next of ["cài xong rồi thì đăng nhập kiểu gì", "cai dat xong dang nhap kieu gi"]) {
        const turns = conversation(first, next);
        expect(led(turns[0])).toBe(`answer ${id}`);
        expect(led(turns[1]), `${first} / ${next}`).toBe(`answer ${id}`);
      }
    }
  });
  it("naming the portal still switches to its login", () => {
    const turns = conversation("con gái bảo cài iHanoi, app đấy là gì vậy", "đăng nhập cổng dịch vụ công bằng vneid kiểu gì");
    expect(led(turns[1])).toBe("answer dvc-tai-khoan");
  });
});

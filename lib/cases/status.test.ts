import { describe, expect, it } from "vitest";
import en from "../i18n/messages/en/case-status.json";
import zh from "../i18n/messages/zh/case-status.json";
import { APPLICANT_STATUS, STAFF_STATUS } from "./status";
import { CASE_STATUSES, TRANSITIONS } from "./transitions";

// "Add a status" or "add a transition" touches the lifecycle table, the messages and these tests.
describe("statuses and steps as people read them", () => {
  it("every status has a label for applicants and for staff in both languages", () => {
    for (const s of CASE_STATUSES) {
      for (const labels of [APPLICANT_STATUS, STAFF_STATUS]) {
        expect(labels[s].zh, s).toMatch(/\p{Script=Han}/u);
        expect(labels[s].en, s).toMatch(/^[A-Z]/);
      }
    }
    // staff tell every status apart
    expect(new Set(CASE_STATUSES.map((s) => STAFF_STATUS[s].zh)).size).toBe(CASE_STATUSES.length);
  });

  it("every step of the lifecycle has a timeline label in both languages, and the files hold no stray keys", () => {
    for (const action of Object.keys(TRANSITIONS)) {
      expect(zh.timelineAction, action).toHaveProperty(action);
      expect(en.timelineAction, action).toHaveProperty(action);
    }
    expect(Object.keys(en.timelineAction).sort()).toEqual(Object.keys(zh.timelineAction).sort());
    expect(Object.keys(zh.caseStatus.staff).sort()).toEqual([...CASE_STATUSES].sort());
    expect(Object.keys(zh.caseStatus.applicant).sort()).toEqual([...CASE_STATUSES].sort());
  });
});

import { describe, expect, it } from "vitest";
import { analyseCreditCode, couldBeginCreditCode, composeCreditCode, creditCodeCheckChar, creditCodeProblem, orgCodeCheckChar } from "./credit-code";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it.each([
    "91350100M000100Y43", // the standard's own example
    "914403001922038216", // Huawei Technologies
    "91110000802100433B",
    "91330100716105852F",
    "9144030071526726XG",
    "123710004955710075",
    "91371000MA3C8QXK1C",
  ])("accepts %s", (code) => expect(creditCodeProblem(code)).toBeNull());

  it("tells which search fragments could begin a code (the queue's search looks among the codes only for those)", () => {
    for (const s of ["9", "91371002", "91371002mA3C", "91371002MA3CXXXXXX"]) expect(couldBeginCreditCode(s), s).toBe(true);
    // a hyphen, letters the alphabet leaves out (I O S V Z), Chinese, too long, empty
    for (const s of ["WH-", "wh-2026", "913710I", "SZ", "威海", "91371002MA3CXXXXXXX", ""]) expect(couldBeginCreditCode(s), s).toBe(false);
  });

  it("accepts lower case and surrounding spaces", () => {
    expect(creditCodeProblem("  91350100m000100y43 ")).toBeNull();
  });

  it.each([
    ["91350100M000100Y44", "check_digit"],
    ["914403001922038217", "check_digit"],
    ["91110000802100433C", "check_digit"],
    ["91350100M000100Y4", "length"],
    ["91350100M000100Y433", "length"],
    ["", "length"],
    ["91350100M000100YI3", "characters"],
    ["91350100M000100O43", "characters"],
    ["91350100M00010-Y43", "characters"],
  ])("rejects %s (%s)", (code, problem) => expect(creditCodeProblem(code)).toBe(problem));

  it("computes the check character", () => {
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
    expect(creditCodeCheckChar("9135010IM000100Y4")).toBeNull();
  });
});

// Real codes of real organisations, as published by the organisations themselves (sources below,
// found in public repositories on GitHub, 2026-12-04): both check characters must hold.
const WEIHAI_REAL: [string, string, string][] = [
  // 玩具反斗城（中国）商贸有限公司威海经区九龙城店: invoice test data of a Go tax client (TaxpayerId)
  ["91371000MA3N6WYW1J", "371000", "威海市（市本级）"],
  // 威海威高置业有限公司 (of the 威高 group): an enterprise-lookup page's sample record (XYDM, with 工商注册号 371022200017625)
  ["91371000MA3EMNC04W", "371000", "威海市（市本级）"],
  // 威海品牛烧烤设备有限公司 (临港经济技术开发区): the seller's block of a purchase contract (taxId, with its bank account)
  ["91371000052350125D", "371000", "威海市（市本级）"],
  // 乳山市弗朗克贸易有限公司: its app-store registration sheet (统一社会信用代码, 山东省威海市乳山市城区深圳路95-18#)
  ["91371083MA3R809Y61", "371083", "乳山市"],
  // a Rongcheng company in a list of taxpayer ids (tax invoice test table)
  ["91371082775260043P", "371082", "荣成市"],
  // a Huancui company in an ERP's account register (commented-out registerno)
  ["91371002706087777P", "371002", "环翠区"],
];
const ELSEWHERE_REAL: [string, string][] = [
  ["91371428MAKCPBR96B", "德州乾瑞婚恋服务有限公司 (Dezhou), its site footer"],
  ["91371100MA3TA2E083", "山东盛世天泽公关顾问有限公司 (Rizhao), a service agreement page"],
  ["91370282697184865A", "a Jimo (Qingdao) company in the ERP register above"],
  ["914403001922038216", "华为技术有限公司 (Shenzhen)"],
  ["9144030071526726XG", "a Shenzhen company in the tax invoice table above"],
  ["91110000802100433B", "a Beijing company"],
];

describe("characters 3–8 (registering division) and 9–17 (organisation code, GB 11714)", () => {
  it.each(WEIHAI_REAL)("%s passes both checks and proposes registered in Weihai (%s %s)", (code, division, name) => {
    expect(creditCodeProblem(code)).toBeNull();
    const a = analyseCreditCode(code);
    expect(a).toMatchObject({ division, proposedInWeihai: true, orgCode: code.slice(8, 17) });
    expect(a.weihaiDivision?.zh).toBe(name);
  });

  it.each(ELSEWHERE_REAL)("%s passes both checks and does not propose Weihai (%s)", (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(analyseCreditCode(code)).toMatchObject({ proposedInWeihai: false, weihaiDivision: null });
  });

  it("the demo organisations' codes pass both checks", () => {
    for (const code of ["91371000MA3C8QXK1C", "123710004955710075"]) expect(creditCodeProblem(code)).toBeNull();
  });

  it("computes the GB 11714 check character (X for 10, 0 for 11)", () => {
    expect(orgCodeCheckChar("MA3N6WYW")).toBe("1");
    expect(orgCodeCheckChar("71526726")).toBe("X");
    expect(orgCodeCheckChar("MA3C8QXK")).toBe("1");
    expect(orgCodeCheckChar("MA3C8QX")).toBeNull();
  });

  it("refuses a wrong organisation-code check character even when the last character is recomputed", () => {
    // 9–17 of a real code with its 17th character changed, and the 18th made right again
    const first17 = "91371000MA3N6WYW2";
    const code = first17 + creditCodeCheckChar(first17);
    expect(creditCodeProblem(code)).toBe("org_code_check");
    // the old demo codes failed it: they were made up with the final check only
    expect(creditCodeProblem("91371000MA3C8QXK09")).toBe("org_code_check");
  });

  it("refuses characters 3–8 that are no administrative division", () => {
    const bad = composeCreditCode("91AB1000", "MA3N6WYW");
    expect(creditCodeProblem(bad)).toBe("region");
    expect(creditCodeProblem(composeCreditCode("91991000", "MA3N6WYW"))).toBe("region");
  });

  it("names the Weihai development zones and an unlisted 3710xx division", () => {
    expect(analyseCreditCode(composeCreditCode("91371072", "MA3N6WYW")).weihaiDivision?.zh).toBe("威海经济技术开发区");
    const unlisted = analyseCreditCode(composeCreditCode("91371099", "MA3N6WYW"));
    expect(unlisted.proposedInWeihai).toBe(true);
    expect(unlisted.weihaiDivision?.en).toMatch(/unlisted/);
    expect(analyseCreditCode(composeCreditCode("91370600", "MA3N6WYW")).proposedInWeihai).toBe(false); // 烟台
  });

  it("composeCreditCode makes codes that pass every check", () => {
    for (const body of ["MA3N6WYW", "00000000", "YYYYYYYY", "12345678"]) expect(creditCodeProblem(composeCreditCode("91371000", body))).toBeNull();
  });
});

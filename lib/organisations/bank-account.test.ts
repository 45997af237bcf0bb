import { describe, expect, it } from "vitest";
import { fenToDecimal } from "../finance/batch-decimal";
import { accountNoFor, bankAccountSchema, groupAccountNo, maskAccountNo } from "./bank-account";

const ok = { bankAccountName: "威海某某科技有限公司", bankName: "中国银行威海分行", bankAccountNo: "6222 0212 3456 7890 123" };

describe("bank account rules", () => {
  it("drops spaces (also full-width) and keeps digits only, 8–32 of them", () => {
    expect(bankAccountSchema.parse(ok).bankAccountNo).toBe("6222021234567890123");
    expect(bankAccountSchema.parse({ ...ok, bankAccountNo: "1234\u30005678" }).bankAccountNo).toBe("12345678");
    const code = (no: string) => bankAccountSchema.safeParse({ ...ok, bankAccountNo: no }).error?.issues[0].message;
    expect(code("1234567")).toBe("account_length");
    expect(code("1".repeat(33))).toBe("account_length");
    expect(code("6222-0212-3456")).toBe("account_digits");
    expect(code("６２２２０２１２３４")).toBe("account_digits");
    expect(code("1".repeat(32))).toBeUndefined();
  });

  it("groups by four for reading and masks to the last four for everyone but finance", () => {
    expect(groupAccountNo("6222021234567890123")).toBe("6222 0212 3456 7890 123");
    expect(maskAccountNo("6222021234567890123")).toBe("****0123");
    expect(maskAccountNo(null)).toBeNull();
    expect(accountNoFor("finance", "6222021234567890123")).toBe("6222 0212 3456 7890 123");
    for (const role of ["reviewer", "admin", "applicant"]) expect(accountNoFor(role, "6222021234567890123")).toBe("**** 0123");
  });

  it("writes fen as an exact decimal of yuan", () => {
    expect(fenToDecimal(0n)).toBe("0.00");
    expect(fenToDecimal(10n)).toBe("0.10");
    expect(fenToDecimal(123_456_789_012_345_678n)).toBe("1234567890123456.78");
    expect(Number(fenToDecimal(7_333_343n))).toBe(73_333.43);
  });
});

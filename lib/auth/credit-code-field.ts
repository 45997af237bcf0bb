import * as z from "zod/mini";
import { creditCodeProblem, normaliseCreditCode } from "./credit-code";

/** A 统一社会信用代码 as forms send it: normalised, then both check characters and the region checked (errors.credit_code_*). */
export const creditCodeField = z
  .pipe(z.string().check(z.trim(), z.minLength(1, "required")), z.transform(normaliseCreditCode))
  .check(
    z.superRefine((v: string, ctx) => {
      const p = creditCodeProblem(v);
      if (p) ctx.addIssue({ code: "custom", message: `credit_code_${p}` });
    }),
  );

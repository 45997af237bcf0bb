import { z } from "zod";
import { creditCodeProblem, normaliseCreditCode } from "./credit-code";

/** A 统一社会信用代码 as forms send it: normalised, then both check characters and the region checked (errors.credit_code_*). */
export const creditCodeField = z
  .string()
  .trim()
  .min(1, "required")
  .transform(normaliseCreditCode)
  .superRefine((v, ctx) => {
    const p = creditCodeProblem(v);
    if (p) ctx.addIssue({ code: "custom", message: `credit_code_${p}` });
  });

"use client";
import { useState } from "react";
import { describedBy, Field } from "@/components/form/field";

type Label = "date" | "voucher" | "dateRequired" | "voucherRequired";

/**
 * The payment date (today at most) and voucher number finance records with a payment, of one case
 * or of a whole batch: their state, their checks before the confirmation, and their fields.
 */
export function useVoucherFields(today: string, t: (key: Label) => string) {
  const [paidOn, setPaidOn] = useState(today);
  const [voucher, setVoucher] = useState("");
  const voucherNo = voucher.trim();
  return {
    paidOn,
    voucherNo,
    /** errors keyed by the action's field names (paidOn, voucherNo) */
    check(): Record<string, string> {
      return { ...(paidOn ? {} : { paidOn: t("dateRequired") }), ...(voucherNo ? {} : { voucherNo: t("voucherRequired") }) };
    },
    fields(fieldErrors: Record<string, string | undefined>) {
      return (
        <>
          <Field id="paidOn" label={t("date")} error={fieldErrors.paidOn} required>
            <input id="paidOn" type="date" className="input" value={paidOn} max={today} onChange={(e) => setPaidOn(e.target.value)}
              aria-invalid={!!fieldErrors.paidOn} aria-describedby={describedBy("paidOn", false, fieldErrors.paidOn)} />
          </Field>
          <Field id="voucherNo" label={t("voucher")} error={fieldErrors.voucherNo} required>
            <input id="voucherNo" className="input" value={voucher} onChange={(e) => setVoucher(e.target.value)} maxLength={64}
              aria-invalid={!!fieldErrors.voucherNo} aria-describedby={describedBy("voucherNo", false, fieldErrors.voucherNo)} />
          </Field>
        </>
      );
    },
  };
}

"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { useErrorText } from "@/components/use-error-text";

/**
 * Runs a server action from a form: pending state, the error (translated, with its figures) and
 * field errors; on success the page is re-rendered from the server with the case's new state.
 */
export function useRun() {
  const router = useRouter();
  const errorText = useErrorText("review");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const run = (call: () => Promise<ActionResult<unknown>>, onDone?: (ok: boolean) => void) =>
    start(async () => {
      setError(null);
      setFieldErrors({});
      const res = await call();
      if (res.ok) {
        onDone?.(true);
        router.refresh();
        return;
      }
      onDone?.(false);
      setError(errorText(res.error, res.detail));
      setFieldErrors(Object.fromEntries(Object.entries(res.fieldErrors ?? {}).map(([k, v]) => [k, errorText(v, res.detail)])));
    });
  return { pending, error, fieldErrors, setFieldErrors, run, errorText };
}

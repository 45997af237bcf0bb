"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useHydrated } from "@/components/form/hydrated-form";
import { startApplication } from "../apply/[measureId]/actions";
import { randomKey } from "./random-key";

/**
 * Starts a draft of `measureId` with a key made once for this page (a double click or a retry
 * finds the same draft), then opens its form; the start prefills what the profile knows. Only on the
 * applicant's click: opening a page leaves nothing behind. `ready` is false until the page has
 * hydrated (a click before that would do nothing): the button is disabled until then.
 */
export function useStartDraft(measureId: string, errorText: (code: string) => string, { replace = false } = {}) {
  const router = useRouter();
  const [key] = useState(randomKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const ready = useHydrated();
  const start = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    const res = await startApplication({ measureId, createKey: key }).catch(() => ({ ok: false as const, error: "network" }));
    if (res.ok) {
      const to = `/applicant/cases/${res.data.id}/edit`;
      if (replace) router.replace(to);
      else router.push(to);
      return;
    }
    setError(errorText(res.error));
    setBusy(false);
    running.current = false;
  };
  return { busy, ready, error, start };
}

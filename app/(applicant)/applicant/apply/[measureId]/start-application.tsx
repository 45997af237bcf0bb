"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { randomKey } from "../../_components/random-key";
import { useErrorText } from "../../_components/use-error-text";
import { startApplication } from "./actions";

/** Starts a draft with a key made once for this page, then opens its form. `auto` starts on arrival. */
export function StartApplication({ measureId, auto }: { measureId: string; auto: boolean }) {
  const t = useTranslations("cases.apply");
  const errorText = useErrorText();
  const router = useRouter();
  const [key] = useState(randomKey);
  const [busy, setBusy] = useState(auto);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);

  const start = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    const res = await startApplication({ measureId, createKey: key });
    if (res.ok) {
      router.replace(`/applicant/cases/${res.data.id}/edit`);
      return;
    }
    setError(errorText(res.error));
    setBusy(false);
    running.current = false;
  };
  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  });
  useEffect(() => {
    if (auto) void startRef.current();
  }, [auto]);

  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      {busy && <p role="status" className="text-sm text-slate-700" data-testid="starting">{t("starting")}</p>}
      {(!auto || error) && (
        <button type="button" className="btn-primary" onClick={() => void start()} disabled={busy} data-testid="start-application">
          {auto ? t("retry") : t("startNew")}
        </button>
      )}
    </div>
  );
}

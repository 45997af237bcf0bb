"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/form/form-alert";
import { useErrorText } from "@/components/use-error-text";

/** Upload of a 免申即享 list: the measure (changing it shows its columns) and the .xlsx. */
export function ImportForm({ measures, measureId, hasRound }: { measures: { id: string; label: string }[]; measureId: string; hasRound: boolean }) {
  const t = useTranslations("offers.admin");
  const to = useTranslations("offers.errors");
  const errorText = useErrorText("admin");
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!file) { setFileError(t("noFile")); return; }
    setFileError(null);
    setBusy(true);
    const body = new FormData();
    body.set("measureId", measureId);
    body.set("file", file);
    const res = await fetch("/api/offers/import", { method: "POST", body }).then((r) => r.json() as Promise<{ ok: boolean; importId?: string; error?: string; detail?: Record<string, string | number> }>)
      .catch(() => ({ ok: false, error: "server" } as { ok: false; error: string; detail?: undefined; importId?: undefined }));
    setBusy(false);
    if (res.ok && res.importId) {
      router.push(`/admin/offers?measure=${encodeURIComponent(measureId)}&import=${res.importId}#result`);
      router.refresh();
      return;
    }
    const code = res.error ?? "server";
    if (code.startsWith("xlsx_")) setFileError(to(code as never, res.detail as never));
    else setError(to.has(code as never) ? to(code as never) : errorText(code) ?? null);
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-3" noValidate>
      <FormAlert message={error} />
      {!hasRound && <FormAlert message={to("no_open_round")} />}
      <div>
        <label htmlFor="offer-measure" className="label">{t("measure")}</label>
        <select id="offer-measure" className="input max-w-xl" value={measureId} onChange={(e) => router.push(`/admin/offers?measure=${encodeURIComponent(e.target.value)}`)}>
          {measures.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="offer-file" className="label">{t("file")}</label>
        <input id="offer-file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="block text-sm"
          aria-invalid={!!fileError} aria-describedby={fileError ? "offer-file-error" : undefined} onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="offer-file" />
        {fileError && <p id="offer-file-error" className="field-error" role="alert">{fileError}</p>}
      </div>
      <button type="submit" className="btn-primary" disabled={busy || !hasRound} data-testid="offer-import">{busy ? t("importing") : t("import")}</button>
    </form>
  );
}

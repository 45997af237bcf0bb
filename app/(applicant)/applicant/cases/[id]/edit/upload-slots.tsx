"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { formatSize } from "@/lib/format-fact";
import { useErrorText } from "@/components/use-error-text";

export interface AttachmentInfo {
  id: string;
  slot: string;
  fileName: string;
  size: number;
}

type Doc = { key: string; zh: string; en: string };
type SlotState = { progress: number | null; error: string | null; busy: boolean };

const IDLE: SlotState = { progress: null, error: null, busy: false };
const ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

/**
 * The measure's required documents, one upload slot each: PDF, JPG or PNG up to the size limit,
 * uploaded with a progress bar; a refused file gets its reason next to the slot and is not kept.
 */
export function UploadSlots({ caseId, documents, initial, maxMb, en }: { caseId: string; documents: Doc[]; initial: AttachmentInfo[]; maxMb: number; en: boolean }) {
  const t = useTranslations("cases.uploads");
  const errorText = useErrorText("cases");
  const [files, setFiles] = useState(initial);
  const [state, setState] = useState<Record<string, SlotState>>({});
  const set = (slot: string, s: Partial<SlotState>) =>
    setState((all) => ({ ...all, [slot]: { ...(all[slot] ?? IDLE), ...s } }));

  function upload(slot: string, file: File) {
    if (file.size === 0) return set(slot, { error: errorText("file_empty") });
    if (file.size > maxMb * 1024 * 1024) return set(slot, { error: errorText("file_too_large", { maxMb }) });
    const body = new FormData();
    body.set("slot", slot);
    body.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/cases/${encodeURIComponent(caseId)}/attachments`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && set(slot, { progress: Math.round((e.loaded / e.total) * 100) });
    xhr.onload = () => {
      const res = xhr.response as { ok: boolean; attachment?: AttachmentInfo; error?: string; detail?: Record<string, number> } | null;
      if (xhr.status === 200 && res?.ok && res.attachment) {
        setFiles((f) => [...f, res.attachment!]);
        set(slot, { busy: false, progress: null, error: null });
      } else {
        set(slot, { busy: false, progress: null, error: errorText(res?.error ?? "server", res?.detail ?? { maxMb }) });
      }
    };
    xhr.onerror = () => set(slot, { busy: false, progress: null, error: errorText("network") });
    set(slot, { busy: true, progress: 0, error: null });
    xhr.send(body);
  }

  async function remove(a: AttachmentInfo) {
    set(a.slot, { busy: true, error: null });
    const res = await fetch(`/api/attachments/${encodeURIComponent(a.id)}`, { method: "DELETE" }).catch(() => null);
    const body = (await res?.json().catch(() => null)) as { ok?: boolean; error?: string } | null;
    if (res?.ok && body?.ok) {
      setFiles((f) => f.filter((x) => x.id !== a.id));
      set(a.slot, { busy: false });
    } else {
      set(a.slot, { busy: false, error: errorText(body?.error ?? "network") });
    }
  }

  return (
    <div className="space-y-4">
      <p className="help">{t("rules", { maxMb })}</p>
      {documents.map((d) => {
        const s = state[d.key] ?? IDLE;
        const mine = files.filter((f) => f.slot === d.key);
        const id = `doc-${d.key}`;
        return (
          <div key={d.key} className="rounded-md border border-slate-200 p-3" data-slot={d.key}>
            <label htmlFor={id} className="label">{en ? d.en : d.zh}<span aria-hidden className="ml-0.5 text-gov-red">*</span></label>
            {mine.length > 0 ? (
              <ul className="mb-2 space-y-1 text-sm" aria-label={t("uploaded")}>
                {mine.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="attachment">
                    <a href={`/api/attachments/${a.id}`} className="break-all">{a.fileName}</a>
                    <span className="text-xs text-slate-600">{formatSize(a.size)}</span>
                    <button type="button" className="text-xs text-gov-red underline disabled:opacity-50" disabled={s.busy} onClick={() => void remove(a)}>
                      {t("remove")}<span className="sr-only"> {a.fileName}</span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mb-2 text-xs text-slate-600">{t("none")}</p>
            )}
            {/* the native control's text follows the browser's language; this button follows the page's */}
            <input
              id={id} type="file" accept={ACCEPT} disabled={s.busy} className="peer sr-only"
              aria-invalid={!!s.error} aria-describedby={s.error ? `${id}-error` : `${id}-hint`}
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = "";
                if (f) upload(d.key, f);
              }}
            />
            <label htmlFor={id} aria-hidden className="btn-secondary cursor-pointer px-3 py-1.5 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 peer-disabled:cursor-not-allowed peer-disabled:opacity-60">
              {s.busy ? t("uploading") : mine.length ? t("chooseMore") : t("choose")}
            </label>
            <span id={`${id}-hint`} className="ml-2 text-xs text-slate-600">{t("types")}</span>
            {s.progress !== null && (
              <div className="mt-2 flex items-center gap-2 text-xs text-slate-700">
                <progress max={100} value={s.progress} className="h-2 w-40" aria-label={t("progress", { name: en ? d.en : d.zh })} />
                <span>{s.progress}%</span>
              </div>
            )}
            {s.error && <p id={`${id}-error`} className="field-error" role="alert" data-testid="upload-error">{s.error}</p>}
          </div>
        );
      })}
    </div>
  );
}

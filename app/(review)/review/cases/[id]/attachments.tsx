import { getTranslations } from "next-intl/server";

interface AttachmentRow { id: string; slot: string; fileName: string; mime: string; size: number }

const kb = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** Attachments with an inline preview (PDF in an <object>, images as <img>) and a link to open each. */
export async function Attachments({ files, slotLabel }: { files: AttachmentRow[]; slotLabel: (slot: string) => string }) {
  const t = await getTranslations("review.case");
  if (files.length === 0) return <p className="text-sm text-slate-600">{t("noAttachments")}</p>;
  return (
    <ul className="space-y-4" data-testid="attachments">
      {files.map((f) => {
        const url = `/api/attachments/${f.id}`;
        return (
          <li key={f.id} className="rounded-md border border-slate-200">
            <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-slate-50 px-3 py-2 text-sm">
              <span><span className="font-medium">{slotLabel(f.slot)}</span> · {f.fileName} <span className="text-slate-600">({kb(f.size)})</span></span>
              <a href={url} target="_blank" rel="noopener" className="text-sm">{t("open")}</a>
            </div>
            {f.mime === "application/pdf" && (
              <object data={url} type="application/pdf" className="h-96 w-full" aria-label={f.fileName}>
                <p className="p-3 text-sm"><a href={url}>{t("openPdf", { name: f.fileName })}</a></p>
              </object>
            )}
            {f.mime.startsWith("image/") && (
              // eslint-disable-next-line @next/next/no-img-element -- a private file behind an access check, not a static asset
              <img src={url} alt={f.fileName} className="mx-auto max-h-96 p-2" loading="lazy" />
            )}
          </li>
        );
      })}
    </ul>
  );
}

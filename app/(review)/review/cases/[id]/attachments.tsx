import { getTranslations } from "next-intl/server";
import { attachmentFileName } from "@/lib/attachments/file-name";
import { PreviewDetails } from "./preview-details";

interface AttachmentRow { id: string; slot: string; fileName: string; mime: string; size: number }

const kb = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** Attachments with an inline preview (PDF in an <object>, images as <img>) and a download link each. */
export async function Attachments({ files, slotLabel }: { files: AttachmentRow[]; slotLabel: (slot: string) => string }) {
  const t = await getTranslations("review.case");
  if (files.length === 0) return <p className="text-sm text-slate-600">{t("noAttachments")}</p>;
  return (
    <ul className="space-y-3" data-testid="attachments">
      {files.map((row) => {
        // the name the download sends (a row stored before names were cleaned may hold bidi controls)
        const f = { ...row, fileName: attachmentFileName(row.fileName, row.mime) };
        const url = `/api/attachments/${f.id}`;
        const inline = `/review/attachments/${f.id}`;
        return (
          <li key={f.id} className="overflow-hidden rounded-md border border-slate-200">
            <div className="flex flex-wrap items-center justify-between gap-2 bg-slate-50 px-3 py-2 text-sm">
              <span><span className="font-medium">{slotLabel(f.slot)}</span> · {f.fileName} <span className="text-slate-600">({kb(f.size)})</span></span>
              <a href={url} className="text-sm" data-testid="download">{t("download")}</a>
            </div>
            {f.mime === "application/pdf" && (
              // collapsed until asked for, and loaded only then: a page of several PDFs stays readable and light
              <PreviewDetails summary={t("preview")}>
                <object data={inline} type="application/pdf" className="h-[32rem] w-full border-t border-slate-200" aria-label={f.fileName}>
                  <p className="p-3 text-sm"><a href={url}>{t("openPdf", { name: f.fileName })}</a></p>
                </object>
              </PreviewDetails>
            )}
            {f.mime.startsWith("image/") && (
              <a href={inline} target="_blank" rel="noopener" className="block p-2">
                {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind an access check, not a static asset */}
                <img src={inline} alt={f.fileName} className="max-h-64 rounded" loading="lazy" />
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A modal confirmation before an irreversible step (native <dialog>: focus is trapped and Esc
 * cancels). `onConfirm` runs the action; the dialog stays open while it is pending.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, pending, danger, onConfirm, onClose }: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pending?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="confirm-title"
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      data-testid="confirm-dialog"
    >
      <div className="space-y-4 p-5">
        <h2 id="confirm-title" className="text-lg font-semibold text-slate-900">{title}</h2>
        {children && <div className="space-y-2 text-sm text-slate-800">{children}</div>}
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={onClose} disabled={pending}>{cancelLabel}</button>
          <button type="button" className={danger ? "btn-danger" : "btn-primary"} onClick={onConfirm} disabled={pending} autoFocus>
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}

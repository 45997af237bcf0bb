"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * The one confirmation before an irreversible step (native <dialog>: focus stays inside, Esc
 * cancels). Focus starts on the cancel button, so Enter alone never confirms. `onConfirm` runs the
 * step; the dialog stays open, its buttons disabled, while `pending`.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, pending = false, danger = false, onConfirm, onClose }: {
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
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/50"
      data-testid="confirm-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!pending) onClose();
      }}
    >
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">{title}</h2>
        {children && <div className="space-y-2 text-sm text-slate-800">{children}</div>}
        <div className="flex flex-wrap justify-end gap-3">
          <button type="button" className="btn-secondary" onClick={onClose} disabled={pending} autoFocus>{cancelLabel}</button>
          <button type="button" className={danger ? "btn-danger" : "btn-primary"} onClick={onConfirm} disabled={pending}>{confirmLabel}</button>
        </div>
      </div>
    </dialog>
  );
}

import type { ReactNode } from "react";

/** Label, control, help and the error next to it, wired for screen readers. */
export function Field({ id, label, help, error, children, required }: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
        {required && <span aria-hidden className="ml-0.5 text-gov-red">*</span>}
      </label>
      {children}
      {help && <p id={`${id}-help`} className="help">{help}</p>}
      {error && <p id={`${id}-error`} className="field-error" role="alert">{error}</p>}
    </div>
  );
}

export function describedBy(id: string, help?: unknown, error?: unknown): string | undefined {
  const ids = [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

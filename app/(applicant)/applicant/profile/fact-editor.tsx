"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { parseYuan } from "@/lib/money";
import { fenToYuanText } from "@/lib/cases/draft-facts";
import { useErrorText } from "@/components/use-error-text";
import { clearFactAction, setFactAction } from "./actions";
import { useHydrated } from "@/components/form/hydrated-form";

export interface FactDescriptor {
  measureId: string;
  name: string;
  kind: "money" | "bool" | "int" | "date" | "enum" | "multi";
  options: { value: string; label: string }[];
  min?: number;
  max?: number;
  label: string;
  group: string;
  value: unknown;
  display: string;
  source: string;
  /** stored on the profile (clearable); false: read from an earlier case */
  stored: boolean;
}

function initialText(f: FactDescriptor): string | string[] {
  if (f.kind === "multi") return Array.isArray(f.value) ? (f.value as string[]) : [];
  if (f.kind === "money") return typeof f.value === "number" ? fenToYuanText(f.value) : "";
  if (f.kind === "bool") return f.value === true ? "true" : f.value === false ? "false" : "";
  return f.value === undefined || f.value === null ? "" : String(f.value);
}

/** The typed answer as the fact's value, or null when it is not one (the error is shown by the field). */
function toValue(f: FactDescriptor, v: string | string[]): unknown {
  if (f.kind === "multi") return v;
  const s = String(v).trim();
  switch (f.kind) {
    case "money": return parseYuan(s);
    case "int": return /^-?\d{1,9}$/.test(s) ? Number(s) : null;
    case "bool": return s === "true" ? true : s === "false" ? false : null;
    default: return s || null;
  }
}

/** One fact of the profile: its value and source; change it in place or clear it. */
export function FactEditor({ fact }: { fact: FactDescriptor }) {
  const t = useTranslations("offers.profile");
  const tf = useTranslations("cases.form.errors");
  const errorText = useErrorText("cases");
  const hydrated = useHydrated();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState<string | string[]>(() => initialText(fact));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `fact-${fact.measureId || "shared"}-${fact.name}`.replace(/[^A-Za-z0-9_-]/g, "-");

  const save = async () => {
    const v = toValue(fact, value);
    if (v === null) { setError(tf(fact.kind === "money" ? "money" : fact.kind === "date" ? "date" : "required")); return; }
    setBusy(true);
    const res = await setFactAction({ measureId: fact.measureId, name: fact.name, value: v }).catch(() => ({ ok: false as const, error: "network" }));
    setBusy(false);
    if (!res.ok) { setError(errorText(res.error === "validation" ? "invalid" : res.error)); return; }
    setEditing(false);
    setError(null);
    router.refresh();
  };
  const clear = async () => {
    setBusy(true);
    const res = await clearFactAction({ measureId: fact.measureId, name: fact.name }).catch(() => ({ ok: false as const, error: "network" }));
    setBusy(false);
    if (!res.ok) setError(errorText(res.error));
    else router.refresh();
  };

  return (
    <li className="space-y-2 py-3" data-testid="profile-fact" data-name={fact.name} data-measure={fact.measureId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 text-sm">
          <p className="font-medium" id={`${id}-label`}>{fact.label}</p>
          <p className="break-words" data-testid="profile-fact-value">{fact.display}</p>
          <p className="text-xs text-slate-600">{t("source")}：{fact.source}</p>
          {!fact.stored && <p className="text-xs text-slate-600">{t("fromCaseNote")}</p>}
        </div>
        {!editing && (
          <div className="flex gap-2">
            <button type="button" className="btn-secondary" disabled={!hydrated} onClick={() => setEditing(true)} aria-describedby={`${id}-label`}>{t("edit")}</button>
            {fact.stored && <button type="button" className="btn-secondary" onClick={() => void clear()} disabled={busy || !hydrated} aria-describedby={`${id}-label`} data-testid="profile-fact-clear">{t("clear")}</button>}
          </div>
        )}
      </div>
      {editing && (
        <div className="space-y-2 rounded-md bg-slate-50 p-3">
          <Control fact={fact} id={id} value={value} onChange={setValue} invalid={!!error} t={t} />
          {error && <p id={`${id}-error`} className="field-error" role="alert">{error}</p>}
          <div className="flex gap-2">
            <button type="button" className="btn-primary" onClick={() => void save()} disabled={busy}>{t("save")}</button>
            <button type="button" className="btn-secondary" onClick={() => { setEditing(false); setError(null); setValue(initialText(fact)); }}>{t("cancel")}</button>
          </div>
        </div>
      )}
    </li>
  );
}

function Control({ fact, id, value, onChange, invalid, t }: {
  fact: FactDescriptor; id: string; value: string | string[]; onChange: (v: string | string[]) => void; invalid: boolean; t: (k: "yes" | "no") => string;
}) {
  const aria = { "aria-labelledby": `${id}-label`, "aria-invalid": invalid, "aria-describedby": invalid ? `${id}-error` : undefined };
  if (fact.kind === "multi") {
    const list = Array.isArray(value) ? value : [];
    return (
      <fieldset {...aria}>
        <div className="flex flex-col gap-2">
          {fact.options.map((o) => (
            <label key={o.value} className="inline-flex min-h-8 items-center gap-2 text-sm">
              <input type="checkbox" className="h-4 w-4 accent-brand-600" checked={list.includes(o.value)}
                onChange={(e) => onChange(e.target.checked ? [...list, o.value] : list.filter((x) => x !== o.value))} />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (fact.kind === "bool" || fact.kind === "enum") {
    const options = fact.kind === "bool" ? [{ value: "true", label: t("yes") }, { value: "false", label: t("no") }] : fact.options;
    return (
      <select className="input max-w-xs" value={String(value)} onChange={(e) => onChange(e.target.value)} {...aria}>
        <option value="" />
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    );
  }
  return (
    <input className="input max-w-xs tabular-nums" type={fact.kind === "date" ? "date" : "text"} inputMode={fact.kind === "money" ? "decimal" : fact.kind === "int" ? "numeric" : undefined}
      value={String(value)} onChange={(e) => onChange(e.target.value)} {...aria} data-testid="profile-fact-input" />
  );
}

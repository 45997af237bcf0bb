"use client";
import { useTranslations } from "next-intl";
import { useWatch, type Control } from "react-hook-form";
import type { MeasureDef } from "@/rules/core/measure";
import { formatFact } from "@/lib/format-fact";
import { formFacts, type CaseFormValues } from "./schemas";

/**
 * The facts the form does not ask because `source` settles them (c09: the year end from the fiscal
 * year), shown with their value as it follows from the answers so far.
 */
export function DerivedFacts({ measure, source, control, en }: { measure: MeasureDef; source: string; control: Control<CaseFormValues>; en: boolean }) {
  const t = useTranslations("cases.form");
  const values = useWatch({ control, name: "facts" });
  const mine = Object.entries(measure.derived ?? {}).filter(([, d]) => d?.from[0] === source);
  if (mine.length === 0) return null;
  const facts = formFacts(measure, values ?? {});
  return (
    <>
      {mine.map(([name]) => {
        const spec = measure.fields.find((f) => f.name === name)!;
        const value = facts[name] === undefined ? null : formatFact(spec, facts[name], en ? "en" : "zh");
        return (
          <p key={name} className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-derived={name} aria-live="polite">
            <span className="font-medium text-slate-800">{en ? spec.en : spec.zh}</span>
            {": "}
            {value ? <span className="tabular-nums" data-testid={`derived-${name}`}>{value}</span> : <span>{t("derivedPending")}</span>}
            <span className="block text-xs text-slate-600">{t("derivedNote", { from: en ? labelOf(measure, source).en : labelOf(measure, source).zh })}</span>
          </p>
        );
      })}
    </>
  );
}

const labelOf = (m: MeasureDef, name: string) => m.fields.find((f) => f.name === name) ?? { zh: name, en: name };

import { formatWan, formatYuan } from "@/lib/money";
import type { FieldSpec } from "@/rules/core/fields";

/** A saved answer as a person reads it; null when there is none. */
export function formatFact(spec: FieldSpec, v: unknown, en: boolean): string | null {
  if (v === undefined || v === null || v === "") return null;
  switch (spec.kind) {
    case "money":
      return typeof v === "number" ? `${formatYuan(v)}（${formatWan(v)}）` : String(v);
    case "bool":
      return v === true ? (en ? "Yes" : "是") : v === false ? (en ? "No" : "否") : String(v);
    case "enum": {
      const l = typeof v === "string" ? spec.labels[v] : undefined;
      return l ? (en ? l.en : l.zh) : String(v);
    }
    case "multi": {
      if (!Array.isArray(v)) return String(v);
      if (v.length === 0) return en ? "None" : "无";
      return v.map((x) => { const l = spec.labels[String(x)]; return l ? (en ? l.en : l.zh) : String(x); }).join(en ? ", " : "、");
    }
    default:
      return String(v);
  }
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

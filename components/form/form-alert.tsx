export function FormAlert({ message, tone = "error" }: { message?: string | null; tone?: "error" | "info" | "success" }) {
  if (!message) return null;
  const cls = tone === "error" ? "border-red-200 bg-red-50 text-red-800" : tone === "success" ? "border-green-200 bg-green-50 text-green-800" : "border-brand-100 bg-brand-50 text-brand-800";
  return <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${cls}`}>{message}</div>;
}

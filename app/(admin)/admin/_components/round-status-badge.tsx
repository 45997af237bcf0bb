const TONE = { draft: "bg-slate-100 text-slate-700", open: "bg-green-100 text-green-800", closed: "bg-amber-100 text-amber-900" } as const;

export function RoundStatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${TONE[status as keyof typeof TONE] ?? TONE.draft}`} data-testid="round-status">
      {label}
    </span>
  );
}

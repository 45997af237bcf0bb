// A wide table that scrolls sideways on a phone, and says so: a hint above it below md width, and
// shadows at the edges while there is more to see (the scroll-shadow utility, pure CSS). The region
// is focusable so a keyboard can scroll it too.
export function ScrollTable({ label, hint, children }: { label: string; hint: string; children: React.ReactNode }) {
  return (
    <>
      <p className="flex items-center gap-1 px-4 pb-1 text-xs text-slate-600 md:hidden" data-testid="scroll-hint">
        <span aria-hidden>↔</span> {hint}
      </p>
      <div className="scroll-shadow overflow-x-auto" tabIndex={0} role="region" aria-label={label} data-testid="scroll-table">
        {children}
      </div>
    </>
  );
}

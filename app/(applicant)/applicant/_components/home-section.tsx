/** A section of the applicant's home page: a heading, one line saying what it holds, its content. */
export function HomeSection({ id, title, lead, testId, children }: { id: string; title: string; lead: string; testId: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3" aria-labelledby={id} data-testid={testId}>
      <div>
        <h2 id={id} className="text-lg font-semibold">{title}</h2>
        <p className="help">{lead}</p>
      </div>
      {children}
    </section>
  );
}

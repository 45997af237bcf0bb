import type { ReactNode } from "react";

/** An admin page's title and the sentence that says what the page is for (and anything that belongs under them). */
export function AdminHeader({ title, lead, children }: { title: string; lead: string; children?: ReactNode }) {
  return (
    <div>
      <h1 className="page-title">{title}</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{lead}</p>
      {children}
    </div>
  );
}

"use client";
import { ErrorView } from "@/components/error-view";
import { usePageLocale } from "@/components/locale-context";

// A page or a route group's layout that failed (an aborted request, a server error): the message in
// the page's language with a retry, inside the site's header and footer. The route groups share the
// root layout's frame, so this one boundary serves them all; errors of the root layout itself reach
// app/global-error.tsx.
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} locale={usePageLocale()} />;
}

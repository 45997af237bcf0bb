"use client";
import { useSyncExternalStore, type ComponentProps } from "react";

const noop = () => () => {};

/** false while the server's HTML is showing, true once React runs in the browser */
export function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}

/**
 * A form handled in the browser (onSubmit). Until the page has hydrated its fields and buttons are
 * disabled: a click or Enter before that would otherwise submit the form natively, as a GET of
 * the current page with every field (a password!) in the URL, and lose what was typed.
 * The classes apply to the inner fieldset, so layouts (space-y, flex, grid) work as on a form.
 */
export function HydratedForm({ className, children, ...props }: ComponentProps<"form">) {
  const hydrated = useHydrated();
  return (
    <form {...props} data-hydrated={hydrated || undefined}>
      <fieldset disabled={!hydrated} className={`m-0 min-w-0 border-0 p-0 ${className ?? ""}`}>{children}</fieldset>
    </form>
  );
}

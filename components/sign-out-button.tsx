"use client";
import { useState } from "react";
import { useHydrated } from "./form/hydrated-form";

export function SignOutButton({ label }: { label: string }) {
  const [busy, setBusy] = useState(false);
  // a click before the page's script runs would do nothing: the button waits for it
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={busy || !hydrated}
      className="rounded border border-white/50 px-2 py-1 text-white hover:bg-white/10 disabled:opacity-60"
      onClick={() => {
        setBusy(true);
        // loaded on click: next-auth's client (~12 KB gzipped) is otherwise in every page's header
        void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" }));
      }}
    >
      {label}
    </button>
  );
}

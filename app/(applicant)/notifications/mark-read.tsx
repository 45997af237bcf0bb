"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { markAllReadAction, markReadAction } from "./actions";
import { useHydrated } from "@/components/form/hydrated-form";

/** "Mark read" for one notification, or for all of them when no id is given. */
export function MarkRead({ id, label }: { id?: string; label?: string }) {
  const t = useTranslations("cases.notifications");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  return (
    <button type="button" disabled={busy || !hydrated} className={id ? "text-xs text-brand-700 underline disabled:opacity-50" : "btn-secondary"}
      onClick={async () => {
        setBusy(true);
        await (id ? markReadAction({ id }) : markAllReadAction({}));
        setBusy(false);
        router.refresh();
      }}>
      {id ? t("markRead") : t("markAllRead")}{label && <span className="sr-only">：{label}</span>}
    </button>
  );
}

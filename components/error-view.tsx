"use client";
import Link from "next/link";
import { useEffect, useTransition } from "react";
import en from "@/lib/i18n/messages/en/errors.json";
import zh from "@/lib/i18n/messages/zh/errors.json";

const TEXT = { zh: zh.errorPage, en: en.errorPage };

/**
 * What a page that failed to load shows, in the page's language: what happened, a retry that
 * re-fetches the page from the server (Next's `retry`), a way home, and a server error's digest as
 * its reference. Never the error's message: it may hold internals.
 */
export function ErrorView({ error, retry, locale }: { error: unknown; retry: () => void; locale: "zh" | "en" }) {
  const t = TEXT[locale];
  const [pending, start] = useTransition();
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  useEffect(() => console.error(error), [error]);
  return (
    <div className="mx-auto max-w-md py-12 text-center" role="alert" data-testid="error-page" lang={locale === "en" ? "en" : "zh-CN"}>
      <p aria-hidden className="text-5xl font-bold text-slate-300">!</p>
      <h1 className="page-title mt-2">{t.title}</h1>
      <p className="mt-2 text-slate-700">{t.body}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" className="btn-primary" disabled={pending} data-testid="error-retry" onClick={() => start(retry)}>
          {pending ? t.retrying : t.retry}
        </button>
        <Link href="/" className="btn-secondary">{t.home}</Link>
      </div>
      {digest && <p className="mt-6 text-xs text-slate-500">{t.reference.replace("{digest}", digest)}</p>}
    </div>
  );
}

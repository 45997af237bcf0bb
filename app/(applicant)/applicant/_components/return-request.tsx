import { getTranslations } from "next-intl/server";

/** What the reviewer asked to correct when returning the case. */
export async function ReturnRequest({ request }: { request: { reason: string; fixList: string[] } }) {
  const t = await getTranslations("cases.case");
  return (
    <section className="rounded-lg border border-amber-300 bg-amber-50 p-4" aria-labelledby="return-title" data-testid="return-request">
      <h2 id="return-title" className="font-semibold text-amber-900">{t("returnTitle")}</h2>
      {request.reason && <p className="mt-1 text-sm text-slate-900">{request.reason}</p>}
      {request.fixList.length > 0 && (
        <ol className="mt-2 list-inside list-decimal space-y-1 text-sm text-slate-900">
          {request.fixList.map((x, i) => <li key={i}>{x}</li>)}
        </ol>
      )}
    </section>
  );
}

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { utcToBeijingInput } from "@/lib/admin/beijing-time";
import { formatDateTime } from "@/lib/format-date";
import { listPendingPrivileges } from "@/lib/admin/privileges";
import { listOrganisations, listStaff } from "@/lib/admin/users";
import { listBureauContacts } from "@/lib/bureaus/admin";
import { guardPage } from "@/lib/auth/guard-page";
import { Pager } from "../_components/pager";
import { BlacklistControl } from "./blacklist-control";
import { CreateStaffForm } from "./create-staff-form";
import { PendingApprovals, type PendingRow } from "./pending-approvals";
import { StaffActions } from "./staff-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const user = await guardPage("/admin/users", "admin");
  const { q = "", page = "1" } = await searchParams;
  const [t, tr, to, locale] = await Promise.all([getTranslations("admin.users"), getTranslations("roles"), getTranslations("orgTypes"), getLocale()]);
  const [staff, orgs, bureauRows, requests] = await Promise.all([
    listStaff(user), listOrganisations(user, q, Number(page) || 1), listBureauContacts(user), listPendingPrivileges(user),
  ]);
  const bureaus = bureauRows.filter((b) => b.id !== "finance").map((b) => ({ id: b.id, name: locale === "en" ? b.nameEn : b.nameZh }));
  const bureauName = new Map(bureauRows.map((b) => [b.id, locale === "en" ? b.nameEn : b.nameZh]));
  const today = utcToBeijingInput(new Date()).slice(0, 10);
  const roleText = (role: string | null, bureauId: string | null) => role ? `${tr(role as "admin")}${bureauId ? ` · ${bureauName.get(bureauId) ?? bureauId}` : ""}` : null;
  const pendingRows: PendingRow[] = requests.map((r) => ({
    id: r.id, kind: r.kind, email: r.target.email, name: r.target.name, grant: r.kind === "reset_password" || r.kind === "reset_second_factor" ? null : roleText(r.role, r.bureauId),
    requestedBy: r.requestedByName, at: formatDateTime(r.createdAt, locale), own: r.requestedById === user.id, aboutSelf: r.target.id === user.id,
  }));
  const pages = Math.max(1, Math.ceil(orgs.total / orgs.pageSize));
  const current = Math.min(Math.max(1, Number(page) || 1), pages);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
      </div>

      <PendingApprovals rows={pendingRows} />

      <section aria-labelledby="staff-title" className="space-y-4">
        <h2 id="staff-title" className="text-lg font-semibold">{t("staff")}</h2>
        <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
          <ul className="card divide-y divide-slate-100 p-0" data-testid="staff-list">
            {staff.map((s) => (
              <li key={s.id} className="space-y-2 px-4 py-3" data-testid={`staff-${s.email}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                  <p className="font-medium">
                    {s.name}{s.id === user.id && <span className="ml-1 text-xs text-slate-500">{t("you")}</span>}
                    <span className="ml-2 text-sm font-normal text-slate-600">{s.email}</span>
                  </p>
                  <span className="flex gap-1">
                    {s.privilegeRequests.length > 0 && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900" data-testid="staff-pending">{t("pendingStatus")}</span>}
                    <span className={`rounded-full px-2 py-0.5 text-xs ${s.active ? "bg-green-100 text-green-800" : "bg-slate-200 text-slate-700"}`} data-testid="staff-status">
                      {s.active ? t("active") : t("inactive")}
                    </span>
                  </span>
                </div>
                <p className="text-sm text-slate-700">
                  {roleText(s.role, s.bureauId)} · {t("lastLogin")}{s.lastLoginAt ? formatDateTime(s.lastLoginAt, locale) : t("never")}
                </p>
                <StaffActions staff={{ id: s.id, email: s.email, role: s.role as "reviewer", bureauId: s.bureauId, active: s.active, pending: s.privilegeRequests.length > 0, hasFactor: !!s.secondFactor }} self={s.id === user.id} bureaus={bureaus} />
              </li>
            ))}
          </ul>
          <CreateStaffForm bureaus={bureaus} />
        </div>
      </section>

      <section aria-labelledby="orgs-title" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="orgs-title" className="text-lg font-semibold">{t("orgs")}</h2>
            <p className="text-sm text-slate-700">{t("orgsLead", { count: orgs.total })}</p>
          </div>
          <form method="get" action="/admin/users" className="flex items-end gap-2" role="search">
            <div>
              <label htmlFor="q" className="label">{t("orgSearch")}</label>
              <input id="q" name="q" defaultValue={q} className="input w-56" />
            </div>
            <button type="submit" className="btn-secondary">{t("search")}</button>
          </form>
        </div>
        <ul className="card divide-y divide-slate-100 p-0" data-testid="org-list">
          {orgs.rows.map((o) => (
            <li key={o.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between" data-testid={`org-${o.creditCode}`}>
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">{o.name}</p>
                <p className="text-slate-600"><span className="font-mono">{o.creditCode}</span> · {to(o.orgType)} · {o.registeredInCity ? t("inCity") : t("notInCity")} · {t("counts", { users: o._count.users, cases: o._count.cases })}</p>
                {o.creditBlacklisted && (
                  <p className="mt-1 text-gov-red" data-testid="blacklisted">
                    {t("blacklistedSince", { date: o.blacklistedAt ? utcToBeijingInput(o.blacklistedAt).slice(0, 10) : "—" })}：{o.blacklistReason}
                  </p>
                )}
              </div>
              <div className="sm:w-72 sm:shrink-0 sm:text-right">
                <BlacklistControl organisationId={o.id} blacklisted={o.creditBlacklisted} today={today} />
              </div>
            </li>
          ))}
          {orgs.rows.length === 0 && <li className="px-4 py-6 text-center text-sm text-slate-600">{t("orgEmpty")}</li>}
        </ul>
        <Pager page={current} pages={pages} href={(p) => `/admin/users?${new URLSearchParams({ q, page: String(p) })}`} />
      </section>
    </div>
  );
}

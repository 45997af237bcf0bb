"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { STAFF_ROLES, type StaffRole } from "@/lib/admin/user-schema";
import { useErrorText } from "@/components/use-error-text";
import { resetSecondFactorAction, resetStaffPasswordAction, setStaffActiveAction, setStaffRoleAction } from "./actions";
import { HydratedForm } from "@/components/form/hydrated-form";

type Staff = { id: string; email: string; role: StaffRole; bureauId: string | null; active: boolean; pending: boolean; hasFactor: boolean };

/**
 * Per-account actions: role, password reset, deactivate / reactivate. Not offered on one's own
 * account where refused; while a request for the account waits for approval only deactivation is
 * (the service refuses a second request: privilege_pending).
 */
export function StaffActions({ staff, self, bureaus }: { staff: Staff; self: boolean; bureaus: { id: string; name: string }[] }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("roles");
  const errText = useErrorText("admin");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<{ text: string; ok: boolean } | null>(null);
  const [role, setRole] = useState<StaffRole>(staff.role);
  const [bureauId, setBureauId] = useState(staff.bureauId ?? "sci-tech");
  const [password, setPassword] = useState("");

  const done = (res: { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> }, okText: string) => {
    if (res.ok) {
      setMsg({ text: okText, ok: true });
      router.refresh();
    } else setMsg({ text: errText(Object.values(res.fieldErrors ?? {})[0] ?? res.error) ?? "", ok: false });
  };

  return (
    <div className="space-y-2 text-sm">
      <div className="flex flex-wrap gap-2">
        {!self && (staff.active ? (
          <button type="button" className="btn-secondary px-3 py-1 text-gov-red" disabled={pending} data-testid="deactivate"
            onClick={() => start(async () => done(await setStaffActiveAction({ userId: staff.id, active: false }), t("deactivated")))}>{t("deactivate")}</button>
        ) : !staff.pending && (
          <button type="button" className="btn-secondary px-3 py-1" disabled={pending}
            onClick={() => start(async () => done(await setStaffActiveAction({ userId: staff.id, active: true }), t("activated")))}>{t("activate")}</button>
        ))}
        {!staff.pending && !self && staff.hasFactor && (
          <button type="button" className="btn-secondary px-3 py-1" disabled={pending} data-testid="reset-factor"
            onClick={() => start(async () => done(await resetSecondFactorAction({ userId: staff.id }), t("resetFactorDone")))}>{t("resetFactor")}</button>
        )}
        {!staff.pending && (<>
          <details className="group">
            <summary className="btn-secondary cursor-pointer list-none px-3 py-1">{t("resetPassword")}</summary>
            <HydratedForm className="mt-2 flex flex-wrap items-end gap-2" onSubmit={(e) => {
              e.preventDefault();
              start(async () => {
                done(await resetStaffPasswordAction({ userId: staff.id, password }), t("resetDone"));
                setPassword("");
              });
            }}>
              <label className="text-xs text-slate-600" htmlFor={`pw-${staff.id}`}>{t("newPassword")}</label>
              <input id={`pw-${staff.id}`} type="password" autoComplete="new-password" className="input w-48 py-1" value={password} onChange={(e) => setPassword(e.target.value)} />
              <button type="submit" className="btn-primary px-3 py-1" disabled={pending}>{t("reset")}</button>
            </HydratedForm>
          </details>
          <details>
            <summary className="btn-secondary cursor-pointer list-none px-3 py-1">{t("changeRole")}</summary>
            <HydratedForm className="mt-2 flex flex-wrap items-end gap-2" onSubmit={(e) => {
              e.preventDefault();
              start(async () => done(await setStaffRoleAction({ userId: staff.id, role, bureauId }), t("roleSaved")));
            }}>
              <label className="sr-only" htmlFor={`role-${staff.id}`}>{t("role")}</label>
              <select id={`role-${staff.id}`} className="input w-32 py-1" value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
                {STAFF_ROLES.map((r) => <option key={r} value={r} disabled={self && r !== "admin"}>{tr(r)}</option>)}
              </select>
              {role === "reviewer" && (
                <>
                  <label className="sr-only" htmlFor={`bureau-${staff.id}`}>{t("bureau")}</label>
                  <select id={`bureau-${staff.id}`} className="input w-48 py-1" value={bureauId} onChange={(e) => setBureauId(e.target.value)}>
                    {bureaus.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
                  </select>
                </>
              )}
              <button type="submit" className="btn-primary px-3 py-1" disabled={pending}>{t("saveRole")}</button>
            </HydratedForm>
          </details>
        </>)}
      </div>
      {msg && <p role={msg.ok ? "status" : "alert"} className={msg.ok ? "text-green-800" : "field-error"}>{msg.text}</p>}
    </div>
  );
}

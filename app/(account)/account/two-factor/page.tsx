import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { ENROL_PATH, guardEnrolmentPage, HOME_BY_ROLE } from "@/lib/auth/guard-page";
import { safeNextPath } from "@/lib/auth/navigation";
import { factorRequired, factorStatus, pendingEnrolment } from "@/lib/auth/second-factor";
import { env } from "@/lib/env";
import { EnrolForm } from "./enrol-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("title") };
}

const ORIGIN = env.NEXTAUTH_URL ?? "http://localhost";

/** Enrolment of the TOTP factor: required for staff before anything else, an option for applicants. */
export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const s = await guardEnrolmentPage(ENROL_PATH);
  const { next } = await searchParams;
  const t = await getTranslations("twoFactor");
  const status = await factorStatus(s.user.id);
  const lead = factorRequired(s.user.role) ? t("requiredLead") : t("optionalLead");
  if (status.enrolled) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="page-title">{t("title")}</h1>
        <div className="card space-y-2" data-testid="factor-enabled">
          <p className="font-medium text-green-800">{t("enabled")}</p>
          <p className="text-sm text-slate-700">{t("recoveryLeft", { count: status.recoveryLeft })}</p>
          <p className="text-sm text-slate-700">{t("lostHelp")}</p>
        </div>
      </div>
    );
  }
  const { secret, uri } = await pendingEnrolment(s.user);
  // rendered here, as an SVG data URL: the page's CSP allows data: images, no script draws it
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const qr = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  const then = safeNextPath(typeof next === "string" ? next : undefined, ORIGIN) ?? HOME_BY_ROLE[s.user.role];
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="page-title">{t("title")}</h1>
      <p className="text-slate-700">{lead}</p>
      <EnrolForm next={then} qr={qr} secret={secret.match(/.{1,4}/g)!.join(" ")} />
    </div>
  );
}

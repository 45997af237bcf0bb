import { ClientMessages } from "@/components/client-messages";
import { REVIEW_CLIENT_NAMESPACES } from "@/lib/i18n/review-client-namespaces";

// the review area's client components get the namespaces they use, not the whole catalogue
export default function AreaLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={REVIEW_CLIENT_NAMESPACES}>{children}</ClientMessages>;
}

import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/pick-messages";

/**
 * Hands the client components below only the message namespaces they use ("signIn", "policy.calc").
 * A provider without `messages` serialises the whole catalogue (~50 KB) into the page's HTML, and its
 * runtime (use-intl, intl-messageformat) loads only on pages that render one.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const messages = pickMessages((await getMessages()) as Parameters<typeof pickMessages>[0], namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

import { NextIntlClientProvider } from "next-intl";

// the signed-in area's client components get the whole message catalogue (the root layout gives none)
export default function AreaLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}

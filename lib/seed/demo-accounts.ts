// Demo accounts created by the seed; printed when the demo starts and listed in README.md.
export const DEMO_PASSWORD = "Weihai@2026";
/**
 * The demo staff accounts' TOTP secret (ADR 022), seeded only for the demo (DEMO_MODE=1) and the
 * e2e database: add it to an authenticator app to sign in as staff. A real installation's staff
 * enrol their own factor; nothing presets one.
 */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPWEIHAIDEMOTWOFAC";

export const DEMO_ORGS = [
  { key: "enterprise", creditCode: "91371000MA3C8QXK1C", name: "威海华锐智能装备有限公司", orgType: "enterprise", contactName: "王敏", contactPhone: "13806310001",
    bankName: "中国工商银行威海分行营业部", bankAccountNo: "1614010109200123456" },
  { key: "university", creditCode: "123710004955710075", name: "威海滨海理工大学", orgType: "university", contactName: "刘洋", contactPhone: "13806310002",
    bankName: "中国建设银行威海高区支行", bankAccountNo: "37050166610100004321" },
] as const;

export const DEMO_USERS = [
  { email: "enterprise@demo.weihai.gov.cn", name: "王敏", role: "applicant", org: "enterprise", label: "企业申报人 Enterprise applicant" },
  { email: "university@demo.weihai.gov.cn", name: "刘洋", role: "applicant", org: "university", label: "高校申报人 University applicant" },
  { email: "reviewer1@demo.weihai.gov.cn", name: "张审核", role: "reviewer", bureau: "sci-tech", label: "科技局审核员 A Reviewer A (sci-tech)" },
  { email: "reviewer2@demo.weihai.gov.cn", name: "李复核", role: "reviewer", bureau: "sci-tech", label: "科技局审核员 B Reviewer B (sci-tech)" },
  { email: "reviewer3@demo.weihai.gov.cn", name: "陈核查", role: "reviewer", bureau: "sci-tech", label: "科技局审核员 C Reviewer C (sci-tech): objections" },
  { email: "reviewer4@demo.weihai.gov.cn", name: "杨确认", role: "reviewer", bureau: "sci-tech", label: "科技局审核员 D Reviewer D (sci-tech): confirms C" },
  { email: "reviewer-it@demo.weihai.gov.cn", name: "赵工信", role: "reviewer", bureau: "industry-it", label: "工信局审核员 Reviewer (industry-it)" },
  { email: "reviewer-mr@demo.weihai.gov.cn", name: "钱市监", role: "reviewer", bureau: "market-regulation", label: "市场监管局审核员 Reviewer (market-regulation)" },
  { email: "reviewer-fr@demo.weihai.gov.cn", name: "孙金融", role: "reviewer", bureau: "financial-regulation", label: "金融监管局审核员 Reviewer (financial-regulation)" },
  { email: "finance@demo.weihai.gov.cn", name: "周财务", role: "finance", bureau: "finance", label: "财政局 Finance officer" },
  { email: "finance2@demo.weihai.gov.cn", name: "冯出纳", role: "finance", bureau: "finance", label: "财政局 B Finance officer B (marks A's payment batches paid)" },
  { email: "admin@demo.weihai.gov.cn", name: "吴管理", role: "admin", label: "管理员 Admin" },
  { email: "admin2@demo.weihai.gov.cn", name: "郑复核", role: "admin", label: "管理员 B Admin B (approves A's staff changes)" },
] as const;

export function demoAccountsText({ secondFactor = false } = {}): string {
  const lines = [
    "Demo accounts (password for all: " + DEMO_PASSWORD + "):",
    ...DEMO_USERS.map((u) => `  ${u.email.padEnd(34)} ${u.label}`),
    `  (applicants may also sign in with the credit code: ${DEMO_ORGS.map((o) => o.creditCode).join(", ")})`,
    secondFactor
      ? `  Staff sign in with a second factor: add the TOTP secret ${DEMO_TOTP_SECRET} (SHA-1, 6 digits, 30 s) to an authenticator app\n` +
        `  (or open otpauth://totp/demo?secret=${DEMO_TOTP_SECRET}&issuer=Weihai-demo) and enter its code after the password.`
      : "  Staff enrol a TOTP second factor (authenticator app) at their first sign-in.",
  ];
  return lines.join("\n");
}

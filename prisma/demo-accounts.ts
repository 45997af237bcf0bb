// Demo accounts created by the seed; printed when the demo starts and listed in README.md.
export const DEMO_PASSWORD = "Weihai@2026";

export const DEMO_ORGS = [
  { key: "enterprise", creditCode: "91371000MA3C8QXK09", name: "威海华锐智能装备有限公司", orgType: "enterprise", contactName: "王敏", contactPhone: "13806310001" },
  { key: "university", creditCode: "12371000495571000F", name: "威海滨海理工大学", orgType: "university", contactName: "刘洋", contactPhone: "13806310002" },
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
  { email: "admin@demo.weihai.gov.cn", name: "吴管理", role: "admin", label: "管理员 Admin" },
  { email: "admin2@demo.weihai.gov.cn", name: "郑复核", role: "admin", label: "管理员 B Admin B (approves A's staff changes)" },
] as const;

export function demoAccountsText(): string {
  const lines = [
    "Demo accounts (password for all: " + DEMO_PASSWORD + "):",
    ...DEMO_USERS.map((u) => `  ${u.email.padEnd(34)} ${u.label}`),
    `  (applicants may also sign in with the credit code: ${DEMO_ORGS.map((o) => o.creditCode).join(", ")})`,
  ];
  return lines.join("\n");
}

import { bool, eventDate, money } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";
import { mulDiv } from "../core/money";

export interface C24BankFacts {
  isCooperatingBank: boolean;
  newLoanBalanceFen: number;
  eventDate: string;
}

const MAX_MONEY_FEN = 1e15; // the largest money fact the fields accept (core/fields.ts)

export default defineMeasure<C24BankFacts>({
  id: "c24-bank-risk-subsidy",
  clause: 24,
  kind: "formula",
  title: { zh: "合作银行“卡脖子攻关贷”风险资金补助", en: "Risk subsidy to cooperating banks for bottleneck loans" },
  summary: {
    zh: "对合作银行当年新增的“卡脖子攻关贷”贷款余额，给予不超过0.6%的风险资金补助",
    en: "Up to 0.6% of a cooperating bank's new bottleneck-loan balance of the year",
  },
  quote:
    "面向高新技术企业征集并建立“卡脖子”攻关项目库,按一定比例择优给予不超过50万元的财政“拨”款补助,推荐投资机构按程序优先“投”资,遴选合作银行机构提供额度不超过2000万元、无需抵质押物、期限不超过3年、利率不超过基准利率执行的“贷”款,对合作银行当年新增的“卡脖子攻关贷”贷款余额,给予不超过0.6%的风险资金补助。",
  orgTypes: ["bank"],
  leadBureau: "sci-tech",
  coBureaus: ["financial-regulation"],
  once: false,
  maxFen: mulDiv(MAX_MONEY_FEN, 6, 1000),
  monotoneIn: ["newLoanBalanceFen"],
  fields: [
    bool("isCooperatingBank", "是否经遴选的合作银行", "Selected cooperating bank", {
      zh: "已被遴选为“拨投贷保”合作银行机构", en: "Selected as a cooperating bank of the grant-invest-loan-insure scheme",
    }),
    money("newLoanBalanceFen", "当年新增“卡脖子攻关贷”贷款余额", "New bottleneck-loan balance of the year", {
      zh: "当年新发放、年末仍未收回的“卡脖子攻关贷”余额合计",
      en: "Balance at year end of bottleneck loans granted during the year",
    }),
    eventDate("余额统计截止日期", "Balance reporting date"),
  ],
  documents: [
    { key: "cooperation_agreement", zh: "合作银行遴选文件或合作协议", en: "Selection notice or cooperation agreement" },
    { key: "loan_ledger", zh: "当年新增“卡脖子攻关贷”贷款台账", en: "Ledger of the year's new bottleneck loans", template: { file: "bottleneck-loan-ledger.xlsx", label: { zh: "当年新增“卡脖子攻关贷”贷款台账", en: "Ledger of the year's new bottleneck loans" } } },
    { key: "loan_contracts", zh: "贷款合同清单", en: "List of loan contracts", template: { file: "bottleneck-loan-contracts.xlsx", label: { zh: "贷款合同清单", en: "List of loan contracts" } } },
  ],
  rule(f, ctx) {
    // "遴选合作银行机构提供…“贷”款"
    ctx.check(f.isCooperatingBank, "cooperating_bank",
      f.isCooperatingBank ? "属经遴选的合作银行（第24条）" : "不是经遴选的合作银行（第24条仅补助合作银行）",
      f.isCooperatingBank ? "Selected cooperating bank (clause 24)" : "Not a selected cooperating bank; clause 24 pays cooperating banks only");
    // "对合作银行当年新增的“卡脖子攻关贷”贷款余额,给予不超过0.6%的风险资金补助"
    const ceilingFen = mulDiv(f.newLoanBalanceFen, 6, 1000);
    ctx.step("risk_subsidy", { newLoanBalanceFen: f.newLoanBalanceFen, rate: "6/1000" }, ceilingFen);
    ctx.check(true, "amount",
      `补助上限 = 当年新增贷款余额 ${yuan(f.newLoanBalanceFen)} × 0.6% = ${yuan(ceilingFen)}（第24条）`,
      `Ceiling = new loan balance ${yuan(f.newLoanBalanceFen)} × 0.6% = ${yuan(ceilingFen)} (clause 24)`);
    return { ceilingFen, fixed: false };
  },
});

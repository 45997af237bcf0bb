// What each downloadable template holds: the columns of a list (xlsx) or the text of a declaration
// (pdf). The measures name the templates (rules/measures/*: documents[].template); make-templates.ts
// writes one file per name under public/templates/. A template is what the applicant fills in
// itself; certificates and approvals issued by others have none.

export interface Column {
  title: string;
  width: number;
  /** money in yuan: formatted, and summed in a total row */
  money?: boolean;
  /** a date: formatted YYYY-MM-DD */
  date?: boolean;
}

export interface SheetSpec {
  name: string;
  columns: Column[];
}

export type TemplateSpec =
  | { kind: "xlsx"; notes: string[]; sheets: SheetSpec[] }
  | { kind: "pdf"; paragraphs: string[]; fields: string[] };

const NO = { title: "序号", width: 7 };
const ORG = { title: "企业名称", width: 32 };
const CODE = { title: "统一社会信用代码", width: 22 };

const expenseList = (what: string): TemplateSpec => ({
  kind: "xlsx",
  notes: [`逐笔填写${what}，每笔支出须有对应的发票和付款凭证（一并上传）。`, "金额单位为元，保留两位小数；最后一行合计自动计算。"],
  sheets: [{
    name: "支出明细",
    columns: [NO, { title: "支出日期", width: 13, date: true }, { title: "支出事项", width: 30 }, { title: "收款单位", width: 28 },
      { title: "金额（元）", width: 15, money: true }, { title: "发票号码", width: 18 }, { title: "付款凭证号", width: 18 }],
  }],
});

export const TEMPLATE_SPECS: Record<string, TemplateSpec> = {
  "hte-service-list.xlsx": {
    kind: "xlsx",
    notes: ["评价期内提供高新技术企业认定培育服务的全部企业，每家一行；服务协议扫描件一并上传。", "“是否通过认定”填“是”或“否”；通过的，填写证书编号。"],
    sheets: [{ name: "服务企业清单", columns: [NO, ORG, CODE, { title: "服务内容", width: 30 }, { title: "服务协议签订日期", width: 16, date: true }, { title: "是否通过认定", width: 12 }, { title: "高新技术企业证书编号", width: 22 }] }],
  },
  "hte-certified-list.xlsx": {
    kind: "xlsx",
    notes: ["服务企业中当期通过高新技术企业认定的企业，每家一行，附证书复印件。", "通过认定的企业数不能超过服务企业数（申报表中两项须一致）。"],
    sheets: [{ name: "通过认定企业名单", columns: [NO, ORG, CODE, { title: "高新技术企业证书编号", width: 22 }, { title: "发证日期", width: 13, date: true }] }],
  },
  "event-expenditure-list.xlsx": expenseList("承办（协办）活动的实际支出"),
  "science-popularization-expense-list.xlsx": expenseList("科普工作经费支出"),
  "bottleneck-loan-ledger.xlsx": {
    kind: "xlsx",
    notes: ["当年新发放的“卡脖子攻关贷”，每笔一行；年末余额合计应与申报表“当年新增贷款余额”一致。", "金额单位为元。"],
    sheets: [{ name: "贷款台账", columns: [NO, { title: "借款企业", width: 30 }, CODE, { title: "贷款合同编号", width: 20 }, { title: "放款日期", width: 13, date: true }, { title: "到期日期", width: 13, date: true }, { title: "贷款金额（元）", width: 16, money: true }, { title: "年末余额（元）", width: 16, money: true }, { title: "攻关项目名称", width: 28 }] }],
  },
  "bottleneck-loan-contracts.xlsx": {
    kind: "xlsx",
    notes: ["与贷款台账逐笔对应的贷款合同，每份一行。"],
    sheets: [{ name: "贷款合同清单", columns: [NO, { title: "贷款合同编号", width: 20 }, { title: "借款企业", width: 30 }, { title: "签订日期", width: 13, date: true }, { title: "合同金额（元）", width: 16, money: true }, { title: "贷款期限（月）", width: 12 }] }],
  },
  "award-distribution-plan.xlsx": {
    kind: "xlsx",
    notes: ["配套奖励的50%奖励项目主要完成人，50%由第一完成单位自主用于科研（第22条）。", "两张表的金额合计各为配套奖励的一半。"],
    sheets: [
      { name: "主要完成人名单", columns: [{ title: "排名", width: 7 }, { title: "姓名", width: 14 }, { title: "工作单位", width: 30 }, { title: "职务或职称", width: 16 }, { title: "分配金额（元）", width: 16, money: true }] },
      { name: "科研经费使用计划", columns: [NO, { title: "用途", width: 30 }, { title: "具体内容", width: 36 }, { title: "金额（元）", width: 16, money: true }, { title: "计划使用时间", width: 14 }] },
    ],
  },
  "consortium-fund-use-plan.xlsx": {
    kind: "xlsx",
    notes: ["补助资金用于科技咨询、技术转移、规划研讨、学术交流等（第18条），“用途类别”从中选填。", "金额单位为元。"],
    sheets: [{ name: "补助资金使用计划", columns: [NO, { title: "用途类别", width: 14 }, { title: "具体内容", width: 40 }, { title: "金额（元）", width: 16, money: true }, { title: "计划时间", width: 14 }, { title: "负责单位", width: 24 }] }],
  },
  "talent-service-results.xlsx": {
    kind: "xlsx",
    notes: ["受委托期间引进的人才、项目和技术，每项一行；“类别”填“人才”“项目”或“技术”。", "附引进协议、劳动合同或落地证明等佐证材料。"],
    sheets: [{ name: "引才服务成果清单", columns: [NO, { title: "类别", width: 10 }, { title: "名称或姓名", width: 24 }, { title: "引进单位", width: 28 }, { title: "落地时间", width: 13, date: true }, { title: "佐证材料", width: 30 }] }],
  },
  "sme-declaration.pdf": {
    kind: "pdf",
    paragraphs: [
      "威海市市场监督管理局：",
      "本单位郑重声明：根据《中小企业划型标准规定》（工信部联企业〔2011〕300号）及国家统计局《统计上大中小微型企业划分办法》，本单位属于下列所填类型的企业，所填从业人员、营业收入和资产总额均真实、准确。",
      "如有不实，本单位愿承担相应责任，并退回已获得的知识产权质押融资贴息资金。",
    ],
    fields: ["单位名称（盖章）", "统一社会信用代码", "所属行业", "企业类型（中型／小型／微型）", "上年末从业人员（人）", "上年度营业收入（万元）", "上年末资产总额（万元）", "法定代表人（签字）", "日期"],
  },
};

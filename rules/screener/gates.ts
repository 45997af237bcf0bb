// The screener's gate questions: what must have happened for a measure to pay at all (an approval,
// a loan, an award…), grouped so that one multiple-choice question settles a whole family of
// measures. A measure not ticked is settled as not applicable; a ticked one goes on to its facts.
// `implies` are facts the ticked sentence states outright (it says "filed", so filedAtCityLevel).
// c09 has no gate: its facts are the shared R&D figures and qualifications.
import type { Label } from "../core/fields";

export interface Gate extends Label {
  measure: string;
  implies?: Record<string, unknown>;
}

export interface GateGroup {
  id: string;
  title: Label;
  help: Label;
  gates: Gate[];
}

const g = (measure: string, zh: string, en: string, implies?: Record<string, unknown>): Gate => ({ measure, zh, en, implies });

export const GATE_GROUPS: readonly GateGroup[] = [
  {
    id: "platforms",
    title: { zh: "近一年内，贵单位有下列创新平台或研发机构方面的情况吗？", en: "In the past year, did your organisation have any of these innovation platforms or R&D institutions?" },
    help: { zh: "可多选；都没有请选“以上都没有”。", en: "Tick all that apply, or “None of these”." },
    gates: [
      g("c01-national-key-lab", "获批全国重点实验室（牵头或参与创建）", "Approved national key laboratory (lead or participant)"),
      g("c01-national-innovation-center", "获批国家技术创新中心或国家临床医学研究中心", "Approved national technology innovation centre or clinical medical research centre"),
      g("c01-provincial-innovation-community", "获批省级创新创业共同体", "Approved provincial innovation and entrepreneurship community"),
      g("c01-manufacturing-innovation-center", "获批国家级或省级制造业创新中心", "Approved national or provincial manufacturing innovation centre"),
      g("c01-provincial-platform", "新获批省级创新平台（重点实验室、技术创新中心等）", "Newly approved provincial innovation platform (key lab, technology innovation centre…)"),
      g("c01-municipal-platform", "市级创新平台完成绩效评价", "Municipal innovation platform with a completed performance evaluation"),
      g("c04-new-rnd-institution", "经市级备案的新型研发机构", "New-type R&D institution filed at city level", { filedAtCityLevel: true }),
      g("c04-offsite-rnd-center", "经市级备案的市外研发机构（人才飞地）", "R&D centre outside the city (talent enclave) filed at city level", { filedAtCityLevel: true }),
      g("c11-university-joint-rnd", "与高校院所共建的校地协同研发机构", "R&D institution built jointly with a university or institute", { jointlyBuilt: true }),
      g("c18-consortium-filing", "牵头组建并经市级备案的创新联合体", "Innovation consortium led by you and filed at city level", { filedAtCityLevel: true }),
      g("c31-pilot-base", "经市级备案的中试示范基地", "Pilot-scale demonstration base filed at city level", { filedAtCityLevel: true }),
    ],
  },
  {
    id: "projects",
    title: { zh: "近一年内，贵单位有下列项目、奖项或活动吗？", en: "In the past year, did your organisation have any of these projects, awards or events?" },
    help: { zh: "可多选；都没有请选“以上都没有”。", en: "Tick all that apply, or “None of these”." },
    gates: [
      g("c07-key-tech-project", "承担“揭榜挂帅”或“技术总师负责制”项目并获立项", "Approved “open competition” or “chief technologist” project", { projectApproved: true }),
      g("c16-sme-capability-project", "获省科技型中小企业创新能力提升工程立项", "Approved provincial tech-SME innovation capability project", { provincialApproved: true }),
      g("c16-innovation-contest", "中国创新创业大赛进入全国总决赛", "Reached the national finals of the China Innovation and Entrepreneurship Competition", { reachedNationalFinals: true }),
      g("c17-hte-growth", "本年度新认定为高新技术企业", "Newly certified as a high-tech enterprise this year", { certifiedThisYear: true }),
      g("c18-consortium-project", "创新联合体科研攻关项目获立项", "Approved research project of an innovation consortium", { projectApproved: true }),
      g("c22-national-sci-tech-award", "获国家科学技术奖", "National science and technology award"),
      g("c22-provincial-sci-tech-award", "获山东省科学技术奖", "Shandong provincial science and technology award"),
      g("c22-top-science-award", "获最高科学技术奖（个人）", "Top science and technology award (individual)"),
      g("c24-bottleneck-grant", "入库“卡脖子”攻关项目获财政拨款", "Bottleneck (“卡脖子”) project in the library with a fiscal grant", { inBottleneckLibrary: true }),
      g("c13-event-host", "承办或协办科技合作活动", "Hosted or co-hosted a sci-tech cooperation event"),
      g("c32-science-popularization", "开展科普工作并参加绩效评价", "Science popularisation work with a performance evaluation"),
    ],
  },
  {
    id: "finance",
    title: { zh: "近一年内，贵单位有下列技术交易、融资或服务方面的情况吗？", en: "In the past year, did your organisation have any of these technology purchases, loans or services?" },
    help: { zh: "可多选；都没有请选“以上都没有”。", en: "Tick all that apply, or “None of these”." },
    gates: [
      g("c14-tech-contract", "购买技术，技术合同已登记", "Bought technology under a registered technology contract", { registered: true }),
      g("c23-transformation-loan-interest", "取得科技成果转化贷款", "Loan for transforming research results"),
      g("c24-bottleneck-insurance", "投保“卡脖子研发损失险”", "Bottleneck R&D loss insurance"),
      g("c25-ip-pledge-interest", "取得知识产权质押贷款", "IP-pledge loan"),
      g("c25-ip-valuation-fee", "为质押融资进行知识产权评估", "IP valuation for a pledge loan"),
      g("c25-ip-pledge-insurance", "投保知识产权质押融资保险", "IP-pledge financing insurance"),
      g("c27-tech-bank-loan-interest", "取得科技支行贷款", "Loan from a sci-tech branch bank"),
      g("c30-instrument-voucher", "使用共享科研仪器并支付服务费", "Paid for using shared research instruments"),
      g("c15-startup-landing", "初创科技企业经赛事或活动落地威海", "Start-up that settled in Weihai through a contest or event"),
    ],
  },
  {
    id: "carriers",
    title: { zh: "贵单位有下列孵化载体、园区或引智平台方面的情况吗？", en: "Does your organisation have any of these incubators, parks or foreign-expert platforms?" },
    help: { zh: "可多选；都没有请选“以上都没有”。", en: "Tick all that apply, or “None of these”." },
    gates: [
      g("c05-agri-park-upgrade", "农业科技园区升级为省级或国家级", "Agricultural sci-tech park upgraded to provincial or national level"),
      g("c29-national-carrier", "新获批国家级孵化载体（孵化器、众创空间等）", "Newly approved national incubation carrier (incubator, maker space…)"),
      g("c29-provincial-science-park", "新获批省级大学科技园", "Newly approved provincial university science park"),
      g("c29-brand-carrier", "获评省级品牌孵化载体", "Rated a provincial brand incubation carrier"),
      g("c21-foreign-expert-branch", "设立外国专家驿站分站（海外联络站）", "Branch of the foreign experts' station (overseas liaison office)"),
      g("c21-foreign-expert-studio", "建设外国专家工作室", "Foreign expert studio"),
    ],
  },
  {
    id: "services",
    title: { zh: "贵单位是否作为下列服务机构开展工作？", en: "Does your organisation work as one of these service providers?" },
    help: { zh: "可多选；都不是请选“以上都没有”。", en: "Tick all that apply, or “None of these”." },
    gates: [
      g("c14-transfer-agency", "经市级备案的技术转移服务机构", "Technology transfer agency filed at city level", { filedAtCityLevel: true }),
      g("c17-hte-cultivation-agency", "高新技术企业认定培育机构", "High-tech enterprise certification coaching agency"),
      g("c19-talent-service-agency", "受委托开展引才服务的机构", "Agency commissioned to recruit talent", { commissioned: true }),
      g("c24-bank-risk-subsidy", "合作银行，发放“卡脖子攻关贷”", "Cooperating bank lending “bottleneck” loans", { isCooperatingBank: true }),
    ],
  },
];

/** measure id -> its group and gate */
export const GATE_OF: ReadonlyMap<string, { group: GateGroup; gate: Gate }> = new Map(
  GATE_GROUPS.flatMap((group) => group.gates.map((gate) => [gate.measure, { group, gate }] as const)),
);

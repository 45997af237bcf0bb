// The catalogue's ids, clauses, titles and default grades as plain data, for pages that list the
// measures in the browser without running them (the round form): the catalogue itself (index.ts)
// carries every rule and text. titles.test.ts checks this list equals the catalogue.
import type { Grade } from "../core/types";

export interface MeasureTitle {
  id: string;
  clause: number;
  zh: string;
  en: string;
  defaultGrades?: Grade[];
}

export const MEASURE_TITLES: readonly MeasureTitle[] = [
  { id: "c01-national-key-lab", clause: 1, zh: "全国重点实验室奖励", en: "National key laboratory award" },
  { id: "c01-national-innovation-center", clause: 1, zh: "国家级技术创新中心、临床医学研究中心奖励", en: "National technology innovation / clinical research centre award" },
  { id: "c01-provincial-innovation-community", clause: 1, zh: "省级创新创业共同体奖励", en: "Provincial innovation and entrepreneurship community award" },
  { id: "c01-manufacturing-innovation-center", clause: 1, zh: "制造业创新中心奖励", en: "Manufacturing innovation centre award" },
  { id: "c01-provincial-platform", clause: 1, zh: "省级创新平台奖励", en: "Provincial innovation platform award" },
  { id: "c01-municipal-platform", clause: 1, zh: "市级创新平台绩效补助", en: "Municipal innovation platform performance subsidy", defaultGrades: ["excellent", "good"] },
  { id: "c04-new-rnd-institution", clause: 4, zh: "市级新型研发机构绩效补助", en: "Municipal new-type R&D institution subsidy" },
  { id: "c04-offsite-rnd-center", clause: 4, zh: "市外研发机构（人才飞地）绩效补助", en: "Off-site R&D centre (talent enclave) subsidy" },
  { id: "c05-agri-park-upgrade", clause: 5, zh: "农业科技园区升级奖励", en: "Agricultural science park upgrade award" },
  { id: "c07-key-tech-project", clause: 7, zh: "“揭榜挂帅”“技术总师负责制”项目支持", en: "Key technology project support (open competition / chief engineer)" },
  { id: "c09-rnd-increment", clause: 9, zh: "研发投入递增奖励", en: "R&D investment increment award" },
  { id: "c11-university-joint-rnd", clause: 11, zh: "校地协同研发机构补助", en: "Joint R&D institution at local universities subsidy", defaultGrades: ["excellent", "good"] },
  { id: "c13-event-host", clause: 13, zh: "科技合作活动承办、协办补助", en: "Subsidy for hosting S&T cooperation events" },
  { id: "c14-tech-contract", clause: 14, zh: "技术合同购买方补助", en: "Technology contract subsidy for the buyer" },
  { id: "c14-transfer-agency", clause: 14, zh: "技术转移服务机构绩效补助", en: "Technology transfer agency subsidy" },
  { id: "c15-startup-landing", clause: 15, zh: "初创科技企业落地补助", en: "Start-up landing grant" },
  { id: "c16-sme-capability-project", clause: 16, zh: "科技型中小企业创新能力提升工程项目配套", en: "Tech-SME innovation capability project: city matching funds" },
  { id: "c16-innovation-contest", clause: 16, zh: "中国创新创业大赛优秀企业奖励", en: "China Innovation and Entrepreneurship Contest: excellent-enterprise award" },
  { id: "c17-hte-growth", clause: 17, zh: "高新技术企业成长性奖励", en: "High-tech enterprise growth award" },
  { id: "c17-hte-cultivation-agency", clause: 17, zh: "高新技术企业认定培育机构奖励", en: "Award for high-tech enterprise cultivation agencies" },
  { id: "c18-consortium-project", clause: 18, zh: "创新联合体科研项目攻关支持", en: "Innovation consortium research project support" },
  { id: "c18-consortium-filing", clause: 18, zh: "市级创新联合体备案补助", en: "Grant for filed city-level innovation consortia" },
  { id: "c19-talent-service-agency", clause: 19, zh: "引才服务机构服务费用", en: "Service fee for talent recruitment agencies" },
  { id: "c21-foreign-expert-branch", clause: 21, zh: "外国专家驿站分站（海外联络站）补助", en: "Grant for foreign-expert station branches (overseas liaison offices)" },
  { id: "c21-foreign-expert-studio", clause: 21, zh: "外国专家工作室补助", en: "Grant for foreign-expert studios" },
  { id: "c22-top-science-award", clause: 22, zh: "最高科学技术奖配套奖励", en: "Matching award for top science and technology awards" },
  { id: "c22-national-sci-tech-award", clause: 22, zh: "国家科学技术奖配套奖励", en: "Matching award for national science and technology awards" },
  { id: "c22-provincial-sci-tech-award", clause: 22, zh: "省科学技术奖配套奖励", en: "Matching award for provincial science and technology awards" },
  { id: "c23-transformation-loan-interest", clause: 23, zh: "科技成果转化贷款贴息", en: "Interest subsidy on technology-transfer loans" },
  { id: "c24-bottleneck-grant", clause: 24, zh: "“卡脖子”攻关项目财政拨款补助", en: "Grant for \"bottleneck\" technology projects" },
  { id: "c24-bottleneck-insurance", clause: 24, zh: "“卡脖子研发损失险”保费补贴", en: "Premium subsidy for bottleneck R&D loss insurance" },
  { id: "c24-bank-risk-subsidy", clause: 24, zh: "合作银行“卡脖子攻关贷”风险资金补助", en: "Risk subsidy to cooperating banks for bottleneck loans" },
  { id: "c25-ip-pledge-interest", clause: 25, zh: "知识产权质押融资贴息", en: "Interest subsidy on IP-pledge loans" },
  { id: "c25-ip-valuation-fee", clause: 25, zh: "知识产权质押评估费补贴", en: "Subsidy on IP-pledge valuation fees" },
  { id: "c25-ip-pledge-insurance", clause: 25, zh: "知识产权质押保险保费补贴", en: "Premium subsidy for IP-pledge insurance" },
  { id: "c27-tech-bank-loan-interest", clause: 27, zh: "科技支行贷款贴息", en: "Interest subsidy on tech sub-branch loans" },
  { id: "c29-national-carrier", clause: 29, zh: "新获批国家级孵化载体奖励", en: "Award for newly approved national incubation carriers" },
  { id: "c29-provincial-science-park", clause: 29, zh: "新获批省级大学科技园奖励", en: "Award for newly approved provincial university science parks" },
  { id: "c29-brand-carrier", clause: 29, zh: "省级品牌孵化载体奖励", en: "Award for provincial brand incubation carriers" },
  { id: "c30-instrument-voucher", clause: 30, zh: "科研仪器共享使用补助", en: "Subsidy for using shared research instruments" },
  { id: "c31-pilot-base", clause: 31, zh: "中试示范基地补助", en: "Grant for pilot-scale demonstration bases", defaultGrades: ["excellent", "good"] },
  { id: "c32-science-popularization", clause: 32, zh: "科普工作补助", en: "Grant for science popularisation" },
];

import { bool, eventDate } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C18ProjectFacts {
  isTechLeader: boolean;
  projectApproved: boolean;
  eventDate: string;
}

const CEILING = 200_000_000; // 200万元

export default defineMeasure<C18ProjectFacts>({
  id: "c18-consortium-project",
  clause: 18,
  kind: "ceiling",
  title: { zh: "创新联合体科研项目攻关支持", en: "Innovation consortium research project support" },
  summary: {
    zh: "科技领军企业或有影响力的新型研发机构牵头组建创新联合体、以“揭榜挂帅”等方式立项攻关的，支持最高200万元",
    en: "Up to ¥2,000,000 for a project of an innovation consortium led by a tech-leading enterprise or an influential new R&D institution, approved through open competition or similar",
  },
  quote:
    "优先支持科技领军企业或行业影响力较强的新型研发机构牵头组建体系化、任务型的创新联合体,结合上下游联合攻关、产学研用融合、场景应用开放、生产要素共享等实际,通过“揭榜挂帅”“技术总师负责制”等方式,支持其开展链条式、体系化科研项目攻关,给予不超过200万元支持。",
  orgTypes: ["enterprise", "research_institute"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CEILING,
  monotoneIn: [],
  fields: [
    bool("isTechLeader", "是否科技领军企业或行业影响力较强的新型研发机构", "Tech-leading enterprise or influential new R&D institution", {
      zh: "牵头单位须为认定的科技领军企业，或行业影响力较强的新型研发机构",
      en: "The lead must be a recognised tech-leading enterprise or a new R&D institution with strong influence in its industry",
    }),
    bool("projectApproved", "联合体攻关项目是否已立项", "Consortium project approved", {
      zh: "通过“揭榜挂帅”“技术总师负责制”等方式获得市级立项",
      en: "Approved by the city through open competition (揭榜挂帅), chief-engineer responsibility or similar",
    }),
    eventDate("项目立项日期", "Date of project approval"),
  ],
  documents: [
    { key: "leader_recognition", zh: "科技领军企业认定文件或新型研发机构备案文件", en: "Tech-leader recognition or new R&D institution filing document" },
    { key: "consortium_agreement", zh: "创新联合体组建协议", en: "Consortium agreement" },
    { key: "project_approval", zh: "项目立项批复文件", en: "Project approval document" },
  ],
  rule(f, ctx) {
    // "优先支持科技领军企业或行业影响力较强的新型研发机构牵头组建…创新联合体"
    ctx.check(f.isTechLeader, "tech_leader",
      f.isTechLeader ? "牵头单位为科技领军企业或行业影响力较强的新型研发机构（第18条）" : "牵头单位不是科技领军企业或行业影响力较强的新型研发机构（第18条）",
      f.isTechLeader ? "Led by a tech-leading enterprise or influential new R&D institution (clause 18)" : "Not a tech-leading enterprise or influential new R&D institution (clause 18)");
    // "通过“揭榜挂帅”“技术总师负责制”等方式,支持其开展链条式、体系化科研项目攻关"
    ctx.check(f.projectApproved, "project_approved",
      f.projectApproved ? "联合体攻关项目已立项（第18条）" : "联合体攻关项目未立项（第18条要求立项）",
      f.projectApproved ? "The consortium project is approved (clause 18)" : "The consortium project is not approved; clause 18 requires approval");
    // "给予不超过200万元支持"
    ctx.step("ceiling", { capFen: CEILING }, CEILING);
    ctx.check(true, "amount", `支持上限 ${yuan(CEILING)}（第18条）`, `Support of up to ${yuan(CEILING)} (clause 18)`);
    return { ceilingFen: CEILING, fixed: false };
  },
});

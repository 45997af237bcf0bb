import { bool, date, oneOf } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C07KeyTechProjectFacts {
  mode: "open_competition" | "chief_engineer";
  projectApproved: boolean;
  eventDate: string;
}

const CAP = 200_000_000; // 200万元

const MODE_ZH = { open_competition: "“揭榜挂帅”", chief_engineer: "“技术总师负责制”" } as const;
const MODE_EN = { open_competition: "open competition (揭榜挂帅)", chief_engineer: "chief engineer system (技术总师负责制)" } as const;

export default defineMeasure<C07KeyTechProjectFacts>({
  id: "c07-key-tech-project",
  clause: 7,
  kind: "ceiling",
  title: { zh: "“揭榜挂帅”“技术总师负责制”项目支持", en: "Key technology project support (open competition / chief engineer)" },
  summary: {
    zh: "以“揭榜挂帅”“技术总师负责制”方式择优立项的市级项目，根据实施成效给予承担单位不超过200万元支持",
    en: "Up to ¥2m per project for the undertaking unit of a municipal project selected by open competition or run under a chief engineer",
  },
  quote: "市级层面,加大“揭榜挂帅”“技术总师负责制”等科研组织方式的创新探索力度,择优立项,根据实施成效,给予项目承担单位不超过200万元资金支持。",
  orgTypes: ["enterprise", "university", "research_institute"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    oneOf("mode", "科研组织方式", "Project organisation mode", {
      open_competition: { zh: "揭榜挂帅", en: "Open competition (揭榜挂帅)" },
      chief_engineer: { zh: "技术总师负责制", en: "Chief engineer system (技术总师负责制)" },
    }),
    bool("projectApproved", "项目是否已获市级立项", "The project was approved by the city", {
      zh: "已列入市科技局下达的项目立项计划",
      en: "Included in the project plan issued by the Science and Technology Bureau",
    }),
    date("eventDate", "立项日期", "Project approval date", { zh: "立项文件的印发日期", en: "Date the project approval was issued" }),
  ],
  documents: [
    { key: "project_approval", zh: "项目立项文件", en: "Project approval document" },
    { key: "task_contract", zh: "项目任务书（合同书）", en: "Project task agreement" },
    { key: "progress_report", zh: "项目实施成效报告", en: "Report on the project's results" },
  ],
  rule(f, ctx) {
    // "加大“揭榜挂帅”“技术总师负责制”等科研组织方式的创新探索力度,择优立项"
    ctx.check(f.projectApproved, "project_approved",
      f.projectApproved ? `项目已按${MODE_ZH[f.mode]}方式择优立项（第7条）` : `项目未获市级立项，第7条只支持已立项的${MODE_ZH[f.mode]}项目`,
      f.projectApproved ? `Project approved under the ${MODE_EN[f.mode]} mode (clause 7)` : `Project not approved by the city; clause 7 supports only approved ${MODE_EN[f.mode]} projects`);
    // "根据实施成效,给予项目承担单位不超过200万元资金支持。"
    ctx.step("ceiling", { mode: f.mode, capFen: CAP }, CAP);
    ctx.check(true, "amount",
      `每个项目支持上限 ${yuan(CAP)}，具体金额根据实施成效确定（第7条）`,
      `Ceiling ${yuan(CAP)} per project; the amount depends on the project's results (clause 7)`);
    return { ceilingFen: CAP, fixed: false };
  },
});

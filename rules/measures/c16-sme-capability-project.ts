import { bool, eventDate, money } from "../core/fields";
import { yuan } from "../core/format";
import { defineMeasure } from "../core/measure";

export interface C16SmeFacts {
  provincialApproved: boolean;
  countyFundingFen: number;
  eventDate: string;
}

// The policy sets no absolute amount: the city's support only matches (at most) the county's.
// The most one case can get is therefore the largest money amount a fact may hold
// (MAX_MONEY_FEN of core/fields.ts, 10 trillion yuan; not exported there, so repeated here).
const MAX_FEN = 1e15;

export default defineMeasure<C16SmeFacts>({
  id: "c16-sme-capability-project",
  clause: 16,
  kind: "match",
  title: { zh: "科技型中小企业创新能力提升工程项目配套", en: "Tech-SME innovation capability project: city matching funds" },
  summary: {
    zh: "获得山东省科技型中小企业创新能力提升工程省级立项的项目，市级支持额不超过县级财政支持额",
    en: "For projects approved by the province under the tech-SME innovation capability programme, city support of up to the county's funding",
  },
  quote:
    "支持企业参与山东省科技型中小企业创新能力提升工程,采用省市县联动、竞争择优方式组织实施,对获得省级立项的项目进行重点支持,市级财政资金支持额不超过县级财政资金支持额。",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: MAX_FEN,
  monotoneIn: ["countyFundingFen"],
  fields: [
    bool("provincialApproved", "是否获得省级立项", "Approved by the province", {
      zh: "项目已列入山东省科技型中小企业创新能力提升工程省级立项名单",
      en: "The project is on the province's approved list of the tech-SME innovation capability programme",
    }),
    money("countyFundingFen", "县级（区市）财政资金支持额", "County (district) funding for the project", {
      zh: "区市财政对本项目已确定的支持金额；市级支持不超过该金额",
      en: "Amount the county/district budget grants this project; the city's support cannot exceed it",
    }),
    eventDate("省级立项日期", "Date of the provincial project approval"),
  ],
  documents: [
    { key: "provincial_approval", zh: "省级立项批复文件", en: "Provincial project approval document" },
    { key: "county_funding_proof", zh: "县级财政资金支持文件或拨付凭证", en: "County funding decision or payment voucher" },
    { key: "project_contract", zh: "项目任务书", en: "Project task agreement" },
  ],
  rule(f, ctx) {
    // "对获得省级立项的项目进行重点支持"
    ctx.check(f.provincialApproved, "provincial_approved",
      f.provincialApproved ? "项目已获得省级立项（第16条）" : "项目未获得省级立项（第16条要求省级立项）",
      f.provincialApproved ? "The project was approved by the province (clause 16)" : "The project was not approved by the province; clause 16 requires it");
    // "市级财政资金支持额不超过县级财政资金支持额"
    const county = f.countyFundingFen;
    ctx.step("match_county", { countyFundingFen: county, rate: "1/1" }, county);
    ctx.check(true, "amount", `市级支持上限 = 县级财政支持额 ${yuan(county)}（第16条）`,
      `Ceiling = the county's funding ${yuan(county)} (clause 16)`);
    return { ceilingFen: county, fixed: false };
  },
});

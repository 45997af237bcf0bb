// English titles and short summaries of the policy's 32 clauses (our own wording, not an
// official translation), the English names of its section headings, and the clauses that are
// programmes run by the city with nothing to apply for (measures.md, "Clauses with no award").

export interface ClauseEn {
  title: string;
  summary: string;
}

export const NO_APPLICATION_CLAUSES: readonly number[] = [2, 3, 6, 8, 10, 12, 20, 26, 28];

/** English names of the text's headings, keyed by the Chinese heading as written in the text */
export const HEADINGS_EN: Record<string, string> = {
  "一、指导思想": "I. Guiding principles",
  "二、重点任务": "II. Key tasks",
  "三、保障措施": "III. Safeguards",
  "(一)着力打造高能级创新平台": "(1) Building high-level innovation platforms",
  "(二)着力提升技术创新效能": "(2) Making technological innovation more effective",
  "(三)着力深化产学研融通": "(3) Deepening industry–university–research integration",
  "(四)着力培育创新型企业主体": "(4) Growing innovative enterprises",
  "(五)着力引进和培育高层次创新人才": "(5) Attracting and developing high-level talent",
  "(六)强化对创新主体全生命周期的科技金融支持": "(6) Science and technology finance across an enterprise's life cycle",
  "(七)着力优化创新生态": "(7) Improving the innovation ecosystem",
};

export const CLAUSES_EN: Record<number, ClauseEn> = {
  1: {
    title: "Optimise the layout of technology innovation platforms",
    summary: "Awards for platforms: ¥10m (lead) or ¥5m (participant) for a national key laboratory; ¥5m for a national technology innovation or clinical research centre; up to ¥5m for a provincial innovation community; up to ¥5m / ¥3m for the lead enterprise of a national / provincial manufacturing innovation centre; up to ¥1m for a provincial key lab or centre; up to ¥500,000 for a municipal one, chosen on its performance evaluation.",
  },
  2: {
    title: "Build the Shandong Laboratory of Advanced Medical Materials and High-end Medical Devices in Weihai",
    summary: "The city develops the provincial laboratory as a reserve for a national laboratory, gathering scientists and teams and sharing large instruments. A city programme: there is nothing to apply for.",
  },
  3: {
    title: "Upgrade the “1+4+N” innovation platform system",
    summary: "The city strengthens the Industrial Technology Research Institute and its “4” and “N” platforms, with a special fund, equity and shared resources to speed up commercialisation. A city programme: there is nothing to apply for.",
  },
  4: {
    title: "Foster new-type R&D institutions",
    summary: "A municipally filed new-type R&D institution rated excellent may receive up to ¥500,000. A Weihai enterprise's R&D centre or “talent enclave” outside the city is filed on equal terms and may receive up to ¥500,000 when its service to Weihai is outstanding.",
  },
  5: {
    title: "Upgrade agricultural science and technology parks",
    summary: "A one-off award of ¥5m when a park is upgraded to a national agricultural high-tech industry demonstration zone, or ¥1m for a provincial one (or a marine high-tech industry development zone).",
  },
  6: {
    title: "Build the innovation chain system",
    summary: "The city organises innovation chains around its industrial chains (chain leaders, task forces, chief scientists) and ten tasks that match projects, talent, platforms and finance to industry needs. A city programme: there is nothing to apply for.",
  },
  7: {
    title: "Organise technological innovation systematically",
    summary: "Key technology projects run through open competition (揭榜挂帅) or the chief-engineer system are selected on merit and may receive up to ¥2m per project, depending on results; the city also recommends projects for national and provincial programmes.",
  },
  8: {
    title: "Support disruptive technological innovation",
    summary: "The city holds a disruptive-innovation contest, builds a project library and supports disruptive technologies over the long and short term. A city programme: there is nothing to apply for.",
  },
  9: {
    title: "Encourage enterprises to invest more in R&D",
    summary: "Above-designated-size high-tech enterprises and tech-based SMEs with R&D activity whose R&D spending grew at least 10% over the previous year and by more than ¥1m receive up to 5% of the increase, at most ¥1m per enterprise per year.",
  },
  10: {
    title: "Make universities and institutes in Weihai a source of innovation",
    summary: "The city builds a database of university and institute resources and places “science vice-presidents” in enterprises to solve key technical problems together. A city programme: there is nothing to apply for.",
  },
  11: {
    title: "Support university–city joint innovation platforms",
    summary: "Enterprises that jointly build and independently operate an R&D institution mainly working at universities and institutes in Weihai may receive up to ¥500,000, depending on its performance evaluation.",
  },
  12: {
    title: "Deepen cooperation with Yellow River and Jiaodong cities",
    summary: "The city cooperates with cities of the Yellow River basin and the Jiaodong economic circle on technology, projects, talent and platforms. A city programme: there is nothing to apply for.",
  },
  13: {
    title: "Build S&T cooperation brands",
    summary: "Organisations that host or co-host municipal or higher S&T cooperation conferences, innovation contests and similar events may receive up to ¥1m, based on the performance evaluation and the actual expenditure.",
  },
  14: {
    title: "Improve technology transfer services",
    summary: "A tech enterprise buying a registered development or transfer contract carried out in Weihai by a university or institute receives up to 5% of the amount paid, at most ¥300,000 a year. A municipally filed technology transfer agency rated excellent may receive up to ¥100,000. A training fund of up to ¥500,000 supports technology transfer staff.",
  },
  15: {
    title: "Find and support start-up tech enterprises",
    summary: "Tech enterprises or teams that settle in Weihai through the China–Korea Innovation Contest, the China–Japan S&T Cooperation Conference or similar events, register, operate normally and complete physical investment of at least ¥1m receive a one-off grant of up to ¥500,000.",
  },
  16: {
    title: "Grow tech-based SMEs",
    summary: "For projects approved under the provincial tech-SME capability programme, the city's funding is at most the county's. Enterprises that reach the national finals of the China Innovation and Entrepreneurship Competition and are named excellent enterprises receive a one-off ¥100,000.",
  },
  17: {
    title: "Foster high-tech enterprises",
    summary: "Enterprises certified as high-tech this year whose sales grew at a compound rate of at least 10% over three years receive a one-off ¥50,000. Agencies that help enterprises get certified may receive up to ¥500,000 based on their performance.",
  },
  18: {
    title: "Support tech-leading enterprises",
    summary: "Innovation consortia led by tech-leading enterprises or influential new R&D institutions may receive up to ¥2m for chain-wide research projects. Each municipally filed innovation consortium receives ¥100,000 for consulting, transfer and exchange activities.",
  },
  19: {
    title: "Innovate the talent system",
    summary: "Service agencies commissioned by the city to connect talent, projects and technology may receive up to ¥500,000 in service fees; the city also widens its talent programmes and support for young talent.",
  },
  20: {
    title: "Build first-class talent teams",
    summary: "The city trains and recruits top talent, engineers and young talent, runs an overseas-engineer programme and builds industry–education demonstration zones. A city programme: there is nothing to apply for.",
  },
  21: {
    title: "Nurture the talent ecosystem",
    summary: "Talent cards, housing and foreign expert stations. A branch (overseas liaison office) of the Shandong foreign expert station rated excellent may receive up to ¥200,000; a foreign expert studio rated excellent at the end of construction receives a one-off ¥200,000.",
  },
  22: {
    title: "Respect knowledge and talent",
    summary: "Matching awards: ¥5m / ¥2m to individuals winning the national / provincial top science award; ¥3m / ¥2m / ¥1m to the first completing unit of a national S&T award (special / first / second class), half for the main contributors and half for research; provincial S&T awards matched 1:1.",
  },
  23: {
    title: "Credit for transforming S&T results",
    summary: "Tech-based SMEs filed for the first time under Shandong's risk-compensation scheme for transformation loans and repaying on time receive interest subsidies of at most ¥500,000 per enterprise.",
  },
  24: {
    title: "Grant + invest + loan + insure for bottleneck projects",
    summary: "High-tech enterprises in the bottleneck project library may receive grants of up to ¥500,000. Cooperating banks receive up to 0.6% of the year's new bottleneck-loan balance. Enterprises insuring R&D losses receive 50% of the premium, at most ¥200,000.",
  },
  25: {
    title: "Intellectual property pledge financing",
    summary: "SMEs with IP-pledge loans receive interest subsidies at 20% of the one-year LPR (at most ¥200,000 a year), 30% of the valuation fee (at most ¥50,000) and 20% of the pledge insurance premium (at most ¥20,000).",
  },
  26: {
    title: "Strengthen S&T insurance",
    summary: "The city insures municipal start-up talent and their enterprises and recommends enterprises for provincial premium subsidies on first-of-a-kind equipment, materials and software. A city programme: there is nothing to apply for here.",
  },
  27: {
    title: "Widen financing for tech enterprises",
    summary: "Qualified enterprises (tech SME, high-tech enterprise, tech leader, specialised SME, one-enterprise-one-technology centre) borrowing from tech sub-branches receive interest subsidies on up to ¥30m of loans a year, at most 1% of the balance, usually for no more than 5 years.",
  },
  28: {
    title: "Improve the Weihai S&T cloud platform",
    summary: "The city brings labs, centres and agencies onto its S&T cloud platform, builds an expert database and shares literature. A city programme: there is nothing to apply for.",
  },
  29: {
    title: "Improve incubators",
    summary: "Up to ¥1m for a newly approved national incubator, university science park or specialised maker space; up to ¥500,000 for a provincial university science park; a one-off ¥100,000 / ¥50,000 for a Shandong brand incubator / maker space.",
  },
  30: {
    title: "Share research instruments",
    summary: "SMEs, and start-up teams in provincial or higher incubators, using shared research instruments receive a further 20% of the service fees from the city on top of the province's 40% innovation voucher.",
  },
  31: {
    title: "Build pilot-scale demonstration bases",
    summary: "Pilot bases filed at municipal or higher level may receive up to ¥500,000, chosen on their annual performance evaluation; technologies from universities that local enterprises need can be verified at a pilot base as funded projects.",
  },
  32: {
    title: "Popularise science",
    summary: "Schools, institutes, enterprises, social organisations and media that run effective science-popularisation activities may receive up to ¥100,000.",
  },
};

/**
 * English names of the responsible units (责任单位) the text names, keyed as written there. The
 * city's bureaus read as in the bureau table (lib/seed/seed.ts BUREAUS); the others are our wording.
 */
export const RESPONSIBLE_EN: Record<string, string> = {
  "市科技局": "Science and Technology Bureau",
  "市工业和信息化局": "Industry and Information Technology Bureau",
  "市财政局": "Finance Bureau",
  "市农业农村局": "Agriculture and Rural Affairs Bureau",
  "市海洋发展局": "Ocean Development Bureau",
  "市产业技术研究院": "Industrial Technology Research Institute",
  "市委组织部": "Organisation Department",
  "市人力资源社会保障局": "Human Resources and Social Security Bureau",
  "市地方金融监管局": "Local Financial Regulation Bureau",
  "市市场监管局": "Market Regulation Bureau",
  "市科协": "Association for Science and Technology",
  "市教育局": "Education Bureau",
  "市住房城乡建设局": "Housing and Urban-Rural Development Bureau",
  "高区管委": "Torch Hi-tech Zone Administrative Committee",
  "团市委": "Communist Youth League Weihai Committee",
  "人民银行威海市中心支行": "People's Bank of China, Weihai Central Sub-branch",
  "威海银保监分局": "Weihai Banking and Insurance Regulatory Sub-bureau",
};

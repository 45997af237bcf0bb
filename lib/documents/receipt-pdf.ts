// 受理回执: what the applicant keeps from the moment of submission.
import { printDateTime } from "./format";
import { PdfWriter } from "./pdf-writer";

export interface ReceiptDoc {
  caseNo: string;
  verifyCode: string | null;
  verifyUrl: string;
  organisation: { name: string; creditCode: string };
  measure: { id: string; title: string; clause: number };
  subject: string;
  leadBureau: string;
  submittedAt: Date;
  printedAt: Date;
}

export const RECEIPT_NEXT_STEPS = [
  "受理部门将在规定时限内审核；需要补正材料的，会退回并说明需补正的事项，请在期限内修改后重新提交。",
  "审核通过的，在政策兑现平台公示（公示名单见“公示”页面）；公示期满无异议的，由财政部门拨付资金。",
  "办理进展会通过站内通知告知，也可登录平台在“我的申报”中随时查看。",
];

export async function receiptPdf(d: ReceiptDoc): Promise<Buffer> {
  const w = new PdfWriter({ title: "受理回执", subject: d.caseNo, footer: d.verifyCode ? `验证码 ${d.verifyCode}` : undefined }, d.printedAt);
  w.title("政策兑现申报受理回执", `案件编号 ${d.caseNo}`);
  w.paragraph(`${d.organisation.name}：`);
  w.paragraph(`贵单位提交的政策兑现申报已于${printDateTime(d.submittedAt)}由${d.leadBureau}受理，特此回执。`);
  w.heading("受理信息");
  w.fields([
    { label: "案件编号", value: d.caseNo },
    { label: "申报单位", value: d.organisation.name },
    { label: "统一社会信用代码", value: d.organisation.creditCode },
    { label: "申报政策", value: `${d.measure.title}（威政发〔2023〕5号 第${d.measure.clause}条）` },
    { label: "申报事项名称", value: d.subject },
    { label: "提交时间", value: printDateTime(d.submittedAt) },
    { label: "受理部门", value: d.leadBureau },
    { label: "验证码", value: d.verifyCode ?? "—" },
  ]);
  w.heading("后续办理");
  if (d.verifyCode) w.qr(d.verifyUrl, [`验证码：${d.verifyCode}`, `核验网址：${d.verifyUrl}`]);
  RECEIPT_NEXT_STEPS.forEach((s, i) => w.paragraph(`${i + 1}. ${s}`));
  w.paragraph(`打印时间：${printDateTime(d.printedAt)}`, { muted: true, size: 9 });
  return w.finish();
}

// 申报书: the application as submitted (the signed revision), for the applicant to print and file.
import { formatMoney } from "../money";
import { printDateTime } from "./format";
import { PdfWriter } from "./pdf-writer";

export interface ApplicationDoc {
  caseNo: string;
  verifyCode: string | null;
  verifyUrl: string;
  organisation: { name: string; creditCode: string };
  measure: { id: string; title: string; clause: number };
  round: string;
  leadBureau: string;
  revision: number;
  subject: string;
  facts: { label: string; value: string }[];
  decision: { eligible: boolean; ceilingFen: number; reasons: { ok: boolean; text: string }[] } | null;
  attachments: { slot: string; fileName: string; size: string; sha256: string }[];
  commitment: { text: string; signer: string; at: Date };
  submittedAt: Date;
  printedAt: Date;
}

export async function applicationPdf(d: ApplicationDoc): Promise<Buffer> {
  const w = new PdfWriter({ title: "政策兑现申报书", subject: d.caseNo, footer: d.verifyCode ? `验证码 ${d.verifyCode}` : undefined }, d.printedAt);
  w.title("威海市科技创新政策兑现申报书", `案件编号 ${d.caseNo}　　第 ${d.revision} 次提交`);

  w.heading("一、申报单位与申报事项");
  w.fields([
    { label: "申报单位", value: d.organisation.name },
    { label: "统一社会信用代码", value: d.organisation.creditCode },
    { label: "申报政策", value: `${d.measure.title}（${d.measure.id}）` },
    { label: "政策条款", value: `威政发〔2023〕5号 第${d.measure.clause}条` },
    { label: "申报批次", value: d.round },
    { label: "受理部门", value: d.leadBureau },
    { label: "提交时间", value: printDateTime(d.submittedAt) },
  ]);

  w.heading("二、申报信息");
  w.fields([{ label: "申报事项名称", value: d.subject }, ...d.facts]);

  w.heading("三、系统预审结果");
  if (d.decision) {
    w.fields([
      { label: "预审结论", value: d.decision.eligible ? "符合申报条件" : "不符合申报条件" },
      { label: "可兑现上限", value: formatMoney(d.decision.ceilingFen) },
    ]);
    for (const r of d.decision.reasons) w.paragraph(`${r.ok ? "✓" : "✗"} ${r.text}`, { size: 9.5 });
    w.paragraph("预审结果由系统依政策条款自动计算，最终金额以主管部门审核和公示结果为准。", { muted: true, size: 9 });
  } else {
    w.paragraph("无预审记录。", { muted: true });
  }

  w.heading("四、附件清单");
  if (d.attachments.length === 0) w.paragraph("未上传附件。", { muted: true });
  else {
    w.table(
      [{ title: "材料类别", share: 3 }, { title: "文件名", share: 4 }, { title: "大小", share: 1.2, align: "right" }, { title: "SHA-256（前16位）", share: 2.4 }],
      d.attachments.map((a) => [a.slot, a.fileName, a.size, a.sha256.slice(0, 16)]),
    );
  }

  w.heading("五、信用承诺");
  w.paragraph(d.commitment.text);
  w.fields([
    { label: "承诺人", value: `${d.commitment.signer}（代表${d.organisation.name}）` },
    { label: "承诺时间", value: printDateTime(d.commitment.at) },
  ]);

  w.heading("六、真伪核验");
  w.qr(d.verifyUrl, [
    `验证码：${d.verifyCode ?? "—"}`,
    `核验网址：${d.verifyUrl}`,
    "扫描二维码或在核验页面输入验证码，可核对案件编号、申报单位、申报政策和办理状态。",
  ]);
  w.paragraph(`打印时间：${printDateTime(d.printedAt)}`, { muted: true, size: 9 });
  return w.finish();
}

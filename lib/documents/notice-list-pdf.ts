// 公示名单: a round's approved cases in or after their public notice, with exactly what the public
// /notice page shows (case number, organisation, measure, amount, notice period).
import { formatMoney } from "../money";
import { printDate, printDateTime } from "./format";
import { PdfWriter } from "./pdf-writer";

export interface NoticeListDoc {
  round: string;
  rows: { caseNo: string; organisation: string; measure: string; amountFen: bigint | null; from: Date | null; to: Date | null; state: string }[];
  printedAt: Date;
}

export async function noticeListPdf(d: NoticeListDoc): Promise<Buffer> {
  const w = new PdfWriter({ title: "公示名单", subject: d.round, landscape: true }, d.printedAt);
  w.title("政策兑现拟支持名单公示", d.round);
  w.paragraph(
    "以下单位拟获威海市科技创新政策兑现资金支持，现予公示。公示期内如有异议，可在平台“公示”页面对相应案件提出（请提供真实姓名和联系方式），受理部门将依规核查并答复。",
  );
  if (d.rows.length === 0) w.paragraph("本批次暂无公示案件。", { muted: true });
  else {
    w.table(
      [
        { title: "序号", share: 0.9 }, { title: "案件编号", share: 3 }, { title: "申报单位", share: 4 }, { title: "政策", share: 4 },
        { title: "拟支持金额", share: 3.6, align: "right" }, { title: "公示期", share: 4.4 }, { title: "状态", share: 2.6 },
      ],
      d.rows.map((r, i) => [
        String(i + 1), r.caseNo, r.organisation, r.measure, r.amountFen === null ? "—" : formatMoney(r.amountFen),
        r.from && r.to ? `${printDate(r.from)}至${printDate(r.to)}` : "—", r.state,
      ]),
    );
  }
  w.paragraph(`共 ${d.rows.length} 项。打印时间：${printDateTime(d.printedAt)}`, { muted: true, size: 9 });
  return w.finish();
}

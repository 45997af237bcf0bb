// The one way this portal draws a PDF: A4, Noto Sans SC from the npm package @embedpdf/fonts-sc
// (no system font), embedded as a subset of the glyphs used (pdfkit + fontkit subset every font
// they embed), a header with the portal's name, page numbers and an optional line in the footer.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@embedpdf", "fonts-sc", "fonts");
type FontSource = PDFKit.Mixins.PDFFontSource;
let fonts: { regular: FontSource; bold: FontSource } | null = null;
/**
 * The fonts, parsed once per process and handed to every document (pdfkit takes a fontkit font as
 * it takes a file): parsing the 8 MB CFF tables again for each document cost more than the
 * document. Each document still embeds only its own subset.
 */
function loadedFonts() {
  const open = (file: string) => fontkit.create(readFileSync(path.join(FONT_DIR, file))) as unknown as FontSource;
  fonts ??= { regular: open("NotoSansHans-Regular.otf"), bold: open("NotoSansHans-Medium.otf") };
  return fonts;
}

export const ISSUER = "威海市科技创新政策兑现平台";
const MARGIN = 56;
const INK = "#0f172a";
const MUTED = "#475569";
const RULE = "#cbd5e1";

export interface PdfMeta {
  title: string;
  subject?: string;
  /** printed at the foot of every page (e.g. the verification code) */
  footer?: string;
  /** wide tables (the notice list) */
  landscape?: boolean;
}

/** A document being drawn; `finish()` returns the bytes. */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<void>;

  constructor(private readonly meta: PdfMeta, now = new Date()) {
    const f = loadedFonts();
    this.doc = new PDFDocument({
      size: "A4", layout: meta.landscape ? "landscape" : "portrait", margins: { top: MARGIN + 14, bottom: MARGIN + 10, left: MARGIN, right: MARGIN }, bufferPages: true,
      font: f.regular as string, lang: "zh-CN", displayTitle: true, pdfVersion: "1.7",
      info: { Title: meta.title, Subject: meta.subject ?? meta.title, Author: ISSUER, Creator: ISSUER, Producer: ISSUER, CreationDate: now },
    });
    this.doc.registerFont("regular", f.regular);
    this.doc.registerFont("bold", f.bold);
    this.doc.font("regular").fillColor(INK);
    this.doc.on("data", (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve());
      this.doc.on("error", reject);
    });
  }

  get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get left() {
    return this.doc.page.margins.left;
  }
  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** a new page when fewer than `h` points are left on this one */
  ensure(h: number) {
    if (this.doc.y + h > this.bottom) this.doc.addPage();
  }

  title(text: string, sub?: string) {
    this.doc.font("bold").fontSize(20).fillColor(INK).text(text, this.left, this.doc.y, { width: this.width, align: "center" });
    if (sub) this.doc.moveDown(0.2).font("regular").fontSize(10).fillColor(MUTED).text(sub, { width: this.width, align: "center" });
    this.doc.moveDown(1).fillColor(INK);
  }

  heading(text: string) {
    this.ensure(48);
    this.doc.moveDown(0.6).font("bold").fontSize(12.5).fillColor(INK).text(text, this.left, this.doc.y, { width: this.width });
    const y = this.doc.y + 2;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.6).strokeColor(RULE).stroke();
    this.doc.y = y + 6;
  }

  paragraph(text: string, opts: { muted?: boolean; size?: number } = {}) {
    this.doc.font("regular").fontSize(opts.size ?? 10.5).fillColor(opts.muted ? MUTED : INK);
    this.ensure(this.doc.heightOfString(text, { width: this.width, lineGap: 2 }));
    this.doc.text(text, this.left, this.doc.y, { width: this.width, lineGap: 2 });
    this.doc.fillColor(INK).moveDown(0.4);
  }

  /** label: value lines, the value wrapping in its own column */
  fields(rows: { label: string; value: string }[], labelWidth = 150) {
    const size = 10.5;
    for (const r of rows) {
      const vw = this.width - labelWidth - 8;
      this.doc.font("regular").fontSize(size);
      const h = Math.max(this.doc.heightOfString(r.label, { width: labelWidth, lineGap: 2 }), this.doc.heightOfString(r.value || "—", { width: vw, lineGap: 2 }));
      this.ensure(h + 6);
      const y = this.doc.y;
      this.doc.fillColor(MUTED).text(r.label, this.left, y, { width: labelWidth, lineGap: 2 });
      this.doc.fillColor(INK).text(r.value || "—", this.left + labelWidth + 8, y, { width: vw, lineGap: 2 });
      this.doc.y = y + h + 5;
    }
    this.doc.x = this.left;
  }

  /** a table whose columns are fractions of the width; the header repeats on every page */
  table(columns: { title: string; share: number; align?: "left" | "right" }[], rows: string[][]) {
    const total = columns.reduce((s, c) => s + c.share, 0);
    const widths = columns.map((c) => (c.share / total) * this.width);
    const pad = 4;
    const size = 9.5;
    const drawRow = (cells: string[], header: boolean) => {
      this.doc.font(header ? "bold" : "regular").fontSize(size);
      const h = Math.max(...cells.map((t, i) => this.doc.heightOfString(t || "—", { width: widths[i] - 2 * pad, lineGap: 1.5 }))) + 2 * pad;
      if (this.doc.y + h > this.bottom) {
        this.doc.addPage();
        if (!header) drawRow(columns.map((c) => c.title), true);
        this.doc.font(header ? "bold" : "regular").fontSize(size);
      }
      const y = this.doc.y;
      if (header) this.doc.rect(this.left, y, this.width, h).fill("#f1f5f9");
      let x = this.left;
      cells.forEach((t, i) => {
        this.doc.fillColor(header ? MUTED : INK).text(t || "—", x + pad, y + pad, { width: widths[i] - 2 * pad, align: columns[i].align ?? "left", lineGap: 1.5 });
        x += widths[i];
      });
      this.doc.moveTo(this.left, y + h).lineTo(this.left + this.width, y + h).lineWidth(0.5).strokeColor(RULE).stroke();
      this.doc.y = y + h;
    };
    drawRow(columns.map((c) => c.title), true);
    for (const r of rows) drawRow(r, false);
    this.doc.x = this.left;
    this.doc.moveDown(0.6);
  }

  /** A QR code drawn as vector squares (sharp in print, a few hundred bytes), with a caption beside it. */
  qr(text: string, caption: string[], size = 84) {
    this.ensure(size + 10);
    const q = QRCode.create(text, { errorCorrectionLevel: "M" });
    const n = q.modules.size;
    const cell = size / (n + 8);
    const x0 = this.left;
    const y0 = this.doc.y;
    this.doc.save().fillColor("#000000");
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (q.modules.get(r, c)) this.doc.rect(x0 + (c + 4) * cell, y0 + (r + 4) * cell, cell, cell);
    this.doc.fill().restore();
    this.doc.font("regular").fontSize(10).fillColor(INK);
    let y = y0 + 10;
    for (const line of caption) {
      this.doc.text(line, x0 + size + 12, y, { width: this.width - size - 12 });
      y = this.doc.y + 2;
    }
    this.doc.x = this.left;
    this.doc.y = Math.max(y, y0 + size) + 6;
  }

  async finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      const { width, height, margins } = this.doc.page;
      // writing into the margins must not push text onto a new page
      const bottom = margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.font("regular").fontSize(8.5).fillColor(MUTED);
      this.doc.text(ISSUER, margins.left, 28, { width: width - margins.left - margins.right, align: "left", lineBreak: false });
      this.doc.text(this.meta.title, margins.left, 28, { width: width - margins.left - margins.right, align: "right", lineBreak: false });
      const foot = `${this.meta.footer ? `${this.meta.footer}　　` : ""}第 ${i + 1} 页 / 共 ${range.count} 页`;
      this.doc.text(foot, margins.left, height - 40, { width: width - margins.left - margins.right, align: "center", lineBreak: false });
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    await this.done;
    return Buffer.concat(this.chunks);
  }
}

// The part of fontkit (pdfkit's font engine, no types of its own) this module uses.
declare module "fontkit" {
  export interface Font {
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array): Font;
}

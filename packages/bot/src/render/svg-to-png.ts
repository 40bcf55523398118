/**
 * SVG to PNG with resvg (a Rust renderer shipped as a prebuilt binary inside its npm package;
 * nothing is downloaded at install time). Discord shows a PNG inline; it does not show SVG.
 * Text uses the system's fonts; on a machine without any, labels are missing but the picture
 * is still drawn. Rendered at twice the SVG's size, so it stays sharp when Discord's viewer
 * enlarges it and on high-density screens.
 */
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string): Uint8Array {
  const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

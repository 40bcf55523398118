/**
 * How wide a label will be, without a font engine: core cannot measure text, yet label
 * placement and the legend need boxes that the drawn text stays inside.
 *
 * The widths are DejaVu Sans's advance widths (units of the em), the first font the pictures
 * ask for; Verdana, the second, has nearly the same metrics. A margin covers the fonts further
 * down the list, which are narrower.
 */

/** Advance widths of printable ASCII in DejaVu Sans, in 1/2048 em, from " " to "~". */
const ASCII_WIDTHS = [
  651, 823, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303, 1303, 1303,
  1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577,
  1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401,
  2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569,
  569, 1186, 569, 1995, 1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690,
  1303, 1716,
];
/** Letters outside ASCII (accented Latin, Cyrillic, Greek) are about as wide as an average capital. */
const OTHER_WIDTH = 1400;
const MARGIN = 1.04;

/** The width in px of `text` at `fontSize` px; `bold` text is about a tenth wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? ASCII_WIDTHS[code - 32]! : OTHER_WIDTH;
  }
  return (units / 2048) * fontSize * MARGIN * (bold ? 1.1 : 1);
}

/** `text` cut with an ellipsis so that it fits in `width` px at `fontSize`. */
export function fitText(text: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** `text` broken at spaces into lines no wider than `width` px at `fontSize`. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line.length === 0 ? word : `${line} ${word}`;
    if (line.length > 0 && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

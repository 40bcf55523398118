/**
 * Splitting long Markdown into pieces under a size limit, at the most natural break that fits:
 * a blank line, then a line break, then a space; a single line longer than the limit is cut.
 * Code fences are closed at the end of a piece and reopened at the start of the next.
 */
export function splitText(text: string, limit: number): string[] {
  if (limit < 16) throw new RangeError('limit too small to split sensibly');
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit - 4); // room to close a code fence
    let cut = window.lastIndexOf('\n\n');
    if (cut < limit / 3) cut = window.lastIndexOf('\n');
    if (cut < limit / 3) cut = window.lastIndexOf(' ');
    if (cut < limit / 3) cut = window.length;
    let piece = rest.slice(0, cut).trimEnd();
    rest = rest
      .slice(cut)
      .replace(/^\s*\n/, '')
      .trimStart();
    if (openFence(piece)) {
      const language = /```(\w*)/.exec(piece.slice(piece.lastIndexOf('```')))?.[1] ?? '';
      piece += '\n```';
      rest = '```' + language + '\n' + rest;
    }
    pieces.push(piece);
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

function openFence(text: string): boolean {
  return (text.match(/```/g)?.length ?? 0) % 2 === 1;
}

/**
 * Reads the structure of core's graph SVG back for tests: per panel, the states drawn, the
 * label boxes and font sizes, the arrows, and the colours used by marks and by the legend.
 * Regular expressions suffice: the renderer writes one element per line in a fixed form.
 */

export interface PanelStructure {
  readonly theory: string;
  /** `data-state` of every full state disc, in drawing order (context dots excluded). */
  readonly states: string[];
  readonly contextStates: string[];
  readonly labels: { state: string; box: [number, number, number, number]; fontSize: number }[];
  /** Each arrow with the tip of its head. */
  readonly arrows: { from: string; to: string; strategy: string; tip: [number, number] }[];
  readonly hiddenArrows: number;
  /** Fill and stroke colours of the marks (not text), lower case. */
  readonly markColours: Set<string>;
}

export interface GraphStructure {
  readonly width: number;
  readonly panels: PanelStructure[];
  readonly legendColours: Set<string>;
  readonly legendKinds: string[];
  readonly notes: string[];
}

const WHITE = '#ffffff';

function colours(svg: string): Set<string> {
  const found = new Set<string>();
  // Shapes only: a <text>'s fill is the text colour, and white is the page.
  for (const element of svg.match(/<(circle|path|line|polygon|polyline|rect)\b[^>]*>/g) ?? [])
    for (const m of element.matchAll(/(?:fill|stroke)="(#[0-9a-fA-F]{6})"/g)) {
      const c = m[1]!.toLowerCase();
      if (c !== WHITE) found.add(c);
    }
  return found;
}

export function graphStructure(svg: string): GraphStructure {
  const width = Number(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
  const legendStart = svg.indexOf('<g class="legend">');
  const legend = legendStart >= 0 ? svg.slice(legendStart) : '';
  const chunks = svg.split('<g class="panel" ').slice(1);
  const panels = chunks.map((chunk) => {
    const body = chunk.split('<g class="legend">')[0]!;
    const marks = body.slice(body.indexOf('<g class="marks"'), body.indexOf('<g class="labels">'));
    return {
      theory: /data-theory="(\w+)"/.exec(chunk)![1]!,
      states: [...body.matchAll(/<g class="state" data-state="([^"]*)"/g)].map((m) => m[1]!),
      contextStates: [...body.matchAll(/<g class="state context" data-state="([^"]*)"/g)].map((m) => m[1]!),
      labels: [
        ...body.matchAll(
          /<text class="label" data-state="([^"]*)" data-box="([^"]*)"[^>]*font-size="([\d.]+)"/g,
        ),
      ].map((m) => ({
        state: m[1]!,
        box: m[2]!.split(' ').map(Number) as [number, number, number, number],
        fontSize: Number(m[3]),
      })),
      arrows: [
        ...body.matchAll(
          /<g class="arrow" data-from="([^"]*)" data-to="([^"]*)" data-strategy="([^"]*)">.*?<(polygon|polyline) points="([^"]*)"/g,
        ),
      ].map((m) => {
        // A filled head's first point is its tip; an open head (a chevron) has the tip in the middle.
        const points = m[5]!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
        return { from: m[1]!, to: m[2]!, strategy: m[3]!, tip: points[m[4] === 'polyline' ? 1 : 0]! };
      }),
      hiddenArrows: Number(/data-hidden-arrows="(\d+)"/.exec(chunk)![1]),
      markColours: colours(marks),
    };
  });
  return {
    width,
    panels,
    legendColours: colours(legend),
    legendKinds: [...legend.matchAll(/data-kind="([^"]*)"/g)].map((m) => m[1]!),
    notes: [...svg.matchAll(/<text class="note"[^>]*>([^<]*)</g)].map((m) => unescape(m[1]!)),
  };
}

/** Pairs of labels whose boxes share area (touching edges do not count). */
export function overlappingLabels(panel: PanelStructure): [string, string][] {
  const out: [string, string][] = [];
  const boxes = panel.labels;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [ax, ay, aw, ah] = boxes[i]!.box;
      const [bx, by, bw, bh] = boxes[j]!.box;
      // The boxes are written with one decimal; allow for the rounding.
      if (ax + 0.1 < bx + bw && bx + 0.1 < ax + aw && ay + 0.1 < by + bh && by + 0.1 < ay + ah)
        out.push([boxes[i]!.state, boxes[j]!.state]);
    }
  return out;
}

function unescape(text: string): string {
  return text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!,
  );
}

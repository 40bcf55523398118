/**
 * `threat graph [--theory threat|power|both] [--state NAME] [--variant NAME] [--width PX]
 * [--out FILE] <file>`: core's picture of the predictions, as SVG (on standard output, or to
 * a .svg file) or as PNG at twice the size (a .png file), rasterised by resvg.
 */
import { renderGraphSvg, type Theory } from '@threatlab/core';
import { Resvg } from '@resvg/resvg-js';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { loadScenario } from '../scenario-loader.js';
import { stateArgument } from '../state-argument.js';
import { usageError, type CommandResult } from '../usage.js';

export interface GraphArguments {
  readonly file: string | undefined;
  readonly theory: Theory | 'both';
  readonly state: string | undefined;
  readonly variant: string | undefined;
  readonly width: number | undefined;
  readonly out: string | undefined;
}

export function runGraph(io: Io, args: GraphArguments): CommandResult {
  if (!args.file) return usageError(io, 'threat graph needs a scenario file');
  const format =
    args.out === undefined
      ? 'svg'
      : /\.png$/i.test(args.out)
        ? 'png'
        : /\.svg$/i.test(args.out)
          ? 'svg'
          : undefined;
  if (format === undefined) return usageError(io, `--out must name a .svg or .png file, not "${args.out}"`);
  const loaded = loadScenario(io, args.file, args.variant);
  if (!loaded) return 1;
  const { scenario, analysis } = loaded.evaluated;
  let focus: string | undefined;
  if (args.state !== undefined) {
    const state = stateArgument(io, scenario, args.state, args.file);
    if (!state) return 1;
    focus = state.id;
  }
  const svg = renderGraphSvg(scenario, analysis, {
    theory: args.theory,
    ...(focus !== undefined ? { focus } : {}),
    ...(args.width !== undefined ? { width: args.width } : {}),
  });
  if (args.out === undefined) {
    io.out(svg);
    return loaded.hasErrors ? 1 : 0;
  }
  const target = resolve(io.cwd, args.out);
  try {
    writeFileSync(target, format === 'png' ? toPng(svg) : svg);
  } catch (error) {
    io.err(`threat: cannot write ${args.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 1;
  }
  io.err(`threat: wrote ${args.out}\n`);
  return loaded.hasErrors ? 1 : 0;
}

/** PNG at twice the SVG's size, so that it stays sharp on high-density screens. */
function toPng(svg: string): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } })
    .render()
    .asPng();
}

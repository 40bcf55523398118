/**
 * A syntax tree as indented text, for fixture tests and for debugging the grammar:
 *
 *   State 1:1-1:40 Germany "German Empire"
 *     Power 1:32-1:43 0.158
 *
 * Each node shows its type, its range as line:column, and its own words and values.
 */
import type { LineIndex } from './line-index.js';
import type {
  Attribute,
  AttrErrorNode,
  HeaderEntry,
  Item,
  NumberNode,
  Span,
  StringNode,
  WordNode,
} from './syntax-tree.js';

/** The syntax tree as indented text with each node's line and column, as the `.tree` fixtures hold it. */
export function printTree(items: readonly Item[], lines: LineIndex): string {
  const out: string[] = [];
  const at = (span: Span) => {
    const start = lines.position(span.start);
    const end = lines.position(span.end);
    return `${start.line}:${start.column}-${end.line}:${end.column}`;
  };
  const num = (n: NumberNode) => `${n.value}${n.unit ? (n.unit.name === '%' ? '%' : ` ${n.unit.name}`) : ''}`;
  const str = (s: StringNode) => `${JSON.stringify(s.value)}${s.closed ? '' : ' (unclosed)'}`;
  const value = (v: NumberNode | WordNode) => (v.type === 'Number' ? num(v) : v.word);
  const line = (depth: number, span: Span, text: string) =>
    out.push(
      `${'  '.repeat(depth)}${text.split(' ')[0]} ${at(span)}${text.includes(' ') ? text.slice(text.indexOf(' ')) : ''}`,
    );

  const entry = (depth: number, e: HeaderEntry | Attribute | AttrErrorNode) => {
    switch (e.type) {
      case 'Year':
        return line(depth, e, `Year ${num(e.value)}`);
      case 'Source':
        return line(depth, e, `Source ${e.values.map(str).join(', ')}`);
      case 'Wartime':
        return line(depth, e, 'Wartime');
      case 'AttrError':
        return line(depth, e, 'AttrError');
      case 'Power':
        if (e.value.type === 'Number') return line(depth, e, `Power ${num(e.value)}`);
        line(depth, e, `Power components${e.value.closed ? '' : ' (unclosed)'}`);
        for (const c of e.value.entries) {
          if (c.type === 'AttrError') line(depth + 1, c, 'AttrError');
          else line(depth + 1, c, `Component ${c.key.word} ${num(c.value)}`);
        }
        return;
      case 'Offense':
        return line(depth, e, `Offense ${value(e.value)}`);
      case 'Intent':
        return line(depth, e, `Intent ${value(e.value)}`);
      case 'Reach':
        return line(depth, e, `Reach ${value(e.value)}`);
      case 'Capital':
        return line(depth, e, `Capital ${num(e.lat)} ${num(e.lon)}`);
      case 'Major':
        return line(depth, e, 'Major');
    }
  };

  const item = (depth: number, node: Item) => {
    switch (node.type) {
      case 'Error':
        return line(depth, node, 'Error');
      case 'Scenario':
        line(depth, node, `Scenario ${str(node.title)}${node.closed ? '' : ' (unclosed)'}`);
        return node.entries.forEach((e) => entry(depth + 1, e));
      case 'Import':
        return line(depth, node, `Import ${str(node.path)}`);
      case 'State':
        line(
          depth,
          node,
          `State ${node.id.name}${node.name ? ` ${str(node.name)}` : ''}${node.attrs === null ? ' (no block)' : ''}${node.closed ? '' : ' (unclosed)'}`,
        );
        return node.attrs?.forEach((a) => entry(depth + 1, a));
      case 'Border':
        return line(depth, node, `Border ${node.pairs.map((p) => `${p.a.name}-${p.b.name}`).join(', ')}`);
      case 'Sea':
        return line(depth, node, `Sea ${node.a.name} ${node.b.name} ${num(node.distance)}`);
      case 'Distance':
        return line(depth, node, `Distance ${node.a.name} ${node.b.name} ${num(node.distance)}`);
      case 'Perception':
        return line(
          depth,
          node,
          `Perception ${node.observer.name} sees ${node.target.name} as ${[node.level?.word, node.value ? num(node.value) : ''].filter(Boolean).join(' ')}`,
        );
      case 'Alliance':
        return line(
          depth,
          node,
          `Alliance ${str(node.name)} ${node.kind.word}${node.year ? ` ${num(node.year)}` : ''}: ${node.members.map((m) => m.name).join(', ')}`,
        );
      case 'Expect':
        return line(
          depth,
          node,
          `Expect ${node.subject.name} ${node.negated ? 'not ' : ''}${node.verb}${node.target ? ` ${node.target.name}` : ''}${node.other ? ` than ${node.other.name}` : ''}${node.theory ? ` under ${node.theory.which}` : ''}`,
        );
      case 'Settings':
        line(depth, node, `Settings${node.closed ? '' : ' (unclosed)'}`);
        for (const s of node.entries) {
          if (s.type === 'AttrError') line(depth + 1, s, 'AttrError');
          else line(depth + 1, s, `Setting ${s.weight ? 'weight ' : ''}${s.name.word} ${num(s.value)}`);
        }
        return;
      case 'Variant':
        line(depth, node, `Variant ${str(node.name)}${node.closed ? '' : ' (unclosed)'}`);
        return node.items.forEach((i) => item(depth + 1, i));
      case 'Remove':
        return line(
          depth,
          node,
          `Remove ${node.what} ${node.name ? str(node.name) : `${node.a?.name} ${node.b?.name}`}`,
        );
    }
  };
  for (const node of items) item(0, node);
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/**
 * The TextMate grammar (packages/vscode/syntaxes) agrees with the Peggy grammar: every keyword
 * the Peggy grammar matches is highlighted, and real scenarios tokenize into the scopes a
 * reader expects. Tokenizing uses VS Code's own engine (vscode-textmate with Oniguruma).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import oniguruma from 'vscode-oniguruma';
import vsctm from 'vscode-textmate';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const grammarPath = join(root, 'packages', 'vscode', 'syntaxes', 'threat.tmLanguage.json');
let grammar: vsctm.IGrammar;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(join(require.resolve('vscode-oniguruma'), '..', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath),
  });
  grammar = (await registry.loadGrammar('source.threat'))!;
});

/** `text -> last scope` for every token of a text. */
function tokens(text: string): string[] {
  const result: string[] = [];
  let state = vsctm.INITIAL;
  for (const line of text.split('\n')) {
    const tokenized = grammar.tokenizeLine(line, state);
    for (const token of tokenized.tokens) {
      const word = line.slice(token.startIndex, token.endIndex);
      if (word.trim() === '') continue;
      result.push(`${word.trim()} -> ${token.scopes.at(-1)}`);
    }
    state = tokenized.ruleStack;
  }
  return result;
}

describe('the TextMate grammar', () => {
  it('highlights every keyword of the Peggy grammar', () => {
    const peggy = readFileSync(join(root, 'grammar', 'threat.peggy'), 'utf8');
    const keywords = new Set<string>();
    for (const match of peggy.matchAll(/^[A-Z_]+ = @"([a-z-]+)" KwEnd$/gm)) keywords.add(match[1]!);
    expect(keywords.size).toBeGreaterThan(40);
    const unhighlighted = [...keywords].filter((word) =>
      tokens(word)[0]!.endsWith('variable.other.state.threat'),
    );
    expect(unhighlighted).toEqual([]);
  });

  it('tokenizes a scenario into statements, names, levels, numbers, units, strings and comments', () => {
    const text = [
      'state Germany "German Empire" { power 15.8%  offense high  intent revisionist } // 1914',
      'sea UK France 34 km',
      'alliance "Entente" entente 1904: France, UK',
      'UK sees Germany as hostile 0.7',
      'expect UK balances against Germany under balance of power',
      '/* a block',
      '   comment */',
    ].join('\n');
    expect(tokens(text)).toEqual([
      'state -> keyword.control.statement.threat',
      'Germany -> entity.name.type.state.threat',
      '" -> string.quoted.double.threat',
      'German Empire -> string.quoted.double.threat',
      '" -> string.quoted.double.threat',
      '{ -> punctuation.section.block.begin.threat',
      'power -> variable.other.property.attribute.threat',
      '15.8 -> constant.numeric.threat',
      '% -> keyword.other.unit.threat',
      'offense -> variable.other.property.attribute.threat',
      'high -> constant.language.level.threat',
      'intent -> variable.other.property.attribute.threat',
      'revisionist -> constant.language.level.threat',
      '} -> punctuation.section.block.end.threat',
      '// 1914 -> comment.line.double-slash.threat',
      'sea -> keyword.control.statement.threat',
      'UK -> variable.other.state.threat',
      'France -> variable.other.state.threat',
      '34 -> constant.numeric.threat',
      'km -> keyword.other.unit.threat',
      'alliance -> keyword.control.statement.threat',
      '"Entente" -> entity.name.type.alliance.threat',
      'entente -> constant.language.alliance-kind.threat',
      '1904 -> constant.numeric.threat',
      ': -> punctuation.separator.colon.threat',
      'France -> variable.other.state.threat',
      ', -> punctuation.separator.comma.threat',
      'UK -> variable.other.state.threat',
      'UK -> variable.other.state.threat',
      'sees -> keyword.operator.word.claim.threat',
      'Germany -> variable.other.state.threat',
      'as -> keyword.operator.word.claim.threat',
      'hostile -> constant.language.level.threat',
      '0.7 -> constant.numeric.threat',
      'expect -> keyword.control.statement.threat',
      'UK -> variable.other.state.threat',
      'balances -> keyword.operator.word.claim.threat',
      'against -> keyword.operator.word.claim.threat',
      'Germany -> variable.other.state.threat',
      'under -> keyword.operator.word.claim.threat',
      'balance -> keyword.operator.word.claim.threat',
      'of -> keyword.operator.word.claim.threat',
      'power -> variable.other.property.attribute.threat',
      '/* -> comment.block.threat',
      'a block -> comment.block.threat',
      'comment -> comment.block.threat',
      '*/ -> comment.block.threat',
    ]);
  });

  it('reads names with hyphens and letters outside ASCII as one name', () => {
    expect(tokens('border Austria-Hungary Österreich')).toEqual([
      'border -> keyword.control.statement.threat',
      'Austria-Hungary -> variable.other.state.threat',
      'Österreich -> variable.other.state.threat',
    ]);
  });
});

/**
 * Reads the TSDoc `@example` blocks of the public API and turns each into a runnable check.
 *
 * An example is TypeScript, written as a user would type it, where
 * - `expression; //=> value` claims the value of the expression (`…` in an object or array means
 *   "and more": the listed part must match);
 * - `statement; // throws CODE` (on the same line or the next), optionally followed by
 *   `, path [...]`, claims a ShuangsuijiError with that code (and path).
 * Anything after the claimed value that is not a JavaScript value (a remark such as
 * `//=> true, for the same items in any order`) is prose and is not checked; the claim before it is.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface PublicExample {
  /** The exported name the example documents. */
  readonly name: string;
  /** Index of the example among the name's examples. */
  readonly index: number;
  /** File and line of the declaration, for messages. */
  readonly where: string;
  /** The example's code, as written. */
  readonly code: string;
}

export interface PublicExport {
  readonly name: string;
  readonly kind: 'function' | 'class' | 'value' | 'type';
  readonly where: string;
  readonly examples: readonly string[];
  /** The summary: the documentation comment's text before the first blank line. */
  readonly summary: string;
}

/** Every export of src/index.ts with the `@example` code blocks of its declarations. */
export function publicExports(): PublicExport[] {
  const entry = join(root, 'src', 'index.ts');
  const program = ts.createProgram([entry], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.getDeclarations() ?? [];
    const first = declarations[0];
    const where = first === undefined ? '?' : `${relative(root, first.getSourceFile().fileName)}:${first.getSourceFile().getLineAndCharacterOfPosition(first.getStart()).line + 1}`;
    const examples = declarations.flatMap((declaration) =>
      ts
        .getJSDocTags(declaration.kind === ts.SyntaxKind.VariableDeclaration ? declaration.parent.parent : declaration)
        .filter((tag) => tag.tagName.text === 'example')
        .map((tag) => codeOf(ts.getTextOfJSDocComment(tag.comment) ?? '')),
    );
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).split(/\n\s*\n/)[0] ?? '';
    return { name: exported.name, kind: kindOf(symbol), where, examples: [...new Set(examples)], summary };
  });
}

function kindOf(symbol: ts.Symbol): PublicExport['kind'] {
  if (symbol.flags & ts.SymbolFlags.Function) return 'function';
  if (symbol.flags & ts.SymbolFlags.Class) return 'class';
  if (symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Enum)) return 'value';
  return 'type';
}

function codeOf(comment: string): string {
  const fenced = /```(?:ts|typescript)?\n([\s\S]*?)```/.exec(comment);
  return (fenced?.[1] ?? comment).trim();
}

/** The examples of the public API, one entry per example. */
export function publicExamples(): PublicExample[] {
  return publicExports().flatMap((exported) => exported.examples.map((code, index) => ({ name: exported.name, index, where: exported.where, code })));
}

/** A claim found in an example. */
export type Claim =
  | { readonly kind: 'value'; readonly expression: string; readonly expected: string; readonly partial: boolean; readonly line: number }
  | { readonly kind: 'throws'; readonly statement: string; readonly code: string; readonly path: string | undefined; readonly line: number };

export interface PreparedExample {
  /** The example as a sequence of statements, claims replaced by calls to `__value` and `__throws`. */
  readonly source: string;
  readonly claims: readonly Claim[];
  /** Claims whose expected text is prose only (not checked). */
  readonly prose: number;
}

const THROWS = /^\s*\/\/\s*throws\s+([A-Z_]+)(?:.*?,\s*path\s+(\[[^\]]*\]))?/;

/** Turns an example into statements with its claims as checks. */
export function prepareExample(code: string): PreparedExample {
  const text = code.replace(/^import .* from ['"]shuangsuiji(?:\/[a-z-]+)?['"];?$/gm, '');
  const file = ts.createSourceFile('example.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const claims: Claim[] = [];
  let prose = 0;
  const out: string[] = [];
  const statements = file.statements;
  statements.forEach((statement, i) => {
    const own = text.slice(statement.getStart(), statement.end);
    const line = file.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    const comments = trailingAndFollowing(text, statement, statements[i + 1]);
    const throwsComment = comments.map((comment) => THROWS.exec(comment)).find((match) => match !== null);
    const valueComment = comments.find((comment) => /^\/\/=>/.test(comment));
    if (throwsComment) {
      claims.push({ kind: 'throws', statement: own, code: throwsComment[1]!, path: throwsComment[2], line });
      out.push(`await __throws(${claims.length - 1}, async () => { ${own} });`);
      return;
    }
    if (valueComment !== undefined && ts.isExpressionStatement(statement)) {
      const claimed = expectedValue(valueComment.replace(/^\/\/=>\s*/, ''));
      if (claimed === undefined) {
        prose += 1;
        out.push(own);
        return;
      }
      claims.push({ kind: 'value', expression: text.slice(statement.expression.getStart(), statement.expression.end), expected: claimed.text, partial: claimed.partial, line });
      out.push(`await __value(${claims.length - 1}, async () => (${text.slice(statement.expression.getStart(), statement.expression.end)}), () => (${claimed.text}));`);
      return;
    }
    out.push(own);
  });
  return { source: out.join('\n'), claims, prose };
}

/** Comments on the statement's last line and on the lines between it and the next statement. */
function trailingAndFollowing(text: string, statement: ts.Statement, next: ts.Statement | undefined): string[] {
  const end = next === undefined ? text.length : next.getStart();
  return text
    .slice(statement.end, end)
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('//'));
}

/**
 * The JavaScript value a `//=>` claim states, or `undefined` when it states none. Prose after the
 * value is cut at the first top-level `,` or ` (` / `（` that leaves a parseable value; `…` marks a
 * partial object or array, and a string ending in `…'` a prefix.
 */
export function expectedValue(claim: string): { text: string; partial: boolean } | undefined {
  const candidates = [claim.trim(), ...topLevelCuts(claim)];
  for (const candidate of candidates) {
    const prefix = /^'([^'\\]*)…'$/.exec(candidate);
    if (prefix !== null) return { text: `'${prefix[1]}'`, partial: true };
    const partial = candidate.includes('…');
    const text = candidate
      .replace(/,\s*…\s*/g, ' ')
      .replace(/…\s*,?/g, '')
      .trim();
    if (text === '' || !parses(text)) continue;
    return { text, partial };
  }
  return undefined;
}

function topLevelCuts(claim: string): string[] {
  const cuts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < claim.length; i += 1) {
    const char = claim[i]!;
    if (quote !== undefined) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') {
      quote = char;
      continue;
    }
    if (depth === 0 && (char === ',' || char === '（' || (char === '(' && claim[i - 1] === ' '))) cuts.push(claim.slice(0, i).trim());
    if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char)) depth -= 1;
  }
  return cuts;
}

function parses(text: string): boolean {
  const file = ts.createSourceFile('value.ts', `(${text});`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics;
  if (diagnostics.length > 0) return false;
  const statement = file.statements[0];
  return file.statements.length === 1 && statement !== undefined && ts.isExpressionStatement(statement) && !containsIdentifierReference(statement.expression);
}

/** Claims are values: literals, arrays, objects, `undefined`, `NaN`, `Infinity`, negative numbers. */
function containsIdentifierReference(node: ts.Node): boolean {
  if (ts.isIdentifier(node)) return !['undefined', 'NaN', 'Infinity'].includes(node.text);
  if (ts.isPropertyAssignment(node)) return containsIdentifierReference(node.initializer);
  if (ts.isShorthandPropertyAssignment(node)) return true;
  return ts.forEachChild(node, containsIdentifierReference) === true;
}

export function readSource(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

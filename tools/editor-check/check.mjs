// Runs yaml-language-server (the YAML support of VS Code, Neovim, Helix, Zed...) over anneal's
// schemas, as an editor would, and checks what a user sees:
//   1. every sample in samples/ opens with no diagnostic (experiment-config.yaml through
//      schemas/anneal-embedded.schema.json, the others through schemas/anneal.schema.json);
//   2. for every node type: its example opens with no diagnostic; hovering its `type` shows that
//      type's own doc (title, formula, PyTorch link for torch.*); completing a key inside it offers
//      every key of the type, each with its doc, and each value completion inserts is valid;
//   3. completing `type:` offers every type, each with its own doc.
// Usage: node check.mjs PATH/TO/yaml-language-server/bin/yaml-language-server  (run.sh installs it)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lsp } from './lsp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const schemaPath = join(root, 'schemas/anneal.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const types = schema.$defs.anyNode.properties.type.enum;
const header = `# yaml-language-server: $schema=${schemaPath}\ntotal_steps: 10000\nsteps_per_epoch: 100\nbase_lr: 0.1\n`;
const failures = [];
let checks = 0;

function check(ok, what) {
  checks++;
  if (!ok) failures.push(what);
  return ok;
}

function position(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1).length };
}

/** The scalar a completion's insert text puts after the key, or undefined (none, a choice, a skeleton). */
function insertedValue(insertText, key) {
  const m = new RegExp(`^${key.replace('.', '\\.')}: (?:\\$\\{1:([^}|]*)\\}|([^$\\n{][^\\n]*))$`).exec(insertText);
  if (!m) return undefined;
  const raw = m[1] ?? m[2];
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

let docs = 0;
const virtual = (name) => `file://${join(root, 'tools/editor-check', `virtual-${name}-${docs++}.yaml`)}`;

async function diagnosticsOf(lsp, uri, text) {
  const found = await lsp.open(uri, text);
  lsp.close(uri);
  return found;
}

async function checkSamples(lsp) {
  for (const name of readdirSync(join(root, 'samples')).filter((n) => n.endsWith('.yaml')).sort()) {
    const path = join(root, 'samples', name);
    const found = await diagnosticsOf(lsp, `file://${path}`, readFileSync(path, 'utf8'));
    const modeline = /\$schema=(\S+)/.exec(readFileSync(path, 'utf8'))?.[1];
    check(found.length === 0, `samples/${name}: ${JSON.stringify(found.map((d) => d.message))}`);
    console.log(`${found.length === 0 ? 'ok  ' : 'FAIL'} samples/${name} (${modeline}): ${found.length} diagnostics`);
  }
}

async function checkType(lsp, type) {
  const def = schema.$defs[type];
  const example = def.examples[0];
  const text = `${header}schedule: ${JSON.stringify(example)}\n`;
  const uri = virtual(type);
  const found = await lsp.open(uri, text);
  check(found.length === 0, `${type}: example has diagnostics ${JSON.stringify(found.map((d) => d.message))}`);
  const at = position(text, text.indexOf(`"${type}"`) + 1);
  const hover = (await lsp.request('textDocument/hover', { textDocument: { uri }, position: at }))?.contents?.value ?? '';
  lsp.close(uri);
  const hoverOk = check(hover.includes(`**${type}**: ${def.description}`) && !hover.includes('anneal schedule file')
      && (!type.startsWith('torch.') || hover.includes(`lr_scheduler.${type.slice(6)}.html`)), `${type}: hover is ${JSON.stringify(hover.slice(0, 200))}`);

  const keys = Object.keys(def.properties).filter((k) => !['type', 'last_epoch', 'verbose'].includes(k));
  const body = `${header}schedule:\n  type: ${type}\n  \n`;
  const curi = virtual(type);
  await lsp.open(curi, body);
  const completion = await lsp.request('textDocument/completion', { textDocument: { uri: curi }, position: { line: 6, character: 2 } });
  lsp.close(curi);
  const items = new Map((completion?.items ?? completion ?? []).map((i) => [i.label, i]));
  const undocumented = keys.filter((k) => !items.has(k) || !(items.get(k).documentation?.value ?? items.get(k).documentation));
  check(undocumented.length === 0, `${type}: completion lacks documented keys ${undocumented.join(', ')}`);

  const inserted = [];
  for (const key of keys) {
    const item = items.get(key);
    const value = item && insertedValue(item.insertText ?? item.textEdit?.newText ?? '', key);
    if (value === undefined) continue;
    const node = { ...example, [key]: value };
    const errors = await diagnosticsOf(lsp, virtual(type), `${header}schedule: ${JSON.stringify(node)}\n`);
    check(errors.length === 0, `${type}: completing ${key} inserts ${JSON.stringify(value)}: ${JSON.stringify(errors.map((d) => d.message))}`);
    inserted.push(`${key}: ${JSON.stringify(value)}${errors.length ? ' INVALID' : ''}`);
  }
  const enumsOk = await checkEnumValues(lsp, type, def);
  const ok = found.length === 0 && hoverOk && undocumented.length === 0 && !inserted.some((i) => i.endsWith('INVALID'))
      && enumsOk;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${type}: example valid, hover "${hover.split('\n').find((l) => l.startsWith('**'))?.slice(0, 60)}...", `
      + `${keys.length} keys completed with docs, inserts ${inserted.join(', ') || 'no scalar'}`);
}

/** Completing the value of an enum key (CyclicLR's mode...) offers every value, each with its doc. */
async function checkEnumValues(lsp, type, def) {
  let ok = true;
  for (const [key, property] of Object.entries(def.properties)) {
    if (key === 'type' || !property.enum) continue;
    const uri = virtual(type);
    await lsp.open(uri, `${header}schedule:\n  type: ${type}\n  ${key}: \n`);
    const position = { line: 6, character: key.length + 4 };
    const completion = await lsp.request('textDocument/completion', { textDocument: { uri }, position });
    lsp.close(uri);
    const items = new Map((completion?.items ?? []).map((i) => [i.label, i]));
    const wrong = property.enum.filter((v, i) => !(items.get(v)?.documentation?.value ?? '').includes(property.markdownEnumDescriptions[i]));
    ok = check(wrong.length === 0, `${type}.${key}: completion lacks the doc of ${wrong.join(', ')}`) && ok;
  }
  return ok;
}

async function checkTypeValues(lsp) {
  const uri = virtual('type');
  await lsp.open(uri, `${header}schedule:\n  type: \n`);
  const completion = await lsp.request('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 8 } });
  lsp.close(uri);
  const items = new Map((completion?.items ?? []).map((i) => [i.label, i]));
  const wrong = types.filter((t) => !(items.get(t)?.documentation?.value ?? '').includes(schema.$defs[t].description));
  check(wrong.length === 0, `type: completion lacks the own doc of ${wrong.join(', ')}`);
  console.log(`${wrong.length === 0 ? 'ok  ' : 'FAIL'} type: completion offers ${types.length - wrong.length} of ${types.length} types, each with its own doc`);
}

const server = process.argv[2];
if (!server) {
  console.error('usage: node check.mjs PATH/TO/yaml-language-server/bin/yaml-language-server');
  process.exit(2);
}
const settings = { yaml: { validate: true, hover: true, completion: true, schemas: {}, schemaStore: { enable: false } } };
const lsp = new Lsp(process.execPath, [server, '--stdio'], settings);
const capabilities = {
  textDocument: { hover: { contentFormat: ['markdown'] }, completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } } },
};
await lsp.request('initialize', { processId: process.pid, rootUri: `file://${root}`, capabilities });
lsp.notify('initialized', {});
lsp.notify('workspace/didChangeConfiguration', { settings });
await checkSamples(lsp);
for (const type of types) await checkType(lsp, type);
await checkTypeValues(lsp);
await lsp.shutdown();
console.log(failures.length === 0 ? `editor-check: all ${checks} checks passed` : `editor-check: ${failures.length} of ${checks} checks failed:\n  ${failures.join('\n  ')}`);
process.exit(failures.length === 0 ? 0 : 1);

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Which way imports may point (ARCHITECTURE.md): the kernel imports nothing else of ours; the engine and the features
 * never import a channel; the database layer never imports the engine or a feature; messaging (queues, fan-out,
 * delivery) never imports a feature; the dashboard and HTTP never import the engine or a feature. Read from the source
 * text, so a new file is checked the moment it exists.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import of a file of ours, as a path from the repository root ("src/db/schema.ts"). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (spec?.startsWith('.')) found.push(path.relative(ROOT, path.resolve(path.dirname(file), spec)));
  }
  return found;
}

const FILES = sourceFiles(SRC).map((file) => ({ file: path.relative(ROOT, file), imports: importsOf(file) }));

interface Rule {
  name: string;
  /** The files the rule is about. */
  from: (file: string) => boolean;
  /** What they must not import. */
  forbidden: (target: string) => boolean;
}

const under =
  (...folders: string[]) =>
  (file: string) =>
    folders.some((folder) => file.startsWith(`src/${folder}/`));

const RULES: Rule[] = [
  {
    name: 'the kernel imports nothing else of ours',
    from: under('kernel'),
    forbidden: (target) => !target.startsWith('src/kernel/'),
  },
  {
    name: 'the engine and the features never import a channel',
    from: under('engine', 'features'),
    forbidden: under('channels'),
  },
  {
    name: 'the engine never imports a feature (it is given the list)',
    from: under('engine'),
    forbidden: under('features'),
  },
  {
    name: 'the database layer never imports the engine or a feature',
    from: under('db'),
    forbidden: under('engine', 'features'),
  },
  { name: 'messaging never imports a feature', from: under('messaging'), forbidden: under('features') },
  {
    name: 'the dashboard never imports the engine or a feature',
    from: under('dashboard', 'http'),
    forbidden: under('engine', 'features'),
  },
];

describe('import directions', () => {
  it('audit rows are written only through writeAudit (src/db/audit-log.ts)', () => {
    const writers = FILES.filter(
      (f) =>
        f.file !== 'src/db/audit-log.ts' &&
        /insertInto\(\s*'audit_log'\s*\)/.test(fs.readFileSync(path.join(ROOT, f.file), 'utf8')),
    );
    expect(writers.map((f) => f.file)).toEqual([]);
  });

  it('finds the source and reads its imports', () => {
    expect(FILES.length).toBeGreaterThan(200);
    const schema = FILES.find((f) => f.file === 'src/db/dialog-states.ts');
    expect(schema?.imports).toContain('src/db/schema.ts');
  });

  it.each(RULES)('$name', (rule) => {
    const broken = FILES.filter((f) => rule.from(f.file)).flatMap((f) =>
      f.imports.filter(rule.forbidden).map((target) => `${f.file} → ${target}`),
    );
    expect(broken).toEqual([]);
  });
});

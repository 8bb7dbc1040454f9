// The packed package as a user gets it: imported by name from JavaScript and TypeScript, running the example in docs/library.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = process.cwd();
const doc = readFileSync('docs/library.md', 'utf8');

/** The first fenced block of `lang` after `heading`, and the text block that follows it (what it prints). */
function exampleAfter(heading: string, lang: string): { code: string; prints: string } {
  const rest = doc.slice(doc.indexOf(heading));
  const code = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(rest);
  const prints = /```text\n([\s\S]*?)```/.exec(rest.slice((code?.index ?? 0) + (code?.[0].length ?? 0)));
  if (!code?.[1] || !prints?.[1]) throw new Error(`docs/library.md: no \`\`\`${lang} block with its output after "${heading}"`);
  return { code: code[1], prints: prints[1] };
}

const run = (command: string, args: string[], cwd: string) => {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the packed package', () => {
  let project = '';
  let files: string[] = [];

  beforeAll(() => {
    if (!existsSync('dist/index.d.ts')) throw new Error('dist/ is not built with declarations: run `npm run build` first (npm test does)');
    project = mkdtempSync(join(tmpdir(), 'statecraft-pack-'));
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], repo);
    expect(packed.code, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    files = info?.files.map((f) => f.path) ?? [];
    // Installed as npm would lay it out, offline: the tarball unpacked, its declared dependencies taken from this checkout.
    const installed = join(project, 'node_modules', 'statecraft');
    mkdirSync(installed, { recursive: true });
    const untar = run('tar', ['-xzf', join(project, info?.filename ?? ''), '-C', installed, '--strip-components=1'], repo);
    expect(untar.code, untar.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies)) {
      mkdirSync(dirname(join(project, 'node_modules', dep)), { recursive: true });
      symlinkSync(join(repo, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
    }
    writeFileSync(join(project, 'package.json'), '{ "name": "uses-statecraft", "private": true, "type": "module" }\n');
  });

  it('should hold the built code, its declarations and the scenarios, and no sources or tests', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cli/bin.js', 'scenarios/iraq-coalition.yaml', 'docs/library.md']));
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('should run the worked example of docs/library.md from plain JavaScript, printing what the docs show', () => {
    const { code, prints } = exampleAfter('## Worked example', 'js');
    writeFileSync(join(project, 'example.mjs'), code);
    const r = run(process.execPath, ['example.mjs'], project);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(prints);
  });

  it('should type-check and run the TypeScript example, with real types', () => {
    const { code, prints } = exampleAfter('## From TypeScript', 'ts');
    writeFileSync(join(project, 'typed.ts'), code);
    // If the declarations were missing or `any`, this directive would be unused and tsc would fail.
    writeFileSync(
      join(project, 'wrong.ts'),
      "import { createSession } from 'statecraft';\n// @ts-expect-error seed is a number\ncreateSession('base-closure', 'seven');\n",
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['typed.ts', 'wrong.ts'],
      }),
    );
    const checked = run(join(repo, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], project);
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    const r = run(join(repo, 'node_modules/.bin/tsx'), ['typed.ts'], project);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(prints);
  });
});

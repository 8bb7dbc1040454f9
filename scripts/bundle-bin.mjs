// Bundles the compiled executable (dist/cli/bin.js and everything it imports) into a few files, so `statecraft play`
// reads a handful of files instead of several hundred: module resolution and loading were most of its first frame.
// Each command stays a lazily loaded chunk. The tsc output stays in dist/ beside it: the workers and the library
// entry point still run from there, and every `import.meta.url` in a bundled module is rewritten to point at that
// module's own compiled file, so paths built from it (scenarios/, the worker files, package.json) are unchanged.
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'dist');
const outdir = resolve(dist, 'cli');

/** Packages left to Node at run time: they load files of their own by path (workers, native or optional add-ons). */
const EXTERNAL = ['piscina', 'ws', 'bufferutil', 'utf-8-validate', 'react-devtools-core', 'proper-lockfile', 'write-file-atomic', 'node-pty'];

/** Points `import.meta.url` of each compiled module at its own file, wherever the bundle puts its code. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(`${dist}/`)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'js' };
      const own = relative(outdir, args.path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

/** zod's namespace object carries every locale (300 KB, a sixth of what `play` loads); only English is used. */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!args.importer.includes('/node_modules/zod/')) return undefined;
      return { path: resolve(dirname(args.importer), '../locales/en.js').replace(/en\.js$/, 'index.js'), namespace: 'zod-locales' };
    });
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(resolve(dirname(args.path), 'en.js'))};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * ink measures every text of the screen again on each frame (string-width walks grapheme clusters for any non-ASCII
 * text: bars, arrows, "…"), and keeps its per-line caches for one frame only. Both are pure functions of the text,
 * so the bundle remembers them across frames (bounded): the same widths and cells, for a fraction of the time per key.
 */
const MEMO_LIMIT = 20_000;
const inkAcrossFrames = {
  name: 'ink-across-frames',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.namespace === 'memo') return undefined;
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, namespace: 'memo' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'memo' };
    });
    b.onLoad({ filter: /.*/, namespace: 'memo' }, (args) => ({
      contents: `import stringWidth from ${JSON.stringify(args.path)};
const widths = new Map();
export default function memoStringWidth(text, options) {
  if (options !== undefined || typeof text !== 'string') return stringWidth(text, options);
  let w = widths.get(text);
  if (w === undefined) {
    if (widths.size >= ${MEMO_LIMIT}) widths.clear();
    w = stringWidth(text);
    widths.set(text, w);
  }
  return w;
}`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
    b.onLoad({ filter: /node_modules\/ink\/build\/output\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const from = '    caches = new OutputCaches();';
      if (!text.includes(from)) throw new Error(`${args.path}: ink changed; update ink-across-frames in scripts/bundle-bin.mjs`);
      const shared = `const sharedCaches = new OutputCaches();
function boundedCaches() {
    if (sharedCaches.styledChars.size + sharedCaches.widths.size + sharedCaches.blockWidths.size >= ${MEMO_LIMIT}) {
        sharedCaches.styledChars.clear();
        sharedCaches.widths.clear();
        sharedCaches.blockWidths.clear();
    }
    return sharedCaches;
}
export default class Output {`;
      return { contents: text.replace(from, '    caches = boundedCaches();').replace('export default class Output {', shared), loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: [resolve(outdir, 'bin.js')],
  outdir,
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'bundle-[hash]',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  external: EXTERNAL,
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  plugins: [keepModuleUrls, zodEnglishOnly, inkAcrossFrames],
  metafile: Boolean(process.env.META),
  logLevel: 'warning',
  logOverride: { 'assign-to-define': 'silent' },
});
if (process.env.META) (await import('node:fs')).writeFileSync(process.env.META, JSON.stringify(result.metafile));

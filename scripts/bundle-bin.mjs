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
  plugins: [keepModuleUrls, zodEnglishOnly],
  metafile: Boolean(process.env.META),
  logLevel: 'warning',
  logOverride: { 'assign-to-define': 'silent' },
});
if (process.env.META) (await import('node:fs')).writeFileSync(process.env.META, JSON.stringify(result.metafile));

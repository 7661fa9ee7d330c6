// webpack: the task pane (React + Fluent UI) and the ribbon commands, each with its HTML page.
//
//   npm run build       production: content hashes, separate source maps, gzip budget check
//   npm run build:dev   development build into dist/
//   npm run dev-server  https://localhost:3000 with the office-addin-dev-certs certificate
//
// office.js is never bundled: both HTML pages load it from Microsoft's CDN with a <script> tag.
// The manifest and the icons are copied into the output as they are, except that
// `--env baseUrl=https://host/path/` rewrites the manifest's https://localhost:3000/ URLs (for a
// build served from elsewhere). Nothing in this file makes a network call.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { Compilation, WebpackError, sources } = require('webpack');

const DEV_SERVER_PORT = 3000;
const DEV_BASE_URL = `https://localhost:${DEV_SERVER_PORT}/`;

/** The budget for everything taskpane.html loads before the first render, measured gzipped. */
const TASKPANE_GZIP_BUDGET = 200 * 1024;
/**
 * webpack's own performance hints measure raw bytes. React + Fluent UI compress about 3.2:1, so
 * this raw limit is roughly the gzip budget; GzipBudgetPlugin below measures the real thing.
 */
const TASKPANE_RAW_HINT = Math.round(TASKPANE_GZIP_BUDGET * 3.2);

/** Packages of the task pane's UI stack, put in their own long-cached vendor chunk. */
const TASKPANE_VENDOR = /[\\/]node_modules[\\/]/;

/** Emits files from the repository into the output as they are (copy-webpack-plugin in small). */
class CopyFilesPlugin {
  /** @param {{ from: string, to: string, transform?: (content: Buffer) => Buffer }[]} files */
  constructor(files) {
    this.files = files;
  }

  apply(compiler) {
    const name = 'CopyFilesPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const { from, to, transform } of this.files) {
            compilation.fileDependencies.add(from);
            const content = fs.readFileSync(from);
            compilation.emitAsset(to, new sources.RawSource(transform ? transform(content) : content));
          }
        },
      );
    });
  }
}

/** Warns when the JavaScript an entrypoint loads up front exceeds a gzip budget. */
class GzipBudgetPlugin {
  /** @param {{ entry: string, limit: number }} options */
  constructor({ entry, limit }) {
    this.entry = entry;
    this.limit = limit;
  }

  apply(compiler) {
    const name = 'GzipBudgetPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const entrypoint = compilation.entrypoints.get(this.entry);
        if (!entrypoint) return;
        const files = entrypoint.getFiles().filter((file) => file.endsWith('.js'));
        const gzipped = files.reduce((sum, file) => {
          const asset = compilation.getAsset(file);
          return sum + (asset ? zlib.gzipSync(asset.source.buffer()).length : 0);
        }, 0);
        if (gzipped > this.limit) {
          const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
          compilation.warnings.push(
            new WebpackError(
              `${this.entry}: the initial JavaScript is ${kib(gzipped)} gzipped, over the budget of ` +
                `${kib(this.limit)} (${files.join(', ')}). Lazy-load what the first screen does not need.`,
            ),
          );
        }
      });
    });
  }
}

/** The PNG icons in assets/, copied to the same place in the output (the manifest's URLs). */
function iconFiles() {
  const dir = path.resolve(__dirname, 'assets');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.png'))
    .map((file) => ({ from: path.join(dir, file), to: `assets/${file}` }));
}

/** The manifest, with its development URLs rewritten when a base URL is given. */
function manifestFile(baseUrl) {
  if (baseUrl !== undefined && !/^https:\/\/[^/]+\/(.*\/)?$/.test(baseUrl)) {
    throw new Error(`--env baseUrl must be an https URL ending in "/", not ${JSON.stringify(baseUrl)}`);
  }
  return {
    from: path.resolve(__dirname, 'manifest.xml'),
    to: 'manifest.xml',
    transform: baseUrl
      ? (content) => Buffer.from(content.toString('utf8').split(DEV_BASE_URL).join(baseUrl), 'utf8')
      : undefined,
  };
}

/**
 * The localhost certificate of office-addin-dev-certs (generated offline in ~/.office-addin-dev-certs).
 * Trusting its CA needs administrator rights; where that fails (Linux without sudo) the files have
 * still been written, so serve with them and say how to trust the CA by hand.
 */
async function devServerHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const read = (file) => fs.readFileSync(path.join(dir, file));
    let options;
    try {
      options = { ca: read('ca.crt'), cert: read('localhost.crt'), key: read('localhost.key') };
    } catch {
      throw error;
    }
    console.warn(
      `[dev-server] The development CA could not be trusted automatically (${error.message.trim()}).\n` +
        `[dev-server] Serving with ${dir}/localhost.crt anyway; run "npx office-addin-dev-certs install" ` +
        `as an administrator, or trust ${dir}/ca.crt in your browser, to avoid certificate errors.`,
    );
    return options;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const hashed = production ? '.[contenthash:8]' : '';

  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: `[name]${hashed}.js`,
      chunkFilename: `[name]${hashed}.js`,
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked once by `npm run typecheck`; the bundle only needs transpiling.
            options: { configFile: path.resolve(__dirname, 'tsconfig.web.json'), transpileOnly: true },
          },
        },
      ],
    },
    devtool: production ? 'source-map' : 'eval-source-map',
    optimization: {
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // React and Fluent UI change far less often than our code: one vendor chunk that
          // taskpane.html loads; the commands page has no UI and never loads it.
          vendor: {
            name: 'vendor',
            test: TASKPANE_VENDOR,
            chunks: (chunk) => chunk.name === 'taskpane',
            enforce: true,
          },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: TASKPANE_RAW_HINT,
      maxAssetSize: TASKPANE_RAW_HINT,
      assetFilter: (file) => file.endsWith('.js'),
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'notice.html',
        template: './src/commands/notice.html',
        chunks: ['notice'],
        scriptLoading: 'defer',
      }),
      new CopyFilesPlugin([...iconFiles(), manifestFile(env.baseUrl)]),
      ...(production ? [new GzipBudgetPlugin({ entry: 'taskpane', limit: TASKPANE_GZIP_BUDGET })] : []),
    ],
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          server: { type: 'https', options: await devServerHttpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};

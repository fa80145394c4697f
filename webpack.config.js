/* eslint-disable no-undef */
/**
 * Builds the add-in's pages: the task pane (React + Fluent UI), the ribbon command bundle (no UI
 * library at all) and the command's message dialog. Every page loads Office.js from Microsoft's
 * CDN, as "Referencing the Office JavaScript API library" requires (the npm copy is a 2022 build
 * that lacks newer members while isSetSupported answers from the host).
 *
 *   webpack --mode production   dist/ for deployment; ADDIN_URL=https://host/path/ is required
 *   webpack serve               https://localhost:3000 with the Office dev certificates
 *   OFFICE_JS_DIR=dir           air-gapped deployments only: serve the Office.js files that the
 *                               deployer downloaded from the CDN into dir (office.js at its top)
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { ECMA_VERSION, TS_TARGET } = require("./scripts/es-level");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
/** The one URL Microsoft supports for Office.js; the page templates carry it literally. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where an air-gapped build serves its copy, relative to the pages. */
const OFFICE_JS_LOCAL = "office-js/office.js";

/** The deployer's own download of the CDN files, or null for the normal (CDN) build. */
function localOfficeJs() {
  const dir = process.env.OFFICE_JS_DIR;
  if (!dir) return null;
  const resolved = path.resolve(dir);
  if (!fs.existsSync(path.join(resolved, "office.js"))) throw new Error(`OFFICE_JS_DIR=${dir} holds no office.js`);
  return resolved;
}

/** Where each page template asks for the old-engine guard (src/commands/old-engine-guard.js). */
const GUARD_MARKER = "<!-- old-engine-guard -->";
const GUARD_FILE = path.resolve(__dirname, "src/commands/old-engine-guard.js");

/**
 * A page template, with the old-engine guard inlined (it must run before, and without, any
 * bundle) and pointed at the local copy of Office.js when the build is air-gapped.
 */
function pageTemplate(file, officeJsDir) {
  let html = fs.readFileSync(path.resolve(__dirname, file), "utf8");
  if (!html.includes(OFFICE_JS_CDN)) throw new Error(`${file} does not load ${OFFICE_JS_CDN}`);
  if (!html.includes(GUARD_MARKER)) throw new Error(`${file} lacks ${GUARD_MARKER}`);
  html = html.split(GUARD_MARKER).join(`<script>\n${fs.readFileSync(GUARD_FILE, "utf8")}</script>`);
  return officeJsDir ? html.split(OFFICE_JS_CDN).join(OFFICE_JS_LOCAL) : html;
}

/** The task pane is built once its sources exist (it is written alongside this config). */
const TASKPANE_ENTRY = path.resolve(__dirname, "src/taskpane/index.tsx");
const TASKPANE_TEMPLATE = path.resolve(__dirname, "src/taskpane/taskpane.html");
const hasTaskpane = fs.existsSync(TASKPANE_ENTRY) && fs.existsSync(TASKPANE_TEMPLATE);

function deploymentUrl(production, local) {
  const url = process.env.ADDIN_URL;
  if (!url) {
    // A manifest whose pages and SupportUrl are on localhost cannot be deployed: refuse it.
    // `--env local` (npm run build:local) builds the production bundle for this machine's tests.
    if (production && !local) throw new Error("webpack: set ADDIN_URL=https://host/path/ for a production build (the manifest's URLs); npm run build:local for a local one");
    return DEV_URL;
  }
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https URL, got ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The Office dev certificates, trusted by the machine (installing the CA needs admin rights).
 * Where installing fails (a container without sudo) the generated certificate is used as is,
 * untrusted: fine for tests, and the warning says how to trust it.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const file = (name) => fs.readFileSync(path.join(dir, name));
    if (!fs.existsSync(path.join(dir, "localhost.crt"))) throw error;
    console.warn(`webpack: dev certificate not trusted (${error.message.split("\n")[0]}); run "npx office-addin-dev-certs install" as an administrator`);
    return { ca: file("ca.crt"), key: file("localhost.key"), cert: file("localhost.crt") };
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const url = deploymentUrl(production, Boolean(env && env.local));

  const entry = {
    commands: "./src/commands/commands.ts",
    dialog: "./src/commands/dialog.ts",
    ...(hasTaskpane ? { taskpane: TASKPANE_ENTRY } : {}),
  };

  const officeJsDir = localOfficeJs();
  const page = (filename, template, chunk) =>
    // The bundle is injected at the end of <head> (deferred), after the template's Office.js tag.
    new HtmlWebpackPlugin({ filename, templateContent: pageTemplate(template, officeJsDir), chunks: [chunk] });
  const pages = [
    page("commands.html", "src/commands/commands.html", "commands"),
    page("dialog.html", "src/commands/dialog.html", "dialog"),
    ...(hasTaskpane ? [page("taskpane.html", TASKPANE_TEMPLATE, "taskpane")] : []),
  ];

  return {
    mode: production ? "production" : "development",
    // webpack's own runtime and Terser's output stay within ECMA_VERSION too.
    target: ["web", `es${ECMA_VERSION}`],
    devtool: production ? false : "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // tsconfig.json targets jest (commonjs); webpack needs ES modules to tree-shake.
            // Compiled down to ECMA_VERSION: `?.`, `??`, `catch {}` never reach an older engine.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", target: TS_TARGET, noEmit: false, sourceMap: !production } },
          },
        },
        {
          // Libraries ship newer syntax than ECMA_VERSION (Fluent UI and Griffel emit `?.` and
          // `??`): TypeScript transpiles their JavaScript to the same level, module syntax kept.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { allowJs: true, checkJs: false, module: "esnext", target: TS_TARGET, noEmit: false, sourceMap: false },
            },
          },
        },
        { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    // Each page gets only its own chunk: the command bundle never carries React or Fluent UI.
    optimization: { splitChunks: false, runtimeChunk: false, sideEffects: true },
    cache: { type: "filesystem", buildDependencies: { config: [__filename] } },
    performance: { hints: false },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.{png,html}", to: "assets/[name][ext]" },
          ...(officeJsDir
            ? [
                {
                  from: "**/*",
                  context: officeJsDir,
                  to: "office-js/",
                  // Copied scripts are already minified: Terser on 57 MB would take minutes.
                  info: { minimized: true },
                  globOptions: { ignore: ["**/*.debug.js", "**/*vsdoc*", "**/*.d.ts"] },
                },
              ]
            : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? content.toString().split(DEV_URL).join(url) : content),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          static: { directory: path.resolve(__dirname, "dist") },
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};

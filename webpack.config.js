/* eslint-disable no-undef */
/**
 * Builds the add-in's pages: the task pane (React + Fluent UI), the ribbon command bundle (no UI
 * library at all) and the command's message dialog. Office.js is served from this origin, copied
 * from @microsoft/office-js, so the add-in loads no script from a CDN.
 *
 *   webpack --mode production   dist/ for deployment; ADDIN_URL=https://host/path/ sets the URLs
 *   webpack serve               https://localhost:3000 with the Office dev certificates
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** The task pane is built once its sources exist (it is written alongside this config). */
const TASKPANE_ENTRY = path.resolve(__dirname, "src/taskpane/index.tsx");
const TASKPANE_TEMPLATE = path.resolve(__dirname, "src/taskpane/taskpane.html");
const hasTaskpane = fs.existsSync(TASKPANE_ENTRY) && fs.existsSync(TASKPANE_TEMPLATE);

function deploymentUrl(production) {
  const url = process.env.ADDIN_URL;
  if (!url) {
    if (production) console.warn("webpack: ADDIN_URL is not set; manifest.xml keeps https://localhost:3000/");
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
  const url = deploymentUrl(production);

  const entry = {
    commands: "./src/commands/commands.ts",
    dialog: "./src/commands/dialog.ts",
    ...(hasTaskpane ? { taskpane: TASKPANE_ENTRY } : {}),
  };

  const pages = [
    new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
    new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/commands/dialog.html", chunks: ["dialog"] }),
    ...(hasTaskpane ? [new HtmlWebpackPlugin({ filename: "taskpane.html", template: TASKPANE_TEMPLATE, chunks: ["taskpane"] })] : []),
  ];

  return {
    mode: production ? "production" : "development",
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
            options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, sourceMap: !production } },
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
          {
            from: "**/*",
            context: OFFICE_JS_DIST,
            to: "office-js/",
            // Copied scripts are already minified: Terser on 57 MB would take minutes.
            info: { minimized: true },
            globOptions: { ignore: ["**/*.debug.js", "**/*vsdoc*", "**/*.d.ts"] },
          },
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

/* eslint-disable no-undef */
/** Bundles the Office.js fake (tests/browser/fake-host.ts) for the browser check; never shipped. */
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  entry: { "fake-host": path.resolve(__dirname, "fake-host.ts") },
  output: { path: path.resolve(__dirname, "../../node_modules/.cache/mvsp-browser-fake"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, "../../tsconfig.json"),
            compilerOptions: { module: "esnext", noEmit: false },
          },
        },
      },
    ],
  },
};

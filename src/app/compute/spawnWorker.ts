/**
 * Starts the computing worker: webpack 5 bundles `compute.worker.ts` as a chunk of its own, served
 * from the pane's origin like the rest of the add-in (nothing is fetched from elsewhere). Loaded
 * only where a Worker exists: `import.meta` is not valid CommonJS, which is how Jest and the CLI's
 * type check see this folder.
 *
 * Where workers come from: a task pane runs in a browser runtime on Windows, Mac and the web
 * (Microsoft's "Runtimes in Office Add-ins": "task pane | browser | browser | browser"; WebView2,
 * Safari's WebKit or the user's browser), and Microsoft's own sample "Custom function sample using
 * web worker" ("Applies to: Excel on Windows, Mac, and in a browser") starts them the same way. No
 * page says "Web Workers" for task panes in those words, so a refusal falls back to this thread.
 */

/** A new computing worker, or null when the browser refuses one (a policy, an old runtime). */
export function spawnComputeWorker(): Worker | null {
  try {
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment -- tsconfig.json checks for CommonJS, where import.meta is an error; webpack compiles this file as ESNext (tsconfig.web.json) and needs import.meta.url to find the worker.
    // @ts-ignore
    return new Worker(new URL('./compute.worker.ts', import.meta.url), { name: 'followup-compute' });
  } catch {
    return null;
  }
}

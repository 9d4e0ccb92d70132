/**
 * What the benchmark runs in the page's main world (an init script, before any page or content
 * script): a buffered long-task observer, and waits that poll the articles' data-vigie-verdict
 * marks from the page's own tasks (a poll never runs inside one of Vigie's tasks, so it is not
 * counted as Vigie's work) and leave a performance.mark in the trace when they are complete.
 */
export const PROBE_JS = `(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no long-task timing: the trace still has every task */ }
  const marked = (els) => els.filter((el) => el.hasAttribute('data-vigie-verdict')).length;
  const waitFor = (els, count, mark, intervalMs, timeoutMs) => new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (marked(els) >= count) {
        resolve(performance.mark(mark).startTime);
        return;
      }
      if (performance.now() - started > timeoutMs) {
        reject(new Error(mark + ': ' + marked(els) + ' of ' + count + ' comments marked after ' + timeoutMs + ' ms'));
        return;
      }
      setTimeout(poll, intervalMs);
    };
    poll();
  });
  window.__vigieBench = {
    longTasks,
    /** Resolves when \`count\` articles of the page carry a verdict. */
    waitForVerdicts(count, mark, timeoutMs) {
      return waitFor(Array.from(document.querySelectorAll('article')), count, mark, 25, timeoutMs);
    },
    /** Appends rows with the fixture helper and resolves when the new articles all carry a verdict. */
    appendAndWait(html, count, mark, timeoutMs) {
      const before = new Set(document.querySelectorAll('article'));
      performance.mark('vigie-bench:append');
      window.vigieFixture.appendReplies(html);
      const added = Array.from(document.querySelectorAll('article')).filter((a) => !before.has(a));
      return waitFor(added, count, mark, 1, timeoutMs);
    },
  };
})();`;

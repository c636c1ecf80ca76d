// Loaded in the test browser next to Stille Hulp. The tests call collectTraces() in this
// extension's context: it reads what a person at the keyboard could find.
globalThis.collectTraces = async function collectTraces() {
  const api = globalThis.browser ?? globalThis.chrome;
  const history = await api.history.search({ text: '', startTime: 0, maxResults: 10000 });
  const closed = await api.sessions.getRecentlyClosed({});
  const recentlyClosed = [];
  for (const entry of closed) {
    if (entry.tab) recentlyClosed.push({ url: entry.tab.url ?? '', title: entry.tab.title ?? '' });
    if (entry.window) for (const tab of entry.window.tabs ?? []) recentlyClosed.push({ url: tab.url ?? '', title: tab.title ?? '' });
  }
  const windows = await api.windows.getAll({ populate: true });
  const openTabs = windows.flatMap((w) =>
    (w.tabs ?? []).map((t) => ({ url: t.url || t.pendingUrl || '', title: t.title ?? '', incognito: w.incognito })),
  );
  const cookies = await api.cookies.getAll({});
  return {
    history: history.map((h) => ({ url: h.url ?? '', title: h.title ?? '' })),
    recentlyClosed,
    openTabs,
    windowCount: windows.length,
    cookies: cookies.map((c) => ({ domain: c.domain, name: c.name })),
  };
};

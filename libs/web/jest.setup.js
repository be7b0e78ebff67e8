// What src/i18n/i18n.ts reads of the browser when it loads: the stored language, and the page's lang.
const stored = new Map();
globalThis.localStorage = {
  getItem: (key) => stored.get(key) ?? null,
  setItem: (key, value) => void stored.set(key, String(value)),
  removeItem: (key) => void stored.delete(key),
  clear: () => stored.clear(),
};
globalThis.document = { documentElement: { lang: '' } };

/**
 * Preact can put markup into the page through `dangerouslySetInnerHTML`. This project never
 * does (eslint forbids the prop), but the code path stays in Preact's bundle, and Mozilla's
 * add-ons linter — which AMO runs on every upload — warns "Unsafe assignment to innerHTML" about
 * it. This Vite plugin replaces that one assignment with an error, so the shipped code cannot
 * write markup at all and the linter has nothing to warn about. If a Preact update changes the
 * code, the build fails here instead of shipping the warning unnoticed.
 */
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/;
const INNER_HTML_FROM_PROP = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
const REFUSAL = '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in this build")})()';

export function withoutInnerHtml(code: string, id: string): string {
  const matches = code.match(INNER_HTML_FROM_PROP) ?? [];
  if (matches.length !== 1) {
    throw new Error(`${id}: expected Preact's one dangerouslySetInnerHTML assignment, found ${matches.length}`);
  }
  return code.replace(INNER_HTML_FROM_PROP, REFUSAL);
}

export function preactWithoutInnerHtml() {
  return {
    name: 'preact-without-inner-html',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!PREACT_DIST.test(id)) return null;
      return { code: withoutInnerHtml(code, id), map: null };
    },
  };
}

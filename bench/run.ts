// `npm run bench [-- name...]`: runs the named benchmarks (all when none is named). Each prints
// its figures as ratios against a baseline measured in the same run, never a bare time alone.
const benches: Record<string, () => Promise<void>> = {
  pages: async () => (await import('./pages.ts')).runPagesBench(),
  search: async () => {
    await (await import('./search.ts')).runSearchBench();
  },
};

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = names.filter((n) => !(n in benches));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(benches)) {
  console.log(`\n## ${name}`);
  await benches[name]!();
}

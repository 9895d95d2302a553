// The sizes every figure runs at: the issue's, or smaller ones for `--quick` (every figure, in under two minutes).
export interface BenchSizes {
  quick: boolean;
  runs: number;
  wxr: { posts: number; commentsPerPost: number };
  disqus: { threads: number; comments: number };
  library: { posts: number; comments: number };
  bigLibrary: { posts: number; comments: number };
}

export const fullSizes: BenchSizes = {
  quick: false,
  runs: 5,
  wxr: { posts: 500, commentsPerPost: 20 },
  disqus: { threads: 500, comments: 10_000 },
  library: { posts: 1000, comments: 20_000 },
  bigLibrary: { posts: 5000, comments: 200_000 },
};

// `--quick` counts a fifth of each (comments per post stay as they are) and measures fewer times.
const QUICK_DIVISOR = 5;
const quickCounts = <T extends Record<string, number>>(counts: T): T =>
  Object.fromEntries(Object.entries(counts).map(([name, count]) => [name, count / QUICK_DIVISOR])) as T;

export const quickSizes: BenchSizes = {
  quick: true,
  runs: 3,
  wxr: { posts: fullSizes.wxr.posts / QUICK_DIVISOR, commentsPerPost: fullSizes.wxr.commentsPerPost },
  disqus: quickCounts(fullSizes.disqus),
  library: quickCounts(fullSizes.library),
  bigLibrary: quickCounts(fullSizes.bigLibrary),
};

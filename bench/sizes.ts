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

export const quickSizes: BenchSizes = {
  quick: true,
  runs: 3,
  wxr: { posts: 100, commentsPerPost: 20 },
  disqus: { threads: 100, comments: 2000 },
  library: { posts: 200, comments: 4000 },
  bigLibrary: { posts: 1000, comments: 40_000 },
};

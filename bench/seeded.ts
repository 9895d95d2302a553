// A small seeded generator (mulberry32): the same seed gives the same data on every machine and every run.
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The words a blog on channels and customers uses most; the benchmarks' data and queries are made from them.
export const BLOG_STEMS = [
  'kanal',
  'varumärke',
  'konsument',
  'företag',
  'samtal',
  'nätverk',
  'förtroende',
  'relation',
  'kommentar',
  'läsare',
  'marknad',
];

const WORDS = [
  ...BLOG_STEMS,
  'och',
  'att',
  'som',
  'för',
  'med',
  'inte',
  'till',
  'om',
  'men',
  'vi',
  'det',
  'en',
  'är',
  'på',
  'B2B',
  'B2C',
  'C2C',
  'E2E',
  't.ex.',
  'bl.a.',
  'kommunikation',
  'medarbetare',
  'kund',
  'röst',
  'sociala',
  'medier',
];

// A sentence of `words` words drawn from a Swedish-looking vocabulary.
export function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)] ?? 'ord');
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

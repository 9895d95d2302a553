// Enough to tell Swedish from English for a post's lang attribute; anything else keeps the fallback.
const SWEDISH = /\b(och|att|det|är|som|för|inte|med|jag|på|har|till|av|den|ett|vi|kan)\b/giu;
const ENGLISH = /\b(the|and|that|is|to|of|for|not|with|you|this|are|have|on|it|can)\b/gi;

export function guessLanguage(text: string, fallback: string): string {
  const sample = text.slice(0, 20_000);
  const sv = sample.match(SWEDISH)?.length ?? 0;
  const en = sample.match(ENGLISH)?.length ?? 0;
  if (sv + en < 5) return fallback;
  return sv > en ? 'sv' : 'en';
}

export const DISQUS = 'http://disqus.com';
export const DSQ = 'http://disqus.com/disqus-internals';

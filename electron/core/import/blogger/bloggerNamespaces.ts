export const ATOM = 'http://www.w3.org/2005/Atom';
export const THREAD = 'http://purl.org/syndication/thread/1.0';
export const GDATA = 'http://schemas.google.com/g/2005';
// The Google Takeout feed's own elements (blogger:type, blogger:parent, blogger:inReplyTo, blogger:status…).
export const TAKEOUT = 'http://schemas.google.com/blogger/2018';
export const KIND_SCHEME = 'http://schemas.google.com/g/2005#kind';
export const KIND_PREFIX = 'http://schemas.google.com/blogger/2008/kind#';

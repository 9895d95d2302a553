// The few words an export writes itself, in the post's language: Swedish for sv, sv-SE, …; English otherwise.
const LABELS = {
  en: {
    untitled: 'Untitled',
    channels: 'Channels',
    comments: 'Comments',
    inReplyTo: 'In reply to',
    pingback: 'Pingback',
    trackback: 'Trackback',
    pending: 'Awaiting moderation',
    posts: 'Posts',
  },
  sv: {
    untitled: 'Utan rubrik',
    channels: 'Kanaler',
    comments: 'Kommentarer',
    inReplyTo: 'Svar till',
    pingback: 'Pingback',
    trackback: 'Trackback',
    pending: 'Väntar på granskning',
    posts: 'Inlägg',
  },
};

export type ExportLabels = (typeof LABELS)['en'];

export const exportLabels = (lang: string): ExportLabels =>
  lang.toLowerCase().startsWith('sv') ? LABELS.sv : LABELS.en;

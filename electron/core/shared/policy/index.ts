// The HTML and URL policy every sanitizer, link check and exporter is configured from: plain data and pure functions.
export * from './htmlPolicy';
export * from './urlPolicy';
export { escapeHtml } from './escapeHtml';

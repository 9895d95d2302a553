// Names of the performance marks the app sets, read by the benchmark from inside the page.
export const POST_EDITABLE_MARK = 'kanal:post-editable';

// The parts that pull in big packages (the editor schema, parsers and sanitizers, the page writer, the word diff):
// each loads when first needed, so a CLI listing stays quick; a process that keeps running loads them all ahead.

let loading: Promise<unknown> = Promise.resolve();

// Node 20 can crash when two import()s reach the same ES module through require() at once (sanitize-html
// requires htmlparser2): these load one after another.
function oneAtATime<T>(load: () => Promise<T>): Promise<T> {
  const loaded = loading.then(load);
  loading = loaded.catch(() => undefined);
  return loaded;
}

export const loadValidateDoc = () =>
  oneAtATime(() => import('./shared/content/validateDoc')).then((m) => m.validateDoc);
export const loadRepairDoc = () => oneAtATime(() => import('./shared/content/validateDoc')).then((m) => m.repairDoc);
export const loadImportFiles = () => oneAtATime(() => import('./threads/importFiles')).then((m) => m.importFiles);
export const loadReplyContent = () => oneAtATime(() => import('./replies/replyContent'));
export const loadSearchIndex = () => oneAtATime(() => import('./search/searchIndex')).then((m) => m.SearchIndex);
export const loadStoredBodyParsers = () =>
  oneAtATime(async () => {
    const [posts, threads] = [await import('./store/parsePostBody'), await import('./store/parseThreadBody')];
    return { parsePostBody: posts.parsePostBody, parseThreadBody: threads.parseThreadBody };
  });
export const loadExportWriters = () => oneAtATime(() => import('./export/exportWriters'));
export const loadPlaceDownloadedPictures = () =>
  oneAtATime(() => import('./images/placeDownloadedPictures')).then((m) => m.placeDownloadedPictures);
export const loadWordsChanged = () => oneAtATime(() => import('./shared/content/wordDiff')).then((m) => m.wordsChanged);
const prepareImports = () =>
  oneAtATime(() => import('./import/worker/runImportsIn')).then(async (m) => (await m.importRunner()).prepare());

// For the desktop app and the browser host: the first save, import or export should not wait for a module to load.
export const loadHeavyModulesAhead = async (): Promise<void> => {
  await Promise.all([
    loadValidateDoc(),
    loadImportFiles(),
    prepareImports(),
    loadExportWriters(),
    loadStoredBodyParsers(),
    loadReplyContent(),
    loadSearchIndex(),
    loadWordsChanged(),
  ]);
};

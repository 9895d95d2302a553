import type { PictureDownload, PictureDownloadInput, PictureDownloads } from '../api';
import { KanalError } from '../errors';
import { loadPlaceDownloadedPictures } from '../heavyModules';
import type { postsService } from '../posts/postsService';
import { isImageRefusalCode } from '../shared/images/imageErrorCodes';
import { webPictureLinksOf } from '../shared/images/webPictureLinks';
import { fetchPicture, type DownloadProblem, type FetchedPicture } from './fetchPicture';
import type { imagesService } from './imagesService';

type Posts = Pick<ReturnType<typeof postsService>, 'get' | 'save'>;
type Images = Pick<ReturnType<typeof imagesService>, 'add'>;

const notDone = (url: string, problem: DownloadProblem): PictureDownload => ({
  url,
  outcome: isImageRefusalCode(problem.code) ? 'refused' : 'failed',
  src: null,
  code: problem.code,
  message: problem.message,
  values: problem.values,
});

const notInPost = (url: string): PictureDownload =>
  notDone(url, {
    code: 'not-in-post',
    message: `“${url}” is not a picture link in this post.`,
    values: { name: url },
  });

// One picture: downloaded, then checked and stored exactly as a picture the author adds.
async function downloadOne(
  url: string,
  images: Images,
  fetcher: (url: string) => Promise<FetchedPicture>,
): Promise<PictureDownload> {
  const fetched = await fetcher(url);
  if (!fetched.ok) return notDone(url, fetched.problem);
  try {
    const added = await images.add({ name: url, data: fetched.data });
    return { url, outcome: 'downloaded', src: added.src, code: null, message: null, values: {} };
  } catch (error) {
    if (error instanceof KanalError && isImageRefusalCode(error.code))
      return notDone(url, { code: error.code, message: error.message, values: { name: url } });
    throw error;
  }
}

// `images.download`: the post's picture links (or those asked for), one at a time, each replaced by its picture once
// stored; a picture that does not arrive or is refused leaves its link as it was. Nothing runs but on this call.
export function pictureDownloads(
  posts: Posts,
  images: Images,
  fetcher: (url: string) => Promise<FetchedPicture> = fetchPicture,
): (input: PictureDownloadInput) => Promise<PictureDownloads> {
  return async ({ postId, urls }) => {
    const links = new Set(webPictureLinksOf((await posts.get({ id: postId })).doc).map((link) => link.url));
    const pictures: PictureDownload[] = [];
    for (const url of new Set(urls ?? links))
      pictures.push(links.has(url) ? await downloadOne(url, images, fetcher) : notInPost(url));
    const stored = new Map(pictures.flatMap((picture) => (picture.src ? [[picture.url, picture.src] as const] : [])));
    // Placed in the text as it is now, read again after the downloads, and saved as an edit is.
    const current = await posts.get({ id: postId });
    if (stored.size === 0) return { post: current, pictures };
    const placeDownloadedPictures = await loadPlaceDownloadedPictures();
    return { post: await posts.save({ id: postId, doc: placeDownloadedPictures(current.doc, stored) }), pictures };
  };
}

import type { TFunction } from 'i18next';
import type { PictureDownload } from '../../../electron/core/api';
import { isImageRefusalCode } from '../../../electron/core/shared/images/imageErrorCodes';

// Why one picture was not downloaded, in the author's language.
function reasonFor(picture: PictureDownload, t: TFunction): string {
  const { code, values } = picture;
  const name = values['name'] ?? picture.url;
  if (code === 'image-too-big' && values['size'] === undefined)
    return t('pictures.download.tooBigUnknown', { name, limit: values['limit'] ?? '' });
  if (code !== null && isImageRefusalCode(code))
    return t(`pictures.refused.${code}`, { name, size: values['size'] ?? '', limit: values['limit'] ?? '' });
  if (code !== null) return t(`pictures.download.failed.${code}`, { ...values, name });
  return picture.message ?? '';
}

// "2 pictures downloaded; 1 could not be downloaded: …", for the live region and the line under the toolbar.
export function pictureDownloadReport(pictures: readonly PictureDownload[], t: TFunction): string {
  const downloaded = pictures.filter((picture) => picture.outcome === 'downloaded').length;
  const missed = pictures.filter((picture) => picture.outcome !== 'downloaded');
  const reasons = missed.map((picture) => reasonFor(picture, t)).join(' ');
  if (missed.length === 0) return t('pictures.download.all', { count: downloaded });
  if (downloaded === 0) return t('pictures.download.none', { count: missed.length, reasons });
  return t('pictures.download.some', {
    downloaded: t('pictures.download.downloaded', { count: downloaded }),
    missed: t('pictures.download.missed', { count: missed.length }),
    reasons,
  });
}

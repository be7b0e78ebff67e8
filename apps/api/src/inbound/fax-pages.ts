import sharp from 'sharp';

/** A fax has a few pages; more is not a fax, and is left as the file it came as. */
export const MAX_FAX_PAGES = 50;
// A fax page is 1728 × 2339 pixels at fine resolution; room for superfine (3456 × 4680).
const MAX_PAGE_PIXELS = 3456 * 4800;

/** Whether an attachment is a TIFF: fax-to-mail carriers send pages as TIFF or PDF. */
export const isTiff = (a: { contentType: string; fileName: string }): boolean =>
  /^image\/tiff?$/i.test(a.contentType) || /\.tiff?$/i.test(a.fileName);

/**
 * The pages of a TIFF fax (CCITT Group 3/4, one page per directory) as PNG
 * images a browser shows, with libvips through sharp. A TIFF that cannot be
 * read, has too many pages or a page too large gives no pages: the file is
 * still kept and downloadable, and the operator reads it there.
 */
export async function tiffPages(tiff: Buffer): Promise<Buffer[]> {
  try {
    const { pages = 1, format } = await sharp(tiff, {
      limitInputPixels: MAX_PAGE_PIXELS,
    }).metadata();
    if (format !== 'tiff' || pages > MAX_FAX_PAGES) return [];
    const images: Buffer[] = [];
    for (let page = 0; page < pages; page++) {
      images.push(
        await sharp(tiff, { page, limitInputPixels: MAX_PAGE_PIXELS })
          // Black and white stays two colours: a page is a few tens of kilobytes.
          .png({ palette: true, colours: 2, compressionLevel: 9 })
          .toBuffer(),
      );
    }
    return images;
  } catch {
    return [];
  }
}

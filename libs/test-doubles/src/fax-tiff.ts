import sharp from 'sharp';

const WIDTH = 1728; // a fax line at 8 dots per mm
const HEIGHT = 1100;

/**
 * A fax as a carrier's fax-to-mail attaches it: a multi-page TIFF, black and
 * white, CCITT Group 4. Page n has n black bars, so a test can tell the pages
 * apart by what it reads back.
 */
export async function faxTiff(pageCount: number): Promise<Buffer> {
  const pages = await Promise.all(
    Array.from({ length: pageCount }, (_, i) => {
      const bars = Array.from(
        { length: i + 1 },
        (_, b) => `<rect x="100" y="${100 + b * 200}" width="1500" height="80"/>`,
      ).join('');
      return sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: 'white' } })
        .composite([
          { input: Buffer.from(`<svg width="${WIDTH}" height="${HEIGHT}">${bars}</svg>`) },
        ])
        .png()
        .toBuffer();
    }),
  );
  // One page is an image of its own; more are joined as the pages of one TIFF.
  return (pages.length === 1 ? sharp(pages[0]) : sharp(pages, { join: { animated: true } }))
    .extractChannel(0)
    .threshold(128)
    .tiff({ compression: 'ccittfax4', bitdepth: 1 })
    .toBuffer();
}

/** The share of black pixels in a row band of a page image: a bar reads as 1, white paper as 0. */
export async function blackShare(png: Buffer, top: number, height: number): Promise<number> {
  const { data } = await sharp(png)
    .extract({ left: 100, top, width: 1500, height })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return data.filter((v) => v < 128).length / data.length;
}

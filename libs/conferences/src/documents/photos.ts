import PDFDocument from 'pdfkit';

/** Largest photo accepted: a phone's photo of a flip chart is 2–5 MB. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
/** Photos per conference: enough for every flip chart of a day, small enough that one document stays light. */
export const MAX_PHOTOS_PER_CONFERENCE = 60;
export const MAX_CAPTION_LENGTH = 500;

export interface PhotoInfo {
  contentType: 'image/jpeg' | 'image/png';
  /** As the photo is seen, i.e. after its EXIF orientation. */
  width: number;
  height: number;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface OpenedImage {
  width: number;
  height: number;
  orientation?: number;
}

/**
 * What a photo is, by its bytes rather than its name or declared type: JPEG or PNG that the PDF writer can
 * actually read (so a document job never fails on it later). Null for anything else.
 */
export function inspectPhoto(bytes: Buffer): PhotoInfo | null {
  const contentType =
    bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
      ? 'image/jpeg'
      : bytes.subarray(0, 8).equals(PNG)
        ? 'image/png'
        : null;
  if (!contentType) return null;
  try {
    const scratch = new PDFDocument({ autoFirstPage: false });
    // pdfkit parses the image here (JPEG markers and EXIF, PNG chunks); its types leave the method out.
    const image = (scratch as unknown as { openImage(data: Buffer): OpenedImage }).openImage(bytes);
    const turned = (image.orientation ?? 1) > 4;
    const width = turned ? image.height : image.width;
    const height = turned ? image.width : image.height;
    if (!(width > 0 && height > 0)) return null;
    return { contentType, width, height };
  } catch {
    return null;
  }
}

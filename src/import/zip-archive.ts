/**
 * Zip files a trainer may hand us: an Excel workbook (.xlsx) we read, and others (an Anki package,
 * a QTI or SCORM package, a Word document, an OpenDocument file …) we name for what they are, with
 * the way to export their questions to something we read.
 *
 * Before anything is inflated the central directory is read with yauzl (well-kept, and it checks
 * every entry's real size against the size the directory declares, failing the moment a stream
 * goes past it): a file with too many entries, or declaring more than MAX_UNZIPPED_BYTES in all, is
 * refused; the entries the workbook reader will inflate are inflated here first within that budget,
 * so an archive that lies about its sizes (a zip bomb) is refused before the reader sees it.
 */
import yauzl from 'yauzl';

/** Most entries in an archive we open: a workbook has a few dozen. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Most bytes all inflated entries may declare (the same bound as a bank file's size). */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly size: number;
}

export type ZipListing = { readonly ok: true; readonly entries: readonly ZipEntry[]; readonly mimetype?: string } | { readonly ok: false; readonly message: string };

/** The first bytes of a zip file ("PK\x03\x04"; an empty archive starts "PK\x05\x06"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/**
 * The archive's entries from its central directory, refused over the limits; `inflate` entries
 * (by name) are inflated in full to check their real size, and a stored "mimetype" entry
 * (OpenDocument's way of saying what it is) is read.
 */
export async function listZip(bytes: Buffer, inflate: (name: string) => boolean): Promise<ZipListing> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch (error) {
    return { ok: false, message: `not a readable zip archive (${(error as Error).message})` };
  }
  try {
    if (zip.entryCount > MAX_ZIP_ENTRIES) return { ok: false, message: `the archive has ${zip.entryCount} entries; more than ${MAX_ZIP_ENTRIES} are refused` };
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    for (let entry = await next(zip); entry; entry = await next(zip)) {
      declared += entry.uncompressedSize;
      if (declared > MAX_UNZIPPED_BYTES) {
        return { ok: false, message: `the archive unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MiB (a zip bomb?); refused before unpacking` };
      }
      entries.push(entry);
    }
    let mimetype: string | undefined;
    for (const entry of entries) {
      if (entry.fileName === 'mimetype' && entry.uncompressedSize <= 200) mimetype = (await inflateEntry(zip, entry)).toString('utf8').trim();
      else if (inflate(entry.fileName)) await inflateEntry(zip, entry);
    }
    return { ok: true, entries: entries.map((e) => ({ name: e.fileName, size: e.uncompressedSize })), ...(mimetype !== undefined ? { mimetype } : {}) };
  } catch (error) {
    return { ok: false, message: `the archive is damaged or lies about its sizes (a zip bomb?): ${(error as Error).message}` };
  } finally {
    zip.close();
  }
}

function open(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}

/** The next central-directory entry; undefined at the end. */
function next(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: yauzl.Entry) => done(() => resolve(entry));
    const onEnd = () => done(() => resolve(undefined));
    const onError = (error: Error) => done(() => reject(error));
    const done = (settle: () => void) => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
      settle();
    };
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

/** An entry's bytes; yauzl fails the stream as soon as it inflates past the declared size. */
function inflateEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** What a zip file is, by its entries: the workbook we read, or a kind we name. */
export type ZipKind = 'xlsx' | 'anki' | 'ims-package' | 'docx' | 'pptx' | 'ods' | 'odt' | 'odf' | 'h5p' | 'moodle-backup' | 'zip';

export function zipKind(listing: { readonly entries: readonly ZipEntry[]; readonly mimetype?: string }): ZipKind {
  const names = new Set(listing.entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if ([...names].some((n) => /^collection\.anki2\d*b?$/.test(n))) return 'anki';
  if (names.has('moodle_backup.xml')) return 'moodle-backup';
  if (names.has('imsmanifest.xml')) return 'ims-package';
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  if (names.has('h5p.json')) return 'h5p';
  if (listing.mimetype === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
  if (listing.mimetype === 'application/vnd.oasis.opendocument.text') return 'odt';
  if (listing.mimetype?.startsWith('application/vnd.oasis.opendocument')) return 'odf';
  return 'zip';
}

/** Other binary files people save questions in, by their first bytes. */
export type BinaryKind = 'zip' | 'ole2' | 'gzip' | 'pdf';

export function binaryKind(bytes: Uint8Array): BinaryKind | undefined {
  if (isZip(bytes)) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole2';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  return undefined;
}

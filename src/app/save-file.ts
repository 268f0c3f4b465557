/**
 * A file the user asked for (`--out`): written whole or not at all, replacing an existing file only
 * when told to (--force) or when the user says yes.
 */

export interface SaveFileOptions {
  /** --force: replace whatever file is there. */
  readonly force: boolean;
  /** Asked only when a regular file is in the way and there is someone to ask; false keeps it. */
  readonly askReplace?: () => Promise<boolean>;
}

/** True when the file was written; false when the user chose to keep the one that was there. */
export async function saveFile(path: string, text: string, options: SaveFileOptions): Promise<boolean> {
  const { existingAt, writeOutputFile } = await import('../storage/output-file.js');
  let replace = options.force;
  if (!replace && options.askReplace && existingAt(path) === 'file') {
    replace = await options.askReplace();
    if (!replace) return false;
  }
  writeOutputFile(path, text, { replace });
  return true;
}

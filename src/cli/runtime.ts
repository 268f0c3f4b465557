/** The process, as the commands see it: passed in, so tests can run commands in-process. */
export interface Runtime {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export const processRuntime = (): Runtime => ({ env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

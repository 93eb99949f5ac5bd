/**
 * A writer to `stream` that stops, silently, once the reader has gone away (`tifa check | head`
 * closes the pipe after one line): the CLI then finishes its work and exits with its usual
 * status instead of dying on an unhandled EPIPE. Any other write error is still thrown.
 */
export function pipeWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let open = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

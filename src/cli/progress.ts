// Progress for long commands: a bar on a terminal, plain lines otherwise (logs, CI, tests).
import cliProgress from 'cli-progress';

export interface Progress {
  tick(line: string): void;
  stop(): void;
}

export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY && total > 1) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} {line}`, stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { line: '' });
    return { tick: (line) => bar.increment(1, { line: line.slice(0, 60) }), stop: () => bar.stop() };
  }
  let done = 0;
  return {
    tick: (line) => {
      done++;
      stream.write(`[${done}/${total}] ${line}\n`);
    },
    stop: () => undefined,
  };
}

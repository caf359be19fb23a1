/**
 * Runs a task once, after `quietMs` with no activity. Each `poke()` (a request arriving) pushes it back,
 * so work nobody is waiting for yet never delays a keystroke's check.
 */
export function runOnceIdle(task: () => void, quietMs: number, log: { warn(message: string): void } = console): { poke(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  return {
    poke() {
      if (done) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        done = true;
        try {
          task();
        } catch (error) {
          log.warn(`Guidepost: background preparation failed, it will happen on first use (${error instanceof Error ? error.message : String(error)})`);
        }
      }, quietMs);
    },
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runOnceIdle } from '../../src/background/idle-task.ts';

describe('runOnceIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet spell: every poke pushes the task back', () => {
    const task = vi.fn();
    const idle = runOnceIdle(task, 1000);
    idle.poke();
    vi.advanceTimersByTime(900);
    idle.poke();
    vi.advanceTimersByTime(900);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task only once however often it is poked afterwards', () => {
    const task = vi.fn();
    const idle = runOnceIdle(task, 10);
    idle.poke();
    vi.advanceTimersByTime(10);
    idle.poke();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs without a poke', () => {
    const task = vi.fn();
    runOnceIdle(task, 10);
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });

  it('reports a failing task instead of throwing from a timer', () => {
    const warn = vi.fn();
    const idle = runOnceIdle(() => {
      throw new Error('no lexicon');
    }, 10, { warn });
    idle.poke();
    expect(() => vi.advanceTimersByTime(10)).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no lexicon'));
  });
});

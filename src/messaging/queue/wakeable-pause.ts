/**
 * The pause between two rounds of a polling loop (the outbox relay, the delivery feeders) that `wake` cuts short.
 * A wake while no pause is running makes the next pause return at once, so work written during a round is picked
 * up without waiting for the poll interval.
 */
export interface WakeablePause {
  pause(ms: number): Promise<void>;
  wake(): void;
}

export function createWakeablePause(): WakeablePause {
  let wakeUp: (() => void) | null = null;
  let woken = false;
  return {
    pause(ms) {
      if (woken) {
        woken = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wakeUp = null;
          resolve();
        }
        wakeUp = done;
      });
    },
    wake() {
      if (wakeUp) wakeUp();
      else woken = true;
    },
  };
}

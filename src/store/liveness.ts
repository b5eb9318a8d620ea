/**
 * Whether the process that began a run still exists, so that a run killed outright (SIGKILL, power
 * loss, out-of-memory killer) does not stay `running` for ever: the next run on the same host marks
 * it `interrupted`. A process id means something only on the host that issued it, hence the host.
 */
import { hostname } from 'node:os';

/** This machine's name, stored with each run beside the process id. */
export const RUN_HOST: string = hostname();

/**
 * Whether process `pid` exists on this machine. Signal 0 checks without sending anything: ESRCH
 * means no such process; EPERM means one exists that we may not signal, so it counts as alive.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The ids of the runs, among those still marked `running` on this host, whose process is gone: a run
 * killed outright never finishes its row. This process's own runs are left out by the caller's query.
 */
export function abandonedRuns(running: readonly { id: number; pid: number }[]): number[] {
  return running.filter((run) => !processAlive(run.pid)).map((run) => run.id);
}

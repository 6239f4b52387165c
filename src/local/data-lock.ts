import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the owner of a data folder records: its pid and, once running, where its stand-ins listen. */
export interface DataLockInfo {
  pid: number;
  appUrl?: string;
  dynamoEndpoint?: string;
  cognitoEndpoint?: string;
}

/** A held lock on a data folder: record where the stack listens, and release it on the way out. */
export interface DataLock {
  update(info: Omit<DataLockInfo, 'pid'>): void;
  release(): void;
}

/** Thrown when a live process already runs a stack on the folder; names the folder and the variable. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid?: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another npm start${pid ? ` (pid ${pid})` : ''}. Stop that one, or set LOCAL_DATA_DIR to another folder.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

const LOCK_FILE = 'npm-start.lock';

/** True while `pid` names a running process other than this one (EPERM: alive, just not ours). */
function isAlive(pid: number): boolean {
  // A pid equal to ours is a leftover from an earlier run that got the same pid (e.g. pid 1 in a container).
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLockFile(file: string): DataLockInfo | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DataLockInfo;
  } catch {
    return undefined;
  }
}

/** The lock's owner when a live process holds `dataDir`; undefined when free or stale. */
export function readDataLock(dataDir: string): DataLockInfo | undefined {
  const info = readLockFile(path.join(dataDir, LOCK_FILE));
  return info && isAlive(info.pid) ? info : undefined;
}

function writeAtomically(file: string, info: DataLockInfo): void {
  const temp = `${file}.${process.pid}`;
  writeFileSync(temp, JSON.stringify(info));
  renameSync(temp, file);
}

/**
 * Takes the folder for this process: dynalite's LevelDB and cognito-local's JSON files must have one
 * writer. The file is created whole by a hard link (never seen half-written); a lock whose owner
 * is dead (SIGKILL, power loss) is taken over.
 */
export function acquireDataLock(dataDir: string): DataLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const temp = `${file}.${process.pid}`;
  writeFileSync(temp, JSON.stringify({ pid: process.pid }));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(temp, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readDataLock(dataDir);
      if (owner || attempt > 0) {
        throw new DataFolderInUseError(dataDir, owner?.pid);
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(temp, { force: true });
  }
  let held = true;
  let info: DataLockInfo = { pid: process.pid };
  return {
    update(more) {
      info = { ...info, ...more };
      if (held) writeAtomically(file, info);
    },
    release() {
      if (!held) return;
      held = false;
      if (readLockFile(file)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}

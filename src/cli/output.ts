// Output files: written all or nothing (temporary files renamed into place once all are
// written), through symlinks (the link stays), directly to devices and pipes (/dev/stdout), and
// never onto an input or onto another output; what a shell would refuse (a file without write
// permission, an empty path, a path ending in "/") is refused before anything is written. May
// import ./exit and Node built-ins.
import * as fs from 'fs';
import * as path from 'path';
import { CommandError, errnoText, UsageError } from './exit';

/** One file a command writes: the flag that named it, the path as the user gave it, the text. */
export interface OutputFile {
  readonly flag: string;
  readonly file: string;
  readonly text: string;
}

/** A path the user named with a flag (`--out`, `--from-file`, ...), relative to the working directory. */
export interface NamedPath {
  readonly flag: string;
  readonly file: string;
}

/** Where an output goes: replaced through a temporary file and a rename, or written directly. */
interface OutputTarget extends NamedPath {
  /** The path as given, resolved against the working directory. */
  readonly abs: string;
  /** `replace`: a regular file (or none yet); `direct`: a device, pipe, socket or a path under /dev or /proc. */
  readonly kind: 'replace' | 'direct';
  /** For `replace`: the real path renamed onto (a symlink's final target, so the link stays). */
  readonly dest: string;
  /** Mode bits of the file being replaced, kept on the new one. */
  readonly mode?: number;
}

/** Follows `abs` through symlinks (also dangling ones) to the real path a rename must replace. */
function realDestination(abs: string, file: string): string {
  try {
    return fs.realpathSync(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CommandError(`cannot write ${file}: ${errnoText(e)}`);
  }
  // Not there (yet), or a symlink to a file not there yet: follow the links by hand.
  let p = abs;
  for (let hops = 0; ; hops++) {
    let link: string | undefined;
    try {
      if (fs.lstatSync(p).isSymbolicLink()) link = fs.readlinkSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CommandError(`cannot write ${file}: ${errnoText(e)}`);
    }
    if (link === undefined) break;
    if (hops >= 40) throw new CommandError(`cannot write ${file}: ELOOP`);
    p = path.resolve(path.dirname(p), link);
  }
  try {
    return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
  } catch (e) {
    throw new CommandError(`cannot write ${file}: ${errnoText(e)}`);
  }
}

/**
 * Whether `abs` is, or links to, a path under /dev or /proc (/dev/stdout, /proc/self/fd/1): such
 * a path names a file some process has open, so it is written in place, as a shell's
 * `> /dev/stdout` does, even when that file is a regular one.
 */
function throughDeviceLinks(abs: string): boolean {
  let p = abs;
  for (let hops = 0; hops <= 40; hops++) {
    if (/^\/(dev|proc)\//.test(p)) return true;
    try {
      if (!fs.lstatSync(p).isSymbolicLink()) return false;
      p = path.resolve(path.dirname(p), fs.readlinkSync(p));
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * The value of an output option such as --out: undefined when not given. An empty value names no
 * file (a shell refuses `> ''`): a usage error, never "write to stdout".
 */
export function outputOption(flag: string, value: string | undefined): string | undefined {
  if (value === '') throw new UsageError(`${flag} must name a file (it is empty)`);
  return value;
}

/**
 * Why the existing file `abs` (`st`, symlinks followed) may not be written, or undefined: what a
 * shell (noclobber off) says to `> file`. `--out` refuses a file without write permission for the
 * current user: for a user other than root, as access(2) answers (W_OK); root may write any file,
 * so for root the mode bits decide (the owner's, the group's or the others' write bit, whichever
 * class root is in for the file), and a read-only file is refused as it would be for its owner.
 * Replacing the file through a rename would otherwise succeed, as the directory is writable.
 */
function writeDenied(abs: string, st: fs.Stats): string | undefined {
  const READ_ONLY = 'EACCES (permission denied: the file is read-only)';
  const uid = process.getuid?.();
  if (uid !== 0) {
    try {
      fs.accessSync(abs, fs.constants.W_OK);
      return undefined;
    } catch (e) {
      const code = errnoText(e);
      return code === 'EACCES' ? READ_ONLY : code;
    }
  }
  const inGroup = st.gid === process.getgid?.() || (process.getgroups?.() ?? []).includes(st.gid);
  const bit = st.uid === uid ? 0o200 : inGroup ? 0o020 : 0o002;
  return Math.floor(st.mode / bit) % 2 === 1 ? undefined : READ_ONLY;
}

function outputTarget(out: NamedPath, cwd: string): OutputTarget {
  if (out.file === '') throw new UsageError(`${out.flag} must name a file (it is empty)`);
  // path.resolve drops a trailing "/", which would write `x.ts` for `x.ts/`: a shell refuses it.
  if (out.file.endsWith('/')) throw new CommandError(`cannot write ${out.file}: a path ending in "/" names a directory`);
  const abs = path.resolve(cwd, out.file);
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CommandError(`cannot write ${out.file}: ${errnoText(e)}`);
  }
  if (st?.isDirectory()) throw new CommandError(`cannot write ${out.file}: it is a directory`);
  const denied = st && writeDenied(abs, st);
  if (denied) throw new CommandError(`cannot write ${out.file}: ${denied}`);
  if (st && (!st.isFile() || throughDeviceLinks(abs))) return { ...out, abs, kind: 'direct', dest: abs };
  return { ...out, abs, kind: 'replace', dest: realDestination(abs, out.file), mode: st ? st.mode % 0o10000 : undefined };
}

/** Identities of a regular file (or one to be created): its real path and, when it exists, device and inode. */
function fileIdentities(file: NamedPath, cwd: string, dest?: string): string[] {
  const abs = path.resolve(cwd, file.file);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    return dest ? [dest] : [];
  }
  if (!st.isFile()) return []; // devices, pipes: reading a terminal and writing it is no clash
  let real = dest;
  try {
    real ??= fs.realpathSync(abs);
  } catch {
    // the identity by inode still holds
  }
  return [`inode ${st.dev}:${st.ino}`, ...(real ? [real] : [])];
}

/**
 * Refuses (exit 2) outputs that are the same file as an input or as another output, comparing
 * real paths (symlinks and `..` resolved) and inodes (hard links). Devices and pipes never clash.
 */
export function checkOutputPaths(outputs: readonly NamedPath[], inputs: readonly NamedPath[], cwd: string): void {
  const seen: { named: NamedPath; ids: string[] }[] = []; // outputs before `out`
  const ids = (named: NamedPath): string[] => {
    let target: OutputTarget | undefined;
    try {
      target = outputTarget(named, cwd);
    } catch {
      // an output that cannot be written is reported when writing
    }
    return target?.kind === 'direct' ? [] : fileIdentities(named, cwd, target?.dest);
  };
  const same = (a: NamedPath, b: NamedPath): UsageError => new UsageError(`${a.flag} ${a.file} and ${b.flag} ${b.file} are the same file`);
  for (const out of outputs) {
    const mine = ids(out);
    const earlier = seen.find((other) => mine.some((id) => other.ids.includes(id)));
    if (earlier) throw same(earlier.named, out);
    const input = inputs.find((named) => fileIdentities(named, cwd).some((id) => mine.includes(id)));
    if (input) throw same(out, input);
    seen.push({ named: out, ids: mine });
  }
}

/**
 * Writes every output or none: each regular file is written to a temporary file next to its real
 * target first, and only when all are written are they renamed into place (a symlink keeps
 * pointing at its target, which is replaced). Devices, pipes, sockets and paths under /dev or
 * /proc (/dev/stdout) are written directly, after the temporary files and before the renames.
 */
export function writeOutputs(outputs: readonly OutputFile[], cwd: string): void {
  const targets = outputs.map((o) => ({ target: outputTarget(o, cwd), text: o.text }));
  const temps: { tmp: string; target: OutputTarget }[] = [];
  const cleanUp = (): void => temps.forEach(({ tmp }) => fs.rmSync(tmp, { force: true }));
  try {
    for (const { target, text } of targets) {
      if (target.kind !== 'replace') continue;
      const tmp = path.join(path.dirname(target.dest), `.${path.basename(target.dest)}.${process.pid}.${temps.length}.${Date.now()}.tmp`);
      try {
        fs.writeFileSync(tmp, text, { flag: 'wx', mode: target.mode ?? 0o666 });
        temps.push({ tmp, target });
        if (target.mode !== undefined) fs.chmodSync(tmp, target.mode);
      } catch (e) {
        if (!temps.some((t) => t.tmp === tmp) && (e as NodeJS.ErrnoException).code !== 'EEXIST') fs.rmSync(tmp, { force: true });
        throw new CommandError(`cannot write ${target.file}: ${errnoText(e)}`);
      }
    }
    for (const { target, text } of targets) {
      if (target.kind !== 'direct') continue;
      try {
        fs.writeFileSync(target.abs, text);
      } catch (e) {
        throw new CommandError(`cannot write ${target.file}: ${errnoText(e)}`);
      }
    }
  } catch (e) {
    cleanUp();
    throw e;
  }
  for (let i = 0; i < temps.length; i++) {
    const { tmp, target } = temps[i];
    try {
      fs.renameSync(tmp, target.dest);
    } catch (e) {
      temps.slice(i).forEach((t) => fs.rmSync(t.tmp, { force: true }));
      const done = temps.slice(0, i).map((t) => t.target.file);
      throw new CommandError(`cannot write ${target.file}: ${errnoText(e)}${done.length ? ` (already written: ${done.join(', ')})` : ''}`);
    }
  }
}

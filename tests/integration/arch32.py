#!/usr/bin/env python3
"""arch32.py: run a test of a 32-bit (i386) program only where there is one to run.

  arch32.py PROGRAM -- TEST-COMMAND ...

Skipped (exit 77, with the reason) when PROGRAM was not built (the compiler cannot make
i386 programs: tests/integration/arch32.cmake decides at configure time) or this kernel
cannot run it (no IA32_EMULATION, or ia32_emulation=0: execve fails with ENOEXEC); else
TEST-COMMAND runs (compare.py, expect.py) and its status is this script's. PROGRAM is
probed with its argument "probe", which makes no call but exit.
"""
import os
import subprocess
import sys

SKIP = 77


def main():
    if len(sys.argv) < 4 or sys.argv[2] != '--':
        sys.stderr.write(__doc__)
        return 2
    program, command = sys.argv[1], sys.argv[3:]
    if not os.path.exists(program):
        print('arch32: %s was not built: this compiler cannot build i386 programs; skipped'
              % program)
        return SKIP
    try:
        probe = subprocess.run([program, 'probe'], timeout=30)
    except OSError as e:
        print('arch32: this kernel cannot run i386 programs (%s); skipped' % e.strerror)
        return SKIP
    if probe.returncode != 0:
        print('arch32: %s probe exited with %d: i386 programs do not run here; skipped'
              % (program, probe.returncode))
        return SKIP
    return subprocess.run(command).returncode


if __name__ == '__main__':
    sys.exit(main())

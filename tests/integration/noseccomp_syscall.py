#!/usr/bin/env python3
"""noseccomp_syscall.py CMD...: runs CMD where seccomp(2) fails with EPERM (x86_64 only:
exit 77 elsewhere), to see strc fall back to stopping at every call."""
import ctypes
import os
import platform
import struct
import sys

if platform.machine() != 'x86_64':
    sys.exit(77)
NR_SECCOMP = 317
insns = (struct.pack('=HBBI', 0x20, 0, 0, 0) +                  # ld [nr]
         struct.pack('=HBBI', 0x15, 0, 1, NR_SECCOMP) +         # jeq seccomp
         struct.pack('=HBBI', 0x06, 0, 0, 0x00050000 | 1) +     # ret ERRNO(EPERM)
         struct.pack('=HBBI', 0x06, 0, 0, 0x7fff0000))          # ret ALLOW
buf = ctypes.create_string_buffer(insns, len(insns))


class Prog(ctypes.Structure):
    _fields_ = [('len', ctypes.c_ushort), ('filter', ctypes.c_void_p)]


libc = ctypes.CDLL(None, use_errno=True)
prog = Prog(4, ctypes.addressof(buf))
libc.prctl(38, 1, 0, 0, 0)  # PR_SET_NO_NEW_PRIVS
if libc.syscall(NR_SECCOMP, 1, 0, ctypes.byref(prog)) != 0:
    sys.exit(77)
os.execvp(sys.argv[1], sys.argv[1:])

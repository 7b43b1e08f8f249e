/*
 * syscall.h: the syscall driver. src/subcall.c says which call a stop is; src/syscall.c
 * prints one call's line from entry to exit. Only the ptrace loop calls these.
 */
#ifndef STRC_SYSCALL_H
#define STRC_SYSCALL_H

#include <stdint.h>

#include "sysent.h"

struct tracee;

/* src/syscall.c */
void syscall_entry(struct tracee *t);
void syscall_exit(struct tracee *t);
void syscall_end_unfinished(struct tracee *t);

/* src/subcall.c: sets the call in progress (arch, nr, args, se, id); i386's socketcall and
 * ipc become the call they carry, with the direct call's arguments. */
void syscall_identify(struct tracee *t, const struct arch_table *a, uint64_t nr,
		      const uint64_t args[6]);

#endif

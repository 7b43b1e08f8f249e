/*
 * stack.h: -k, the tracee's user-space stack after each call line.
 *
 * src/stack.c walks the stack with libunwind through ptrace and keeps, per process, the
 * executable mappings; src/symbols.c names addresses from each module's ELF symbols (and
 * its separate debug file, when one is installed), each module read once.
 */
#ifndef STRC_STACK_H
#define STRC_STACK_H

#include <stdint.h>
#include <sys/types.h>

#include "strc.h"

/* The hooks the core calls when opt.stack_trace is set. */
void stack_syscall_entry(struct tracee *t);	/* after the entry half of a shown line */
void stack_syscall_exit(struct tracee *t);	/* at every exit stop, before printing */
void stack_print(struct tracee *t);		/* after a finished call line */
void stack_tracee_gone(struct tracee *t);	/* before t's output is closed and t freed */

/* src/symbols.c: one ELF file's symbols, read once and kept. */
struct module;
/* The module of the file mapped from the tracee pid at [start, ...) with this device and
 * inode; NULL only when out of memory. A module whose file cannot be read has no symbols. */
struct module *module_get(pid_t pid, const char *path, uint64_t start, uint64_t end,
			  unsigned long dev, unsigned long ino);
/* The ELF address (as in the symbol table) that a file offset is loaded from; mapoff is the
 * file offset of the mapping holding it. Returns -1 when the file has no such segment. */
int module_vaddr(const struct module *m, uint64_t mapoff, uint64_t fileoff, uint64_t *vaddr);
/* The symbol that names vaddr as strace 7.2 (libdw) names it: its (demangled) name and
 * address; NULL when none does. */
const char *module_symbol(struct module *m, uint64_t vaddr, uint64_t *symaddr);
/* -kk: the source file and line of the code at vaddr, from the module's line tables (or its
 * debug file's). Returns -1 when there are none. */
int module_source(struct module *m, uint64_t vaddr, const char **file, int *line);
/* Drops every cached module (tests). */
void modules_free(void);

#endif

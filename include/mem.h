/*
 * mem.h: reading the tracee's memory (src/mem.c), the floor above the ABI. Returns 0 on
 * success, -1 when any byte cannot be read.
 */
#ifndef STRC_MEM_H
#define STRC_MEM_H

#include <stddef.h>
#include <stdint.h>

struct tracee;

/*
 * The structures a decoder shows: nothing is read for a call whose style hides them
 * (-e verbose=, struct call_style), and the decoder prints the address, as strace does.
 */
int umoven(struct tracee *t, uint64_t addr, size_t len, void *buf);
/* Reads whatever the style: strings, data buffers, the tracer's own reads. */
int umoven_data(struct tracee *t, uint64_t addr, size_t len, void *buf);
/* Reads a NUL-terminated string of at most len bytes; returns its length without the NUL,
 * len when no NUL was found in len bytes, -1 when nothing could be read. */
long umovestr(struct tracee *t, uint64_t addr, size_t len, char *buf);
/*
 * umoven_data and umovestr say on stderr, as strace does, when only a first part of what
 * they were asked for could be read ("umoven: short read (10 < 20) @0x..."). The tracer's
 * own reads, which strace does not make (the report's), use these, which say nothing.
 */
int umoven_silent(struct tracee *t, uint64_t addr, size_t len, void *buf);
long umovestr_silent(struct tracee *t, uint64_t addr, size_t len, char *buf);

#endif

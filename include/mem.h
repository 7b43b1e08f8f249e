/*
 * mem.h: reading the tracee's memory (src/mem.c), the floor above the ABI. Returns 0 on
 * success, -1 when any byte cannot be read.
 */
#ifndef STRC_MEM_H
#define STRC_MEM_H

#include <stddef.h>
#include <stdint.h>

struct tracee;

int umoven(struct tracee *t, uint64_t addr, size_t len, void *buf);
/* The same for strings and data buffers, which -e verbose= does not hide. */
int umoven_data(struct tracee *t, uint64_t addr, size_t len, void *buf);
extern int mem_terse;	/* the call in progress is outside -e verbose= */
/* Reads a NUL-terminated string of at most len bytes; returns its length without the NUL,
 * len when no NUL was found in len bytes, -1 when nothing could be read. */
long umovestr(struct tracee *t, uint64_t addr, size_t len, char *buf);

#endif

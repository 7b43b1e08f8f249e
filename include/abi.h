/*
 * abi.h: the tracee's ABI for the call in progress (src/abi.c), the floor just above the
 * utilities: word, long, time_t and id widths, and the arguments read at those widths.
 */
#ifndef STRC_ABI_H
#define STRC_ABI_H

#include <stddef.h>
#include <stdint.h>

struct tracee;

/* 32 or 64: the tracee's word (long, pointer) for the call in progress */
int tracee_word_bits(const struct tracee *t);
/* x32's word for the call in progress: 64 in the calls it shares with x86_64, 32 in its own */
int x32_word_bits(const struct tracee *t);
/* The width of the kernel longs and time_t in the call's structures: 32 on i386 and arm but
 * in their *time64 calls, else 64 (x32's time_t is 64 bits everywhere) */
int tracee_time_bits(const struct tracee *t);
/* the call in progress takes 16-bit uids and gids (i386's and arm's old calls) */
int tracee_uid16(const struct tracee *t);
/* 64-bit fields of the call's structures are 8-byte aligned (not on i386) */
int tracee_aligns_u64(const struct tracee *t);

/* SYS_socketcall or SYS_ipc when the call in progress came through it, else -1 */
int syscall_multiplexer(const struct tracee *t);

/* The word-sized view of an argument as the tracee's ABI sees it. */
int64_t arg_long(struct tracee *t, int i);
uint64_t arg_ulong(struct tracee *t, int i);
/* argument i as wide as the kernel's long: x32's are 64 bits, whatever its pointers */
uint64_t arg_kernel_ulong(struct tracee *t, int i);
int arg_int(struct tracee *t, int i);

/* A struct msghdr in any of the tracee's layouts, widened (the decoders, the -e read= dumps). */
struct msghdr_n {
	uint64_t name;
	uint32_t namelen;
	uint64_t iov;
	uint64_t iovlen;
	uint64_t control;
	uint64_t controllen;
	uint32_t flags;
};
size_t msghdr_size(const struct tracee *t);	/* its size in the tracee's layout */
void msghdr_from(const struct tracee *t, const unsigned char *b, struct msghdr_n *m);

#endif

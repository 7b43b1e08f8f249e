/*
 * decode.h: what a decoder in src/decode/ works with. A decoder is `int dec_NAME(struct
 * tracee *t)`, named by `@NAME` in syscalltab/syscalls.sig; see sysent.h for what it
 * returns. The shared printers for structs used by several families are declared here.
 */
#ifndef STRC_DECODE_H
#define STRC_DECODE_H

#include <inttypes.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>

#include "print.h"
#include "strc.h"
#include "tables.h"

/* Integers at any alignment in a buffer read from the tracee, in the host's byte order. */
static inline uint16_t get16(const void *p)
{
	uint16_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static inline uint32_t get32(const void *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static inline uint64_t get64(const void *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static inline int entering(const struct tracee *t)
{
	return !t->exiting;
}

static inline int exiting(const struct tracee *t)
{
	return t->exiting;
}

/* Reads a struct, or prints its address and returns -1 when it cannot be read. */
int umove_or_printaddr(struct tracee *t, uint64_t addr, size_t len, void *buf);
/* n signed words of the tracee's word size, widened; the address printed on failure */
int umove_longs(struct tracee *t, uint64_t addr, int64_t *v, unsigned n);
/* Reads a pointer-sized word of the tracee's ABI. */
int umove_ptr(struct tracee *t, uint64_t addr, uint64_t *out);
/* ["a", "b", ...]: a NULL-terminated array of string pointers, cut after -s elements. */
void print_string_array(struct tracee *t, uint64_t addr);
/* The number of pointers before the NULL, or -1 when unreadable. */
long count_string_array(struct tracee *t, uint64_t addr);
/* The date comment after a time; the fraction has digits digits (9 for ns, 6 for us). */
void print_date_comment(int64_t sec, uint64_t frac, int digits);
/* {tv_sec=1, tv_nsec=500}: a struct timespec of the tracee's word size */
void print_timespec(struct tracee *t, uint64_t addr);

/* src/decode/signal.c */
/* [INT TERM] or ~[KILL STOP] (strace's choice), from mask bits of an nbits-wide set */
void print_sigmask(uint64_t mask, unsigned nbits);
/* a kernel sigset of size bytes in tracee memory; its address when unreadable or oversized */
void print_sigset(struct tracee *t, uint64_t addr, uint64_t size);

/* src/decode/desc.c */
/* one struct iovec of an array, in the tracee's layout; -1 when unreadable */
int umove_iovec(struct tracee *t, uint64_t addr, uint64_t idx, uint64_t *base, uint64_t *len);
/* [{iov_base="...", iov_len=N}, ...]: the buffers shown up to upto bytes in all (-1: all) */
void print_iov_upto(struct tracee *t, uint64_t addr, uint64_t n, uint64_t upto);
void print_iov_addrs(struct tracee *t, uint64_t addr, uint64_t n);	/* after a failure */
/* NULL, [], [a, b, ...]: n elements of size bytes, each printed by fn, cut after -s */
void print_array(struct tracee *t, uint64_t addr, uint64_t n, size_t size,
		 void (*fn)(struct tracee *t, const void *elem, void *data), void *data);
/* [USR1 CHLD]: a sigset_t of len bytes, the address when len is not one the kernel takes */
void print_sigset_len(struct tracee *t, uint64_t addr, uint64_t len);

/* src/decode/compat.c */
/* a siginfo_t of the tracee's layout, in the native one; -1 when unreadable */
int umove_siginfo(struct tracee *t, uint64_t addr, siginfo_t *si);

/* src/decode/file.c */
void print_open_flags(uint64_t flags);
void print_path_or_fd(struct tracee *t, int i);	/* by the signature's kind of arg i */
void print_stat_mode(unsigned mode);	/* S_IFREG|S_ISUID|0755 */
/* seconds, then the date in a comment as strace prints it */
void print_time_comment(int64_t sec, uint64_t nsec);

/* src/decode/ioctl_sock.c: 0 not a socket ioctl, 1 printed, 2 more at exit */
/* What ioctl's entry leaves for its exit (call_memo). */
struct ioctl_memo {
	int entry;	/* what the entry decoding answered: 2 when the exit prints more */
	int opened;	/* the argument's struct was read, and opened at entry */
	int32_t len;	/* SIOCGIFCONF: the ifc_len passed */
};
int ioctl_sock_entry(struct tracee *t, uint32_t req, uint64_t arg);
void ioctl_sock_exit(struct tracee *t, uint32_t req, uint64_t arg);

/* src/decode/cbpf.c */
/* {len=N, filter=...}: a classic BPF program; seccomp: its returns are SECCOMP_RET_* */
void print_cbpf_fprog(struct tracee *t, uint64_t addr, int seccomp);
void print_prctl_seccomp(struct tracee *t);	/* the arguments after PR_SET_SECCOMP */

#endif

/*
 * values.h: the printers of arrays and structs that several decoder families share
 * (src/decode/common.c, src/decode/compat.c). They stand on the value printers' floor:
 * they use memory, output and print.h, never a decoder.
 */
#ifndef STRC_VALUES_H
#define STRC_VALUES_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

struct tracee;

/* src/decode/common.c */
/* Reads a struct, or prints its address and returns -1 when it cannot be read. */
int umove_or_printaddr(struct tracee *t, uint64_t addr, size_t len, void *buf);
/* n signed words of the tracee's word size, widened; the address printed on failure */
int umove_longs(struct tracee *t, uint64_t addr, int64_t *v, unsigned n);
/* Reads a pointer-sized word of the tracee's ABI. */
int umove_ptr(struct tracee *t, uint64_t addr, uint64_t *out);
/* ["a", "b", ...]: a NULL-terminated array of string pointers, cut after -s elements. */
void print_string_array(struct tracee *t, uint64_t addr);
/* The number of pointers before the NULL, or before the first that cannot be read
 * (*unterminated set then); -1 when not even the first can be. */
long count_string_array(struct tracee *t, uint64_t addr, int *unterminated);
/* The date comment after a time; the fraction has digits digits (9 for ns, 6 for us). */
void print_date_comment(int64_t sec, uint64_t frac, int digits);
/* {tv_sec=1, tv_nsec=500}: a struct timespec of the tracee's word size */
void print_timespec(struct tracee *t, uint64_t addr);
/*
 * A tv_nsec or tv_usec read widened from a field of bits bits, as strace prints it:
 * unsigned at the field's own width, so a negative one shows what the kernel rejects.
 */
static inline uint64_t time_frac(int64_t v, int bits)
{
	return bits == 64 ? (uint64_t)v : (uint32_t)v;
}

/* the nonzero bytes of an extensible struct past its known fields, as strace shows them */
enum { EXTRA_BYTES_MAX = 4096 };
void print_extra_bytes(struct tracee *t, uint64_t addr, unsigned known, uint64_t size);

/* src/decode/compat.c */
/* a siginfo_t of the tracee's layout, in the native one; -1 when unreadable */
int umove_siginfo(struct tracee *t, uint64_t addr, siginfo_t *si);

/* An ioctl family's printer for a request, by the words of xlat/ioctl_shapes.list (common.c) */
int ioctl_shape(uint32_t req, const char *const *words, unsigned n);

#endif

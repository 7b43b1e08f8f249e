/*
 * process.c: decoders for process calls: execve, resource limits.
 */
#include <string.h>

#include "decode.h"

static void print_envp(struct tracee *t, uint64_t addr)
{
	long n;

	if (opt.verbose) {
		print_string_array(t, addr);
		return;
	}
	printaddr(addr);
	n = count_string_array(t, addr);
	if (n >= 0)
		tprintf(" /* %ld var%s */", n, n == 1 ? "" : "s");
}

/* Everything prints at entry: after a successful execve the old memory is gone. */
int dec_execve(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printpath(t, arg_ulong(t, 0));
	tputs(", ");
	print_string_array(t, arg_ulong(t, 1));
	tputs(", ");
	print_envp(t, arg_ulong(t, 2));
	return DEC_DONE;
}

int dec_execveat(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_dirfd(t, arg_int(t, 0));
	tputs(", ");
	printpath(t, arg_ulong(t, 1));
	tputs(", ");
	print_string_array(t, arg_ulong(t, 2));
	tputs(", ");
	print_envp(t, arg_ulong(t, 3));
	tputs(", ");
	printflags(&xlat_at_flags, arg_ulong(t, 4), NULL);
	return DEC_DONE;
}

/* A limit in strace's style: RLIM64_INFINITY, 8192*1024, or plain. */
static void print_rlim(uint64_t v, int bits)
{
	if (v == UINT64_MAX || (bits == 32 && v == UINT32_MAX)) {
		tputs(bits == 64 ? "RLIM64_INFINITY" : "RLIM_INFINITY");
		return;
	}
	if (v > 1024 && v % 1024 == 0)
		tprintf("%" PRIu64 "*1024", v / 1024);
	else
		tprintf("%" PRIu64, v);
}

void print_struct_rlimit64(struct tracee *t, uint64_t addr)
{
	uint64_t r[2];

	if (umove_or_printaddr(t, addr, sizeof(r), r) < 0)
		return;
	tputs("{rlim_cur=");
	print_rlim(r[0], 64);
	tputs(", rlim_max=");
	print_rlim(r[1], 64);
	tputc('}');
}

/* struct rlimit holds two longs of the tracee's word size. */
void print_struct_rlimit(struct tracee *t, uint64_t addr)
{
	int bits = tracee_word_bits(t);
	uint64_t cur, max;

	if (bits == 64) {
		uint64_t r[2];
		if (umove_or_printaddr(t, addr, sizeof(r), r) < 0)
			return;
		cur = r[0];
		max = r[1];
	} else {
		uint32_t r[2];
		if (umove_or_printaddr(t, addr, sizeof(r), r) < 0)
			return;
		cur = r[0];
		max = r[1];
	}
	tputs("{rlim_cur=");
	print_rlim(cur, bits == 64 ? 0 : 32);
	tputs(", rlim_max=");
	print_rlim(max, bits == 64 ? 0 : 32);
	tputc('}');
}

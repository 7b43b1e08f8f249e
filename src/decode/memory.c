/*
 * memory.c: decoders for the memory family: mmap's packed flags word, mremap's optional
 * fifth argument, mincore's page vector, membarrier's command-dependent arguments,
 * process_vm_readv/writev's two iovec arrays.
 */
#include <inttypes.h>
#include <linux/mman.h>

#include "decode.h"

#define MAP_TYPE_MASK 0xfULL
#define MAP_HUGE_SHIFT_ 26
#define MAP_HUGE_MASK_ 0x3fULL

/* Names of the bits of v set in x, '|' between (and before, when *n > 0); returns the rest. */
static uint64_t print_bits(const struct xlat *x, uint64_t v, int *n)
{
	for (unsigned i = 0; i < x->n && v; i++) {
		uint64_t b = x->e[i].val;

		if (b && (v & b) == b) {
			if ((*n)++)
				print_flag_sep();
			print_const_name(x->e[i].name);
			v &= ~b;
		}
	}
	return v;
}

/*
 * The low four bits are a map type, not flags; the hugepage size is a log2 in the top
 * six bits, printed as strace 6.1 does: 21<<MAP_HUGE_SHIFT.
 */
static void print_mmap_flag_names(uint64_t flags);

/* strace colours them in a -X verbose comment too */
static void mmap_flag_names(uint64_t flags)
{
	print_consts_loud(1);
	print_mmap_flag_names(flags);
	print_consts_loud(0);
}

static void print_mmap_flags(uint64_t flags)
{
	if (print_number_styled("%#llx", flags, mmap_flag_names))	/* -X raw, -X verbose */
		return;
	mmap_flag_names(flags);
}

static void print_mmap_flag_names(uint64_t flags)
{
	/* strace names only the low 32 bits, though the number above shows all 64 */
	flags = (uint32_t)flags;
	uint64_t type = flags & MAP_TYPE_MASK;
	uint64_t huge = (flags >> MAP_HUGE_SHIFT_) & MAP_HUGE_MASK_;
	uint64_t rest = flags & ~MAP_TYPE_MASK & ~(MAP_HUGE_MASK_ << MAP_HUGE_SHIFT_);
	const char *tname = type ? xlat_name(&xlat_mmap_flags, type) : NULL;
	int n = 0;

	if (!flags) {	/* all zero: strace names the zero type */
		print_const_name("MAP_FILE");
		return;
	}
	if (tname)
		print_const_name(tname);
	else if (type)	/* an unknown type comes first, as strace prints it */
		tprintf("%#" PRIx64 " /* MAP_??? */", type);
	n = type != 0;
	rest = print_bits(&xlat_mmap_flags, rest, &n);
	/* bits without a name, then the hugepage size */
	if (rest) {
		tprintf("%s%#" PRIx64, n ? "|" : "", rest);
		if (!n++)
			tputs(" /* MAP_??? */");
	}
	if (huge)
		tprintf("%s%" PRIu64 "<<MAP_HUGE_SHIFT", n++ ? "|" : "", huge);
	if (!n)
		tputs("0");
}

static int decode_mmap(struct tracee *t, uint64_t offset)
{
	printaddr(arg_ulong(t, 0));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 1));
	printflags(&xlat_mmap_prot, arg_ulong(t, 2), NULL);
	tputs(", ");
	print_mmap_flags(arg_ulong(t, 3));
	tputs(", ");
	printfd(t, arg_int(t, 4));
	tprintf(", %#" PRIx64, offset);
	return DEC_DONE;
}

int dec_mmap(struct tracee *t)
{
	if (exiting(t))
		return RVAL_HEX;
	return decode_mmap(t, arg_ulong(t, 5));
}

/* mmap2's offset counts 4096-byte units; strace prints it in bytes. */
int dec_mmap2(struct tracee *t)
{
	if (exiting(t))
		return RVAL_HEX;
	return decode_mmap(t, arg_ulong(t, 5) << 12);
}

/*
 * strace 7.2 prints the new address when the kernel looks at it: with MREMAP_MAYMOVE and
 * either MREMAP_FIXED or MREMAP_DONTUNMAP (without MAYMOVE both are refused outright).
 */
int dec_mremap(struct tracee *t)
{
	uint64_t flags = arg_ulong(t, 3);
	int moves = (flags & MREMAP_MAYMOVE) && (flags & (MREMAP_FIXED | MREMAP_DONTUNMAP));

	if (exiting(t))
		return RVAL_HEX;
	printaddr(arg_ulong(t, 0));
	tprintf(", %" PRIu64 ", %" PRIu64 ", ", arg_ulong(t, 1), arg_ulong(t, 2));
	printflags(&xlat_mremap_flags, flags, NULL);
	if (moves) {
		tputs(", ");
		printaddr(arg_ulong(t, 4));
	}
	return DEC_DONE;
}

/* One byte per page of the range: [1, 0, 1], the residency bit of each. */
int dec_mincore(struct tracee *t)
{
	uint64_t len = arg_ulong(t, 1), vec = arg_ulong(t, 2);
	uint64_t pages = (len + 4095) / 4096;
	unsigned char b;

	if (entering(t)) {
		printaddr(arg_ulong(t, 0));
		tprintf(", %" PRIu64 ", ", len);
		return 0;
	}
	if (t->err || umoven(t, vec, 1, &b) < 0) {
		printaddr(vec);
		return 0;
	}
	tputc('[');
	for (uint64_t i = 0; i < pages; i++) {
		if (i && i >= (uint64_t)opt.max_strlen) {
			tputs(", ...");
			break;
		}
		if (umoven(t, vec + i, 1, &b) < 0) {
			tputs(", ...");
			break;
		}
		tprintf(i ? ", %u" : "%u", b & 1);
	}
	tputc(']');
	return 0;
}

/* MEMBARRIER_CMD_QUERY's answer: the commands the kernel supports, as flags */
static void print_membarrier_query(struct tracee *t)
{
	tputs(" (");
	printflags(&xlat_membarrier_cmds, (uint64_t)t->rval, NULL);
	tputc(')');
}

/* The cpu argument counts only with MEMBARRIER_CMD_FLAG_CPU; QUERY returns a command set. */
int dec_membarrier(struct tracee *t)
{
	int cmd = arg_int(t, 0);
	unsigned flags = arg_ulong(t, 1);

	if (entering(t)) {
		printxval(&xlat_membarrier_cmds, (unsigned)cmd, NULL);
		tputs(", ");
		printflags(&xlat_membarrier_flags, flags, NULL);
		if (flags & 1)
			tprintf(", %d", arg_int(t, 2));
		return 0;
	}
	if (cmd != 0 || t->err || t->rval <= 0)
		return 0;
	t->auxfn = print_membarrier_query;
	return RVAL_HEX | RVAL_STR;
}

int dec_process_madvise(struct tracee *t)
{
	uint64_t flags = (uint32_t)arg_ulong(t, 4);	/* an unsigned int in the kernel */

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	print_iov_addrs(t, arg_ulong(t, 1), arg_ulong(t, 2));	/* the ranges, not their contents */
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 2));
	printxval(&xlat_madvise_advice, (unsigned)arg_int(t, 3), NULL);
	tputs(", ");
	if (flags)
		tprintf("%#" PRIx64, flags);
	else
		tputc('0');
	return DEC_DONE;
}

/*
 * process_vm_readv, process_vm_writev: the local iovecs with their data (what was read, at
 * exit; what is written, at entry), the remote ones as addresses: that memory is another
 * process's.
 */
static void print_remote_iov(struct tracee *t)
{
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 2));
	print_iov_addrs(t, arg_ulong(t, 3), arg_ulong(t, 4));
	tprintf(", %" PRIu64 ", %" PRIu64, arg_ulong(t, 4), arg_ulong(t, 5));
}

int dec_process_vm_readv(struct tracee *t)
{
	if (entering(t)) {
		print_arg(t, 0);
		tputs(", ");
		return 0;
	}
	if (t->err)
		print_iov_addrs(t, arg_ulong(t, 1), arg_ulong(t, 2));
	else
		print_iov_upto(t, arg_ulong(t, 1), arg_ulong(t, 2), (uint64_t)t->rval);
	print_remote_iov(t);
	return 0;
}

int dec_process_vm_writev(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_arg(t, 0);
	tputs(", ");
	print_iov_upto(t, arg_ulong(t, 1), arg_ulong(t, 2), UINT64_MAX);
	print_remote_iov(t);
	return DEC_DONE;
}

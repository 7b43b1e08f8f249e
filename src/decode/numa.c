/*
 * numa.c: the NUMA memory-policy calls (get_mempolicy, set_mempolicy, mbind,
 * migrate_pages, move_pages): policy modes with their flags, node masks as arrays of
 * words, and move_pages' page, node and status arrays.
 */
#include "decode.h"

#define MPOL_MODE_FLAGS 0xe000u	/* MPOL_F_STATIC_NODES|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING */

/* A mode with flags: "MPOL_BIND|MPOL_F_STATIC_NODES", or all flags when the mode is unknown. */
static void mode_with_flags(uint64_t v)
{
	uint64_t flags = v & MPOL_MODE_FLAGS;

	if (xlat_name(&xlat_mpol_modes, v & ~flags)) {
		out_mark(OUT_MARK_VERBATIM);	/* strace's mode here is plain text */
		printxval(&xlat_mpol_modes, v & ~flags, NULL);
		out_mark(OUT_MARK_END);
		tputc('|');
		printflags(&xlat_mpol_mode_flags, flags, NULL);
	} else {
		printflags(&xlat_mpol_mode_flags, v, NULL);
	}
}

static void print_mpol_mode(uint64_t v)
{
	if (!(v & MPOL_MODE_FLAGS)) {
		printxval(&xlat_mpol_modes, v, NULL);
		return;
	}
	if (!print_number_styled("%#llx", v, mode_with_flags))
		mode_with_flags(v);
}

/* One word of a node mask, zero-padded to the word's width as strace does: 0x00000000000001. */
static void print_mask_word(struct tracee *t, const void *elem, void *data)
{
	int width = *(int *)data;
	uint64_t v;

	if (width == 16) {
		v = *(const uint64_t *)elem;
	} else {
		v = *(const uint32_t *)elem;
	}
	(void)t;
	tprintf("%#0*llx", width, (unsigned long long)v);
}

/*
 * A node mask of maxnode - 1 bits, as words. maxnode 0 is an empty array; a mask too short
 * for one word (maxnode 1) and a mask the call did not fill in (failed) print as addresses.
 */
static void print_nodemask(struct tracee *t, uint64_t addr, uint64_t maxnode, int failed)
{
	unsigned bits = (unsigned)tracee_word_bits(t);
	uint64_t n = maxnode ? (maxnode - 1) / bits + ((maxnode - 1) % bits != 0) : 0;
	int width = (int)bits / 4;

	if (!addr || maxnode == 0) {
		print_array(t, addr, 0, bits / 8, print_mask_word, &width);
		return;
	}
	if (failed || n == 0) {
		printaddr(addr);
		return;
	}
	print_array(t, addr, n, bits / 8, print_mask_word, &width);
}

int dec_get_mempolicy(struct tracee *t)
{
	int mode;

	if (entering(t))
		return 0;
	if (t->err) {
		printaddr(arg_ulong(t, 0));
	} else if (umove_or_printaddr(t, arg_ulong(t, 0), sizeof(mode), &mode) == 0) {
		tputc('[');
		printxval(&xlat_mpol_modes, (unsigned)mode, NULL);
		tputc(']');
	}
	tputs(", ");
	print_nodemask(t, arg_ulong(t, 1), arg_ulong(t, 2), t->err);
	print_args(t, 2, 5);
	return 0;
}

int dec_set_mempolicy(struct tracee *t)
{
	print_mpol_mode((uint32_t)arg_ulong(t, 0));
	tputs(", ");
	print_nodemask(t, arg_ulong(t, 1), arg_ulong(t, 2), 0);
	print_args(t, 2, 3);
	return DEC_DONE;
}

int dec_mbind(struct tracee *t)
{
	print_args(t, 0, 2);
	tputs(", ");
	print_mpol_mode(arg_ulong(t, 2));
	tputs(", ");
	print_nodemask(t, arg_ulong(t, 3), arg_ulong(t, 4), 0);
	print_args(t, 4, 5);
	tputs(", ");
	printflags(&xlat_mbind_flags, (uint32_t)arg_ulong(t, 5), NULL);
	return DEC_DONE;
}

int dec_migrate_pages(struct tracee *t)
{
	uint64_t maxnode = arg_ulong(t, 1);

	print_args(t, 0, 2);
	tputs(", ");
	print_nodemask(t, arg_ulong(t, 2), maxnode, 0);
	tputs(", ");
	print_nodemask(t, arg_ulong(t, 3), maxnode, 0);
	return DEC_DONE;
}

static void print_page_addr(struct tracee *t, const void *elem, void *data)
{
	(void)data;
	printaddr(tracee_word_bits(t) == 64 ? *(const uint64_t *)elem : *(const uint32_t *)elem);
}

static void print_node(struct tracee *t, const void *elem, void *data)
{
	(void)t;
	(void)data;
	tprintf("%d", *(const int *)elem);
}

/* A page's status: its node, or the negated errno of why it could not be moved. */
static void print_page_status(struct tracee *t, const void *elem, void *data)
{
	int v = *(const int *)elem;
	const char *name = v < 0 ? errno_name(-v) : NULL;

	(void)t;
	(void)data;
	if (!name || xlat_raw())
		tprintf("%d", v);
	else if (xlat_verbose())
		tprintf("%d /* -%s */", v, name);
	else
		tprintf("-%s", name);
}

int dec_move_pages(struct tracee *t)
{
	uint64_t n = arg_ulong(t, 1);
	size_t word = (size_t)tracee_word_bits(t) / 8;

	if (entering(t)) {
		print_args(t, 0, 2);
		tputs(", ");
		print_array(t, arg_ulong(t, 2), n, word, print_page_addr, NULL);
		tputs(", ");
		print_array(t, arg_ulong(t, 3), n, sizeof(int), print_node, NULL);
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 4));
	else
		print_array(t, arg_ulong(t, 4), n, sizeof(int), print_page_status, NULL);
	tputs(", ");
	printflags(&xlat_move_pages_flags, (uint32_t)arg_ulong(t, 5), NULL);	/* an int */
	return 0;
}

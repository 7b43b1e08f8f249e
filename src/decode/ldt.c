/*
 * ldt.c: x86 segment descriptors (struct user_desc) of modify_ldt, get_thread_area and
 * set_thread_area, and the removed _sysctl call's struct __sysctl_args, as strace prints
 * them on x86_64.
 */
#include "decode.h"

/* struct user_desc: three u32 (entry_number, base_addr, limit), then a word of bit fields. */
enum { USER_DESC_SIZE = 16 };

/* entry_number: printed apart where get_thread_area prints it at entry */
static void print_entry_number(const unsigned char *b)
{
	tprintf("{entry_number=%d", (int32_t)get32(b));
}

/* The rest after entry_number, the closing brace included. */
static void print_user_desc_rest(struct tracee *t, const unsigned char *b)
{
	uint32_t bits = get32(b + 12);

	/* strace pads the two addresses to 8 characters, "0x" included */
	tprintf(", base_addr=%#08x, limit=%#08x", get32(b + 4), get32(b + 8));
	tprintf(", seg_32bit=%u, contents=%u, read_exec_only=%u, limit_in_pages=%u"
		", seg_not_present=%u, useable=%u", bits & 1, (bits >> 1) & 3, (bits >> 3) & 1,
		(bits >> 4) & 1, (bits >> 5) & 1, (bits >> 6) & 1);
	if (tracee_word_bits(t) == 64)	/* the long-mode bit exists only there */
		tprintf(", lm=%u", (bits >> 7) & 1);
	tputc('}');
}

static void print_user_desc_fields(struct tracee *t, const unsigned char *b)
{
	print_entry_number(b);
	print_user_desc_rest(t, b);
}

/* The descriptor at addr, or NULL or its address when it cannot be read. */
static void print_user_desc(struct tracee *t, uint64_t addr)
{
	unsigned char b[USER_DESC_SIZE];

	if (umove_or_printaddr(t, addr, sizeof(b), b) == 0)
		print_user_desc_fields(t, b);
}

/* The exit's " 4294967274 EINVAL (...)": the errno a 32-bit result carries. */
static void print_ldt_errno(struct tracee *t)
{
	tputc(' ');
	print_errno(-(int32_t)t->rval);
}

/*
 * The kernel returns modify_ldt's int result zero-extended, so a failure reaches user space
 * as a large positive number; strace prints that number and the errno in its low half.
 * The descriptor is shown only when bytecount is exactly its size.
 */
int dec_modify_ldt(struct tracee *t)
{
	int32_t low = (int32_t)t->rval;

	if (entering(t)) {
		tprintf("%d, ", arg_int(t, 0));
		if (arg_ulong(t, 2) == USER_DESC_SIZE)
			print_user_desc(t, arg_ulong(t, 1));
		else
			printaddr(arg_ulong(t, 1));
		tprintf(", %" PRIu64, arg_ulong(t, 2));
		return 0;
	}
	if (t->err || (uint64_t)t->rval >> 32 || low >= 0 || low < -4095)
		return 0;
	t->auxfn = print_ldt_errno;
	return RVAL_UDEC | RVAL_STR;
}

/*
 * As strace: the entry number asked for at entry, the rest as the kernel filled it at exit
 * (", ..." after a failure). The call's memo: whether the entry opened the struct.
 */
int dec_get_thread_area(struct tracee *t)
{
	unsigned char b[USER_DESC_SIZE];
	int *opened = call_memo(t, int);

	if (entering(t)) {
		*opened = umove_or_printaddr(t, arg_ulong(t, 0), sizeof(b), b) == 0;
		if (*opened)
			print_entry_number(b);
		return 0;
	}
	/* -N: strace 7.2 starts the argument anew at exit, its name again */
	out_mark(OUT_MARK_ARGNAME);
	if (!*opened)
		return 0;
	if (t->err || umoven(t, arg_ulong(t, 0), sizeof(b), b) < 0)
		tputs(", ...}");
	else
		print_user_desc_rest(t, b);
	return 0;
}

/* The entry number the kernel chose is written back: shown after a success. */
int dec_set_thread_area(struct tracee *t)
{
	static char aux[32];
	unsigned char b[USER_DESC_SIZE];

	if (entering(t)) {
		print_user_desc(t, arg_ulong(t, 0));
		return 0;
	}
	/* the whole descriptor, as strace reads it: a part of it is not enough */
	if (t->err || umoven(t, arg_ulong(t, 0), sizeof(b), b) < 0)
		return 0;
	snprintf(aux, sizeof(aux), "entry_number=%u", get32(b));
	t->auxstr = aux;
	return RVAL_STR;
}

/*
 * struct __sysctl_args: name, nlen, oldval, oldlenp, newval, newlen and four unused
 * words, each a word of the tracee (nlen an int in one). strace shows the pointers only.
 */
int dec_sysctl(struct tracee *t)
{
	unsigned char b[10 * 8];
	size_t w = tracee_word_bits(t) / 8;
	uint64_t v[6];

	if (umove_or_printaddr(t, arg_ulong(t, 0), 10 * w, b) < 0)
		return DEC_DONE;
	for (int i = 0; i < 6; i++)
		v[i] = w == 8 ? get64(b + i * w) : get32(b + i * w);
	tputs("{name=");
	printaddr(v[0]);
	tprintf(", nlen=%d, oldval=", (int32_t)v[1]);
	printaddr(v[2]);
	tputs(", oldlenp=");
	printaddr(v[3]);
	tputs(", newval=");
	printaddr(v[4]);
	tprintf(", newlen=%" PRIu64 "}", v[5]);
	return DEC_DONE;
}

/*
 * misc.c: decoders for calls of no family: getrandom, futex, uname, seccomp, ptrace, syslog,
 * kcmp, and the key calls (add_key, request_key, keyctl: its operations' arguments are
 * data, xlat/keyctl_layouts.list).
 */
#include <linux/futex.h>
#include <linux/seccomp.h>
#include <sys/ptrace.h>
#include <string.h>

#include "decode.h"
#include "net.h"

/* Random bytes say nothing as text: strace prints them all in hex. */
int dec_getrandom(struct tracee *t)
{
	if (entering(t))
		return 0;
	if (t->err)
		printaddr(arg_ulong(t, 0));
	else
		printstr_n_flags(t, arg_ulong(t, 0), t->rval, QUOTE_FORCE_HEX);
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 1));
	printflags(&xlat_grnd_flags, (uint32_t)arg_ulong(t, 2), NULL);
	return 0;
}

static void print_hex0(unsigned v)
{
	tprintf(v ? "%#x" : "0", v);
}

/*
 * A field of FUTEX_OP() with its shift: FUTEX_OP_ADD<<28. strace prints one without a name
 * as the number and the shift with the "FUTEX_OP_???" comment after them, and so every one
 * under -X raw.
 */
static void print_wake_op_field(const struct xlat *x, unsigned v, int shift, const char *dflt)
{
	if (xlat_name(x, v) && !xlat_raw()) {
		printxval(x, v, NULL);
		tprintf("<<%d", shift);
	} else {
		tprintf("%#x<<%d /* %s */", v, shift, dflt);
	}
}

/* FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1: the fields of FUTEX_OP(). */
static void print_futex_wake_op(uint32_t v)
{
	unsigned op = (v >> 28) & 0xf;

	if (op & FUTEX_OP_OPARG_SHIFT) {
		printflags(&xlat_futex_wakeop_flags, FUTEX_OP_OPARG_SHIFT, NULL);
		tputs("<<28|");
	}
	print_wake_op_field(&xlat_futex_wakeop_ops, op & 7, 28, "FUTEX_OP_???");
	tputc('|');
	print_hex0((v >> 12) & 0xfff);
	tputs("<<12|");
	print_wake_op_field(&xlat_futex_wakeop_cmps, (v >> 24) & 0xf, 24, "FUTEX_OP_CMP_???");
	tputc('|');
	print_hex0(v & 0xfff);
}

/* Which arguments a futex operation uses decides how many strace prints. */
int dec_futex(struct tracee *t)
{
	unsigned op = arg_ulong(t, 1);
	unsigned cmd = op & FUTEX_CMD_MASK;

	if (exiting(t))
		return 0;
	printaddr(arg_ulong(t, 0));
	tputs(", ");
	printxval(&xlat_futex_ops, op, NULL);
	switch (cmd) {
	case FUTEX_WAIT:
		tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
		print_timespec(t, arg_ulong(t, 3));
		break;
	case FUTEX_WAIT_BITSET:
		tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
		print_timespec(t, arg_ulong(t, 3));
		tputs(", ");
		print_xval_or_number(&xlat_futex_bitsets, (uint32_t)arg_ulong(t, 5), "%#llx");
		break;
	case FUTEX_WAKE:
	case FUTEX_FD:
		tprintf(", %d", (int)arg_ulong(t, 2));
		break;
	case FUTEX_WAKE_BITSET:
		tprintf(", %d, ", (int)arg_ulong(t, 2));
		print_xval_or_number(&xlat_futex_bitsets, (uint32_t)arg_ulong(t, 5), "%#llx");
		break;
	case FUTEX_REQUEUE:
		tprintf(", %d, %u, ", (int)arg_ulong(t, 2), (unsigned)arg_ulong(t, 3));
		printaddr(arg_ulong(t, 4));
		break;
	case FUTEX_CMP_REQUEUE:
	case FUTEX_CMP_REQUEUE_PI:
		tprintf(", %d, %u, ", (int)arg_ulong(t, 2), (unsigned)arg_ulong(t, 3));
		printaddr(arg_ulong(t, 4));
		tprintf(", %u", (unsigned)arg_ulong(t, 5));
		break;
	case FUTEX_WAKE_OP:
		tprintf(", %d, %u, ", (int)arg_ulong(t, 2), (unsigned)arg_ulong(t, 3));
		printaddr(arg_ulong(t, 4));
		tputs(", ");
		print_futex_wake_op(arg_ulong(t, 5));
		break;
	case FUTEX_WAIT_REQUEUE_PI:
		tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
		print_timespec(t, arg_ulong(t, 3));
		tputs(", ");
		printaddr(arg_ulong(t, 4));
		break;
	case FUTEX_LOCK_PI:
	case FUTEX_LOCK_PI2:
		tputs(", ");
		print_timespec(t, arg_ulong(t, 3));
		break;
	case FUTEX_UNLOCK_PI:
	case FUTEX_TRYLOCK_PI:
		break;
	default:
		tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
		printaddr(arg_ulong(t, 3));
		tputs(", ");
		printaddr(arg_ulong(t, 4));
		tputs(", ");
		print_hex0(arg_ulong(t, 5));
	}
	return DEC_DONE;
}

/* The futex2 flags: the size field by name, the known bits, the rest in hex. */
static void futex2_flag_names(uint64_t v)
{
	const struct xlat *x = &xlat_futex2_flags;
	uint64_t rest = v & ~(uint64_t)3;

	tputs(xlat_name(&xlat_futex2_sizes, v & 3));
	for (unsigned i = 0; i < x->n; i++) {
		if (rest & x->e[i].val) {
			tprintf("|%s", x->e[i].name);
			rest &= ~x->e[i].val;
		}
	}
	if (rest)
		tprintf("|%#" PRIx64, rest);
}

static void print_futex2_flags(uint32_t v)
{
	if (!print_number_styled("%#llx", v, futex2_flag_names))
		futex2_flag_names(v);
}

/* The futex2 calls take a struct __kernel_timespec on every ABI: two 64-bit words. */
static void print_futex2_timeout(struct tracee *t, uint64_t addr)
{
	int64_t ts[2];

	if (umove_or_printaddr(t, addr, sizeof(ts), ts) < 0)
		return;
	tprintf("{tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}", ts[0], (uint64_t)ts[1]);
}

/* The wait mask of futex_wake and futex_wait: a word, named when it matches any bit. */
static void print_futex2_mask(uint64_t mask)
{
	print_xval_or_number(&xlat_futex_bitsets, mask, "%#llx");
}

int dec_futex_wake(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printaddr(arg_ulong(t, 0));
	tputs(", ");
	print_futex2_mask(arg_ulong(t, 1));
	tprintf(", %d, ", arg_int(t, 2));
	print_futex2_flags(arg_ulong(t, 3));
	return DEC_DONE;
}

int dec_futex_wait(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printaddr(arg_ulong(t, 0));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 1));
	print_futex2_mask(arg_ulong(t, 2));
	tputs(", ");
	print_futex2_flags(arg_ulong(t, 3));
	tputs(", ");
	print_futex2_timeout(t, arg_ulong(t, 4));
	tputs(", ");
	printxval(&xlat_clockids, (uint32_t)arg_ulong(t, 5), "CLOCK_???");
	return DEC_DONE;
}

/* struct futex_waitv: the value, the futex's address, its flags, a reserved word. */
enum { FUTEX_WAITV_SIZE = 24 };

static void print_futex_waitv(struct tracee *t, const void *elem, void *data)
{
	uint64_t val = get64(elem), uaddr = get64((const char *)elem + 8);
	uint32_t flags = get32((const char *)elem + 16), reserved = get32((const char *)elem + 20);

	(void)t;
	(void)data;
	tputs("{val=");
	printnum_hex(val);
	tputs(", uaddr=");
	printaddr(uaddr);
	tputs(", flags=");
	print_futex2_flags(flags);
	if (reserved)
		tprintf(", __reserved=%#x", reserved);
	tputc('}');
}

/* futex_requeue's first argument: always two waiters, the one woken and the target. */
int dec_futex_requeue(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_array(t, arg_ulong(t, 0), 2, FUTEX_WAITV_SIZE, print_futex_waitv, NULL);
	tprintf(", %#x, %d, %d", (unsigned)arg_ulong(t, 1), arg_int(t, 2), arg_int(t, 3));
	return DEC_DONE;
}

int dec_futex_waitv(struct tracee *t)
{
	unsigned n = arg_ulong(t, 1);

	if (exiting(t))
		return 0;
	print_array(t, arg_ulong(t, 0), n, FUTEX_WAITV_SIZE, print_futex_waitv, NULL);
	tprintf(", %u, %#x, ", n, (unsigned)arg_ulong(t, 2));
	print_futex2_timeout(t, arg_ulong(t, 3));
	tputs(", ");
	printxval(&xlat_clockids, (uint32_t)arg_ulong(t, 4), "CLOCK_???");
	return DEC_DONE;
}

int dec_seccomp(struct tracee *t)
{
	uint64_t op = (unsigned)arg_ulong(t, 0), addr = arg_ulong(t, 2);
	uint32_t action;

	if (exiting(t))
		return 0;
	printxval(&xlat_seccomp_ops, op, xlat_unknown_text(&xlat_seccomp_ops));
	tputs(", ");
	if (xlat_name(&xlat_seccomp_ops, op))
		printflags(&xlat_seccomp_filter_flags, (unsigned)arg_ulong(t, 1),
			   "SECCOMP_FILTER_FLAG_???");
	else	/* flags of an unknown operation mean nothing: strace prints them in hex */
		print_hex0((unsigned)arg_ulong(t, 1));
	tputs(", ");
	if (op == SECCOMP_SET_MODE_FILTER) {
		print_cbpf_fprog(t, addr, 1);
	} else if (op == SECCOMP_GET_ACTION_AVAIL) {
		if (umove_or_printaddr(t, addr, sizeof(action), &action) == 0) {
			tputc('[');
			printxval(&xlat_seccomp_ret_actions, action, "SECCOMP_RET_???");
			tputc(']');
		}
	} else {
		printaddr(addr);
	}
	return DEC_DONE;
}

/* Requests that resume the tracee take a signal to deliver as their data. */
static int ptrace_data_is_signal(uint64_t req)
{
	return req == PTRACE_CONT || req == PTRACE_SYSCALL || req == PTRACE_SINGLESTEP ||
	       req == PTRACE_DETACH || req == PTRACE_SYSEMU || req == PTRACE_SYSEMU_SINGLESTEP ||
	       req == PTRACE_SINGLEBLOCK;
}

/* The requests that fill in their data: strace shows it at exit, after a separator printed at
 * entry (where --color's reset falls). */
static int ptrace_data_out(uint64_t req)
{
	static const char *const names[] = {
		"PTRACE_PEEKTEXT", "PTRACE_PEEKDATA", "PTRACE_PEEKUSER", "PTRACE_GETREGS",
		"PTRACE_GETFPREGS", "PTRACE_GETEVENTMSG", "PTRACE_GETSIGINFO", "PTRACE_GETREGSET",
		"PTRACE_GETSIGMASK", "PTRACE_SECCOMP_GET_FILTER", "PTRACE_SECCOMP_GET_METADATA",
		"PTRACE_GET_SYSCALL_INFO", "PTRACE_GET_RSEQ_CONFIGURATION",
	};
	const char *name = xlat_name(&xlat_ptrace_requests, req);

	for (size_t i = 0; name && i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return 1;
	return 0;
}

int dec_ptrace(struct tracee *t)
{
	uint64_t req = arg_ulong(t, 0);

	if (exiting(t))
		return 0;
	printxval(&xlat_ptrace_requests, req, NULL);
	tputs(", ");
	print_pid((int)arg_ulong(t, 1));
	tputs(", ");
	printaddr(arg_ulong(t, 2));
	if (ptrace_data_out(req)) {
		output_sep_entry();
		line_args_defer();
	} else {
		tputs(", ");
	}
	if (ptrace_data_is_signal(req))
		print_signal((int)arg_ulong(t, 3));
	else
		printaddr(arg_ulong(t, 3));
	return DEC_DONE;
}

/* syslog's type: strace prints the number with its name in a comment, in every -X style. */
static void print_syslog_type(int type)
{
	const char *name = xlat_name(&xlat_syslog_actions, (uint32_t)type);

	tprintf("%d /* %s */", type, name ? name : "SYSLOG_ACTION_???");
}

/* the actions that ignore the buffer and its length: strace prints the type alone */
static int syslog_type_only(int type)
{
	return type == 0 || type == 1 || (type >= 5 && type <= 7) || type == 9 || type == 10;
}

/* the actions that fill the buffer: it prints at exit */
static int syslog_reads(int type)
{
	return type >= 2 && type <= 4;
}

int dec_syslog(struct tracee *t)
{
	int type = arg_int(t, 0);

	if (entering(t)) {
		print_syslog_type(type);
		if (syslog_type_only(type))
			return DEC_DONE;
		tputs(", ");
		if (syslog_reads(type))
			return 0;
		printaddr(arg_ulong(t, 1));
		tprintf(", %d", arg_int(t, 2));
		return DEC_DONE;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		printstr_n(t, arg_ulong(t, 1), (uint64_t)t->rval);
	tprintf(", %d", arg_int(t, 2));
	return 0;
}

/* kcmp: the last two arguments mean something for KCMP_FILE and KCMP_EPOLL_TFD only
 * (and an unknown type gets them all, in hex). */
int dec_kcmp(struct tracee *t)
{
	unsigned type = (uint32_t)arg_ulong(t, 2);

	if (exiting(t))
		return 0;
	print_pid(arg_int(t, 0));
	tputs(", ");
	print_pid(arg_int(t, 1));
	tputs(", ");
	printxval(&xlat_kcmp_types, type, NULL);
	if (type == 0) {	/* KCMP_FILE: two descriptors */
		tputs(", ");
		printfd(t, arg_int(t, 3));
		tputs(", ");
		printfd(t, arg_int(t, 4));
	} else if (type == 7) {	/* KCMP_EPOLL_TFD: a descriptor and a struct kcmp_epoll_slot */
		uint32_t slot[3];

		tputs(", ");
		printfd(t, arg_int(t, 3));
		tputs(", ");
		if (umoven(t, arg_ulong(t, 4), sizeof(slot), slot) < 0)
			printaddr(arg_ulong(t, 4));
		else
			tprintf("{efd=%d, tfd=%d, toff=%u}", (int)slot[0], (int)slot[1], slot[2]);
	} else if (!xlat_name(&xlat_kcmp_types, type)) {
		tprintf(", %#" PRIx64 ", %#" PRIx64, arg_ulong(t, 3), arg_ulong(t, 4));
	}
	return DEC_DONE;
}

/* A keyring id: the special ones (negative) by name. */
static void print_keyring(int id)
{
	const char *name = xlat_name(&xlat_key_spec, (uint64_t)(int64_t)id);

	if (!name || xlat_raw())
		tprintf("%d", id);
	else if (xlat_verbose())
		tprintf("%d /* %s */", id, name);
	else
		tputs(name);
}

int dec_add_key(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printstr(t, arg_ulong(t, 0));
	tputs(", ");
	printstr(t, arg_ulong(t, 1));
	tputs(", ");
	printstr_n(t, arg_ulong(t, 2), arg_ulong(t, 3));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 3));
	print_keyring(arg_int(t, 4));
	return DEC_DONE;
}

int dec_request_key(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printstr(t, arg_ulong(t, 0));
	tputs(", ");
	printstr(t, arg_ulong(t, 1));
	tputs(", ");
	printstr(t, arg_ulong(t, 2));
	tputs(", ");
	print_keyring(arg_int(t, 3));
	return DEC_DONE;
}

/*
 * rseq: the registered area as a structure. The kernel's struct rseq is 32 bytes of fields
 * and a reserved byte, aligned to 64: up to 64 bytes of it are read, fewer when the length
 * says so (the rest reads as zero); shorter than 32, or unreadable, it is an address.
 */
#define RSEQ_MIN_LEN 32
#define RSEQ_MAX_LEN 64

/* -1 and -2 are named (and signed under -X raw), any other cpu number is unsigned */
static void print_rseq_cpu_id(uint32_t v)
{
	const char *name = xlat_name(&xlat_rseq_cpu_id, v);

	if (!name)
		tprintf("%u", v);
	else if (print_style()->xlat == XLAT_RAW)
		tprintf("%d", (int32_t)v);
	else if (print_style()->xlat == XLAT_VERBOSE)
		tprintf("%d /* %s */", (int32_t)v, name);
	else
		print_const_name(name);
}

static void print_rseq_area(struct tracee *t, uint64_t addr, uint32_t len)
{
	unsigned char b[RSEQ_MAX_LEN] = { 0 };
	size_t n = len < RSEQ_MAX_LEN ? len : RSEQ_MAX_LEN;

	if (!addr || len < RSEQ_MIN_LEN || umoven(t, addr, n, b) < 0) {
		printaddr(addr);
		return;
	}
	tprintf("{cpu_id_start=%u, cpu_id=", get32(b));
	print_rseq_cpu_id(get32(b + 4));
	tputs(", rseq_cs=");
	printaddr(get64(b + 8));
	tputs(", flags=");
	printflags(&xlat_rseq_cs_flags, get32(b + 16), xlat_unknown_text(&xlat_rseq_cs_flags));
	tprintf(", node_id=%u, mm_cid=%u, slice_ctrl={request=%u, granted=%u, __reserved=",
		get32(b + 20), get32(b + 24), b[28], b[29]);
	printnum_hex(get16(b + 30));
	tputs("}, __reserved=");
	printnum_hex(b[32]);
	tputs("}");
}

int dec_rseq(struct tracee *t)
{
	uint32_t len = (uint32_t)arg_ulong(t, 1);

	if (exiting(t))
		return 0;
	print_rseq_area(t, arg_ulong(t, 0), len);
	tprintf(", %u, ", len);
	printflags(&xlat_rseq_flags, (uint32_t)arg_ulong(t, 2), xlat_unknown_text(&xlat_rseq_flags));
	tprintf(", %#x", (uint32_t)arg_ulong(t, 3));
	return DEC_DONE;
}

/* ---- keyctl ---- */

enum { KEYCTL_WORDS = 4 };

/* The words of an operation's layout; -1 when the data does not list it. */
static int keyctl_layout(unsigned op, char words[KEYCTL_WORDS][8])
{
	const struct xlat_entry *e = xlat_find(&xlat_keyctl_layouts, op);

	int n;

	if (!e || !e->text)
		return -1;
	n = sscanf(e->text, "%7s %7s %7s %7s", words[0], words[1], words[2], words[3]);
	return n < 0 ? 0 : n;	/* an empty layout: EOF */
}

static int printed_at_exit(const char *word)
{
	return !strcmp(word, "obuf") || !strcmp(word, "ostr") || !strcmp(word, "caps");
}

/* KEYCTL_CAPABILITIES' bytes: the first two named, the rest in hex. */
static void print_key_caps(struct tracee *t, uint64_t addr, uint64_t n)
{
	unsigned char b[64];

	if (n > sizeof(b))
		n = sizeof(b);
	if (umove_or_printaddr(t, addr, n, b) < 0)
		return;
	tputc('[');
	for (uint64_t i = 0; i < n; i++) {
		tputs(i ? ", " : "");
		if (i < 2)
			printflags(i ? &xlat_keyctl_caps1 : &xlat_keyctl_caps0, b[i], NULL);
		else
			tprintf("%#x", b[i]);
	}
	tputc(']');
}

/* A signed number with its name in the -X style; without one, the unknown comment if any. */
static void print_named_int(int v, const char *name, const char *unknown)
{
	if (name && !xlat_raw() && !xlat_verbose())
		print_const_name(name);
	else if (name && xlat_verbose())
		tprintf("%d /* %s */", v, name);
	else if (unknown && !xlat_raw())
		tprintf("%d /* %s */", v, unknown);
	else
		tprintf("%d", v);
}

/* 1 when the len bytes at addr end in a NUL (a string's, which strace does not show) */
static int ends_in_nul(struct tracee *t, uint64_t addr, uint64_t len)
{
	char c;

	return len && umoven_silent(t, addr + len - 1, 1, &c) == 0 && c == 0;
}

/* One argument i (1-4) as its word says; next: the argument after it (a length). */
static void print_keyctl_word(struct tracee *t, const char *w, int i)
{
	uint64_t v = arg_ulong(t, i), next = i < 5 ? arg_ulong(t, i + 1) : 0;
	uint64_t got = (uint64_t)t->rval < next ? (uint64_t)t->rval : next;	/* filled */

	if (!strcmp(w, "key"))
		print_keyring((int)v);
	else if (!strcmp(w, "int"))
		tprintf("%d", (int)v);
	else if (!strcmp(w, "uint"))
		tprintf("%u", (unsigned)v);
	else if (!strcmp(w, "ulong"))
		tprintf("%" PRIu64, v);
	else if (!strcmp(w, "str"))
		printstr(t, v);
	else if (!strcmp(w, "buf"))
		printstr_n(t, v, next);
	else if ((!strcmp(w, "obuf") || !strcmp(w, "ostr")) && t->err)
		printaddr(v);
	else if (!strcmp(w, "obuf"))
		printstr_n(t, v, got);
	else if (!strcmp(w, "ostr"))
		printstr_n(t, v, got - ends_in_nul(t, v, got));
	else if (!strcmp(w, "caps") && t->err)
		printaddr(v);
	else if (!strcmp(w, "caps"))
		print_key_caps(t, v, got);
	else if (!strcmp(w, "iov"))
		print_iov_upto(t, v, next, (uint64_t)-1);
	else if (!strcmp(w, "uid"))
		print_uid((uint32_t)v);
	else if (!strcmp(w, "perm"))
		printflags(&xlat_key_perms, (uint32_t)v, NULL);
	else if (!strcmp(w, "errno"))
		print_named_int((int)v, errno_name((int)v), NULL);
	else if (!strcmp(w, "defl"))
		print_named_int((int)v, xlat_name(&xlat_key_reqkey_defl, (uint64_t)(int64_t)(int)v),
				xlat_unknown_text(&xlat_key_reqkey_defl));
	else if (!strcmp(w, "move"))
		printflags(&xlat_keyctl_move_flags, (uint32_t)v, NULL);
	else if (!strcmp(w, "addr"))
		printaddr(v);
	else
		printnum_hex(v);
}

/*
 * keyctl: the operation, then its own arguments and no more, as strace prints them; the
 * buffers the kernel fills at exit. The call's memo: the argument the exit goes on from.
 */
int dec_keyctl(struct tracee *t)
{
	char w[KEYCTL_WORDS][8] = { "hex", "hex", "hex", "hex" };
	unsigned op = (unsigned)arg_ulong(t, 0);
	int n = keyctl_layout(op, w), *from = call_memo(t, int);

	if (n < 0)
		n = KEYCTL_WORDS;
	if (entering(t)) {
		printxval(&xlat_keyctl_cmds, op, NULL);
		for (*from = 0; *from < n; ++*from) {
			if (printed_at_exit(w[*from]))
				return 0;
			tputs(", ");
			print_keyctl_word(t, w[*from], *from + 1);
		}
		return DEC_DONE;
	}
	for (int i = *from; i < n; i++) {
		tputs(", ");
		print_keyctl_word(t, w[i], i + 1);
	}
	return 0;
}


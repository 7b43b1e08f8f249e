/*
 * sandbox.c: newer calls that return a descriptor for a kernel object set up from a
 * structure: io_uring_setup (struct io_uring_params, read at entry, completed by the
 * kernel at exit), io_uring_enter's extended argument, and the landlock calls (their rule and ruleset attributes), and the
 * security modules' own calls (lsm_*: struct lsm_ctx, the module ids).
 */
#include <string.h>

#include "decode.h"

/* struct io_uring_params: 10 u32 fields, then two 40-byte ring offset structs. */
enum { URING_PARAMS_SIZE = 120 };

static void print_uring_entry(const uint32_t *p)
{
	tputs("{flags=");
	printflags(&xlat_io_uring_setup_flags, p[2], "IORING_SETUP_???");
	tprintf(", sq_thread_cpu=%u, sq_thread_idle=%u", p[3], p[4]);
	if (p[7] || p[8] || p[9]) {
		tputs(", resv=[");
		for (int i = 7; i < 10; i++) {
			tputs(i > 7 ? ", " : "");
			printnum_hex(p[i]);
		}
		tputc(']');
	}
}

/*
 * The u64 after a ring offsets struct's seven offsets and resv1: where the ring is with
 * IORING_SETUP_NO_MMAP (the kernel zeroes it otherwise); strace 7.2 prints it always.
 */
static void print_user_addr(const uint32_t *off)
{
	tputs(", user_addr=");
	printnum_hex(get64(off + 8));
	tputc('}');
}

static void print_uring_exit(const uint32_t *p)
{
	const uint32_t *sq = p + 10, *cq = p + 20;

	tprintf(", sq_entries=%u, cq_entries=%u, features=", p[0], p[1]);
	printflags(&xlat_io_uring_features, p[5], "IORING_FEAT_???");
	tprintf(", sq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, flags=%u, "
		"dropped=%u, array=%u", sq[0], sq[1], sq[2], sq[3], sq[4], sq[5], sq[6]);
	print_user_addr(sq);
	tprintf(", cq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, overflow=%u, "
		"cqes=%u, flags=%u", cq[0], cq[1], cq[2], cq[3], cq[4], cq[5], cq[6]);
	print_user_addr(cq);
}

/* The call's memo: whether the entry part was printed (the struct opened). */
int dec_io_uring_setup(struct tracee *t)
{
	uint32_t p[URING_PARAMS_SIZE / 4];
	int *opened = call_memo(t, int);

	if (entering(t)) {
		tprintf("%u, ", (unsigned)arg_ulong(t, 0));
		*opened = umove_or_printaddr(t, arg_ulong(t, 1), sizeof(p), p) == 0;
		if (*opened)
			print_uring_entry(p);
		return 0;
	}
	if (!*opened)
		return 0;
	if (!t->err && umoven(t, arg_ulong(t, 1), sizeof(p), p) == 0)
		print_uring_exit(p);
	tputc('}');
	return 0;
}

/* io_uring_enter's flags that change what its last two arguments are */
enum { ENTER_EXT_ARG = 0x8, ENTER_EXT_ARG_REG = 0x40 };

/* struct io_uring_getevents_arg: sigmask, sigmask_sz, min_wait_usec, ts (u64, u32, u32, u64) */
static void print_getevents_arg(struct tracee *t, uint64_t addr)
{
	unsigned char b[24];
	uint64_t mask;

	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	mask = get64(b);
	tputs("{sigmask=");
	if (mask)
		print_sigset(t, mask, get32(b + 8));
	else
		printaddr(mask);
	tprintf(", sigmask_sz=%u, min_wait_usec=%u, ts=", get32(b + 8), get32(b + 12));
	print_timespec(t, get64(b + 16));
	tputc('}');
}

/*
 * As strace 7.2: with IORING_ENTER_EXT_ARG the argument is a struct io_uring_getevents_arg
 * (its address when IORING_ENTER_EXT_ARG_REG says it is in a registered region); with
 * EXT_ARG_REG alone, an offset in that region; otherwise a signal mask of argsz bytes.
 */
int dec_io_uring_enter(struct tracee *t)
{
	unsigned flags = (unsigned)arg_ulong(t, 3);
	uint64_t arg = arg_ulong(t, 4);

	if (exiting(t))
		return 0;
	tprintf("%d, %u, %u, ", arg_int(t, 0), (unsigned)arg_ulong(t, 1),
		(unsigned)arg_ulong(t, 2));
	printflags(&xlat_io_uring_enter_flags, flags, "IORING_ENTER_???");
	tputs(", ");
	if ((flags & ENTER_EXT_ARG) && (flags & ENTER_EXT_ARG_REG))
		printaddr(arg);
	else if (flags & ENTER_EXT_ARG)
		print_getevents_arg(t, arg);
	else if (flags & ENTER_EXT_ARG_REG)
		tprintf("%" PRIu64, arg);
	else
		print_sigset(t, arg, arg_ulong(t, 5));
	tprintf(", %" PRIu64, arg_ulong(t, 5));
	return DEC_DONE;
}

/*
 * struct landlock_ruleset_attr: six u64 bit sets, of which a caller passes the first size
 * bytes (the kernel takes older, shorter versions). As strace 7.2: a field is shown when it
 * starts inside size, read as far as size reaches, and ", ..." stands for bytes past the
 * fields known here.
 */
static const struct ruleset_field {
	const char *name;
	const struct xlat *bits;
	const char *unknown;
} ruleset_fields[] = {
	{ "handled_access_fs", &xlat_landlock_access_fs, "LANDLOCK_ACCESS_FS_???" },
	{ "handled_access_net", &xlat_landlock_access_net, "LANDLOCK_ACCESS_NET_???" },
	{ "scoped", &xlat_landlock_scope, "LANDLOCK_SCOPE_???" },
	{ "quiet_access_fs", &xlat_landlock_access_fs, "LANDLOCK_ACCESS_FS_???" },
	{ "quiet_access_net", &xlat_landlock_access_net, "LANDLOCK_ACCESS_NET_???" },
	{ "quiet_scoped", &xlat_landlock_scope, "LANDLOCK_SCOPE_???" },
};

enum { RULESET_FIELDS = sizeof(ruleset_fields) / sizeof(ruleset_fields[0]) };

static void print_ruleset_attr(struct tracee *t, uint64_t addr, uint64_t size)
{
	uint64_t v[RULESET_FIELDS] = { 0 };
	size_t len = size < sizeof(v) ? size : sizeof(v);

	if (size < sizeof(v[0])) {
		printaddr(addr);
		return;
	}
	if (umove_or_printaddr(t, addr, len, v) < 0)
		return;
	tputc('{');
	for (size_t i = 0; i < RULESET_FIELDS && i * sizeof(v[0]) < len; i++) {
		tprintf("%s%s=", i ? ", " : "", ruleset_fields[i].name);
		printflags(ruleset_fields[i].bits, v[i], ruleset_fields[i].unknown);
	}
	if (size > sizeof(v))
		tputs(", ...");
	tputc('}');
}

int dec_landlock_create_ruleset(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_ruleset_attr(t, arg_ulong(t, 0), arg_ulong(t, 1));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 1));
	printflags(&xlat_landlock_create_ruleset_flags, (unsigned)arg_ulong(t, 2),
		   "LANDLOCK_CREATE_RULESET_???");
	return DEC_DONE;
}

/* struct landlock_path_beneath_attr: packed, 12 bytes. */
static void print_path_beneath(struct tracee *t, uint64_t addr)
{
	unsigned char b[12];
	uint64_t access;
	int32_t fd;

	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	access = get64(b);
	fd = (int32_t)get32(b + 8);
	tputs("{allowed_access=");
	printflags(&xlat_landlock_access_fs, access, "LANDLOCK_ACCESS_FS_???");
	tputs(", parent_fd=");
	printfd(t, fd);
	tputc('}');
}

/* struct landlock_net_port_attr: the access bits and the port, both u64. */
static void print_net_port(struct tracee *t, uint64_t addr)
{
	uint64_t b[2];

	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	tputs("{allowed_access=");
	printflags(&xlat_landlock_access_net, b[0], "LANDLOCK_ACCESS_NET_???");
	tprintf(", port=%" PRIu64 "}", b[1]);
}

int dec_landlock_add_rule(struct tracee *t)
{
	unsigned type = (unsigned)arg_ulong(t, 1);

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	printxval(&xlat_landlock_rule_types, type, NULL);
	tputs(", ");
	if (type == 1)	/* LANDLOCK_RULE_PATH_BENEATH */
		print_path_beneath(t, arg_ulong(t, 2));
	else if (type == 2)	/* LANDLOCK_RULE_NET_PORT */
		print_net_port(t, arg_ulong(t, 2));
	else
		printaddr(arg_ulong(t, 2));
	tputs(", ");
	printflags(&xlat_landlock_add_rule_flags, (uint32_t)arg_ulong(t, 3),
		   xlat_unknown_text(&xlat_landlock_add_rule_flags));
	return DEC_DONE;
}

/* struct lsm_ctx: four u64 (id, flags, len, ctx_len), then the context, len in all. */
enum { LSM_CTX_HEAD = 32 };

static void print_lsm_id(uint64_t id)
{
	print_xval_or_number(&xlat_lsm_ids, id, "%#llx");
}

/* The context's bytes are what len says follows the head, no more than size (the
 * buffer's), in hex as strace shows them. */
static void print_lsm_ctx(struct tracee *t, uint64_t addr, uint64_t size)
{
	unsigned char b[LSM_CTX_HEAD];
	uint64_t len;

	if (!addr) {
		tputs("NULL");
		return;
	}
	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	len = get64(b + 16) < size ? get64(b + 16) : size;
	tputs("{id=");
	print_lsm_id(get64(b));
	tputs(", flags=");
	printnum_hex(get64(b + 8));
	tprintf(", len=%" PRIu64 ", ctx_len=%" PRIu64, get64(b + 16), get64(b + 24));
	if (len > LSM_CTX_HEAD) {
		tputs(", ctx=");
		printstr_n_flags(t, addr + LSM_CTX_HEAD, len - LSM_CTX_HEAD, QUOTE_FORCE_HEX);
	}
	tputc('}');
}

/* What an lsm call's entry leaves for its exit: the size *sizep held, the ctx opened. */
struct lsm_memo {
	int size_read;
	uint32_t size;
	int opened;	/* lsm_get_self_attr: what the entry printed of the context */
};

static void save_lsm_size(struct tracee *t, uint64_t sizep)
{
	struct lsm_memo *m = call_memo(t, struct lsm_memo);

	m->size_read = sizep && umoven(t, sizep, 4, &m->size) == 0;
}

/* [in] or [in => out]: the size the kernel may have changed, read again at exit. */
static void print_lsm_size(struct tracee *t, uint64_t sizep)
{
	struct lsm_memo *m = call_memo(t, struct lsm_memo);
	uint32_t out;

	if (!sizep) {
		tputs("NULL");
		return;
	}
	if (!m->size_read) {
		printaddr(sizep);
		return;
	}
	if (umoven(t, sizep, 4, &out) < 0 || out == m->size)
		tprintf("[%u]", m->size);
	else
		tprintf("[%u => %u]", m->size, out);
}

/* The contexts the kernel wrote at a success: rval of them, one after the other. */
static void print_lsm_ctxs(struct tracee *t, uint64_t addr, uint64_t n)
{
	unsigned char b[LSM_CTX_HEAD];

	if (!addr || t->err) {
		printaddr(addr);
		return;
	}
	tputc('[');
	for (uint64_t i = 0; i < n; i++) {
		tputs(i ? ", " : "");
		if (umoven(t, addr, sizeof(b), b) < 0) {
			tprintf("... /* %#" PRIx64 " */", addr);
			break;
		}
		print_lsm_ctx(t, addr, UINT64_MAX);
		if (get64(b + 16) < LSM_CTX_HEAD)
			break;
		addr += get64(b + 16);
	}
	tputc(']');
}

/* With LSM_FLAG_SINGLE the context names the module asked for: its id shows at entry. */
int dec_lsm_get_self_attr(struct tracee *t)
{
	struct lsm_memo *m = call_memo(t, struct lsm_memo);
	uint64_t ctx = arg_ulong(t, 1);
	unsigned char b[LSM_CTX_HEAD];

	if (entering(t)) {
		printxval(&xlat_lsm_attrs, (uint32_t)arg_ulong(t, 0), "LSM_ATTR_???");
		tputs(", ");
		save_lsm_size(t, arg_ulong(t, 2));
		if ((arg_ulong(t, 3) & 1) && m->size_read) {
			/* 1: the id shown, the rest at exit; 2: the address shown, no more */
			m->opened = 2;
			if (umove_or_printaddr(t, ctx, sizeof(b), b) == 0) {
				tputs("{id=");
				print_lsm_id(get64(b));
				tputc('}');
				m->opened = 1;
			}
		}
		return 0;
	}
	if (m->opened == 1)
		tputs(" => ");
	if (m->opened != 2)
		print_lsm_ctxs(t, ctx, t->rval);
	tputs(", ");
	print_lsm_size(t, arg_ulong(t, 2));
	tputs(", ");
	printflags(&xlat_lsm_flags, (uint32_t)arg_ulong(t, 3), "LSM_FLAG_???");
	return 0;
}

int dec_lsm_set_self_attr(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printxval(&xlat_lsm_attrs, (uint32_t)arg_ulong(t, 0), "LSM_ATTR_???");
	tputs(", ");
	if ((uint32_t)arg_ulong(t, 2) < LSM_CTX_HEAD)	/* the kernel reads no head */
		printaddr(arg_ulong(t, 1));
	else
		print_lsm_ctx(t, arg_ulong(t, 1), (uint32_t)arg_ulong(t, 2));
	tprintf(", %u, %#x", (unsigned)arg_ulong(t, 2), (unsigned)arg_ulong(t, 3));
	return DEC_DONE;
}

static void print_lsm_id_elem(struct tracee *t, const void *elem, void *data)
{
	(void)t;
	(void)data;
	print_lsm_id(get64(elem));
}

int dec_lsm_list_modules(struct tracee *t)
{
	uint64_t ids = arg_ulong(t, 0);

	if (entering(t)) {
		save_lsm_size(t, arg_ulong(t, 1));
		return 0;
	}
	if (t->err && ids)
		printaddr(ids);
	else
		print_array(t, ids, t->err ? 0 : t->rval, 8, print_lsm_id_elem, NULL);
	tputs(", ");
	print_lsm_size(t, arg_ulong(t, 1));
	tprintf(", %#x", (unsigned)arg_ulong(t, 2));
	return 0;
}

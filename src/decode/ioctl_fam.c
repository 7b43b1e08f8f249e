/*
 * ioctl_fam.c: the arguments of the newer ioctl families strace 7.2 decodes: pidfd's
 * PIDFD_GET_INFO, seccomp user notification (RECV, SEND, ADDFD), and the file requests
 * FITRIM, FICLONERANGE, FIDEDUPERANGE, FS_IOC_[GS]ETFSLABEL, FS_IOC32_[GS]ETFLAGS,
 * FS_IOC_SHUTDOWN, and nsfs's pid translations. The build machine's headers
 * may predate these requests, so they are known by their names in xlat/ioctl_requests.list
 * (data), never by numbers spelled here; their structs are read as the kernel lays them out.
 */
#include <linux/ioctl.h>
#include <string.h>

#include "decode.h"

/*
 * The code of a request named in xlat/ioctl_requests.list, 0 when it is not there. Every
 * ioctl asks a dozen names here, and the table has a thousand: each name's code is looked
 * up once and kept, by the name's address (the callers pass string literals), so an ioctl
 * costs no name search (it cost 50 µs each).
 */
static uint32_t request_code(const char *name)
{
	static struct {
		const char *name;
		uint32_t code;
	} known[64];
	static unsigned nknown;
	const struct xlat *x = &xlat_ioctl_requests;
	uint32_t code = 0;

	for (unsigned i = 0; i < nknown; i++)
		if (known[i].name == name)
			return known[i].code;
	for (unsigned i = 0; i < x->n; i++) {
		if (x->e[i].name && !strcmp(x->e[i].name, name)) {
			code = (uint32_t)x->e[i].val;
			break;
		}
	}
	if (nknown < sizeof(known) / sizeof(known[0])) {
		known[nknown].name = name;
		known[nknown].code = code;
		nknown++;
	}
	return code;
}

static int is_named(uint32_t req, const char *name)
{
	uint32_t code = request_code(name);

	return code && code == req;
}

/*
 * PIDFD_GET_INFO grew with the kernel; strace decodes any size from the first version's 64
 * bytes on, and reads the fields the size covers.
 */
#define PIDFD_INFO_V0 64

static int is_pidfd_get_info(uint32_t req)
{
	uint32_t code = request_code("PIDFD_GET_INFO");

	return code && (req & ~(_IOC_SIZEMASK << _IOC_SIZESHIFT)) ==
		(code & ~(_IOC_SIZEMASK << _IOC_SIZESHIFT)) && _IOC_SIZE(req) >= PIDFD_INFO_V0;
}

/* struct pidfd_info's offsets past the first version, and the mask bits that fill them */
enum {
	PI_CGROUPID = 1 << 2,
	PI_PID = 1 << 0,
	PI_CREDS = 1 << 1,
	PI_EXIT = 1 << 3,
	PI_COREDUMP = 1 << 4,
	PI_SUPPORTED = 1 << 5,
	PI_CORE_SIGNAL = 1 << 6,
	PI_CORE_CODE = 1 << 7,
};

static void print_pidfd_creds(const unsigned char *b)
{
	static const char *const ids[] = {
		"ruid", "rgid", "euid", "egid", "suid", "sgid", "fsuid", "fsgid"
	};

	for (unsigned i = 0; i < 8; i++) {
		tprintf(", %s=", ids[i]);
		print_uid(get32(b + 28 + 4 * i));
	}
}

/* The fields the returned mask says the kernel filled, within the size the caller gave. */
static void print_pidfd_fields(const unsigned char *b, size_t size, uint64_t mask)
{
	if (mask & PI_CGROUPID)
		tprintf(", cgroupid=%" PRIu64, get64(b + 8));
	if (mask & PI_PID)
		tprintf(", pid=%d, tgid=%d, ppid=%d", (int)get32(b + 16), (int)get32(b + 20),
			(int)get32(b + 24));
	if (mask & PI_CREDS)
		print_pidfd_creds(b);
	if (mask & PI_EXIT) {
		tputs(", exit_code=");
		print_wait_status((int)get32(b + 60));
	}
	if (size >= 72 && (mask & PI_COREDUMP)) {
		tputs(", coredump_mask=");
		printflags(&xlat_pidfd_coredump_flags, get32(b + 64), NULL);
	}
	if (size >= 72 && (mask & PI_CORE_SIGNAL)) {
		tputs(", coredump_signal=");
		print_signal((int)get32(b + 68));
	}
	if (size >= 80 && (mask & PI_CORE_CODE))
		tprintf(", coredump_code=%d", (int)get32(b + 72));
	if (size >= 88 && (mask & PI_SUPPORTED)) {
		tputs(", supported_mask=");
		printflags(&xlat_pidfd_info_mask, get64(b + 80), NULL);
	}
}

/* Entry: {mask=... ; what the kernel returns follows at exit. */
static int pidfd_info_entry(struct tracee *t, uint64_t arg)
{
	struct ioctl_memo *m = call_memo(t, struct ioctl_memo);
	uint64_t mask;

	if (umove_or_printaddr(t, arg, sizeof(mask), &mask) < 0)
		return 1;
	tputs("{mask=");
	printflags(&xlat_pidfd_info_mask, mask, NULL);
	m->opened = 1;
	m->saved = mask;
	return 2;
}

static void pidfd_info_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct ioctl_memo *m = call_memo(t, struct ioctl_memo);
	unsigned char b[88];
	size_t size = _IOC_SIZE(req) < sizeof(b) ? _IOC_SIZE(req) : sizeof(b);
	uint64_t mask;

	if (!t->err && umoven(t, arg, size, b) == 0) {
		mask = get64(b);
		if (mask != m->saved) {
			tputs(" => ");
			printflags(&xlat_pidfd_info_mask, mask, NULL);
		}
		print_pidfd_fields(b, size, mask);
	}
	tputc('}');
}

/* data.nr: __NR_name in the tracee's own arch, N with the name in a comment in another. */
static void print_notif_nr(struct tracee *t, int nr, uint32_t arch)
{
	const struct arch_table *a = arch_by_audit(arch, (uint32_t)nr);
	const struct sysent *se = a ? syscall_lookup(a, (uint32_t)nr) : NULL;

	if (!se || xlat_raw()) {
		tprintf("%d", nr);
	} else if (a == t->arch && !xlat_verbose()) {
		tprintf("__NR_%s", se->name);
	} else {
		tprintf("%d /* %s%s */", nr, a == t->arch ? "__NR_" : "", se->name);
	}
}

/* struct seccomp_notif: 80 bytes */
static void print_seccomp_notif(struct tracee *t, const unsigned char *b)
{
	uint32_t arch = get32(b + 20);

	tprintf("{id=%#" PRIx64 ", pid=%u, flags=", get64(b), get32(b + 8));
	printnum_hex(get32(b + 12));
	tputs(", data={nr=");
	print_notif_nr(t, (int)get32(b + 16), arch);
	tputs(", arch=");
	printxval(&xlat_audit_arches, arch, "AUDIT_ARCH_???");
	tputs(", instruction_pointer=");
	printaddr(get64(b + 24));
	tputs(", args=[");
	for (int i = 0; i < 6; i++) {
		if (i)
			tputs(", ");
		printnum_hex(get64(b + 32 + 8 * i));
	}
	tputs("]}}");
}

static int all_zero(const unsigned char *b, size_t n)
{
	while (n--)
		if (*b++)
			return 0;
	return 1;
}

/*
 * RECV: the kernel wants a zeroed struct; strace shows it at entry only when it is not,
 * and then what the kernel wrote after " => ".
 */
static int notif_recv_entry(struct tracee *t, uint64_t arg)
{
	unsigned char b[80];

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return 1;
	if (!all_zero(b, sizeof(b))) {
		print_seccomp_notif(t, b);
		call_memo(t, struct ioctl_memo)->opened = 1;
	}
	return 2;
}

static void notif_recv_exit(struct tracee *t, uint64_t arg)
{
	unsigned char b[80];

	if (call_memo(t, struct ioctl_memo)->opened)
		tputs(" => ");
	if (t->err || umoven(t, arg, sizeof(b), b) < 0)
		printaddr(arg);
	else
		print_seccomp_notif(t, b);
}

/* an errno the way SEND's error field holds it: negated */
static void print_neg_errno(int err)
{
	const char *name = err < 0 ? errno_name(-err) : NULL;

	if (!name || xlat_raw())
		tprintf("%d", err);
	else if (xlat_verbose())
		tprintf("%d /* -%s */", err, name);
	else
		tprintf("-%s", name);
}

/* struct seccomp_notif_resp */
static void print_notif_resp(struct tracee *t, uint64_t arg)
{
	unsigned char b[24];

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return;
	tprintf("{id=%#" PRIx64 ", val=%" PRId64 ", error=", get64(b), (int64_t)get64(b + 8));
	print_neg_errno((int)get32(b + 16));
	tputs(", flags=");
	printflags(&xlat_seccomp_notif_resp_flags, get32(b + 20), NULL);
	tputc('}');
}

/* struct seccomp_notif_addfd */
static void print_notif_addfd(struct tracee *t, uint64_t arg)
{
	unsigned char b[24];

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return;
	tprintf("{id=%#" PRIx64 ", flags=", get64(b));
	printflags(&xlat_seccomp_addfd_flags, get32(b + 8), NULL);
	tputs(", srcfd=");
	printfd(t, (int)get32(b + 12));
	tprintf(", newfd=%d, newfd_flags=", (int)get32(b + 16));
	printflags(&xlat_open_flag_bits, get32(b + 20), NULL);
	tputc('}');
}

/* struct fstrim_range */
static void print_fstrim_range(struct tracee *t, uint64_t arg)
{
	uint64_t r[3];

	if (umove_or_printaddr(t, arg, sizeof(r), r) < 0)
		return;
	tputs("{start=");
	printnum_hex(r[0]);
	tprintf(", len=%" PRIu64 ", minlen=%" PRIu64 "}", r[1], r[2]);
}

/* struct file_clone_range */
static void print_clone_range(struct tracee *t, uint64_t arg)
{
	uint64_t r[4];

	if (umove_or_printaddr(t, arg, sizeof(r), r) < 0)
		return;
	tprintf("{src_fd=%d, src_offset=%" PRIu64 ", src_length=%" PRIu64 ", dest_offset=%"
		PRIu64 "}", (int)r[0], r[1], r[2], r[3]);
}

/*
 * struct file_dedupe_range's info array: strace shows two elements at most unless -v (or
 * fewer under a smaller -s), the destinations at entry and the results at exit.
 */
#define DEDUPE_HEAD 24
#define DEDUPE_INFO 32

static void print_dedupe_info(struct tracee *t, uint64_t arg, unsigned count, int results)
{
	unsigned limit = count;
	unsigned char e[DEDUPE_INFO];

	if (style_abbrev())
		limit = opt.max_strlen < 2 ? (unsigned)opt.max_strlen : 2;
	tputs("info=[");
	for (unsigned i = 0; i < count; i++) {
		uint64_t cur = arg + DEDUPE_HEAD + (uint64_t)i * DEDUPE_INFO;

		if (i)
			tputs(", ");
		if (i >= limit) {
			tputs("...");
			break;
		}
		if (umoven(t, cur, sizeof(e), e) < 0) {
			tprintf("... /* %#" PRIx64 " */", cur);
			break;
		}
		if (results) {
			tprintf("{bytes_deduped=%" PRIu64 ", status=%d}", get64(e + 16),
				(int)get32(e + 24));
		} else {
			tputs("{dest_fd=");
			printfd(t, (int)get64(e));
			tprintf(", dest_offset=%" PRIu64 "}", get64(e + 8));
		}
	}
	tputc(']');
}

static int dedupe_entry(struct tracee *t, uint64_t arg)
{
	unsigned char h[DEDUPE_HEAD];
	struct ioctl_memo *m = call_memo(t, struct ioctl_memo);

	if (umove_or_printaddr(t, arg, sizeof(h), h) < 0)
		return 1;
	m->len = get16(h + 16);
	tprintf("{src_offset=%" PRIu64 ", src_length=%" PRIu64 ", dest_count=%u, ", get64(h),
		get64(h + 8), get16(h + 16));
	print_dedupe_info(t, arg, get16(h + 16), 0);
	tputc('}');
	m->opened = 1;
	return 2;
}

static void dedupe_exit(struct tracee *t, uint64_t arg)
{
	struct ioctl_memo *m = call_memo(t, struct ioctl_memo);

	if (t->err || !m->len)
		return;
	tputs(" => {");
	print_dedupe_info(t, arg, (unsigned)m->len, 1);
	tputc('}');
}

/* FS_IOC_SETFSLABEL's and GETFSLABEL's label: read whole (FSLABEL_MAX bytes), shown to its
 * NUL whatever -s says; without a NUL, all but the last byte and "..." */
#define FSLABEL_MAX 256

static void print_fslabel(struct tracee *t, uint64_t arg)
{
	unsigned char b[FSLABEL_MAX];
	size_t n;

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return;
	n = strnlen((const char *)b, sizeof(b));
	print_quoted(b, n < sizeof(b) ? n : sizeof(b) - 1, n < sizeof(b) ? 0 : QUOTE_ELLIPSIS);
}

/* [flags]: an inode flags word the caller passes (FS_IOC32_SETFLAGS). Not inlined: inlined
 * in several branches, gcc 12 warns of a dangling pointer that is not there. */
__attribute__((noinline))
static void print_flags_in(struct tracee *t, uint64_t arg, const struct xlat *x, int value)
{
	unsigned char b[4];
	uint32_t v;

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return;
	v = get32(b);
	tputc('[');
	if (value)
		printxval(x, v, NULL);
	else
		printflags(x, v, NULL);
	tputc(']');
}

/* nsfs's pid translations take the pid itself: an int */
static int is_ns_pid_request(uint32_t req)
{
	return is_named(req, "NS_GET_PID_FROM_PIDNS") || is_named(req, "NS_GET_TGID_FROM_PIDNS") ||
	       is_named(req, "NS_GET_PID_IN_PIDNS") || is_named(req, "NS_GET_TGID_IN_PIDNS");
}

/* The arguments strace reads at entry: 1 when printed, 2 when the exit adds to them. */
int ioctl_fam_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	if (is_pidfd_get_info(req)) {
		tputs(", ");
		return pidfd_info_entry(t, arg);
	}
	if (is_named(req, "SECCOMP_IOCTL_NOTIF_RECV")) {
		tputs(", ");
		return notif_recv_entry(t, arg);
	}
	if (is_named(req, "SECCOMP_IOCTL_NOTIF_SEND")) {
		tputs(", ");
		print_notif_resp(t, arg);
		return 1;
	}
	if (is_named(req, "SECCOMP_IOCTL_NOTIF_ADDFD")) {
		tputs(", ");
		print_notif_addfd(t, arg);
		return 1;
	}
	if (is_named(req, "FITRIM")) {
		tputs(", ");
		print_fstrim_range(t, arg);
		return 1;
	}
	if (is_named(req, "FICLONERANGE")) {
		tputs(", ");
		print_clone_range(t, arg);
		return 1;
	}
	if (is_named(req, "FIDEDUPERANGE")) {
		tputs(", ");
		return dedupe_entry(t, arg);
	}
	if (is_named(req, "FS_IOC_SETFSLABEL")) {
		tputs(", ");
		print_fslabel(t, arg);
		return 1;
	}
	if (is_named(req, "FS_IOC32_SETFLAGS") || is_named(req, "FS_IOC_SHUTDOWN")) {
		tputs(", ");
		if (is_named(req, "FS_IOC_SHUTDOWN"))
			print_flags_in(t, arg, &xlat_fs_shutdown_flags, 1);
		else
			print_flags_in(t, arg, &xlat_fs_inode_flags, 0);
		return 1;
	}
	if (is_ns_pid_request(req)) {
		tprintf(", %d", (int)arg);
		return 1;
	}
	return 0;
}

/* The exit of a request whose entry answered 2; 1 when it was one of these. */
int ioctl_fam_exit2(struct tracee *t, uint32_t req, uint64_t arg)
{
	if (is_pidfd_get_info(req))
		pidfd_info_exit(t, req, arg);
	else if (is_named(req, "SECCOMP_IOCTL_NOTIF_RECV"))
		notif_recv_exit(t, arg);
	else if (is_named(req, "FIDEDUPERANGE"))
		dedupe_exit(t, arg);
	else
		return 0;
	return 1;
}

/* Requests that fill in their argument, printed at exit: 1 when printed. */
int ioctl_fam_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	int label = is_named(req, "FS_IOC_GETFSLABEL");

	if (!label && !is_named(req, "FS_IOC32_GETFLAGS"))
		return 0;
	tputs(", ");
	if (t->err)
		printaddr(arg);
	else if (label)
		print_fslabel(t, arg);
	else
		print_flags_in(t, arg, &xlat_fs_inode_flags, 0);
	return 1;
}

/*
 * process.c: decoders for process calls: execve, clone, wait4, identities, resource
 * limits, uname, sysinfo, CPU affinity, arch_prctl (prctl is in prctl.c).
 */
#include <errno.h>
#include <limits.h>
#include <linux/ioprio.h>
#include <linux/sched.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <limits.h>

#include "decode.h"

static void print_rusage_at_exit(struct tracee *t, uint64_t addr);

static void print_envp(struct tracee *t, uint64_t addr)
{
	int unterminated;
	long n;

	if (!style_abbrev()) {
		print_string_array(t, addr);
		return;
	}
	printaddr(addr);
	n = count_string_array(t, addr, &unterminated);
	if (n >= 0)
		tprintf(" /* %ld var%s%s */", n, n == 1 ? "" : "s",
			unterminated ? ", unterminated" : "");
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
	printflags(&xlat_at_flags, (uint32_t)arg_ulong(t, 4), NULL);
	return DEC_DONE;
}

/* A limit in strace's style: RLIM64_INFINITY, 8192*1024, or plain. */
static void print_rlim_names(uint64_t v, int bits);

/* -X raw prints the number, -X verbose the number and the name in a comment. */
static void print_rlim(uint64_t v, int bits)
{
	if (!xlat_raw() && !xlat_verbose()) {
		print_rlim_names(v, bits);
		return;
	}
	tprintf("%" PRIu64, v);
	if (xlat_raw())
		return;
	if (v == UINT64_MAX || (bits == 32 && v == UINT32_MAX) || (v > 1024 && v % 1024 == 0)) {
		tputs(" /* ");
		print_rlim_names(v, bits);
		tputs(" */");
	}
}

static void print_rlim_names(uint64_t v, int bits)
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

/* struct rlimit holds two longs of the tracee's word size: all bits set is RLIM64_INFINITY
 * in a 64-bit one, as strace prints it, RLIM_INFINITY in a 32-bit one. */
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
	print_rlim(cur, bits);
	tputs(", rlim_max=");
	print_rlim(max, bits);
	tputc('}');
}

/* {sysname="Linux", nodename="vm", ...}: the rest only with -v. */
/*
 * sethostname, setdomainname: the name, of len bytes. Longer than the kernel takes
 * (HOST_NAME_MAX), strace shows only its address, without reading it.
 */
int dec_sethostname(struct tracee *t)
{
	uint64_t len = (unsigned)arg_ulong(t, 1);

	if (exiting(t))
		return 0;
	if (len > HOST_NAME_MAX)
		printaddr(arg_ulong(t, 0));
	else
		printstr_n(t, arg_ulong(t, 0), len);
	tprintf(", %" PRIu64, len);
	return DEC_DONE;
}

int dec_uname(struct tracee *t)
{
	static const char *const fields[] = {
		"sysname", "nodename", "release", "version", "machine", "domainname"
	};
	char u[6][65];

	if (entering(t))
		return 0;
	if (t->err || umove_or_printaddr(t, arg_ulong(t, 0), sizeof(u), u) < 0) {
		if (t->err)
			printaddr(arg_ulong(t, 0));
		return 0;
	}
	for (int i = 0; i < 6; i++) {
		if (i == 2 && style_abbrev()) {
			tputs(", ...");
			break;
		}
		tprintf("%s%s=", i ? ", " : "{", fields[i]);
		print_quoted((unsigned char *)u[i], strnlen(u[i], sizeof(u[i])), 0);
	}
	tputc('}');
	return 0;
}

/* A CPU mask as strace prints it: the numbers of the set bits, [0 1]. */
/* As strace: the first 1024 CPUs at most (128 bytes read), " ..." for a longer mask. */
static void print_cpu_mask(struct tracee *t, uint64_t addr, uint64_t len)
{
	unsigned char buf[128];
	uint64_t shown = len < sizeof(buf) ? len : sizeof(buf);
	int n = 0;

	if (umove_or_printaddr(t, addr, shown, buf) < 0)
		return;
	tputc('[');
	for (uint64_t i = 0; i < shown * 8; i++)
		if (buf[i / 8] & (1u << (i % 8)))
			tprintf(n++ ? " %" PRIu64 : "%" PRIu64, i);
	if (len > shown)
		tputs(n ? " ..." : "...");
	tputc(']');
}

int dec_sched_getaffinity(struct tracee *t)
{
	if (entering(t)) {
		print_pid(arg_int(t, 0));
		tprintf(", %u, ", (unsigned)arg_ulong(t, 1));
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 2));
	else
		print_cpu_mask(t, arg_ulong(t, 2), (uint64_t)t->rval);
	return 0;
}

int dec_sched_setaffinity(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_pid(arg_int(t, 0));
	tprintf(", %u, ", (unsigned)arg_ulong(t, 1));
	print_cpu_mask(t, arg_ulong(t, 2), (unsigned)arg_ulong(t, 1));
	return DEC_DONE;
}

/* The 16-bit calls of i386 hold 2-byte ids; the *32 calls and 64-bit ABIs 4-byte ones. */
static unsigned gid_size(struct tracee *t)
{
	return tracee_uid16(t) ? 2 : 4;
}

static void print_gid(struct tracee *t, const void *elem, void *data)
{
	uint32_t g;

	(void)data;
	if (gid_size(t) == 2)
		g = get16(elem) == 0xffff ? UINT32_MAX : get16(elem);
	else
		g = get32(elem);
	print_uid(g);
}

static void print_gid_list(struct tracee *t, uint64_t addr, uint64_t n)
{
	if (!addr) {
		printaddr(addr);
		return;
	}
	print_array(t, addr, n, gid_size(t), print_gid, NULL);
}

int dec_getgroups(struct tracee *t)
{
	if (entering(t)) {
		tprintf("%d, ", arg_int(t, 0));
		return 0;
	}
	if (t->err || (!arg_int(t, 0) && !arg_ulong(t, 1)))
		printaddr(arg_ulong(t, 1));
	else
		print_gid_list(t, arg_ulong(t, 1), (uint64_t)t->rval);
	return 0;
}

int dec_setgroups(struct tracee *t)
{
	if (exiting(t))
		return 0;
	tprintf("%d, ", arg_int(t, 0));
	/* more than the kernel's NGROUPS_MAX: strace shows only the address */
	if ((unsigned)arg_int(t, 0) > 65536)
		printaddr(arg_ulong(t, 1));
	else
		print_gid_list(t, arg_ulong(t, 1), (unsigned)arg_int(t, 0));
	return DEC_DONE;
}

/* The low byte of clone's flags is the signal the child sends its parent when it ends. */
static void print_clone_flags(uint64_t flags)
{
	uint64_t sig = flags & 0xff;
	uint64_t rest = flags & ~(uint64_t)0xff;

	if (rest)
		printflags(&xlat_clone_flags, rest, NULL);
	if (sig) {
		if (rest)
			print_flag_sep();
		print_signal((int)sig);
	} else if (!rest) {
		tputc('0');
	}
}

/* x86_64 passes the child's tid pointer before tls; the other ABIs after it. */
static int clone_child_tid_arg(struct tracee *t)
{
	return strcmp(t->arch->name, "x86_64") && strcmp(t->arch->name, "x32") ? 4 : 3;
}

static void print_clone_tail(struct tracee *t)
{
	uint64_t flags = arg_ulong(t, 0);
	int ctid = clone_child_tid_arg(t);

	if (flags & (CLONE_PARENT_SETTID | CLONE_PIDFD)) {
		int v;

		tputs(", parent_tid=");
		if (exiting(t) && !t->err && umoven(t, arg_ulong(t, 2), sizeof(v), &v) == 0) {
			tputc('[');
			print_pid(v);
			tputc(']');
		}
		else
			printaddr(arg_ulong(t, 2));
	}
	if (flags & CLONE_SETTLS) {
		tputs(", tls=");
		printaddr(arg_ulong(t, ctid == 3 ? 4 : 3));
	}
	if (flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) {
		tputs(", child_tidptr=");
		printaddr(arg_ulong(t, ctid));
	}
}

int dec_clone(struct tracee *t)
{
	uint64_t flags = arg_ulong(t, 0);

	if (entering(t)) {
		tputs("child_stack=");
		printaddr(arg_ulong(t, 1));
		tputs(", flags=");
		print_clone_flags(flags);
		if (flags & (CLONE_PARENT_SETTID | CLONE_PIDFD))
			return 0;
		line_args_defer();	/* strace prints the rest at exit */
		print_clone_tail(t);
		return DEC_DONE;
	}
	print_clone_tail(t);
	return 0;
}

/*
 * A wait status as strace spells it: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}]. Its signals
 * are names whatever -X says: strace prints them so.
 */
void print_wait_status(int s)
{
	tputs("[{");
	if ((s & 0x7f) == 0) {
		tprintf("WIFEXITED(s) && WEXITSTATUS(s) == %d", (s >> 8) & 0xff);
	} else if ((s & 0xff) == 0x7f) {
		tputs("WIFSTOPPED(s) && WSTOPSIG(s) == ");
		print_signal_name((s >> 8) & 0xff);
		if (s >> 16)
			tprintf(" && (s >> 16) == %d", s >> 16);
	} else if (s == 0xffff) {
		tputs("WIFCONTINUED(s)");
	} else {
		tputs("WIFSIGNALED(s) && WTERMSIG(s) == ");
		print_signal_name(s & 0x7f);
		if (s & 0x80)
			tputs(" && WCOREDUMP(s)");
	}
	tputs("}]");
}

static void print_status_at(struct tracee *t, uint64_t addr)
{
	int s;

	if (!t->err && t->rval > 0 && addr && umoven(t, addr, sizeof(s), &s) == 0)
		print_wait_status(s);
	else
		printaddr(addr);
}

int dec_wait4(struct tracee *t)
{
	if (entering(t)) {
		print_pid(arg_int(t, 0));
		tputs(", ");
		return 0;
	}
	print_status_at(t, arg_ulong(t, 1));
	tputs(", ");
	printflags(&xlat_wait_options, (unsigned)arg_int(t, 2), NULL);
	tputs(", ");
	print_rusage_at_exit(t, arg_ulong(t, 3));
	return 0;
}

/* waitpid: wait4 without the rusage */
int dec_waitpid(struct tracee *t)
{
	if (entering(t)) {
		print_pid(arg_int(t, 0));
		tputs(", ");
		return 0;
	}
	print_status_at(t, arg_ulong(t, 1));
	tputs(", ");
	printflags(&xlat_wait_options, (unsigned)arg_int(t, 2), NULL);
	return 0;
}

/* struct sysinfo: words of the tracee's size, procs a 16-bit field after them. */
int dec_sysinfo(struct tracee *t)
{
	unsigned w = tracee_word_bits(t) / 8;
	unsigned char buf[128];
	uint64_t v[14];
	uint16_t procs;
	uint32_t unit;
	/* word index of each field; procs and mem_unit are read apart */
	size_t size = w == 8 ? 112 : 64;

	if (entering(t))
		return 0;
	if (t->err || umove_or_printaddr(t, arg_ulong(t, 0), size, buf) < 0) {
		if (t->err)
			printaddr(arg_ulong(t, 0));
		return 0;
	}
	for (int i = 0; i < 10; i++) {
		if (w == 8) {
			memcpy(&v[i], buf + 8 * i, 8);
		} else {
			uint32_t x;
			memcpy(&x, buf + 4 * i, 4);
			v[i] = x;
		}
	}
	memcpy(&procs, buf + 10 * w, 2);
	for (int i = 0; i < 2; i++) {
		if (w == 8) {
			memcpy(&v[10 + i], buf + 11 * w + 8 * i, 8);
		} else {
			uint32_t x;
			memcpy(&x, buf + 11 * w + 4 * i, 4);
			v[10 + i] = x;
		}
	}
	memcpy(&unit, buf + 13 * w, 4);
	tprintf("{uptime=%" PRId64 ", loads=[%" PRIu64 ", %" PRIu64 ", %" PRIu64 "]"
		", totalram=%" PRIu64 ", freeram=%" PRIu64 ", sharedram=%" PRIu64
		", bufferram=%" PRIu64 ", totalswap=%" PRIu64 ", freeswap=%" PRIu64
		", procs=%u, totalhigh=%" PRIu64 ", freehigh=%" PRIu64 ", mem_unit=%u}",
		w == 8 ? (int64_t)v[0] : (int64_t)(int32_t)v[0], v[1], v[2], v[3], v[4], v[5],
		v[6], v[7], v[8], v[9], procs, v[10], v[11], unit);
	return 0;
}

/* The GET codes write a word through the pointer: [0x7f...] once the call is done. */
int dec_arch_prctl(struct tracee *t)
{
	int code = arg_int(t, 0);
	int get = code == 0x1003 || code == 0x1004;
	uint64_t v;

	if (entering(t)) {
		printxval(&xlat_arch_prctl_codes, (unsigned)code, NULL);
		tputs(", ");
		if (!get)
			tprintf("%#" PRIx64, arg_ulong(t, 1));
		return get ? 0 : DEC_DONE;
	}
	if (t->err || umove_ptr(t, arg_ulong(t, 1), &v) < 0)
		printaddr(arg_ulong(t, 1));
	else
		tprintf("[%#" PRIx64 "]", v);
	return 0;
}

/* getresuid([0], [0], [0]): three ids written by the kernel (2 bytes each in i386's old calls). */
int dec_getresuid(struct tracee *t)
{
	unsigned sz = gid_size(t);

	if (entering(t))
		return 0;
	for (int i = 0; i < 3; i++) {
		uint32_t id = 0;

		if (i)
			tputs(", ");
		if (t->err || umoven(t, arg_ulong(t, i), sz, &id) < 0) {
			printaddr(arg_ulong(t, i));
			continue;
		}
		if (sz == 2 && id == 0xffff)
			id = UINT32_MAX;
		tputc('[');
		print_uid(id);
		tputc(']');
	}
	return 0;
}

/* clone3's struct clone_args: the fields the flags make meaningful, as strace shows them. */
enum { CLONE_ARGS_VER0 = 64, CLONE_ARGS_VER1 = 80, CLONE_ARGS_VER2 = 88 };
#define CLONE_INTO_CGROUP_ 0x200000000ULL

static void print_clone3_set_tid(struct tracee *t, uint64_t addr, uint64_t n)
{
	tputs(", set_tid=");
	if (n > 32) {
		printaddr(addr);
	} else {
		int tids[32];
		if (umove_or_printaddr(t, addr, n * sizeof(int), tids) == 0) {
			tputc('[');
			for (uint64_t i = 0; i < n; i++)
				tprintf(i ? ", %d" : "%d", tids[i]);
			tputc(']');
		}
	}
	tprintf(", set_tid_size=%" PRIu64, n);
}

static void print_clone_args(struct tracee *t, uint64_t addr, uint64_t size)
{
	uint64_t a[11] = { 0 };

	if (size < CLONE_ARGS_VER0) {
		printaddr(addr);
		return;
	}
	if (umove_or_printaddr(t, addr, size < sizeof(a) ? size : sizeof(a), a) < 0)
		return;
	tputs("{flags=");
	printflags(&xlat_clone3_flags, a[0], NULL);
	if (a[0] & CLONE_PIDFD)
		tputs(", pidfd="), printaddr(a[1]);
	if (a[0] & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID))
		tputs(", child_tid="), printaddr(a[2]);
	if (a[0] & CLONE_PARENT_SETTID)
		tputs(", parent_tid="), printaddr(a[3]);
	tputs(", exit_signal=");
	if (a[4] && signal_name((int)a[4]) && a[4] < 128)
		print_signal((int)a[4]);
	else
		tprintf("%" PRIu64, a[4]);
	tputs(", stack=");
	printaddr(a[5]);
	tputs(", stack_size=");
	printnum_hex(a[6]);
	if (a[0] & CLONE_SETTLS)
		tputs(", tls="), printaddr(a[7]);
	if (size >= CLONE_ARGS_VER1 && a[9])
		print_clone3_set_tid(t, a[8], a[9]);
	if (size >= CLONE_ARGS_VER2 && ((a[0] & CLONE_INTO_CGROUP_) || a[10]))
		tprintf(", cgroup=%" PRIu64, a[10]);
	print_extra_bytes(t, addr, sizeof(a), size);
	tputc('}');
}

/* What the kernel wrote back through pidfd and parent_tid: " => {pidfd=[3], ...}". */
static void print_clone3_results(struct tracee *t, uint64_t addr)
{
	uint64_t a[4];
	int v, n = 0;

	if (umoven(t, addr, sizeof(a), a) < 0)
		return;
	tputs(" => {");
	if ((a[0] & CLONE_PIDFD) && umoven(t, a[1], sizeof(v), &v) == 0)
		tprintf("%spidfd=[%d]", n++ ? ", " : "", v);
	if ((a[0] & CLONE_PARENT_SETTID) && umoven(t, a[3], sizeof(v), &v) == 0) {
		tprintf("%sparent_tid=[", n++ ? ", " : "");
		print_pid(v);
		tputc(']');
	}
	tputc('}');
}

int dec_clone3(struct tracee *t)
{
	uint64_t addr = arg_ulong(t, 0), size = arg_ulong(t, 1), flags = 0;

	if (entering(t)) {
		print_clone_args(t, addr, size);
		if (size >= CLONE_ARGS_VER0 && umoven(t, addr, sizeof(flags), &flags) == 0 &&
		    (flags & (CLONE_PIDFD | CLONE_PARENT_SETTID)))
			return 0;
		tprintf(", %" PRIu64, size);
		return DEC_DONE;
	}
	if (!t->err)
		print_clone3_results(t, addr);
	tprintf(", %" PRIu64, size);
	return 0;
}

/* struct rusage: two timevals and fourteen longs of the tracee's word size. */
static void print_rusage(struct tracee *t, uint64_t addr)
{
	static const char *const names[] = {
		"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
		"ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
		"ru_nvcsw", "ru_nivcsw"
	};
	unsigned w = tracee_word_bits(t) / 8;
	unsigned char buf[18 * 8];
	int64_t v[18];

	if (umove_or_printaddr(t, addr, 18 * w, buf) < 0)
		return;
	for (int i = 0; i < 18; i++) {
		if (w == 8) {
			memcpy(&v[i], buf + 8 * i, 8);
		} else {
			int32_t x;
			memcpy(&x, buf + 4 * i, 4);
			v[i] = x;
		}
	}
	tprintf("{ru_utime={tv_sec=%" PRId64 ", tv_usec=%" PRIu64 "}, ru_stime={tv_sec=%"
		PRId64 ", tv_usec=%" PRIu64 "}", v[0], time_frac(v[1], w * 8), v[2],
		time_frac(v[3], w * 8));
	if (style_abbrev()) {
		tputs(", ...}");
		return;
	}
	for (int i = 0; i < 14; i++)
		tprintf(", %s=%" PRId64, names[i], v[4 + i]);
	tputc('}');
}

static void print_rusage_at_exit(struct tracee *t, uint64_t addr)
{
	if (t->err || !addr)
		printaddr(addr);
	else
		print_rusage(t, addr);
}

int dec_getrusage(struct tracee *t)
{
	if (entering(t)) {
		printxval(&xlat_rusage_who, (uint32_t)arg_int(t, 0), NULL);
		tputs(", ");
		return 0;
	}
	print_rusage_at_exit(t, arg_ulong(t, 1));
	return 0;
}

/* waitid fills a siginfo: all zero when WNOHANG found no child to report, printed {}. */
static void print_waitid_info(struct tracee *t, uint64_t addr)
{
	siginfo_t si;

	if (t->err || !addr || umove_siginfo(t, addr, &si) < 0) {
		printaddr(addr);
		return;
	}
	tputc('{');
	if (si.si_signo)
		print_siginfo_fields(t, &si);
	tputc('}');
}

/* A process for P_PID, a process group (translated by pidns, not named) for P_PGID. */
static void print_waitid_id(int which, int id)
{
	if (which == P_PGID)
		print_pgid(id);
	else
		print_pid_if(which == P_PID, id);
}

int dec_waitid(struct tracee *t)
{
	if (entering(t)) {
		printxval(&xlat_waitid_which, (unsigned)arg_int(t, 0), NULL);
		tputs(", ");
		print_waitid_id(arg_int(t, 0), arg_int(t, 1));
		tputs(", ");
		return 0;
	}
	print_waitid_info(t, arg_ulong(t, 2));
	tputs(", ");
	printflags(&xlat_wait_options, (unsigned)arg_int(t, 3), NULL);
	tputs(", ");
	print_rusage_at_exit(t, arg_ulong(t, 4));
	return 0;
}

/*
 * capget/capset: a version and pid, then one (v1) or two (v2, v3) triples of 32-bit masks.
 * strace prints a mask as two sets of flags, "1<<CAP_CHOWN|..." for the low word and the
 * high word's after it; the sets are made once from the capability numbers' list.
 */
static const struct xlat *cap_word_set(int high)
{
	static struct xlat_entry e[2][32];
	static struct xlat sets[2] = {
		{ e[0], 0, "cap_mask0", "CAP_???" }, { e[1], 0, "cap_mask1", "CAP_???" },
	};

	if (!sets[0].n && !sets[1].n) {
		for (unsigned i = 0; i < xlat_capabilities.n; i++) {
			const struct xlat_entry *c = &xlat_capabilities.e[i];
			struct xlat *x = &sets[c->val >= 32];
			char *name;

			if (c->val >= 64 || x->n >= 32 || asprintf(&name, "1<<%s", c->name) < 0)
				continue;
			e[c->val >= 32][x->n++] = (struct xlat_entry){ 1ULL << (c->val % 32), name, NULL };
		}
	}
	return &sets[high];
}

static void print_cap_mask(uint32_t lo, uint32_t hi)
{
	if (lo || !hi)
		printflags(cap_word_set(0), lo, NULL);
	if (lo && hi)
		tputc('|');
	if (hi)
		printflags(cap_word_set(1), hi, NULL);
}

static int print_cap_header(struct tracee *t, uint64_t addr, uint32_t *version)
{
	uint32_t h[2];

	if (umove_or_printaddr(t, addr, sizeof(h), h) < 0)
		return -1;
	tputs("{version=");
	printxval(&xlat_cap_versions, h[0], NULL);
	tputs(", pid=");
	print_pid((int)h[1]);
	tputc('}');
	*version = h[0];
	return 0;
}

static void print_cap_data(struct tracee *t, uint64_t addr, uint32_t version)
{
	uint32_t d[6] = { 0 };
	unsigned n = version == 0x19980330 ? 1 : 2;

	if (!addr || umove_or_printaddr(t, addr, n * 12, d) < 0) {
		if (!addr)
			printaddr(addr);
		return;
	}
	tputs("{effective=");
	print_cap_mask(d[0], d[3]);
	tputs(", permitted=");
	print_cap_mask(d[1], d[4]);
	tputs(", inheritable=");
	print_cap_mask(d[2], d[5]);
	tputc('}');
}

int dec_capget(struct tracee *t)
{
	uint32_t *version = call_memo(t, uint32_t);	/* the header's, 0 when unread */

	if (entering(t)) {
		if (print_cap_header(t, arg_ulong(t, 0), version) < 0)
			*version = 0;
		tputs(", ");
		return 0;
	}
	if (t->err || !*version)
		printaddr(arg_ulong(t, 1));
	else
		print_cap_data(t, arg_ulong(t, 1), *version);
	return 0;
}

int dec_capset(struct tracee *t)
{
	uint32_t version = 0;

	if (exiting(t))
		return 0;
	if (print_cap_header(t, arg_ulong(t, 0), &version) < 0) {
		tputs(", ");
		printaddr(arg_ulong(t, 1));
		return DEC_DONE;
	}
	tputs(", ");
	print_cap_data(t, arg_ulong(t, 1), version);
	return DEC_DONE;
}

/* struct sched_param holds one int; sched_{get,set}param print it through their signatures. */
void print_struct_sched_param(struct tracee *t, uint64_t addr)
{
	int prio;

	if (umove_or_printaddr(t, addr, sizeof(prio), &prio) == 0)
		tprintf("{sched_priority=%d}", prio);
}

/*
 * A policy as sched_setscheduler takes it and sched_getscheduler returns it: the policy in
 * the low bits, SCHED_RESET_ON_FORK (a flag, not a policy) on top.
 */
#define SCHED_RESET_ON_FORK_BIT 0x40000000u

static void sched_policy_names(uint64_t v)
{
	uint32_t policy = (uint32_t)v & ~SCHED_RESET_ON_FORK_BIT;

	out_mark(OUT_MARK_CONST);	/* one constant to --color, flag and policy */
	if (v & SCHED_RESET_ON_FORK_BIT)
		tputs("SCHED_RESET_ON_FORK|");
	tputs(xlat_name(&xlat_sched_policies, policy));
	out_mark(OUT_MARK_END);
}

static int sched_policy_known(uint32_t v)
{
	return xlat_name(&xlat_sched_policies, v & ~SCHED_RESET_ON_FORK_BIT) != NULL;
}

static void print_sched_policy(uint32_t v)
{
	if (!sched_policy_known(v)) {
		tprintf(print_style()->xlat == XLAT_RAW ? "%#x" : "%#x /* SCHED_??? */", v);
		return;
	}
	if (!print_number_styled(v ? "%#llx" : "%llu", v, sched_policy_names))
		sched_policy_names(v);
}

int dec_sched_setscheduler(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_pid(arg_int(t, 0));
	tputs(", ");
	print_sched_policy((uint32_t)arg_ulong(t, 1));
	tputs(", ");
	print_struct_sched_param(t, arg_ulong(t, 2));
	return DEC_DONE;
}

/* the policy's names after the number in hex, whatever -X says: "= 0x3 (SCHED_BATCH)" */
static void print_sched_policy_rval(struct tracee *t)
{
	tputs(" (");
	sched_policy_names((uint64_t)t->rval);
	tputc(')');
}

int dec_sched_getscheduler(struct tracee *t)
{
	if (entering(t)) {
		print_pid(arg_int(t, 0));
		return 0;
	}
	if (t->err || !sched_policy_known((uint32_t)t->rval))
		return RVAL_HEX;
	t->auxfn = print_sched_policy_rval;
	return RVAL_HEX | RVAL_STR;
}

/* struct sched_attr: 48 bytes in its first version, 56 with the utilization clamps. */
/*
 * struct sched_attr, len bytes of it (48 to 56). As strace: the policy only when neither
 * SCHED_FLAG_KEEP_* is set, the parameters unless SCHED_FLAG_KEEP_PARAMS is, and "..." when
 * the struct given is larger than the fields known (more).
 */
enum { SCHED_ATTR_VER0 = 48, SCHED_ATTR_VER1 = 56, KEEP_POLICY_ = 0x08, KEEP_PARAMS_ = 0x10 };

static void print_sched_attr(struct tracee *t, uint64_t addr, uint32_t len, int more)
{
	struct {
		uint32_t size, policy;
		uint64_t flags;
		int32_t nice;
		uint32_t prio;
		uint64_t runtime, deadline, period;
		uint32_t util_min, util_max;
	} a;

	if (len > sizeof(a))
		len = sizeof(a);
	if (len < SCHED_ATTR_VER0) {
		printaddr(addr);
		return;
	}
	if (umove_or_printaddr(t, addr, len, &a) < 0)
		return;
	tprintf("{size=%u", a.size);
	if (!(a.flags & (KEEP_POLICY_ | KEEP_PARAMS_))) {
		tputs(", sched_policy=");
		printxval(&xlat_sched_policies, a.policy, NULL);
	}
	tputs(", sched_flags=");
	printflags(&xlat_sched_flags, a.flags, NULL);
	if (!(a.flags & KEEP_PARAMS_))
		tprintf(", sched_nice=%d, sched_priority=%u, sched_runtime=%" PRIu64
			", sched_deadline=%" PRIu64 ", sched_period=%" PRIu64,
			a.nice, a.prio, a.runtime, a.deadline, a.period);
	if (len >= sizeof(a) && a.size >= sizeof(a))
		tprintf(", sched_util_min=%u, sched_util_max=%u", a.util_min, a.util_max);
	if (more)
		tputs(", ...");
	tputc('}');
}

int dec_sched_getattr(struct tracee *t)
{
	if (entering(t)) {
		print_pid(arg_int(t, 0));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		print_sched_attr(t, arg_ulong(t, 1), (uint32_t)arg_ulong(t, 2), 0);
	tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
	printflags(&xlat_sched_getattr_flags, (uint32_t)arg_ulong(t, 3),
		   xlat_unknown_text(&xlat_sched_getattr_flags));
	return 0;
}

/* The size the caller gives (0: the first version's); on E2BIG the kernel writes back the
 * size it knows: " => {size=56}". */
int dec_sched_setattr(struct tracee *t)
{
	uint64_t addr = arg_ulong(t, 1);
	uint32_t size, n;

	if (entering(t)) {
		print_pid(arg_int(t, 0));
		tputs(", ");
		if (umove_or_printaddr(t, addr, sizeof(size), &size) < 0)
			return 0;
		n = size ? size : SCHED_ATTR_VER0;
		if (n < SCHED_ATTR_VER0)
			tprintf("{size=%u}", size);
		else
			print_sched_attr(t, addr, n, n > SCHED_ATTR_VER1);
		return 0;
	}
	if (t->err == E2BIG && umoven(t, addr, sizeof(size), &size) == 0)
		tprintf(" => {size=%u}", size);
	tputs(", ");
	printnum_hex((uint32_t)arg_ulong(t, 2));	/* no flag has a name yet */
	return 0;
}

/* An I/O priority: IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4), the class in bits 13 and up. */
void print_ioprio(uint64_t v)
{
	out_mark(OUT_MARK_VERBATIM);	/* strace colours none of it: one word */
	tputs("IOPRIO_PRIO_VALUE(");
	printxval(&xlat_ioprio_class, (unsigned)v >> 13, NULL);
	tprintf(", %u)", (unsigned)v & 0x1fff);
	out_mark(OUT_MARK_END);
}

static void print_ioprio_rval(struct tracee *t)
{
	tputs(" (");
	print_ioprio((uint64_t)t->rval);
	tputc(')');
}

/* As waitid's: a process, a process group, or a user (printed bare). */
static void print_ioprio_who(int which, int who)
{
	if (which == IOPRIO_WHO_PGRP)
		print_pgid(who);
	else
		print_pid_if(which == IOPRIO_WHO_PROCESS, who);
}

int dec_ioprio_set(struct tracee *t)
{
	unsigned prio = (unsigned)arg_int(t, 2);

	if (exiting(t))
		return 0;
	printxval(&xlat_ioprio_who, (unsigned)arg_int(t, 0), NULL);
	tputs(", ");
	print_ioprio_who(arg_int(t, 0), arg_int(t, 1));
	tputs(", ");
	if (!print_number_styled_nested("%llu", prio, print_ioprio))	/* -X raw, verbose */
		print_ioprio(prio);
	return DEC_DONE;
}

/* getpriority/setpriority: who is a process only for PRIO_PROCESS (-Y names it then); a
 * process group is translated by --decode-pids=pidns, as strace 7.2 does, a user is not. */
static void print_priority_target(struct tracee *t)
{
	printxval(&xlat_priority_which, (unsigned)arg_int(t, 0), NULL);
	tputs(", ");
	if (arg_int(t, 0) == PRIO_PGRP)
		print_pgid(arg_int(t, 1));
	else
		print_pid_if(arg_int(t, 0) == PRIO_PROCESS, arg_int(t, 1));
}

int dec_getpriority(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_priority_target(t);
	return DEC_DONE;
}

int dec_setpriority(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_priority_target(t);
	tprintf(", %d", arg_int(t, 2));
	return DEC_DONE;
}

/* The priority returned is decoded in a comment, which strace leaves out under -X raw. */
int dec_ioprio_get(struct tracee *t)
{
	if (entering(t)) {
		printxval(&xlat_ioprio_who, (unsigned)arg_int(t, 0), NULL);
		tputs(", ");
		print_ioprio_who(arg_int(t, 0), arg_int(t, 1));
		return 0;
	}
	if (t->err || xlat_raw())
		return 0;
	t->auxfn = print_ioprio_rval;
	return RVAL_STR;
}

/* struct tms: four clock_t counts of the tracee's word size. */
int dec_times(struct tracee *t)
{
	static const char *const names[] = { "tms_utime", "tms_stime", "tms_cutime", "tms_cstime" };
	int64_t v[4];

	if (entering(t)) {
		/* -N: strace 7.2 names the buffer at entry and again at exit, "buf=buf=" */
		out_mark(OUT_MARK_ARGNAME);
		return 0;
	}
	if (t->err || !arg_ulong(t, 0)) {
		printaddr(arg_ulong(t, 0));
		return 0;
	}
	if (umove_longs(t, arg_ulong(t, 0), v, 4) < 0)
		return 0;
	tputc('{');
	for (int i = 0; i < 4; i++) {
		/* print_clock_t starts each field with ", " */
		if (i == 0) {
			tprintf("%s=%" PRId64, names[0], v[0]);
			if (v[0])
				tprintf(" /* %" PRId64 ".%02" PRId64 " s */", v[0] / 100, v[0] % 100);
			continue;
		}
		print_clock_t(names[i], (long)v[i]);
	}
	tputc('}');
	return RVAL_UDEC;
}

/* The kernel resumes the call a signal interrupted; strace names the last call it showed. */
int dec_restart_syscall(struct tracee *t)
{
	if (exiting(t))
		return 0;
	tprintf("<... resuming interrupted %s ...>",
		t->prev_se ? t->prev_se->name : "system call");
	return DEC_DONE;
}

/*
 * personality(2): the type byte by name, then the flags above it, a remainder with no
 * names in hex without a comment. The query 0xffffffff is a plain number; the persona the
 * call returns is decoded in a comment.
 */
static void print_persona(uint64_t v)
{
	uint64_t flags = v & ~(uint64_t)0xff;

	printxval(&xlat_personality_types, v & 0xff, NULL);
	if (!flags)
		return;
	tputc('|');
	if (xlat_any_flag_named(&xlat_personality_flags, flags))
		printflags(&xlat_personality_flags, flags, NULL);
	else
		tprintf("%#llx", (unsigned long long)flags);
}

static void print_persona_rval(struct tracee *t)
{
	tputs(" (");
	print_persona((uint32_t)t->rval);
	tputc(')');
}

int dec_personality(struct tracee *t)
{
	uint32_t v = (uint32_t)arg_ulong(t, 0);

	if (entering(t)) {
		if (v == 0xffffffff)
			tprintf("%#x", v);
		else
			print_persona(v);
		return 0;
	}
	if (t->err)
		return RVAL_HEX;
	t->auxfn = print_persona_rval;
	return RVAL_HEX | RVAL_STR;
}

/* get_robust_list: strace shows the pid at entry, the two pointers at exit */
int dec_get_robust_list(struct tracee *t)
{
	if (entering(t)) {
		print_arg(t, 0);
		return 0;
	}
	for (int i = 1; i < 3; i++) {
		tputs(", ");
		print_arg(t, i);
	}
	return 0;
}

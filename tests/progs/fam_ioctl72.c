/*
 * fam_ioctl72.c: the ioctl requests strace 7.2 decodes and 6.1 does not: pidfd's
 * PIDFD_GET_INFO and namespace requests, seccomp user notification's RECV, SEND and
 * ADDFD, PTP_SYS_OFFSET_EXTENDED's clock and PTP_CLOCK_GETCAPS's max_phase_adj, epoll's
 * busy-poll parameters, FS_IOC_SHUTDOWN and nsfs's pid translations, v4l2's ENUMINPUT
 * (all of struct v4l2_input), EXPBUF and QUERYMENU, printing the line strace 7.2 prints for each (tests/expect.py compares;
 * tests/progs/expect.h has the helpers). Most go to /dev/null, which refuses them; the
 * real PIDFD_GET_INFO goes to a pidfd of this process, and the expected line is made from
 * what the kernel answered (a kernel without it answers ENOTTY, which is expected too).
 *
 *   fam_ioctl72 [abbrev|raw|verbose] [inject] [GROUP...]   (no group: every group)
 *
 * With "inject" the case runs the tracer with -e inject=ioctl:retval=0: no call reaches the
 * kernel, each "succeeds", and what strace reads back at exit is the buffer as passed.
 */
#include "expect.h"

#include <fcntl.h>
#include <linux/ioctl.h>
#include <linux/ptp_clock.h>
#include <linux/videodev2.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>

#ifndef __NR_pidfd_open
#define __NR_pidfd_open 434
#endif

/* The requests, as the kernel's current headers build them (the build's may predate them). */
#define PIDFD_GET_INFO_SIZED(n) _IOC(_IOC_READ | _IOC_WRITE, 0xFF, 11, n)
#define PIDFD_GET_INFO PIDFD_GET_INFO_SIZED(88)
#define PIDFD_GET_PID_NAMESPACE _IO(0xFF, 5)
#define PIDFD_GET_UTS_NAMESPACE _IO(0xFF, 10)
#define NOTIF_RECV _IOWR('!', 0, struct notif)
#define NOTIF_SEND _IOWR('!', 1, struct notif_resp)
#define NOTIF_ADDFD _IOW('!', 3, struct notif_addfd)

struct pidfd_info {
	uint64_t mask, cgroupid;
	uint32_t pid, tgid, ppid, ruid, rgid, euid, egid, suid, sgid, fsuid, fsgid;
	int32_t exit_code;
	uint32_t coredump_mask, coredump_signal, coredump_code, spare;
	uint64_t supported_mask;
};

struct notif {
	uint64_t id;
	uint32_t pid, flags;
	int32_t nr;
	uint32_t arch;
	uint64_t ip, args[6];
};

struct notif_resp {
	uint64_t id;
	int64_t val;
	int32_t error;
	uint32_t flags;
};

struct notif_addfd {
	uint64_t id;
	uint32_t flags, srcfd, newfd, newfd_flags;
};

static int injected;
static int nul;

/* The result as the tracer shows it: the kernel's, or 0 (INJECTED). */
__attribute__((format(printf, 2, 3)))
static void expect_call(long rc, const char *fmt, ...)
{
	int err = errno;
	va_list ap;

	va_start(ap, fmt);
	vexpect(injected ? "0 (INJECTED)" : expect_rc(rc, err), fmt, ap);
	va_end(ap);
}

static long io(int fd, unsigned long req, const void *arg)
{
	return syscall(SYS_ioctl, fd, req, arg);
}

/* a request by name, in the style */
static const char *req_text(unsigned long req, const char *name)
{
	static char ring[4][128];
	static unsigned next;
	char *out = ring[next++ % 4];

	snprintf(out, sizeof(ring[0]), "%#lx", req);
	return expect_named(out, name);
}

/* bits of a flag set by name, in the style; 0 as 0 */
static const char *flags_text(uint64_t v, const char *const *names, unsigned n)
{
	static char ring[4][512];
	static unsigned next;
	char *out = ring[next++ % 4], names_buf[512] = "", hex[32];
	uint64_t rest = v;

	if (!v)
		return "0";
	for (unsigned i = 0; i < n; i++) {
		if (!(v & (1ULL << i)))
			continue;
		rest &= ~(1ULL << i);
		snprintf(names_buf + strlen(names_buf), sizeof(names_buf) - strlen(names_buf),
			 "%s%s", names_buf[0] ? "|" : "", names[i]);
	}
	if (rest)
		snprintf(names_buf + strlen(names_buf), sizeof(names_buf) - strlen(names_buf),
			 "%s%#llx", names_buf[0] ? "|" : "", (unsigned long long)rest);
	snprintf(hex, sizeof(hex), "%#llx", (unsigned long long)v);
	snprintf(out, sizeof(ring[0]), "%s", expect_named(hex, names_buf));
	return out;
}

static const char *const info_bits[] = {
	"PIDFD_INFO_PID", "PIDFD_INFO_CREDS", "PIDFD_INFO_CGROUPID", "PIDFD_INFO_EXIT",
	"PIDFD_INFO_COREDUMP", "PIDFD_INFO_SUPPORTED_MASK", "PIDFD_INFO_COREDUMP_SIGNAL",
	"PIDFD_INFO_COREDUMP_CODE"
};
static const char *const coredump_bits[] = {
	"PIDFD_COREDUMPED", "PIDFD_COREDUMP_SKIP", "PIDFD_COREDUMP_USER", "PIDFD_COREDUMP_ROOT"
};

static const char *mask_text(uint64_t v)
{
	return flags_text(v, info_bits, 8);
}

/* a uid as strace shows it: -1 for all bits */
static const char *id_text(uint32_t id)
{
	static char ring[8][16];
	static unsigned next;
	char *out = ring[next++ % 8];

	if (id == UINT32_MAX)
		return "-1";
	snprintf(out, sizeof(ring[0]), "%u", id);
	return out;
}

/* what a wait status looks like in the exit_code field; the statuses this program uses */
static const char *status_text(int s)
{
	static char out[128];

	if ((s & 0x7f) == 0)
		snprintf(out, sizeof(out), "[{WIFEXITED(s) && WEXITSTATUS(s) == %d}]", s >> 8);
	else
		snprintf(out, sizeof(out), "[{WIFSIGNALED(s) && WTERMSIG(s) == %s%s}]",
			 (s & 0x7f) == SIGKILL ? "SIGKILL" : "SIGSEGV",
			 s & 0x80 ? " && WCOREDUMP(s)" : "");
	return out;
}

/* The fields of a pidfd_info the mask says are there, within size, as strace prints them. */
static void info_fields(char *out, size_t len, const struct pidfd_info *i, size_t size)
{
	uint64_t m = i->mask;
	size_t n = strlen(out);

#define ADD(...) (n += snprintf(out + n, len - n, __VA_ARGS__))
	if (m & 4)
		ADD(", cgroupid=%llu", (unsigned long long)i->cgroupid);
	if (m & 1)
		ADD(", pid=%d, tgid=%d, ppid=%d", (int)i->pid, (int)i->tgid, (int)i->ppid);
	if (m & 2)
		ADD(", ruid=%s, rgid=%s, euid=%s, egid=%s, suid=%s, sgid=%s, fsuid=%s, fsgid=%s",
		    id_text(i->ruid), id_text(i->rgid), id_text(i->euid), id_text(i->egid),
		    id_text(i->suid), id_text(i->sgid), id_text(i->fsuid), id_text(i->fsgid));
	if (m & 8)
		ADD(", exit_code=%s", status_text(i->exit_code));
	if (size >= 72 && (m & 0x10))
		ADD(", coredump_mask=%s", flags_text(i->coredump_mask, coredump_bits, 4));
	if (size >= 72 && (m & 0x40))
		ADD(", coredump_signal=%s", expect_named("9", "SIGKILL"));
	if (size >= 80 && (m & 0x80))
		ADD(", coredump_code=%d", (int)i->coredump_code);
	if (size >= 88 && (m & 0x20))
		ADD(", supported_mask=%s", mask_text(i->supported_mask));
#undef ADD
}

/* The real request on a pidfd of this process, the line made from what came back. */
static void pidfd_real(void)
{
	static struct pidfd_info info;
	char text[2048];
	int pidfd = syscall(__NR_pidfd_open, getpid(), 0);
	long rc;

	if (pidfd < 0)
		return;
	info.mask = 1;
	rc = io(pidfd, PIDFD_GET_INFO, &info);
	snprintf(text, sizeof(text), "ioctl(%d, %s, {mask=%s", pidfd,
		 req_text(PIDFD_GET_INFO, "PIDFD_GET_INFO"), mask_text(1));
	if (rc == 0) {
		if (info.mask != 1)
			snprintf(text + strlen(text), sizeof(text) - strlen(text), " => %s",
				 mask_text(info.mask));
		info_fields(text, sizeof(text), &info, 88);
	}
	expect(rc, "%s})", text);
	close(pidfd);
}

/* Requests on /dev/null: refused, or "successful" under injection with the buffer as set. */
static void pidfd_null(void)
{
	static struct pidfd_info info;
	static const size_t sizes[] = { 64, 72, 80, 88, 96 };
	char text[2048], ioc[64], hex[32];
	long rc;

	memset(&info, 0x11, sizeof(info));
	info.mask = 0xff;
	info.pid = -1;
	info.ruid = -1;
	info.exit_code = 0x8b;
	info.coredump_mask = 0xf4;
	info.coredump_signal = SIGKILL;
	info.coredump_code = 18;
	info.supported_mask = 0xffffffff00000006ULL;
	for (size_t s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++) {
		unsigned long req = PIDFD_GET_INFO_SIZED(sizes[s]);

		snprintf(ioc, sizeof(ioc), "_IOC(_IOC_READ|_IOC_WRITE, 0xff, 0xb, %#zx)", sizes[s]);
		snprintf(hex, sizeof(hex), "%#lx", req);
		rc = io(nul, req, &info);
		snprintf(text, sizeof(text), "ioctl(%d, %s, {mask=%s", nul,
			 sizes[s] == 88 ? req_text(req, "PIDFD_GET_INFO") : expect_named(hex, ioc),
			 mask_text(info.mask));
		if (injected)
			info_fields(text, sizeof(text), &info, sizes[s]);
		expect_call(rc, "%s})", text);
	}
	info.mask = 0x40;
	rc = io(nul, PIDFD_GET_INFO, &info);
	snprintf(text, sizeof(text), "ioctl(%d, %s, {mask=%s", nul,
		 req_text(PIDFD_GET_INFO, "PIDFD_GET_INFO"), mask_text(info.mask));
	if (injected)
		info_fields(text, sizeof(text), &info, 88);
	expect_call(rc, "%s})", text);
	/* too small for any version: the address */
	rc = io(nul, PIDFD_GET_INFO_SIZED(56), &info);
	snprintf(hex, sizeof(hex), "%#lx", (unsigned long)PIDFD_GET_INFO_SIZED(56));
	expect_call(rc, "ioctl(%d, %s, %p)", nul,
		    expect_named(hex, "_IOC(_IOC_READ|_IOC_WRITE, 0xff, 0xb, 0x38)"), (void *)&info);
	rc = io(nul, PIDFD_GET_INFO, NULL);
	expect_call(rc, "ioctl(%d, %s, NULL)", nul, req_text(PIDFD_GET_INFO, "PIDFD_GET_INFO"));
	rc = syscall(SYS_ioctl, nul, PIDFD_GET_PID_NAMESPACE, 0);
	expect_call(rc, "ioctl(%d, %s, 0)", nul,
		    req_text(PIDFD_GET_PID_NAMESPACE, "PIDFD_GET_PID_NAMESPACE"));
	rc = syscall(SYS_ioctl, nul, PIDFD_GET_UTS_NAMESPACE, 0);
	expect_call(rc, "ioctl(%d, %s, 0)", nul,
		    req_text(PIDFD_GET_UTS_NAMESPACE, "PIDFD_GET_UTS_NAMESPACE"));
}

/* struct seccomp_notif as strace prints it; nr and arch as this program sets them */
static void notif_text(char *out, size_t len, const struct notif *n, const char *nr,
		       const char *arch)
{
	snprintf(out, len, "{id=%#llx, pid=%u, flags=%#x, data={nr=%s, arch=%s, "
		 "instruction_pointer=%#llx, args=[0x1, 0x2, 0, 0, 0, 0xffffffffffffffff]}}",
		 (unsigned long long)n->id, n->pid, n->flags, nr, arch,
		 (unsigned long long)n->ip);
}

static void seccomp_notif(void)
{
	static struct notif n;
	static struct notif_resp r = { 0x55, -1, -13, 1 };
	static struct notif_addfd a = { 9, 3, 0, 7, 02000000 };
	char text[1024], recv_hex[32];
	long rc;

	snprintf(recv_hex, sizeof(recv_hex), "%#lx", (unsigned long)NOTIF_RECV);
	rc = io(nul, NOTIF_RECV, &n);
	if (injected)
		expect_call(rc, "ioctl(%d, %s, {id=0, pid=0, flags=0, data={nr=0, arch=%s, "
			    "instruction_pointer=NULL, args=[0, 0, 0, 0, 0, 0]}})", nul,
			    req_text(NOTIF_RECV, "SECCOMP_IOCTL_NOTIF_RECV"),
			    expect_unknown("0", "AUDIT_ARCH_???"));
	else
		expect_call(rc, "ioctl(%d, %s, %p)", nul,
			    req_text(NOTIF_RECV, "SECCOMP_IOCTL_NOTIF_RECV"), (void *)&n);
	n.id = 0x1234;
	n.pid = 42;
	n.flags = 5;
	n.nr = 59;
	n.arch = 0xc000003e;
	n.ip = 0x401000;
	n.args[0] = 1;
	n.args[1] = 2;
	n.args[5] = -1;
	notif_text(text, sizeof(text), &n, expect_named("59", "__NR_execve"),
		   expect_named("0xc000003e", "AUDIT_ARCH_X86_64"));
	rc = io(nul, NOTIF_RECV, &n);
	if (injected)
		expect_call(rc, "ioctl(%d, %s, %s => %s)", nul,
			    req_text(NOTIF_RECV, "SECCOMP_IOCTL_NOTIF_RECV"), text, text);
	else
		expect_call(rc, "ioctl(%d, %s, %s => %p)", nul,
			    req_text(NOTIF_RECV, "SECCOMP_IOCTL_NOTIF_RECV"), text, (void *)&n);
	n.nr = 11;
	n.arch = 0x40000003;
	notif_text(text, sizeof(text), &n, expect_style == EXPECT_RAW ? "11" : "11 /* execve */",
		   expect_named("0x40000003", "AUDIT_ARCH_I386"));
	rc = io(nul, NOTIF_RECV, &n);
	if (!injected)
		expect_call(rc, "ioctl(%d, %s, %s => %p)", nul,
			    req_text(NOTIF_RECV, "SECCOMP_IOCTL_NOTIF_RECV"), text, (void *)&n);
	else
		expect_call(rc, "ioctl(%d, %s, %s => %s)", nul,
			    req_text(NOTIF_RECV, "SECCOMP_IOCTL_NOTIF_RECV"), text, text);
	rc = io(nul, NOTIF_RECV, NULL);
	expect_call(rc, "ioctl(%d, %s, NULL)", nul,
		    req_text(NOTIF_RECV, "SECCOMP_IOCTL_NOTIF_RECV"));

	rc = io(nul, NOTIF_SEND, &r);
	expect_call(rc, "ioctl(%d, %s, {id=0x55, val=-1, error=%s, flags=%s})", nul,
		    req_text(NOTIF_SEND, "SECCOMP_IOCTL_NOTIF_SEND"),
		    expect_style == EXPECT_RAW ? "-13" :
		    expect_style == EXPECT_VERBOSE ? "-13 /* -EACCES */" : "-EACCES",
		    expect_named("0x1", "SECCOMP_USER_NOTIF_FLAG_CONTINUE"));
	r.error = 5;
	r.flags = 8;
	rc = io(nul, NOTIF_SEND, &r);
	expect_call(rc, "ioctl(%d, %s, {id=0x55, val=-1, error=5, flags=%s})", nul,
		    req_text(NOTIF_SEND, "SECCOMP_IOCTL_NOTIF_SEND"),
		    expect_unknown("0x8", "SECCOMP_USER_NOTIF_FLAG_???"));

	rc = io(nul, NOTIF_ADDFD, &a);
	expect_call(rc, "ioctl(%d, %s, {id=0x9, flags=%s, srcfd=0, newfd=7, newfd_flags=%s})", nul,
		    req_text(NOTIF_ADDFD, "SECCOMP_IOCTL_NOTIF_ADDFD"),
		    expect_named("0x3", "SECCOMP_ADDFD_FLAG_SETFD|SECCOMP_ADDFD_FLAG_SEND"),
		    expect_named("0x80000", "O_CLOEXEC"));
	a.flags = 0x100;
	a.newfd_flags = 02000002;
	rc = io(nul, NOTIF_ADDFD, &a);
	expect_call(rc, "ioctl(%d, %s, {id=0x9, flags=%s, srcfd=0, newfd=7, newfd_flags=%s})", nul,
		    req_text(NOTIF_ADDFD, "SECCOMP_IOCTL_NOTIF_ADDFD"),
		    expect_unknown("0x100", "SECCOMP_ADDFD_FLAG_???"),
		    expect_named("0x80002", "O_CLOEXEC|0x2"));
}

/* The comment strace adds after a time: its date in local time. */
static const char *date_comment(time_t sec, unsigned nsec)
{
	static char out[128];
	char when[64], zone[16];
	struct tm tm;

	localtime_r(&sec, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%S", &tm);
	strftime(zone, sizeof(zone), "%z", &tm);
	if (nsec)
		snprintf(out, sizeof(out), " /* %s.%09u%s */", when, nsec, zone);
	else
		snprintf(out, sizeof(out), " /* %s%s */", when, zone);
	return out;
}

/* PTP: the clock of PTP_SYS_OFFSET_EXTENDED, the capabilities' max_phase_adj */
/* the reserved words strace 7.2 shows when they are not 0, where 6.1 read max_phase_adj and
 * the clock id as reserved */
static void ptp_reserved(void)
{
	static struct ptp_clock_caps caps = { .max_adj = 1 };
	static struct ptp_sys_offset_extended se = { .n_samples = 0 };
	static const uint32_t caps_rsv[11] = { [2] = 5, [10] = 0x10 };
	static const uint32_t se_rsv[2] = { 0, 3 };
	char hex[32];
	long rc;

	memcpy((char *)&caps + 36, caps_rsv, sizeof(caps_rsv));
	memcpy((char *)&se + 8, se_rsv, sizeof(se_rsv));
	snprintf(hex, sizeof(hex), "%#lx", (unsigned long)PTP_CLOCK_GETCAPS2);
	rc = io(nul, PTP_CLOCK_GETCAPS2, &caps);
	if (injected)
		expect_call(rc, "ioctl(%d, %s, {max_adj=1, n_alarm=0, n_ext_ts=0, n_per_out=0, "
			    "pps=0, n_pins=0, cross_timestamping=0, adjust_phase=0, "
			    "max_phase_adj=0, rsv=[0, 0, 0x5, 0, 0, 0, 0, 0, 0, 0, 0x10]})", nul,
			    expect_named(hex, "PTP_CLOCK_GETCAPS2"));
	else
		expect_call(rc, "ioctl(%d, %s, %p)", nul, expect_named(hex, "PTP_CLOCK_GETCAPS2"),
			    (void *)&caps);
	snprintf(hex, sizeof(hex), "%#lx", (unsigned long)PTP_SYS_OFFSET_EXTENDED2);
	rc = io(nul, PTP_SYS_OFFSET_EXTENDED2, &se);
	expect_call(rc, "ioctl(%d, %s, {n_samples=0, clockid=%s, rsv=[0, 0x3]%s})", nul,
		    expect_named(hex, "PTP_SYS_OFFSET_EXTENDED2"),
		    expect_named("0", "CLOCK_REALTIME"), injected ? ", ts=[]" : "");
}

static void ptp(void)
{
	static struct ptp_clock_caps caps = {
		.max_adj = 1, .n_alarm = 2, .n_ext_ts = 3, .n_per_out = 4, .pps = 1, .n_pins = 5,
		.cross_timestamping = 1, .adjust_phase = 1
	};
	static struct ptp_sys_offset_extended se = { .n_samples = 2 };
	static const int32_t monotonic = 1, max_phase_adj = 100;
	char hex[32], d7[128], d9[128];
	long rc;

	/* the fields older headers call reserved: the clock id, max_phase_adj */
	memcpy((char *)&se + 4, &monotonic, sizeof(monotonic));
	memcpy((char *)&caps + 32, &max_phase_adj, sizeof(max_phase_adj));
	se.ts[0][0].sec = 7;
	se.ts[1][2].nsec = 9;
	snprintf(d7, sizeof(d7), "%s", date_comment(7, 0));
	snprintf(d9, sizeof(d9), "%s", date_comment(0, 9));
	rc = io(nul, PTP_CLOCK_GETCAPS, &caps);
	if (injected)
		expect_call(rc, "ioctl(%d, %s, {max_adj=1, n_alarm=2, n_ext_ts=3, n_per_out=4, "
			    "pps=1, n_pins=5, cross_timestamping=1, adjust_phase=1, "
			    "max_phase_adj=100%s})", nul, req_text(PTP_CLOCK_GETCAPS, "PTP_CLOCK_GETCAPS"),
			    expect_style == EXPECT_RAW ? "" : " /* 0.000000100 s */");
	else
		expect_call(rc, "ioctl(%d, %s, %p)", nul,
			    req_text(PTP_CLOCK_GETCAPS, "PTP_CLOCK_GETCAPS"), (void *)&caps);
	snprintf(hex, sizeof(hex), "%#lx", (unsigned long)PTP_SYS_OFFSET_EXTENDED);
	rc = io(nul, PTP_SYS_OFFSET_EXTENDED, &se);
	if (injected)
		expect_call(rc, "ioctl(%d, %s, {n_samples=2, clockid=%s, ts=[[{sec=7, nsec=0}%s, "
			    "{sec=0, nsec=0}, {sec=0, nsec=0}], [{sec=0, nsec=0}, {sec=0, nsec=0}, "
			    "{sec=0, nsec=9}%s]]})", nul,
			    expect_named(hex, "PTP_SYS_OFFSET_EXTENDED"),
			    expect_named("0x1", "CLOCK_MONOTONIC"),
			    expect_style == EXPECT_RAW ? "" : d7, expect_style == EXPECT_RAW ? "" : d9);
	else
		expect_call(rc, "ioctl(%d, %s, {n_samples=2, clockid=%s})", nul,
			    expect_named(hex, "PTP_SYS_OFFSET_EXTENDED"),
			    expect_named("0x1", "CLOCK_MONOTONIC"));
	ptp_reserved();
}

/* epoll's busy-poll parameters, set and read back on a real epoll descriptor */
struct epoll_params_ {
	uint32_t busy_poll_usecs;
	uint16_t busy_poll_budget;
	uint8_t prefer_busy_poll, pad;
};
#define EPIOCSPARAMS_ _IOW(0x8A, 0x01, struct epoll_params_)
#define EPIOCGPARAMS_ _IOR(0x8A, 0x02, struct epoll_params_)

static const char *epoll_params_text(const struct epoll_params_ *p)
{
	static char out[256];
	char secs[64] = "", prefer[16] = "0", pad[32] = "";

	if (p->busy_poll_usecs && expect_style != EXPECT_RAW)
		snprintf(secs, sizeof(secs), " /* %u.%06u s */", p->busy_poll_usecs / 1000000,
			 p->busy_poll_usecs % 1000000);
	if (p->prefer_busy_poll)
		snprintf(prefer, sizeof(prefer), "%#x", p->prefer_busy_poll);
	if (p->pad)
		snprintf(pad, sizeof(pad), ", __pad=%#x", p->pad);
	snprintf(out, sizeof(out), "{busy_poll_usecs=%u%s, busy_poll_budget=%u, "
		 "prefer_busy_poll=%s%s}", p->busy_poll_usecs, secs, p->busy_poll_budget, prefer,
		 pad);
	return out;
}

static void epoll_params(void)
{
	static struct epoll_params_ p = { 1500000, 8, 1, 0 };
	int ep = epoll_create1(0);
	char hex_s[32], hex_g[32];
	long rc;

	snprintf(hex_s, sizeof(hex_s), "%#lx", (unsigned long)EPIOCSPARAMS_);
	snprintf(hex_g, sizeof(hex_g), "%#lx", (unsigned long)EPIOCGPARAMS_);
	rc = io(ep, EPIOCSPARAMS_, &p);
	expect_call(rc, "ioctl(%d, %s, %s)", ep, expect_named(hex_s, "EPIOCSPARAMS"),
		    epoll_params_text(&p));
	p.prefer_busy_poll = 0;
	p.pad = 3;
	rc = io(ep, EPIOCSPARAMS_, &p);
	expect_call(rc, "ioctl(%d, %s, %s)", ep, expect_named(hex_s, "EPIOCSPARAMS"),
		    epoll_params_text(&p));
	memset(&p, 0xff, sizeof(p));
	rc = io(ep, EPIOCGPARAMS_, &p);
	if (rc == 0 || injected)
		expect_call(rc, "ioctl(%d, %s, %s)", ep, expect_named(hex_g, "EPIOCGPARAMS"),
			    epoll_params_text(&p));
	else
		expect_call(rc, "ioctl(%d, %s, %p)", ep, expect_named(hex_g, "EPIOCGPARAMS"),
			    (void *)&p);
	close(ep);
}

/* FS_IOC_SHUTDOWN's mode (6.1 named the code F2FS_IOC_SHUTDOWN), nsfs's pid translations */
static void fs_ns(void)
{
	static unsigned int mode;
	char hex[32];
	long rc;

	snprintf(hex, sizeof(hex), "%#x", 0x8004587du);
	for (mode = 0; mode < 4; mode++) {
		static const char *const names[] = {
			"FS_SHUTDOWN_FLAGS_DEFAULT", "FS_SHUTDOWN_FLAGS_LOGFLUSH",
			"FS_SHUTDOWN_FLAGS_NOLOGFLUSH"
		};
		char num[16];

		snprintf(num, sizeof(num), mode ? "%#x" : "%u", mode);
		rc = io(nul, 0x8004587d, &mode);
		expect_call(rc, "ioctl(%d, %s, [%s])", nul, expect_named(hex, "FS_IOC_SHUTDOWN"),
			    mode < 3 ? expect_named(num, names[mode]) :
			    expect_unknown(num, "FS_SHUTDOWN_FLAGS_???"));
	}
	rc = io(nul, 0x8004587d, NULL);
	expect_call(rc, "ioctl(%d, %s, NULL)", nul, expect_named(hex, "FS_IOC_SHUTDOWN"));
	rc = syscall(SYS_ioctl, nul, 0x8004b706UL, 5UL);
	expect_call(rc, "ioctl(%d, %s, 5)", nul, expect_named("0x8004b706", "NS_GET_PID_FROM_PIDNS"));
	rc = syscall(SYS_ioctl, nul, 0x8004b709UL, -1UL);
	expect_call(rc, "ioctl(%d, %s, -1)", nul, expect_named("0x8004b709", "NS_GET_TGID_IN_PIDNS"));
}

/* v4l2: what 6.1 left out of VIDIOC_ENUMINPUT, and the two requests it did not decode */
static void v4l2(void)
{
	static struct v4l2_input in = { 1, "Camera 1", V4L2_INPUT_TYPE_CAMERA, 3, 0,
		V4L2_STD_PAL_B | V4L2_STD_PAL_B1 | (1ULL << 40), V4L2_IN_ST_NO_POWER | V4L2_IN_ST_HFLIP,
		V4L2_IN_CAP_STD, { 0 } };
	static struct v4l2_exportbuffer eb = { V4L2_BUF_TYPE_VIDEO_CAPTURE, 2, 1,
		O_RDWR | O_CLOEXEC, 7, { 0 } };
	static struct v4l2_querymenu qm = { V4L2_CID_POWER_LINE_FREQUENCY, 2, { "60 Hz" }, 0 };
	char hex[32], value[32], flags[32];
	int64_t menu_value;
	long rc;

	snprintf(hex, sizeof(hex), "%#lx", (unsigned long)VIDIOC_ENUMINPUT);
	rc = io(nul, VIDIOC_ENUMINPUT, &in);
	if (injected)
		expect_call(rc, "ioctl(%d, %s, {index=1, name=\"Camera 1\", type=%s, audioset=0x3, "
			    "tuner=0, std=%s, status=%s, capabilities=%s})", nul,
			    expect_named(hex, "VIDIOC_ENUMINPUT"),
			    expect_named("0x2", "V4L2_INPUT_TYPE_CAMERA"),
			    expect_named("0x10000000003",
					 "V4L2_STD_PAL_B|V4L2_STD_PAL_B1|0x10000000000"),
			    expect_named("0x11", "V4L2_IN_ST_NO_POWER|V4L2_IN_ST_HFLIP"),
			    expect_named("0x4", "V4L2_IN_CAP_STD"));
	else
		expect_call(rc, "ioctl(%d, %s, {index=1})", nul,
			    expect_named(hex, "VIDIOC_ENUMINPUT"));
	snprintf(hex, sizeof(hex), "%#lx", (unsigned long)VIDIOC_EXPBUF);
	snprintf(flags, sizeof(flags), "%#x", O_RDWR | O_CLOEXEC);
	rc = io(nul, VIDIOC_EXPBUF, &eb);
	expect_call(rc, "ioctl(%d, %s, {type=%s, index=2, plane=1, flags=%s}%s)", nul,
		    expect_named(hex, "VIDIOC_EXPBUF"),
		    expect_named("0x1", "V4L2_BUF_TYPE_VIDEO_CAPTURE"),
		    expect_named(flags, "O_RDWR|O_CLOEXEC"), injected ? " => {fd=7}" : "");
	snprintf(hex, sizeof(hex), "%#lx", (unsigned long)VIDIOC_QUERYMENU);
	memcpy(&menu_value, qm.name, sizeof(menu_value));
	snprintf(value, sizeof(value), "%lld", (long long)menu_value);
	rc = io(nul, VIDIOC_QUERYMENU, &qm);
	expect_call(rc, "ioctl(%d, %s, {id=%s, index=2}%s%s%s)", nul,
		    expect_named(hex, "VIDIOC_QUERYMENU"),
		    expect_named("0x980918", "V4L2_CID_POWER_LINE_FREQUENCY"),
		    injected ? " => {name=\"60 Hz\", value=" : "", injected ? value : "",
		    injected ? "}" : "");
}

int main(int argc, char **argv)
{
	int first = expect_args(argc, argv);

	if (first < argc && !strcmp(argv[first], "inject")) {
		injected = 1;
		first++;
	}
	nul = open("/dev/null", O_RDONLY);
	if (expect_group(argc, argv, first, "pidfd")) {
		if (!injected)
			pidfd_real();
		pidfd_null();
	}
	if (expect_group(argc, argv, first, "seccomp"))
		seccomp_notif();
	if (expect_group(argc, argv, first, "ptp"))
		ptp();
	if (expect_group(argc, argv, first, "epoll"))
		epoll_params();
	if (expect_group(argc, argv, first, "fs"))
		fs_ns();
	if (expect_group(argc, argv, first, "v4l2"))
		v4l2();
	return expect_done();
}

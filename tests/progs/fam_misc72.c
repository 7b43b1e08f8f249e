/*
 * fam_misc72.c: the smaller decoders strace 7.2 has and 6.1 lacks or prints shorter
 * (landlock's newer ruleset fields and net port rules, ...), each called with valid, short,
 * unreadable and unknown arguments, printing the line strace 7.2 prints for it
 * (tests/expect.py compares; tests/progs/expect.h has the helpers). Traced in
 * tests/integration/misc72.cmake.
 *
 *   fam_misc72 [abbrev|raw|verbose] [GROUP...]
 *
 * Groups: landlock; prctl (every call failing with ENOSYS, injected: the case gives
 * -e inject=prctl:error=ENOSYS) and prctl_ok (the same with retval=0: the returned values
 * named), abbrev only.
 */
#include "expect.h"

#include <stdint.h>
#include <sys/syscall.h>

#define NR_landlock_create_ruleset 444
#define NR_landlock_add_rule 445
#define NR_landlock_restrict_self 446

/* the names of LANDLOCK_ACCESS_FS_* 0x1 .. 0x10000, in bit order */
static const char *const fs_names[] = {
	"EXECUTE", "WRITE_FILE", "READ_FILE", "READ_DIR", "REMOVE_DIR", "REMOVE_FILE",
	"MAKE_CHAR", "MAKE_DIR", "MAKE_REG", "MAKE_SOCK", "MAKE_FIFO", "MAKE_BLOCK",
	"MAKE_SYM", "REFER", "TRUNCATE", "IOCTL_DEV", "RESOLVE_UNIX",
};
static const char *const net_names[] = {
	"BIND_TCP", "CONNECT_TCP", "BIND_UDP", "CONNECT_SEND_UDP",
};
static const char *const scope_names[] = { "ABSTRACT_UNIX_SOCKET", "SIGNAL" };

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A bit set as strace prints it in the case's style: names joined by |, with a hex
 * remainder, or the ??? comment when no bit has a name. Rotating buffers. */
static const char *bits(uint64_t v, const char *prefix, const char *const *names, size_t n)
{
	static char ring[8][2048];
	static unsigned next;
	char *out = ring[next++ % 8], number[32], text[1024] = "";
	uint64_t rest = v;
	size_t i;

	if (!v)
		return "0";
	snprintf(number, sizeof(number), "%#llx", (unsigned long long)v);
	for (i = 0; i < n; i++) {
		if (!(v & (1ULL << i)))
			continue;
		rest &= ~(1ULL << i);
		snprintf(text + strlen(text), sizeof(text) - strlen(text), "%s%s%s",
			 *text ? "|" : "", prefix, names[i]);
	}
	if (!*text) {
		char unknown[64];

		snprintf(unknown, sizeof(unknown), "%s???", prefix);
		snprintf(out, sizeof(ring[0]), "%s", expect_unknown(number, unknown));
		return out;
	}
	if (rest)
		snprintf(text + strlen(text), sizeof(text) - strlen(text), "|%#llx",
			 (unsigned long long)rest);
	/* expect_named's buffers are too short for these sets */
	if (expect_style == EXPECT_RAW)
		snprintf(out, sizeof(ring[0]), "%s", number);
	else if (expect_style == EXPECT_ABBREV)
		snprintf(out, sizeof(ring[0]), "%s", text);
	else
		snprintf(out, sizeof(ring[0]), "%s /* %s */", number, text);
	return out;
}

static const char *fs(uint64_t v)
{
	return bits(v, "LANDLOCK_ACCESS_FS_", fs_names, COUNT(fs_names));
}

static const char *net(uint64_t v)
{
	return bits(v, "LANDLOCK_ACCESS_NET_", net_names, COUNT(net_names));
}

static const char *scope(uint64_t v)
{
	return bits(v, "LANDLOCK_SCOPE_", scope_names, COUNT(scope_names));
}

/* struct landlock_ruleset_attr as 7.2 knows it: six u64 bit sets */
static const char *ruleset_names[] = {
	"handled_access_fs", "handled_access_net", "scoped",
	"quiet_access_fs", "quiet_access_net", "quiet_scoped",
};

/* The ruleset attribute of size bytes at addr (a copy of it in v): the fields that start
 * inside size, each read as far as size reaches, and ", ..." past the six. */
static const char *ruleset(const void *addr, const uint64_t *v, size_t size)
{
	static char out[4096];
	size_t len = size < 48 ? size : 48;

	if (size < 8)
		return expect_ptr(addr);
	strcpy(out, "{");
	for (size_t i = 0; i * 8 < len; i++) {
		uint64_t x = 0;
		size_t k = len - i * 8 < 8 ? len - i * 8 : 8;

		memcpy(&x, v + i, k);
		snprintf(out + strlen(out), sizeof(out) - strlen(out), "%s%s=%s", i ? ", " : "",
			 ruleset_names[i], i % 3 == 0 ? fs(x) : i % 3 == 1 ? net(x) : scope(x));
	}
	strcat(out, size > 48 ? ", ...}" : "}");
	return out;
}

static const char *create_flags(unsigned f)
{
	static const char *const names[] = { "VERSION", "ERRATA" };

	return bits(f, "LANDLOCK_CREATE_RULESET_", names, COUNT(names));
}

static void create_ruleset(const void *attr, const uint64_t *copy, size_t size, unsigned flags)
{
	long rc = syscall(NR_landlock_create_ruleset, attr, size, flags);

	expect(rc, "landlock_create_ruleset(%s, %zu, %s)",
	       attr ? ruleset(attr, copy, size) : "NULL", size, create_flags(flags));
	if (rc >= 0 && !flags)
		close((int)rc);
}

static void landlock(void)
{
	uint64_t ra[64] = { 0x6, 0x3, 0x3, 0x1ffff, 0x7, 0x9 };
	uint64_t port[2] = { 0x1, 8080 };
	void *guard = expect_guard_page();
	uint64_t *tail = expect_tail(guard, 16);
	static const unsigned restrict_flags[] = { 0, 1, 4, 0xff, 0x80000000 };
	static const size_t sizes[] = { 8, 9, 16, 20, 24, 32, 40, 48, 56, 512, 7, 4 };
	int fd;
	long rc;

	for (unsigned f = 1; f < 6; f++)
		create_ruleset(NULL, NULL, 0, f == 5 ? 0xff : f);
	for (size_t i = 0; i < COUNT(sizes); i++)
		create_ruleset(ra, ra, sizes[i], 0);
	ra[0] = ~0ULL;
	ra[1] = 0xff;
	ra[2] = 0xff;
	ra[4] = ~0ULL;
	create_ruleset(ra, ra, 48, 0);
	memcpy(tail, ra, 16);
	create_ruleset(tail, tail, 16, 0);
	/* partly readable: only the address */
	rc = syscall(NR_landlock_create_ruleset, tail, 24, 0);
	expect(rc, "landlock_create_ruleset(%s, 24, 0)", expect_ptr(tail));

	ra[0] = 0x6;
	fd = (int)syscall(NR_landlock_create_ruleset, ra, 8, 0);
	expect(fd, "landlock_create_ruleset(%s, 8, 0)", ruleset(ra, ra, 8));
	rc = syscall(NR_landlock_add_rule, fd, 2, port, 0);
	expect(rc, "landlock_add_rule(%d, %s, {allowed_access=%s, port=8080}, 0)", fd,
	       expect_named("0x2", "LANDLOCK_RULE_NET_PORT"), net(port[0]));
	port[0] = 0xff;
	port[1] = 0x123456789ULL;
	rc = syscall(NR_landlock_add_rule, fd, 2, port, 1);
	expect(rc, "landlock_add_rule(%d, %s, {allowed_access=%s, port=4886718345}, %s)", fd,
	       expect_named("0x2", "LANDLOCK_RULE_NET_PORT"), net(port[0]),
	       expect_named("0x1", "LANDLOCK_ADD_RULE_QUIET"));
	rc = syscall(NR_landlock_add_rule, fd, 2, tail + 1, 0);
	expect(rc, "landlock_add_rule(%d, %s, %s, 0)", fd,
	       expect_named("0x2", "LANDLOCK_RULE_NET_PORT"), expect_ptr(tail + 1));
	rc = syscall(NR_landlock_add_rule, fd, 2, guard, 0);
	expect(rc, "landlock_add_rule(%d, %s, %s, 0)", fd,
	       expect_named("0x2", "LANDLOCK_RULE_NET_PORT"), expect_ptr(guard));
	for (size_t i = 0; i < COUNT(restrict_flags); i++) {
		char number[16];

		snprintf(number, sizeof(number), restrict_flags[i] ? "%#x" : "0", restrict_flags[i]);
		rc = syscall(NR_landlock_restrict_self, -1, restrict_flags[i]);
		expect(rc, "landlock_restrict_self(-1, %s)", number);
	}
	close(fd);
}

/* A prctl the case makes fail with an injected ENOSYS, and the line strace 7.2 prints. */
static void prctl_fails(const char *args, long op, long a1, long a2, long a3, long a4)
{
	char call[512];

	syscall(SYS_prctl, op, a1, a2, a3, a4);
	snprintf(call, sizeof(call), "prctl(%s)", args);
	printf("%-*s = -1 ENOSYS (Function not implemented) (INJECTED)\n", EXPECT_COLUMN, call);
}

/* The options and sub-operations strace 7.2 decodes past 6.1 (its prctl_layouts). */
static void prctl_options(void)
{
	prctl_fails("PR_SVE_SET_VL, 0x10", 50, 0x10, 0, 0, 0);
	prctl_fails("PR_SVE_SET_VL, PR_SVE_VL_INHERIT|0x10", 50, 0x20010, 0, 0, 0);
	prctl_fails("PR_SVE_SET_VL, 0x80000|0", 50, 0x80000, 0, 0, 0);
	prctl_fails("PR_SVE_SET_VL, PR_SVE_SET_VL_ONEXEC|PR_SVE_VL_INHERIT|0xfff90000|0xffff",
		    50, 0xffffffff, 0, 0, 0);
	prctl_fails("PR_SME_SET_VL, PR_SME_SET_VL_ONEXEC|0", 63, 0x40000, 0, 0, 0);
	prctl_fails("PR_SET_SPECULATION_CTRL, 0x7 /* PR_SPEC_??? */, 0x10", 53, 7, 0x10, 0, 0);
	prctl_fails("PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0x1 /* PR_SPEC_??? */",
		    53, 0, 1, 0, 0);
	prctl_fails("PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, PR_SPEC_DISABLE", 53, 0, 4, 0, 0);
	prctl_fails("PR_SET_TAGGED_ADDR_CTRL, !PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_NONE|"
		    "0x2<<PR_MTE_TAG_SHIFT, 0, 0, 0", 55, 0x10, 0, 0, 0);
	prctl_fails("PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_MASK|"
		    "0xffff<<PR_MTE_TAG_SHIFT|0xfff80000, 0, 0, 0", 55, 0xffffffff, 0, 0, 0);
	prctl_fails("PR_PAC_SET_ENABLED_KEYS, PR_PAC_APIAKEY|PR_PAC_APIBKEY|PR_PAC_APDAKEY|"
		    "PR_PAC_APDBKEY|0x10, PR_PAC_APIAKEY|PR_PAC_APIBKEY, 0, 0", 60, 0x1f, 3, 0, 0);
	prctl_fails("PR_PAC_SET_ENABLED_KEYS, 0x10 /* PR_PAC_??? */, 0, 0, 0", 60, 0x10, 0, 0, 0);
	prctl_fails("PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0 /* PIDTYPE_PID */, NULL", 62, 0, 0, 0, 0);
	prctl_fails("PR_RISCV_V_SET_CONTROL, 0x3|0x3<<2|PR_RISCV_V_VSTATE_CTRL_INHERIT|0xe0",
		    69, 0xff, 0, 0, 0);
	prctl_fails("PR_RISCV_V_GET_CONTROL", 70, 0, 0, 0, 0);
	prctl_fails("PR_RISCV_SET_ICACHE_FLUSH_CTX, PR_RISCV_CTX_SW_FENCEI_OFF, "
		    "PR_RISCV_SCOPE_PER_THREAD", 71, 1, 1, 0, 0);
	prctl_fails("PR_RISCV_SET_ICACHE_FLUSH_CTX, 0x2 /* PR_RISCV_CTX_??? */, "
		    "0x2 /* PR_RISCV_SCOPE_??? */", 71, 2, 2, 0, 0);
	prctl_fails("PR_PPC_GET_DEXCR, PR_PPC_DEXCR_NPHIE, 0, 0, 0", 72, 3, 0, 0, 0);
	prctl_fails("PR_PPC_SET_DEXCR, PR_PPC_DEXCR_IBRTPD, PR_PPC_DEXCR_CTRL_EDITABLE|"
		    "PR_PPC_DEXCR_CTRL_CLEAR_ONEXEC, 0, 0", 73, 1, 0x11, 0, 0);
	prctl_fails("PR_SET_THP_DISABLE, 1, 0, 0, 0", 41, 1, 0, 0, 0);
	prctl_fails("PR_SET_IO_FLUSHER, 1, 0, 0, 0", 57, 1, 0, 0, 0);
	prctl_fails("PR_RSEQ_SLICE_EXTENSION, 0, 0, 0, 0", 79, 0, 0, 0, 0);
	prctl_fails("PR_SET_CFI, 0x1, 0, 0, 0", 81, 1, 0, 0, 0);
}

/* With retval=0 injected: the values the getters return, named after them. */
static void prctl_returns(void)
{
	static const struct {
		const char *line;
		long op, a1;
	} calls[] = {
		{ "prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0) = 0 "
		  "(!PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_NONE)", 56, 0 },
		{ "prctl(PR_RISCV_V_GET_CONTROL)           = 0 (PR_RISCV_V_VSTATE_CTRL_DEFAULT|"
		  "PR_RISCV_V_VSTATE_CTRL_DEFAULT<<2|!PR_RISCV_V_VSTATE_CTRL_INHERIT)", 70, 0 },
		{ "prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS) = 0 (PR_SPEC_NOT_AFFECTED)",
		  52, 0 },
	};

	for (size_t i = 0; i < COUNT(calls); i++) {
		syscall(SYS_prctl, calls[i].op, calls[i].a1, 0L, 0L, 0L);
		printf("%s (INJECTED)\n", calls[i].line);
	}
}

int main(int argc, char **argv)
{
	int first = expect_args(argc, argv);

	if (expect_group(argc, argv, first, "landlock"))
		landlock();
	if (first < argc && expect_group(argc, argv, first, "prctl"))
		prctl_options();
	if (first < argc && expect_group(argc, argv, first, "prctl_ok"))
		prctl_returns();
	return expect_done();
}

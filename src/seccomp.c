/*
 * seccomp.c: the in-kernel filter. When only some calls are traced, the command strc starts
 * gets a seccomp-bpf program before its execve that makes the kernel stop it (SECCOMP_RET_TRACE)
 * at those calls only and let every other call run without a stop. The tracer then resumes
 * tracees with PTRACE_CONT, and with PTRACE_SYSCALL only from a seccomp stop, to see the
 * call's exit. The program is built from the generated syscall tables, one block per
 * architecture strc knows; an architecture it does not know stops at every call.
 *
 * Only with -f: the filter is inherited, so every descendant needs strc as its tracer (see
 * seccomp_wanted()). The filter also stops at clone and clone3, whatever is traced, for
 * children made with CLONE_UNTRACED (seccomp_untraced_clone()).
 */
#include <asm/unistd.h>
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <unistd.h>

#include "filter.h"
#include "strc.h"
#include "sysids.h"

#define MAX_INSNS BPF_MAXINSNS

static struct sock_filter insns[MAX_INSNS];
static unsigned ninsns;
static int too_long;
static int decided = -1;	/* seccomp_wanted()'s answer, once computed */
static int active;		/* the command's filter is in place: tracees run between stops */

/* The calls the kernel must stop at: the traced ones, the injected ones, -k's. */
static int must_stop(int id)
{
	if (id < 0)
		return trace_selected(-1);
	if (trace_selected(id) || id == SYS_clone || id == SYS_clone3)
		return 1;
	for (int i = 0; i < ninject_rules(); i++)
		if (inject_rule_at(i)->set.on[id])
			return 1;
	/* -k keeps its view of the executable mappings and of exec from these calls' exits */
	return opt.stack_trace && (sysent[id].flags & (SF_EXEC | SF_MAPS));
}

static unsigned emit(unsigned short code, unsigned char jt, unsigned char jf, uint32_t k)
{
	if (ninsns >= MAX_INSNS) {
		too_long = 1;
		return ninsns;
	}
	insns[ninsns] = (struct sock_filter)BPF_JUMP(code, k, jt, jf);
	return ninsns++;
}

static uint32_t action(int stop)
{
	return stop ? SECCOMP_RET_TRACE : SECCOMP_RET_ALLOW;
}

/* A jump over everything up to `to`, patched once `to` is known. */
static void patch_jump(unsigned at, unsigned to)
{
	if (at < MAX_INSNS)
		insns[at].k = to - at - 1;
}

/* nr in [lo, hi] gets the action other than the block's default. */
static void emit_run(uint32_t lo, uint32_t hi, int stop)
{
	if (lo == hi) {
		emit(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, lo);
	} else {
		emit(BPF_JMP | BPF_JGE | BPF_K, 0, 2, lo);
		emit(BPF_JMP | BPF_JGT | BPF_K, 1, 0, hi);
	}
	emit(BPF_RET | BPF_K, 0, 0, action(stop));
}

static int stop_for_nr(const struct arch_table *a, uint32_t nr)
{
	const struct sysent *se = syscall_lookup(a, (uint64_t)a->nr_base + nr);

	/* the call a multiplexer carries is known only after the stop (src/subcall.c) */
	if (se && (se == &sysent[SYS_socketcall] || se == &sysent[SYS_ipc]))
		return 1;
	return must_stop(se ? (int)(se - sysent) : -1);
}

/*
 * One architecture's numbers, the syscall number loaded: the numbers not in the table get
 * the unknown-call action (the block's default), the runs of numbers that differ from it are
 * listed.
 */
static void emit_arch_block(const struct arch_table *a)
{
	int dflt = must_stop(-1);
	uint32_t lo = 0;
	int in_run = 0;

	for (uint32_t nr = 0; nr <= a->nmap; nr++) {
		int differs = nr < a->nmap && stop_for_nr(a, nr) != dflt;

		if (differs && !in_run)
			lo = nr;
		else if (!differs && in_run)
			emit_run(a->nr_base + lo, a->nr_base + nr - 1, !dflt);
		in_run = differs;
	}
	for (unsigned i = 0; i < a->nextra; i++) {
		uint32_t nr = a->extra[i].nr;

		if (stop_for_nr(a, nr) != dflt)
			emit_run(a->nr_base + nr, a->nr_base + nr, !dflt);
	}
	emit(BPF_RET | BPF_K, 0, 0, action(dflt));
}

/*
 * Architectures that share an AUDIT_ARCH value (x86_64 and x32) are told apart by the number
 * base the kernel adds: numbers at or above a base belong to that architecture's block.
 */
static void emit_audit_group(uint32_t audit)
{
	unsigned skip_group, to_block[ARCH_COUNT];
	const struct arch_table *based[ARCH_COUNT], *plain = NULL;
	int nbased = 0;

	emit(BPF_LD | BPF_W | BPF_ABS, 0, 0, offsetof(struct seccomp_data, arch));
	emit(BPF_JMP | BPF_JEQ | BPF_K, 1, 0, audit);
	skip_group = emit(BPF_JMP | BPF_JA, 0, 0, 0);
	emit(BPF_LD | BPF_W | BPF_ABS, 0, 0, offsetof(struct seccomp_data, nr));
	for (int i = 0; i < ARCH_COUNT; i++) {
		const struct arch_table *a = &arch_tables[i];

		if (a->audit_arch != audit)
			continue;
		if (!a->nr_base) {
			if (!plain)
				plain = a;
			continue;
		}
		based[nbased] = a;
		emit(BPF_JMP | BPF_JGE | BPF_K, 0, 1, a->nr_base);
		to_block[nbased++] = emit(BPF_JMP | BPF_JA, 0, 0, 0);
	}
	if (plain)
		emit_arch_block(plain);
	else
		emit(BPF_RET | BPF_K, 0, 0, SECCOMP_RET_TRACE);
	for (int i = 0; i < nbased; i++) {
		patch_jump(to_block[i], ninsns);
		emit_arch_block(based[i]);
	}
	patch_jump(skip_group, ninsns);
}

static void build_program(void)
{
	for (int i = 0; i < ARCH_COUNT; i++) {
		int seen = 0;

		for (int j = 0; j < i; j++)
			seen |= arch_tables[j].audit_arch == arch_tables[i].audit_arch;
		if (!seen)
			emit_audit_group(arch_tables[i].audit_arch);
	}
	/* an architecture strc has no table for: stop at everything */
	emit(BPF_RET | BPF_K, 0, 0, SECCOMP_RET_TRACE);
}

/* --seccomp-bpf with -p: strace's message, before any other (it checks -f first) */
void seccomp_attach_warning(void)
{
	if (opt.npids && opt.seccomp > 1)
		warnx_(opt.follow ? "--seccomp-bpf is not enabled for processes attached with -p"
			: "--seccomp-bpf cannot be used without -f/--follow-forks, disabling");
}

int seccomp_wanted(void)
{
	if (decided >= 0)
		return decided;
	decided = 0;
	if (!opt.seccomp)
		return 0;
	if (!opt.follow) {
		/*
		 * The command's children inherit the filter, and a call it stops at fails with
		 * ENOSYS when no tracer is there: without -f they would have to stay traced,
		 * unable to use ptrace themselves, and strc would wait for the last of them.
		 * strace refuses it too (with -p, seccomp_attach_warning has said so).
		 */
		if (opt.seccomp > 1 && !opt.npids)
			warnx_("--seccomp-bpf cannot be used without -f/--follow-forks, disabling");
		return 0;
	}
	if (trace_all_selected()) {
		if (opt.seccomp > 1)
			warnx_("Seccomp filter is requested but there are no syscalls to filter.  "
			       "See -e trace to filter syscalls.");
		return 0;
	}
	if (opt.npids)
		return 0;
	if (opt.syscall_limit) {
		/* the tracees are let go at the limit, and would keep the filter */
		if (opt.seccomp > 1)
			warnx_("--seccomp-bpf is not enabled because it is not compatible with "
			       "--syscall-limit");
		return 0;
	}
	if (opt.detach_on_execve) {
		/* a process let go would keep the filter, and its traced calls would fail */
		if (opt.seccomp > 1)
			warnx_("--seccomp-bpf is not enabled with -b execve");
		return 0;
	}
	build_program();
	if (too_long) {
		if (opt.seccomp > 1)
			warnx_("--seccomp-bpf is not enabled: the filter is too long");
		return 0;
	}
	decided = 1;
	return 1;
}

/* Kernels before 4.17 know no SPEC_ALLOW: without it then. */
static int try_install(unsigned flags, struct sock_fprog *prog)
{
	if (syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, flags, prog) == 0)
		return 0;
	if (errno != EINVAL || !flags)
		return -1;
	return syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog) == 0 ? 0 : -1;
}

/*
 * In the command's process, seized and about to execve. Without CAP_SYS_ADMIN the kernel
 * wants no_new_privs first; it is only set when needed, so a privileged strc leaves set-id
 * programs alone. On failure the tracer sees no successful seccomp() and stops at every
 * call as without the filter.
 */
void seccomp_install(void)
{
	struct sock_fprog prog = { .len = (unsigned short)ninsns, .filter = insns };
	/* the filter is no sandbox: the Speculative Store Bypass mitigation it would turn on
	 * by default slows the whole program down for nothing */
	unsigned flags = SECCOMP_FILTER_FLAG_SPEC_ALLOW;

	if (!seccomp_wanted())
		return;
	if (try_install(flags, &prog) == 0)
		return;
	if (errno == EACCES && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 &&
	    try_install(flags, &prog) == 0)
		return;
	if (opt.seccomp > 1)
		fprintf(stderr, "%s: --seccomp-bpf is not enabled: seccomp: %s\n",
			opt.progname, strerror(errno));
}

/* Watches the startup phase for the command's own seccomp() succeeding. */
void seccomp_note_exit(const struct tracee *t)
{
	if (decided == 1 && (t->flags & TF_STARTUP) && t->id == SYS_seccomp &&
	    t->args[0] == SECCOMP_SET_MODE_FILTER && t->rval == 0)
		active = 1;
}

unsigned long seccomp_ptrace_options(void)
{
	return seccomp_wanted() ? PTRACE_O_TRACESECCOMP : 0;
}

int seccomp_resume_request(const struct tracee *t)
{
	return active && !(t->flags & TF_IN_SYSCALL) ? PTRACE_CONT : PTRACE_SYSCALL;
}

int seccomp_active(void)
{
	return active;
}

/* The first argument of the call t is stopped at, rewritten; -1 where strc cannot. */
static int set_first_arg(struct tracee *t, uint64_t v)
{
#if defined(__x86_64__)
	size_t reg = t->arch->audit_arch == AUDIT_ARCH_I386 ?
		     offsetof(struct user_regs_struct, rbx) : offsetof(struct user_regs_struct, rdi);

	return ptrace(PTRACE_POKEUSER, t->pid, reg, (long)v) < 0 ? -1 : 0;
#elif defined(__i386__)
	return ptrace(PTRACE_POKEUSER, t->pid, offsetof(struct user_regs_struct, ebx),
		      (long)v) < 0 ? -1 : 0;
#else
	(void)t;
	(void)v;
	return -1;
#endif
}

/* clone3's flags live in the tracee's struct clone_args. */
static int clear_clone3_flag(struct tracee *t, uint64_t flag)
{
	uint64_t addr = t->args[0] + offsetof(struct clone_args, flags);
	long word;

	if (sizeof(long) < sizeof(uint64_t) || t->args[1] < sizeof(uint64_t))
		return -1;
	errno = 0;
	word = ptrace(PTRACE_PEEKDATA, t->pid, addr, 0);
	if (errno || !((uint64_t)word & flag))
		return -1;
	return ptrace(PTRACE_POKEDATA, t->pid, addr, (long)((uint64_t)word & ~flag)) < 0 ? -1 : 0;
}

/*
 * At the seccomp stop of a clone: a child made with CLONE_UNTRACED would inherit the filter
 * with no tracer to serve its stops, and its traced calls would fail with ENOSYS
 * (LeakSanitizer's stop-the-world thread meets this, and the program hangs at exit). The
 * flag is taken out so the kernel attaches the child; tracer.c follows it silently, since
 * strace, which has it untraced, shows nothing of it. Returns 1 when the flag was taken out.
 */
int seccomp_untraced_clone(struct tracee *t)
{
	if (!active)
		return 0;
	if (t->id == SYS_clone3)
		return clear_clone3_flag(t, CLONE_UNTRACED) == 0;
	if (t->id != SYS_clone || !(t->args[0] & CLONE_UNTRACED))
		return 0;
	return set_first_arg(t, t->args[0] & ~(uint64_t)CLONE_UNTRACED) == 0;
}

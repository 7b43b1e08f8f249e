/*
 * inject.c: -e inject= and -e fault=, acting on the rules src/qualify.c parsed.
 *
 * Invocations are counted per tracee and per syscall (and personality), as strace counts
 * them; the last rule naming a syscall is the one that applies to it. An error or return
 * value is injected by replacing the syscall number with -1 at entry, so the kernel skips
 * the call, and writing the result into the return register at exit. A signal is sent by
 * restarting the tracee from its entry stop with it; a delay holds the tracee stopped
 * while the others run, and the tracer loop restarts it when the time has come.
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <time.h>

#include <elf.h>

#include "abi.h"
#include "filter.h"
#include "strc.h"
#include "sysids.h"

/* A tracee's injection state: t->inject. */
struct inject_state {
	uint32_t *count[3];	/* per personality, invocations of each syscall so far */
	int tampered;		/* the call in progress is skipped: its result is ours */
	int delayed;		/* the call in progress is delayed */
	const struct inject_rule *rule;	/* the rule acting on it */
	int signal;		/* to send when the tracee is restarted */
	uint64_t hold_us;	/* to wait before restarting it */
	int delay_exit;		/* hold it at the exit stop too */
};

/* Tracees held stopped by a delay. */
struct held {
	struct tracee *t;
	struct timespec due;
	int sig;
};
static struct held *held;
static int nheld, held_size;

/* ---- registers, per architecture ---- */

#if defined(__x86_64__) || defined(__i386__)
/* Both 64-bit and compat (i386, x32) tracees are seen through the tracer's own regs. */
#ifdef __x86_64__
#define REG_NR offsetof(struct user_regs_struct, orig_rax)
#define REG_RET offsetof(struct user_regs_struct, rax)
#else
#define REG_NR offsetof(struct user_regs_struct, orig_eax)
#define REG_RET offsetof(struct user_regs_struct, eax)
#endif

static int set_syscall_nr(struct tracee *t, int64_t nr)
{
	return ptrace(PTRACE_POKEUSER, t->pid, REG_NR, (long)nr) < 0 ? -1 : 0;
}

static int set_return(struct tracee *t, int64_t v)
{
	return ptrace(PTRACE_POKEUSER, t->pid, REG_RET, (long)v) < 0 ? -1 : 0;
}

#elif defined(__aarch64__)
#include <asm/ptrace.h>

/* The number lives in a register set of its own; x0 (r0 for compat) holds the result. */
static int set_syscall_nr(struct tracee *t, int64_t nr)
{
	int n = (int)nr;
	struct iovec io = { &n, sizeof(n) };

	return ptrace(PTRACE_SETREGSET, t->pid, NT_ARM_SYSTEM_CALL, &io) < 0 ? -1 : 0;
}

static int set_return(struct tracee *t, int64_t v)
{
	union {
		struct user_pt_regs r64;
		uint32_t r32[18];
	} regs;
	struct iovec io = { &regs, sizeof(regs) };

	if (ptrace(PTRACE_GETREGSET, t->pid, NT_PRSTATUS, &io) < 0)
		return -1;
	if (io.iov_len == sizeof(regs.r64))
		regs.r64.regs[0] = (uint64_t)v;
	else
		regs.r32[0] = (uint32_t)v;
	return ptrace(PTRACE_SETREGSET, t->pid, NT_PRSTATUS, &io) < 0 ? -1 : 0;
}

#elif defined(__riscv) && __riscv_xlen == 64
#include <asm/ptrace.h>

/* a7 holds the number (the kernel reads it again after the entry stop), a0 the result. */
static int set_reg(struct tracee *t, size_t off, int64_t v)
{
	struct user_regs_struct regs;
	struct iovec io = { &regs, sizeof(regs) };

	if (ptrace(PTRACE_GETREGSET, t->pid, NT_PRSTATUS, &io) < 0)
		return -1;
	memcpy((char *)&regs + off, &v, sizeof(v));
	return ptrace(PTRACE_SETREGSET, t->pid, NT_PRSTATUS, &io) < 0 ? -1 : 0;
}

static int set_syscall_nr(struct tracee *t, int64_t nr)
{
	return set_reg(t, offsetof(struct user_regs_struct, a7), nr);
}

static int set_return(struct tracee *t, int64_t v)
{
	return set_reg(t, offsetof(struct user_regs_struct, a0), v);
}

#else
static int set_syscall_nr(struct tracee *t, int64_t nr)
{
	(void)t;
	(void)nr;
	errno = ENOSYS;
	return -1;
}

static int set_return(struct tracee *t, int64_t v)
{
	(void)t;
	(void)v;
	errno = ENOSYS;
	return -1;
}
#endif

/* ---- which invocations ---- */

static int pers_index(const struct tracee *t)
{
	unsigned p = arch_pers(t->arch);

	return p == PERS_64 ? 0 : p == PERS_32 ? 1 : 2;
}

/* The last rule naming t's call in its personality, or NULL. */
static const struct inject_rule *rule_for(const struct tracee *t)
{
	unsigned pers = arch_pers(t->arch);

	for (int i = ninject_rules() - 1; i >= 0; i--) {
		const struct inject_rule *r = inject_rule_at(i);

		if (sysset_has(&r->set, t->id, pers))
			return r;
	}
	return NULL;
}

/* Is invocation n (from 1) one that when=FIRST..LAST+STEP selects? */
int inject_when_matches(const struct inject_rule *r, uint32_t n)
{
	if (n < r->first || (r->last != WHEN_INFINITY && n > r->last))
		return 0;
	return (n - r->first) % r->step == 0;
}

static struct inject_state *state_of(struct tracee *t)
{
	if (!t->inject) {
		t->inject = calloc(1, sizeof(struct inject_state));
		if (!t->inject)
			die("out of memory");
	}
	return t->inject;
}

/* Counts t's call and returns its invocation number. */
static uint32_t count_call(struct inject_state *s, const struct tracee *t)
{
	int p = pers_index(t);

	if (!s->count[p]) {
		s->count[p] = calloc(SYS_COUNT, sizeof(uint32_t));
		if (!s->count[p])
			die("out of memory");
	}
	if (s->count[p][t->id] < UINT32_MAX)
		s->count[p][t->id]++;
	return s->count[p][t->id];
}

/* The number t's arch gives syscall id, or -1. */
static int64_t number_in_arch(const struct tracee *t, int id)
{
	const struct arch_table *a = t->arch;

	if (!a)
		return -1;
	for (unsigned nr = 0; nr < a->nmap; nr++)
		if (a->map[nr] == id)
			return (int64_t)(nr + a->nr_base);
	for (unsigned i = 0; i < a->nextra; i++)
		if (a->extra[i].id == id)
			return (int64_t)(a->extra[i].nr + a->nr_base);
	return -1;
}

void inject_on_entry(struct tracee *t)
{
	struct inject_state *s = t->inject;
	const struct inject_rule *r;

	if (s) {
		s->tampered = 0;
		s->delayed = 0;
		s->rule = NULL;
		s->delay_exit = 0;
	}
	if (!ninject_rules() || t->id < 0 || (t->flags & TF_STARTUP))
		return;
	r = rule_for(t);
	if (!r)
		return;
	s = state_of(t);
	if (!inject_when_matches(r, count_call(s, t)))
		return;
	s->rule = r;
	s->signal = r->signal;
	if (r->error || r->has_retval) {
		int64_t nr = r->has_syscall ? number_in_arch(t, r->syscall) : -1;

		s->tampered = set_syscall_nr(t, nr) == 0;
	}
	if (r->has_delay_enter)
		s->hold_us = r->delay_enter;
	s->delay_exit = r->has_delay_exit;
	s->delayed = r->has_delay_enter || r->has_delay_exit;
}

void inject_on_exit(struct tracee *t)
{
	struct inject_state *s = t->inject;
	const struct inject_rule *r;
	int64_t v;

	if (!s || !s->rule)
		return;
	r = s->rule;
	if (s->delay_exit)
		s->hold_us = r->delay_exit;
	if (!s->tampered)
		return;
	v = r->error ? -(int64_t)r->error : (int64_t)r->retval;
	if (tracee_word_bits(t) == 32)
		v = (int32_t)v;
	if (set_return(t, v) < 0) {
		s->tampered = 0;
		return;
	}
	t->rval = v;
	t->err = r->error;
}

/* strace's marks: the result was injected, the call was delayed. */
const char *inject_suffix(struct tracee *t)
{
	const struct inject_state *s = t->inject;

	if (!s)
		return "";
	if (s->tampered)
		return s->delayed ? " (INJECTED) (DELAYED)" : " (INJECTED)";
	return s->delayed ? " (DELAYED)" : "";
}

/* ---- delays ---- */

static void timespec_add_us(struct timespec *ts, uint64_t us)
{
	uint64_t sec = us / 1000000;

	if (sec > (uint64_t)INT32_MAX * 64)
		sec = (uint64_t)INT32_MAX * 64;	/* far enough: the end of any run */
	ts->tv_sec += (time_t)sec;
	ts->tv_nsec += (long)(us % 1000000) * 1000;
	if (ts->tv_nsec >= 1000000000) {
		ts->tv_sec++;
		ts->tv_nsec -= 1000000000;
	}
}

static int before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/*
 * SIGCHLD stays blocked once a tracee is held, so that inject_wait() can sleep on it
 * until the next stop or the next due restart without missing either.
 */
static void hold(struct tracee *t, uint64_t us, int sig)
{
	static int blocked;
	struct held *h;

	if (!blocked) {
		sigset_t set;

		sigemptyset(&set);
		sigaddset(&set, SIGCHLD);
		sigprocmask(SIG_BLOCK, &set, NULL);
		blocked = 1;
	}
	if (nheld == held_size) {
		held_size = held_size ? 2 * held_size : 8;
		held = realloc(held, held_size * sizeof(*held));
		if (!held)
			die("out of memory");
	}
	h = &held[nheld++];
	h->t = t;
	h->sig = sig;
	clock_gettime(CLOCK_MONOTONIC, &h->due);
	timespec_add_us(&h->due, us);
}

void inject_resume(struct tracee *t, void (*restart)(struct tracee *, int))
{
	struct inject_state *s = t->inject;
	int sig;

	if (!s) {
		restart(t, 0);
		return;
	}
	/*
	 * The kernel drops a signal given when resuming from a seccomp stop (only the
	 * syscall-entry stop turns it into a delivery): keep it for the exit stop.
	 */
	if (t->flags & TF_SECCOMP_STOP) {
		sig = 0;
	} else {
		sig = s->signal;
		s->signal = 0;
	}
	if (s->hold_us) {
		hold(t, s->hold_us, sig);
		s->hold_us = 0;
		return;
	}
	restart(t, sig);
}

int inject_resume_due(void (*restart)(struct tracee *, int))
{
	struct timespec now;

	if (!nheld)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &now);
	for (int i = 0; i < nheld;) {
		if (before(&now, &held[i].due)) {
			i++;
			continue;
		}
		struct held h = held[i];
		held[i] = held[--nheld];
		restart(h.t, h.sig);
	}
	return nheld > 0;
}

void inject_wait(void)
{
	struct timespec now, wait, next;
	sigset_t set;

	if (!nheld)
		return;
	next = held[0].due;
	for (int i = 1; i < nheld; i++)
		if (before(&held[i].due, &next))
			next = held[i].due;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!before(&now, &next))
		return;
	wait.tv_sec = next.tv_sec - now.tv_sec;
	wait.tv_nsec = next.tv_nsec - now.tv_nsec;
	if (wait.tv_nsec < 0) {
		wait.tv_sec--;
		wait.tv_nsec += 1000000000;
	}
	if (wait.tv_sec >= 1) {
		wait.tv_sec = 1;	/* look again now and then, whatever happens */
		wait.tv_nsec = 0;
	}
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigtimedwait(&set, NULL, &wait);
}

void inject_tracee_gone(struct tracee *t)
{
	struct inject_state *s = t->inject;

	for (int i = 0; i < nheld; i++)
		if (held[i].t == t)
			held[i--] = held[--nheld];
	if (!s)
		return;
	for (int p = 0; p < 3; p++)
		free(s->count[p]);
	free(s);
	t->inject = NULL;
}

/*
 * fam_signal.c: the signal family with varied arguments, errors, and signals the program
 * sends itself, traced by tests/integration/sigtime.cmake. Calls go through syscall(2)
 * where glibc would hide or rewrite the arguments.
 */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#define BAD ((void *)1)	/* an address nothing is mapped at */

/* The kernel's struct sigaction on x86_64 (not glibc's: its mask is 128 bytes). */
struct k_sigaction {
	void *handler;
	unsigned long flags;
	void *restorer;
	uint64_t mask;
};

static volatile int got;

static void on_signal(int sig)
{
	got = sig;
}

static void on_info(int sig, siginfo_t *si, void *uc)
{
	(void)si;
	(void)uc;
	got = sig;
}

static uint64_t bit(int sig)
{
	return 1ull << (sig - 1);
}

static void actions(void)
{
	struct sigaction sa, old;
	struct k_sigaction ka;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaddset(&sa.sa_mask, SIGINT);
	sigaddset(&sa.sa_mask, SIGTERM);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGINT, NULL, &old);
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	sigaction(SIGQUIT, &sa, &old);
	sa.sa_handler = SIG_DFL;
	sigaction(SIGQUIT, &sa, &old);
	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER | SA_RESETHAND;
	sigfillset(&sa.sa_mask);
	sigaction(SIGUSR2, &sa, NULL);
	sa.sa_flags = SA_NOCLDSTOP | SA_NOCLDWAIT;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, 40);
	sigaddset(&sa.sa_mask, SIGRTMIN);
	sigaction(SIGCHLD, &sa, &old);

	/* raw calls: no SA_RESTORER, odd flags, odd sizes, bad pointers */
	memset(&ka, 0, sizeof(ka));
	ka.handler = (void *)0x1234;
	ka.flags = 0x400;
	ka.mask = ~0ull;
	syscall(SYS_rt_sigaction, SIGHUP, &ka, NULL, 8);
	ka.flags = SA_RESTART | 0x800;
	ka.mask = ~0ull & ~bit(SIGKILL) & ~bit(SIGSTOP);
	syscall(SYS_rt_sigaction, SIGHUP, &ka, NULL, 8);
	ka.mask = bit(33) | bit(34) | bit(64) | bit(SIGHUP);
	syscall(SYS_rt_sigaction, SIGHUP, &ka, &ka, 8);
	syscall(SYS_rt_sigaction, SIGKILL, &ka, NULL, 8);
	syscall(SYS_rt_sigaction, 0, &ka, NULL, 8);
	syscall(SYS_rt_sigaction, 99, NULL, NULL, 8);
	syscall(SYS_rt_sigaction, SIGHUP, &ka, NULL, 16);
	syscall(SYS_rt_sigaction, SIGHUP, BAD, NULL, 8);
	syscall(SYS_rt_sigaction, SIGHUP, NULL, BAD, 8);
	syscall(SYS_rt_sigaction, 50, NULL, &ka, 8);
}

static void masks(void)
{
	uint64_t set, old;

	set = bit(SIGCHLD);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, &old, 8);
	set = 0;
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, NULL, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &old, 8);
	set = ~0ull;
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, &old, 8);
	set = ~0ull & ~(bit(32) | bit(33));
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, &old, 8);
	set = ~0ull & ~(bit(32) | bit(33) | bit(SIGKILL) | bit(SIGSTOP));
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, &old, 8);
	set = (~0ull >> 32) | bit(40);
	syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, &old, 8);
	set = 0xffffffffull;
	syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, &old, 8);
	syscall(SYS_rt_sigprocmask, 7, &set, &old, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, &old, 4);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, BAD, &old, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, BAD, 8);
	set = 0;
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, NULL, 8);
	syscall(SYS_rt_sigpending, &set, 8);
	syscall(SYS_rt_sigpending, BAD, 8);
	syscall(SYS_rt_sigpending, &set, 4);
}

static void sends(void)
{
	struct sigaction sa;
	union sigval v;
	siginfo_t si;
	pid_t me = getpid();

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, NULL);
	sigaction(SIGRTMIN + 2, &sa, NULL);
	raise(SIGUSR1);
	kill(me, SIGUSR2);
	v.sival_int = 42;
	sigqueue(me, SIGUSR1, v);
	v.sival_ptr = (void *)0xdeadbeef;
	sigqueue(me, SIGRTMIN + 2, v);
	syscall(SYS_tkill, me, SIGUSR1);
	syscall(SYS_tgkill, me, me, SIGUSR2);
	kill(me, 0);
	kill(-1234567, SIGTERM);
	kill(me, 77);
	syscall(SYS_tkill, -1, SIGUSR1);
	syscall(SYS_tgkill, me, 0, 0);

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = me;
	si.si_uid = 0;
	si.si_value.sival_int = 7;
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR1, &si);
	si.si_code = -42;
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR2, &si);
	si.si_code = SI_USER;
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR2, &si);
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR2, BAD);
	si.si_code = SI_MESGQ;
	syscall(SYS_rt_tgsigqueueinfo, me, me, SIGUSR2, &si);
	si.si_code = SI_TIMER;
	syscall(SYS_rt_tgsigqueueinfo, me, me, SIGUSR2, &si);
	si.si_code = -60;
	syscall(SYS_rt_tgsigqueueinfo, me, me, SIGUSR2, &si);
	si.si_signo = SIGCHLD;
	si.si_code = CLD_EXITED;
	si.si_status = 3;
	syscall(SYS_rt_tgsigqueueinfo, me, me, SIGCHLD, &si);
	si.si_signo = SIGSEGV;
	si.si_code = SEGV_MAPERR;
	syscall(SYS_rt_tgsigqueueinfo, me, me, SIGUSR2, &si);
	syscall(SYS_rt_tgsigqueueinfo, me, me, SIGUSR2, BAD);
}

static void waits(void)
{
	sigset_t set, old;
	struct timespec ts = { 0, 1000 };
	siginfo_t si;
	uint64_t k;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, &old);
	raise(SIGUSR1);
	syscall(SYS_rt_sigpending, &k, 8);
	syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8);
	syscall(SYS_rt_sigtimedwait, &set, &si, &ts, 8);
	syscall(SYS_rt_sigtimedwait, &set, NULL, NULL, 4);
	syscall(SYS_rt_sigtimedwait, BAD, &si, &ts, 8);
	kill(getpid(), SIGUSR2);
	syscall(SYS_rt_sigtimedwait, &set, &si, NULL, 8);	/* no timeout: waits, siginfo at exit */
	kill(getpid(), SIGUSR2);
	syscall(SYS_rt_sigtimedwait, &set, NULL, BAD, 8);
	raise(SIGUSR1);
	k = 0;
	syscall(SYS_rt_sigsuspend, &k, 8);
	syscall(SYS_rt_sigsuspend, BAD, 8);
	syscall(SYS_rt_sigsuspend, &k, 4);
	sigprocmask(SIG_SETMASK, &old, NULL);
}

static void stacks(void)
{
	static char mem[16384];
	stack_t ss, old;

	ss.ss_sp = mem;
	ss.ss_size = sizeof(mem);
	ss.ss_flags = 0;
	sigaltstack(&ss, &old);
	sigaltstack(NULL, &old);
	ss.ss_flags = SS_DISABLE;
	sigaltstack(&ss, NULL);
	ss.ss_flags = 4;
	sigaltstack(&ss, &old);
	ss.ss_flags = SS_ONSTACK | 0x10;
	sigaltstack(&ss, NULL);
	ss.ss_size = 10;
	ss.ss_flags = 0;
	sigaltstack(&ss, NULL);
	sigaltstack(BAD, NULL);
	sigaltstack(NULL, BAD);
}

static void timers(void)
{
	struct itimerval it = { { 0, 0 }, { 0, 20000 } };

	signal(SIGALRM, on_signal);
	alarm(100);
	alarm(0);
	setitimer(ITIMER_REAL, &it, NULL);
	pause();
}

int main(void)
{
	actions();
	masks();
	sends();
	waits();
	stacks();
	timers();
	return 0;
}

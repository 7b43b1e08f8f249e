/*
 * stackchain.c: known call chains for -k. main -> outer -> middle -> inner -> write, and a
 * qsort comparator that makes a call (so a frame of libc sits between two of ours).
 * With an argument "deep": a call 300 frames down, past strace's limit of 256. With
 * "signal": main -> signal_chain -> raise_here -> kill, whose SIGUSR1's handler writes;
 * then rt_sigreturn, whose stack is taken in the trampoline; then main -> kill, SIGUSR2 to
 * the same handler (the frame pointer then leads from the trampoline into libc).
 * Built with -O0 -fno-omit-frame-pointer -fno-inline -g (tests/integration/stack.cmake).
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int compared;

void inner(void)
{
	write(1, "inner\n", 6);
}

void middle(void)
{
	inner();
}

void outer(void)
{
	middle();
}

static int by_value(const void *a, const void *b)
{
	if (!compared++)
		getppid();
	return *(const int *)a - *(const int *)b;
}

int deep(int n)
{
	if (n == 0)
		return getppid() > 0;
	return deep(n - 1) + 1;
}

static void on_usr1(int sig)
{
	write(1, "handler\n", 8);
}

void raise_here(void)
{
	kill(getpid(), SIGUSR1);
}

void signal_chain(void)
{
	raise_here();
}

int main(int argc, char **argv)
{
	int v[] = { 3, 1, 2 };

	if (argc > 1 && strcmp(argv[1], "signal") == 0) {
		signal(SIGUSR1, on_usr1);
		signal(SIGUSR2, on_usr1);
		signal_chain();
		kill(getpid(), SIGUSR2);
		return 0;
	}
	if (argc > 1)
		return deep(300) != 301;
	outer();
	qsort(v, 3, sizeof(v[0]), by_value);
	return v[0] == 1 ? 0 : 1;
}

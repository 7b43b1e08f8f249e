/*
 * stackchain.c: known call chains for -k. main -> outer -> middle -> inner -> write, and a
 * qsort comparator that makes a call (so a frame of libc sits between two of ours).
 * With an argument "deep": a call 300 frames down, past strace's limit of 256.
 * Built with -O0 -fno-omit-frame-pointer -fno-inline -g (tests/integration/stack.cmake).
 */
#include <stdlib.h>
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

int main(int argc, char **argv)
{
	int v[] = { 3, 1, 2 };

	if (argc > 1)
		return deep(300) != 301;
	outer();
	qsort(v, 3, sizeof(v[0]), by_value);
	return v[0] == 1 ? 0 : 1;
}

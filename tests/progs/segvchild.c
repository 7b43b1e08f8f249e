/*
 * segvchild.c: a child that dies of SIGSEGV (with a core when the system writes one),
 * and a parent that reaps it.
 */
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int status;

	if (fork() == 0)
		*(volatile int *)(uintptr_t)8 = 1;
	wait(&status);
	return 0;
}

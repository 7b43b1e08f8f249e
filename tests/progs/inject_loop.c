/*
 * inject_loop N [AGAIN]: calls umask N times, then with a second argument executes itself
 * to call it N times more: invocations for -e inject=...:when= to count, across an execve
 * too. umask's results do not depend on the run, so strc and strace print the same lines.
 */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 5;

	for (int i = 0; i < n; i++)
		umask(022);
	if (argc > 2)
		execl("/proc/self/exe", argv[0], argv[1], (char *)0);
	return 0;
}

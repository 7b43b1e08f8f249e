/*
 * syscall_loop.c N [EVERY]: N syscalls of the cheapest kinds, the workload the tracer
 * benchmarks time. Mixes calls with and without decoded arguments (getppid, a 16-byte
 * write to /dev/null, an openat/close pair every EVERY-th round, default 16). A large
 * EVERY makes the traced openat rare, as in a real program filtered down to a few calls.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	long every = argc > 2 ? atol(argv[2]) : 16;
	int null = open("/dev/null", O_WRONLY);

	for (long i = 0; i < n; i++) {
		if (every > 0 && i % every == 0) {
			int fd = openat(AT_FDCWD, "/etc/hostname", O_RDONLY);
			if (fd >= 0)
				close(fd);
			i++;
			continue;
		}
		switch (i % 16) {
		case 1: case 3: case 5: case 7:
			write(null, "0123456789abcdef", 16);
			break;
		default:
			getppid();
		}
	}
	return 0;
}

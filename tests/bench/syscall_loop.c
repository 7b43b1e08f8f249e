/*
 * syscall_loop.c N: N syscalls of the cheapest kinds, the workload the tracer benchmarks
 * time. Mixes calls with and without decoded arguments (getppid, a 16-byte write to
 * /dev/null, an openat/close pair every 16th round).
 */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	int null = open("/dev/null", O_WRONLY);

	for (long i = 0; i < n; i++) {
		switch (i % 16) {
		case 0: {
			int fd = openat(AT_FDCWD, "/etc/hostname", O_RDONLY);
			if (fd >= 0)
				close(fd);
			i++;
			break;
		}
		case 1: case 3: case 5: case 7:
			write(null, "0123456789abcdef", 16);
			break;
		default:
			getppid();
		}
	}
	return 0;
}

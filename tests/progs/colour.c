/*
 * colour.c: calls whose lines show each token class --color and -N know (a syscall name,
 * numbers, strings cut and whole, constants, flag sets, a structure, a signal set, an
 * error, a signal), for tests/integration/colour.py. Nothing in them
 * depends on the machine but the mmap address, which the test masks.
 */
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static void on_usr1(int sig)
{
	(void)sig;
}

int main(void)
{
	char buf[16];
	struct stat st;
	sigset_t set;
	int fd;

	close(-1);
	syscall(SYS_openat, AT_FDCWD, "/nonexistent/colour", O_RDONLY | O_CLOEXEC);
	fd = (int)syscall(SYS_openat, AT_FDCWD, "/dev/zero", O_RDONLY);
	if (fd < 0)
		return 1;
	if (read(fd, buf, sizeof(buf)) < 0)
		return 1;
	syscall(SYS_fstat, fd, &st);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 8);
	mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	signal(SIGUSR1, on_usr1);
	raise(SIGUSR1);
	if (write(1, "hi\n", 3) != 3)
		return 1;
	return 0;
}

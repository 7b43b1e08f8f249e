/*
 * qual.c: calls that succeed and fail, a file reached by path, by a symlink and by
 * descriptors, and two signals: for the qualifier cases (status=, -z/-Z, signal=, -P,
 * trace-fds=, raw=, abbrev=, verbose=). argv[1] names a scratch directory, so that cases
 * run in parallel do not share one.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void on_usr1(int sig)
{
	(void)sig;
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp/strc-qual";
	char path[256], link[256], buf[16];
	struct stat st;
	int fd, fd2;
	void *p;

	signal(SIGUSR1, on_usr1);
	signal(SIGUSR2, SIG_IGN);
	mkdir(dir, 0700);
	snprintf(path, sizeof(path), "%s/file", dir);
	snprintf(link, sizeof(link), "%s/link", dir);
	fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
	write(fd, "hello\n", 6);
	close(fd);
	unlink(link);
	symlink("file", link);
	fd = open(link, O_RDONLY | O_CLOEXEC);
	read(fd, buf, sizeof(buf));
	fstat(fd, &st);
	lseek(fd, 0, SEEK_SET);
	fd2 = dup(fd);
	close(fd2);
	p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
	if (p != MAP_FAILED)
		munmap(p, 4096);
	close(fd);
	open("/nonexistent/x", O_RDONLY);
	access(path, R_OK);
	stat(path, &st);
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGUSR2);
	close(100);
	unlink(link);
	unlink(path);
	rmdir(dir);
	getpid();
	return 0;
}

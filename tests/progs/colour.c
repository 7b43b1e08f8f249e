/*
 * colour.c: calls whose lines show each token class --color and -N know (a syscall name,
 * numbers, strings cut and whole, constants, flag sets, a structure, a signal set, an
 * error, a signal), for tests/integration/colour.py. Nothing in them
 * depends on the machine but the mmap address, which the test masks.
 *
 * "colour split": lines whose escapes fall where strace splits a call between its entry
 * and its exit, and names printed by decoders of their own (futex's operation, capability
 * sets); a vfork whose line the child cuts (<unfinished ...>, <... vfork resumed>).
 */
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/futex.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static void on_usr1(int sig)
{
	(void)sig;
}

static int split_calls(void)
{
	static int word, word2;
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 1 };
	struct __user_cap_data_struct data[2];
	int fd = open("/dev/zero", O_RDONLY);
	pid_t child;

	if (fd < 0)
		return 1;
	syscall(SYS_futex, &word, FUTEX_WAKE_OP_PRIVATE, 1, 1, &word2,
		FUTEX_OP(FUTEX_OP_SET, 0, FUTEX_OP_CMP_GT, 1));
	syscall(SYS_capget, &hdr, NULL);
	/* pid 1 is never ours to change: EPERM whoever runs it; CAP_SETFCAP|CAP_MAC_OVERRIDE
	 * straddle the two 32-bit words */
	memset(data, 0, sizeof(data));
	data[0].effective = 1u << 31;
	data[1].effective = 1;
	syscall(SYS_capset, &hdr, data);
	ioctl(fd, _IOC(_IOC_READ, 0x7a, 0x3, 4), 8);	/* no decoder: strace shows it at entry */
	child = vfork();
	if (child == 0) {
		if (write(1, "child\n", 6) != 6)
			_exit(1);
		_exit(0);
	}
	return child < 0;
}

int main(int argc, char **argv)
{
	char buf[16];
	struct stat st;
	sigset_t set;
	int fd;

	if (argc > 1 && strcmp(argv[1], "split") == 0)
		return split_calls();
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

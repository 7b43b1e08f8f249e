/*
 * fam_partial.c: arguments that end in an unmapped page or are longer than strace reads,
 * where what strace prints depends on how much it asks for: rt_sigaction's struct (strace
 * reads 88 bytes on x86_64), sched_setaffinity's mask (1024 CPUs at most), setgroups' list
 * (not past NGROUPS_MAX), sethostname's name (not past HOST_NAME_MAX), setsockopt's empty
 * values. Every call fails (bad pid, descriptor or length) and changes nothing. Traced in
 * tests/integration/misc72.cmake; its notes on stderr are tests/progs/shortread.c's.
 */
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);
	char *g = p + page;
	unsigned long mask[64] = { 3 };

	if (p == MAP_FAILED || munmap(g, page))
		return 2;
	memset(p, 0, page);
	mask[15] = 1UL << 63;
	mask[16] = 1;
	/* 100 is no signal: EINVAL, after the struct was read */
	syscall(SYS_rt_sigaction, 100, g - 32, NULL, 8);
	syscall(SYS_rt_sigaction, 100, g - 88, NULL, 8);
	syscall(SYS_rt_sigaction, 100, g - 88, g - 40, 8);
	/* pid -1: ESRCH */
	syscall(SYS_sched_setaffinity, -1, 128, mask);
	syscall(SYS_sched_setaffinity, -1, 136, mask);
	syscall(SYS_sched_setaffinity, -1, 256, p);
	syscall(SYS_sched_setaffinity, -1, 200, g - 8);
	/* too many groups: EINVAL */
	syscall(SYS_setgroups, -1, p);
	syscall(SYS_setgroups, 65537, p);
	syscall(SYS_setgroups, 4, g - 8);
	/* too long a name: EINVAL; a name not readable: EFAULT, nothing set */
	syscall(SYS_sethostname, p, 65);
	syscall(SYS_sethostname, g - 8, 65);
	syscall(SYS_setdomainname, g - 8, 100);
	syscall(SYS_sethostname, g - 8, 64);
	/* an empty value where strace shows "", and where its address */
	syscall(SYS_setsockopt, -1, SOL_IP, IP_TOS, p, 0);
	syscall(SYS_setsockopt, -1, SOL_TCP, TCP_NODELAY, p, 0);
	syscall(SYS_setsockopt, -1, SOL_SOCKET, 999, p, 0);
	syscall(SYS_setsockopt, -1, SOL_SOCKET, SO_DEBUG, p, 0);
	syscall(SYS_setsockopt, -1, SOL_SOCKET, SO_LINGER, p, 0);
	syscall(SYS_setsockopt, -1, 0x1234, 16, p, 0);
	return 0;
}

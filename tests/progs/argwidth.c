/*
 * argwidth.c: arguments with garbage in the upper half of the register. The kernel reads
 * an int-typed flag or command as 32 bits and a long-typed one as 64, and strace prints
 * each at the width the kernel reads; so must strc.
 */
#include <sys/syscall.h>
#include <unistd.h>

#define HIGH 0x100000000L

int main(void)
{
	syscall(SYS_lseek, 99, 0, -1L);
	syscall(SYS_lseek, 99, 0, HIGH);
	syscall(SYS_madvise, 0x10000, 4096, -1L);
	syscall(SYS_flock, 99, HIGH | 8);
	syscall(SYS_getrandom, 0, 0, HIGH | 64);
	syscall(SYS_eventfd2, 0, HIGH | 0x40);
	syscall(SYS_accept4, 99, 0, 0, HIGH | 0x80000);
	syscall(SYS_linkat, 99, "a", 99, "b", HIGH | 0x400);
	syscall(SYS_setxattr, "/nonexistent", "user.a", 0, 0, HIGH | 1);
	syscall(SYS_execveat, 99, "", 0, 0, HIGH | 0x1000);
	syscall(SYS_mmap, 0, 4096, HIGH | 3, HIGH | 0x22, -1L, 0);
	syscall(SYS_mprotect, 0x10000, 4096, HIGH | 1);
	syscall(SYS_mremap, 0x10000, 4096, 8192, HIGH | 1, 0);
	syscall(SYS_mount, "a", "b", "c", HIGH | 1, 0);
	syscall(SYS_unshare, HIGH);
	syscall(SYS_ptrace, HIGH | 99, 0, 0, 0);
	syscall(SYS_prctl, HIGH | 9999, 0, 0, 0, 0);
	syscall(SYS_set_mempolicy, HIGH | 1, 0, 0);
	syscall(SYS_mbind, 0x10000, 4096, HIGH | 1, 0, 0, HIGH);
	syscall(SYS_get_mempolicy, 0, 0, 0, 0, HIGH);
	return 0;
}

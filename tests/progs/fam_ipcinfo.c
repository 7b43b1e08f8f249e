/*
 * fam_ipcinfo.c: the SysV IPC calls that describe the system rather than one object
 * (IPC_INFO, SEM_INFO, MSG_INFO, SHM_INFO) and shmget's huge-page sizes, for comparing strc
 * with strace. Raw syscalls; the limits are the kernel's, the usage counts are masked.
 */
#include <stdint.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SHM_HUGE_SHIFT
#define SHM_HUGE_SHIFT 26
#endif

#define BAD ((void *)1)

int main(void)
{
	char buf[256];

	syscall(SYS_semctl, 0, 0, IPC_INFO, buf);
	syscall(SYS_semctl, 0, 0, SEM_INFO, buf);
	syscall(SYS_semctl, 0, 0, IPC_INFO, BAD);
	syscall(SYS_msgctl, 0, IPC_INFO, buf);
	syscall(SYS_msgctl, 0, MSG_INFO, buf);
	syscall(SYS_msgctl, 0, MSG_INFO, BAD);
	syscall(SYS_shmctl, 0, IPC_INFO, buf);
	syscall(SYS_shmctl, 0, SHM_INFO, buf);
	syscall(SYS_shmctl, 0, SHM_INFO, BAD);
	syscall(SYS_shmget, IPC_PRIVATE, 4096, IPC_CREAT | SHM_HUGETLB | (21 << SHM_HUGE_SHIFT) | 0600);
	syscall(SYS_shmget, IPC_PRIVATE, 4096, IPC_CREAT | SHM_HUGETLB | (30 << SHM_HUGE_SHIFT) | 0600);
	syscall(SYS_shmget, 0x99, 4096, (33U << SHM_HUGE_SHIFT) | 0600);
	return 0;
}

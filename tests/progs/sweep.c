/*
 * sweep.c: every x86_64 syscall that is safe to call with bogus arguments, called with a
 * few fixed argument patterns, so that each decoder's handling of NULL, small numbers,
 * patterned memory, an unreadable page and huge counts is compared with strace 6.1
 * (tests/integration/sweep.cmake). The buffers sit at fixed addresses so both tracers
 * print the same pointers. Calls that could harm the machine, the process or its tracer
 * (signals, exec, fork, mount, module, privilege and memory-map changes, blocking waits)
 * are left out or only made with arguments the kernel rejects.
 */
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_cachestat
#define SYS_cachestat 451
#endif
#ifndef SYS_fchmodat2
#define SYS_fchmodat2 452
#endif
#ifndef SYS_map_shadow_stack
#define SYS_map_shadow_stack 453
#endif
#ifndef SYS_futex_wake
#define SYS_futex_wake 454
#endif
#ifndef SYS_futex_wait
#define SYS_futex_wait 455
#endif
#ifndef SYS_futex_requeue
#define SYS_futex_requeue 456
#endif
#ifndef SYS_statmount
#define SYS_statmount 457
#endif
#ifndef SYS_listmount
#define SYS_listmount 458
#endif
#ifndef SYS_lsm_get_self_attr
#define SYS_lsm_get_self_attr 459
#endif
#ifndef SYS_lsm_set_self_attr
#define SYS_lsm_set_self_attr 460
#endif
#ifndef SYS_lsm_list_modules
#define SYS_lsm_list_modules 461
#endif
#ifndef SYS_mseal
#define SYS_mseal 462
#endif
#ifndef SYS_setxattrat
#define SYS_setxattrat 463
#endif
#ifndef SYS_getxattrat
#define SYS_getxattrat 464
#endif
#ifndef SYS_listxattrat
#define SYS_listxattrat 465
#endif
#ifndef SYS_removexattrat
#define SYS_removexattrat 466
#endif
#ifndef SYS_open_tree_attr
#define SYS_open_tree_attr 467
#endif
#ifndef SYS_file_getattr
#define SYS_file_getattr 468
#endif
#ifndef SYS_file_setattr
#define SYS_file_setattr 469
#endif
#ifndef SYS_listns
#define SYS_listns 470
#endif
#ifndef SYS_rseq_slice_yield
#define SYS_rseq_slice_yield 471
#endif

/* BUF: a page of bytes 0x01..0xff,0x00,...; BAD: the page after it, PROT_NONE. Their low
 * 32 bits are negative as an int, so as a descriptor they are never a real one. */
#define BUF 0x7e00deadb000UL
#define BAD 0x7e00deadc000UL
#define HUGE 0x7fffffffUL
#define PAGE 4096

/* the argument patterns */
enum { Z = 1, S = 2, P = 4, Q = 8, B = 16, H = 32, ALL = 63 };

static const unsigned long patterns[6][6] = {
	{ 0, 0, 0, 0, 0, 0 },				/* Z: all zeros, NULL */
	{ -1UL, 1, 2, -1UL, 1, 2 },			/* S: small numbers */
	{ -1UL, BUF, 2, BUF, 1, BUF },			/* P: a bad fd, patterned memory */
	{ BUF, BUF, 1, BUF, 2, BUF },			/* Q: patterned memory first */
	{ BAD, BAD, BAD, BAD, BAD, BAD },		/* B: the unreadable page */
	{ HUGE, BAD, HUGE, BUF, -1UL, BAD },		/* H: huge counts */
};

static const struct {
	long nr;
	unsigned pats;
} calls[] = {
	{ SYS_read, ALL },
	{ SYS_write, ALL },
	{ SYS_open, ALL },
	{ SYS_stat, ALL },
	{ SYS_fstat, ALL },
	{ SYS_lstat, ALL },
	{ SYS_poll, ALL },
	{ SYS_lseek, ALL },
	{ SYS_mmap, Z|S },
	{ SYS_mprotect, Z|S },
	{ SYS_munmap, Z|S },
	{ SYS_brk, Z|S },
	{ SYS_rt_sigaction, ALL },
	{ SYS_rt_sigprocmask, ALL },
	{ SYS_ioctl, ALL },
	{ SYS_pread64, ALL },
	{ SYS_pwrite64, ALL },
	{ SYS_readv, ALL },
	{ SYS_writev, ALL },
	{ SYS_access, ALL },
	{ SYS_pipe, ALL },
	{ SYS_select, S|P|Q|B|H },
	{ SYS_sched_yield, ALL },
	{ SYS_mremap, Z|S },
	{ SYS_msync, ALL },
	{ SYS_mincore, ALL },
	{ SYS_madvise, Z|S },
	{ SYS_shmget, ALL },
	{ SYS_shmat, ALL },
	{ SYS_shmctl, S|P|Q|B|H },
	{ SYS_dup, ALL },
	{ SYS_dup2, ALL },
	{ SYS_nanosleep, ALL },
	{ SYS_getitimer, ALL },
	{ SYS_setitimer, ALL },
	{ SYS_getpid, ALL },
	{ SYS_sendfile, ALL },
	{ SYS_socket, ALL },
	{ SYS_connect, ALL },
	{ SYS_accept, ALL },
	{ SYS_sendto, ALL },
	{ SYS_recvfrom, ALL },
	{ SYS_sendmsg, ALL },
	{ SYS_recvmsg, ALL },
	{ SYS_shutdown, ALL },
	{ SYS_bind, ALL },
	{ SYS_listen, ALL },
	{ SYS_getsockname, ALL },
	{ SYS_getpeername, ALL },
	{ SYS_socketpair, ALL },
	{ SYS_setsockopt, ALL },
	{ SYS_getsockopt, ALL },
	{ SYS_wait4, ALL },
	{ SYS_uname, ALL },
	{ SYS_semget, ALL },
	{ SYS_semop, ALL },
	{ SYS_semctl, S|P|Q|B|H },
	{ SYS_shmdt, ALL },
	{ SYS_msgget, S|P|Q|B|H },
	{ SYS_msgsnd, S|P|Q|B|H },
	{ SYS_msgrcv, S|P|Q|B|H },
	{ SYS_msgctl, S|P|Q|B|H },
	{ SYS_fcntl, ALL },
	{ SYS_flock, ALL },
	{ SYS_fsync, ALL },
	{ SYS_fdatasync, ALL },
	{ SYS_truncate, ALL },
	{ SYS_ftruncate, S|P|Q|B|H },
	{ SYS_getdents, ALL },
	{ SYS_getcwd, ALL },
	{ SYS_chdir, ALL },
	{ SYS_fchdir, ALL },
	{ SYS_rename, ALL },
	{ SYS_mkdir, ALL },
	{ SYS_rmdir, ALL },
	{ SYS_creat, ALL },
	{ SYS_link, ALL },
	{ SYS_unlink, ALL },
	{ SYS_symlink, ALL },
	{ SYS_readlink, ALL },
	{ SYS_chmod, ALL },
	{ SYS_fchmod, S|P|Q|B|H },
	{ SYS_chown, ALL },
	{ SYS_fchown, S|P|Q|B|H },
	{ SYS_lchown, ALL },
	{ SYS_umask, ALL },
	{ SYS_gettimeofday, ALL },
	{ SYS_getrlimit, ALL },
	{ SYS_getrusage, ALL },
	{ SYS_sysinfo, ALL },
	{ SYS_times, ALL },
	{ SYS_ptrace, P|Q|B|H },
	{ SYS_getuid, ALL },
	{ SYS_syslog, ALL },
	{ SYS_getgid, ALL },
	{ SYS_setuid, Z },
	{ SYS_setgid, Z },
	{ SYS_geteuid, ALL },
	{ SYS_getegid, ALL },
	{ SYS_getppid, ALL },
	{ SYS_getpgrp, ALL },
	{ SYS_setreuid, Z },
	{ SYS_setregid, Z },
	{ SYS_getgroups, ALL },
	{ SYS_setgroups, Z },
	{ SYS_setresuid, Z },
	{ SYS_getresuid, ALL },
	{ SYS_setresgid, Z },
	{ SYS_getresgid, ALL },
	{ SYS_getpgid, ALL },
	{ SYS_setfsuid, Z },
	{ SYS_setfsgid, Z },
	{ SYS_getsid, ALL },
	{ SYS_capget, ALL },
	{ SYS_capset, ALL },
	{ SYS_rt_sigpending, ALL },
	{ SYS_rt_sigtimedwait, ALL },
	{ SYS_sigaltstack, ALL },
	{ SYS_utime, ALL },
	{ SYS_mknod, ALL },
	{ SYS_uselib, ALL },
	{ SYS_ustat, ALL },
	{ SYS_statfs, ALL },
	{ SYS_fstatfs, ALL },
	{ SYS_sysfs, ALL },
	{ SYS_getpriority, ALL },
	{ SYS_setpriority, ALL },
	{ SYS_sched_setparam, ALL },
	{ SYS_sched_getparam, ALL },
	{ SYS_sched_setscheduler, ALL },
	{ SYS_sched_getscheduler, ALL },
	{ SYS_sched_get_priority_max, ALL },
	{ SYS_sched_get_priority_min, ALL },
	{ SYS_sched_rr_get_interval, ALL },
	{ SYS_mlock, ALL },
	{ SYS_munlock, ALL },
	{ SYS_mlockall, ALL },
	{ SYS_munlockall, ALL },
	{ SYS_modify_ldt, ALL },
	{ SYS__sysctl, ALL },
	{ SYS_prctl, ALL },
	{ SYS_arch_prctl, ALL },
	{ SYS_adjtimex, Z|S|P|B|H },
	{ SYS_setrlimit, ALL },
	{ SYS_sync, ALL },
	{ SYS_settimeofday, Z|S|P|B|H },
	{ SYS_iopl, ALL },
	{ SYS_ioperm, ALL },
	{ SYS_create_module, ALL },
	{ SYS_get_kernel_syms, ALL },
	{ SYS_query_module, ALL },
	{ SYS_quotactl, ALL },
	{ SYS_nfsservctl, ALL },
	{ SYS_getpmsg, ALL },
	{ SYS_putpmsg, ALL },
	{ SYS_afs_syscall, ALL },
	{ SYS_tuxcall, ALL },
	{ SYS_security, ALL },
	{ SYS_gettid, ALL },
	{ SYS_readahead, ALL },
	{ SYS_setxattr, ALL },
	{ SYS_lsetxattr, ALL },
	{ SYS_fsetxattr, ALL },
	{ SYS_getxattr, ALL },
	{ SYS_lgetxattr, ALL },
	{ SYS_fgetxattr, ALL },
	{ SYS_listxattr, ALL },
	{ SYS_llistxattr, ALL },
	{ SYS_flistxattr, ALL },
	{ SYS_removexattr, ALL },
	{ SYS_lremovexattr, ALL },
	{ SYS_fremovexattr, ALL },
	{ SYS_time, S|B|H },	/* time(NULL) and time(BUF) print the time of day */
	{ SYS_futex, ALL },
	{ SYS_sched_setaffinity, ALL },
	{ SYS_sched_getaffinity, ALL },
	{ SYS_set_thread_area, ALL },
	{ SYS_io_setup, ALL },
	{ SYS_io_getevents, ALL },
	{ SYS_io_submit, ALL },
	{ SYS_io_cancel, ALL },
	{ SYS_get_thread_area, ALL },
	{ SYS_lookup_dcookie, ALL },
	{ SYS_epoll_create, ALL },
	{ SYS_epoll_ctl_old, ALL },
	{ SYS_epoll_wait_old, ALL },
	{ SYS_remap_file_pages, Z|S },
	{ SYS_getdents64, ALL },
	{ SYS_set_tid_address, ALL },
	{ SYS_restart_syscall, ALL },
	{ SYS_semtimedop, ALL },
	{ SYS_fadvise64, ALL },
	{ SYS_timer_create, ALL },
	{ SYS_timer_settime, ALL },
	{ SYS_timer_gettime, ALL },
	{ SYS_timer_getoverrun, ALL },
	{ SYS_timer_delete, ALL },
	{ SYS_clock_settime, ALL },
	{ SYS_clock_gettime, ALL },
	{ SYS_clock_getres, ALL },
	{ SYS_clock_nanosleep, ALL },
	{ SYS_epoll_wait, ALL },
	{ SYS_epoll_ctl, ALL },
	{ SYS_utimes, ALL },
	{ SYS_vserver, ALL },
	{ SYS_mbind, ALL },
	{ SYS_set_mempolicy, ALL },
	{ SYS_get_mempolicy, ALL },
	{ SYS_mq_open, ALL },
	{ SYS_mq_unlink, ALL },
	{ SYS_mq_timedsend, ALL },
	{ SYS_mq_timedreceive, ALL },
	{ SYS_mq_notify, ALL },
	{ SYS_mq_getsetattr, ALL },
	{ SYS_waitid, ALL },
	{ SYS_add_key, ALL },
	{ SYS_request_key, ALL },
	{ SYS_keyctl, ALL },
	{ SYS_ioprio_set, ALL },
	{ SYS_ioprio_get, ALL },
	{ SYS_inotify_init, ALL },
	{ SYS_inotify_add_watch, ALL },
	{ SYS_inotify_rm_watch, ALL },
	{ SYS_migrate_pages, ALL },
	{ SYS_openat, ALL },
	{ SYS_mkdirat, ALL },
	{ SYS_mknodat, ALL },
	{ SYS_fchownat, ALL },
	{ SYS_futimesat, S|P|Q|B|H },
	{ SYS_newfstatat, ALL },
	{ SYS_unlinkat, ALL },
	{ SYS_renameat, ALL },
	{ SYS_linkat, ALL },
	{ SYS_symlinkat, ALL },
	{ SYS_readlinkat, ALL },
	{ SYS_fchmodat, ALL },
	{ SYS_faccessat, ALL },
	{ SYS_pselect6, S|P|Q|B|H },
	{ SYS_ppoll, S|P|Q|B|H },
	{ SYS_set_robust_list, ALL },
	{ SYS_get_robust_list, ALL },
	{ SYS_splice, ALL },
	{ SYS_tee, ALL },
	{ SYS_sync_file_range, ALL },
	{ SYS_vmsplice, ALL },
	{ SYS_move_pages, ALL },
	{ SYS_utimensat, S|P|Q|B|H },
	{ SYS_epoll_pwait, ALL },
	{ SYS_signalfd, ALL },
	{ SYS_timerfd_create, ALL },
	{ SYS_eventfd, ALL },
	{ SYS_fallocate, ALL },
	{ SYS_timerfd_settime, ALL },
	{ SYS_timerfd_gettime, ALL },
	{ SYS_accept4, ALL },
	{ SYS_signalfd4, ALL },
	{ SYS_eventfd2, ALL },
	{ SYS_epoll_create1, ALL },
	{ SYS_dup3, ALL },
	{ SYS_pipe2, ALL },
	{ SYS_inotify_init1, ALL },
	{ SYS_preadv, ALL },
	{ SYS_pwritev, ALL },
	{ SYS_perf_event_open, ALL },
	{ SYS_recvmmsg, ALL },
	{ SYS_fanotify_init, ALL },
	{ SYS_fanotify_mark, ALL },
	{ SYS_prlimit64, ALL },
	{ SYS_name_to_handle_at, ALL },
	{ SYS_open_by_handle_at, ALL },
	{ SYS_clock_adjtime, ALL },
	{ SYS_syncfs, ALL },
	{ SYS_sendmmsg, ALL },
	{ SYS_getcpu, Z|S|P|B|H },	/* getcpu(BUF) prints the CPU it ran on */
	{ SYS_process_vm_readv, ALL },
	{ SYS_process_vm_writev, ALL },
	{ SYS_kcmp, ALL },
	{ SYS_sched_setattr, ALL },
	{ SYS_sched_getattr, ALL },
	{ SYS_renameat2, ALL },
	{ SYS_seccomp, P|Q|B|H },
	{ SYS_getrandom, ALL },
	{ SYS_memfd_create, ALL },
	{ SYS_bpf, ALL },
	{ SYS_userfaultfd, ALL },
	{ SYS_membarrier, ALL },
	{ SYS_mlock2, ALL },
	{ SYS_copy_file_range, ALL },
	{ SYS_preadv2, ALL },
	{ SYS_pwritev2, ALL },
	{ SYS_pkey_mprotect, Z|S },
	{ SYS_pkey_alloc, ALL },
	{ SYS_pkey_free, ALL },
	{ SYS_statx, ALL },
	{ SYS_io_pgetevents, ALL },
	{ SYS_rseq, ALL },
	{ SYS_io_uring_setup, ALL },
	{ SYS_io_uring_enter, ALL },
	{ SYS_io_uring_register, ALL },
	{ SYS_open_tree, ALL },
	{ SYS_move_mount, ALL },
	{ SYS_fsopen, ALL },
	{ SYS_fsconfig, ALL },
	{ SYS_fsmount, ALL },
	{ SYS_fspick, ALL },
	{ SYS_pidfd_open, ALL },
	{ SYS_openat2, ALL },
	{ SYS_pidfd_getfd, ALL },
	{ SYS_faccessat2, ALL },
	{ SYS_process_madvise, ALL },
	{ SYS_epoll_pwait2, ALL },
	{ SYS_mount_setattr, ALL },
	{ SYS_quotactl_fd, ALL },
	{ SYS_landlock_create_ruleset, ALL },
	{ SYS_landlock_add_rule, ALL },
	{ SYS_landlock_restrict_self, ALL },
	{ SYS_memfd_secret, ALL },
	{ SYS_process_mrelease, ALL },
	{ SYS_futex_waitv, ALL },
	{ SYS_set_mempolicy_home_node, ALL },
	{ SYS_cachestat, ALL },
	{ SYS_fchmodat2, ALL },
	{ SYS_map_shadow_stack, Z },
	{ SYS_futex_wake, ALL },
	{ SYS_futex_wait, ALL },
	{ SYS_futex_requeue, ALL },
	{ SYS_statmount, ALL },
	{ SYS_listmount, ALL },
	{ SYS_lsm_get_self_attr, ALL },
	{ SYS_lsm_set_self_attr, ALL },
	{ SYS_lsm_list_modules, ALL },
	{ SYS_mseal, Z|S },
	{ SYS_setxattrat, ALL },
	{ SYS_getxattrat, ALL },
	{ SYS_listxattrat, ALL },
	{ SYS_removexattrat, ALL },
	{ SYS_open_tree_attr, ALL },
	{ SYS_file_getattr, ALL },
	{ SYS_file_setattr, ALL },
	{ SYS_listns, ALL },
	{ SYS_rseq_slice_yield, ALL },
};

/* The calls left out above, each once with arguments the kernel refuses. */
static const struct {
	long nr;
	unsigned long a[6];
} fixed[] = {
	{ SYS_close, { -1UL } },
	{ SYS_close, { HUGE } },
	{ SYS_close_range, { 2, 1, 0 } },
	{ SYS_kill, { HUGE, 0 } },
	{ SYS_tkill, { -1UL, 0 } },
	{ SYS_tgkill, { HUGE, HUGE, 0 } },
	{ SYS_rt_sigqueueinfo, { HUGE, SIGUSR1, BUF } },
	{ SYS_rt_tgsigqueueinfo, { HUGE, HUGE, SIGUSR1, BUF } },
	{ SYS_pidfd_send_signal, { -1UL, SIGUSR1, 0, 0 } },
	{ SYS_pidfd_send_signal, { -1UL, 0, BUF, 1 } },
	{ SYS_io_destroy, { 0 } },
	{ SYS_personality, { 0xffffffffUL } },
	{ SYS_alarm, { 0 } },
	{ SYS_setpgid, { -1UL, -1UL } },
	{ SYS_prctl, { PR_GET_DUMPABLE } },
	{ SYS_prctl, { PR_SET_NAME, BUF } },
	{ SYS_prctl, { PR_GET_NAME, BUF } },
	{ SYS_prctl, { PR_GET_NAME, BAD } },
	{ SYS_prctl, { PR_GET_SECCOMP } },
	{ SYS_prctl, { PR_SET_PDEATHSIG, 0 } },
	{ SYS_prctl, { PR_GET_PDEATHSIG, BUF } },
	{ SYS_prctl, { PR_SET_PDEATHSIG, HUGE } },
	{ SYS_prctl, { PR_GET_TIMERSLACK } },
	{ SYS_prctl, { PR_CAPBSET_READ, 0 } },
	{ SYS_prctl, { PR_CAPBSET_READ, HUGE } },
	{ SYS_prctl, { PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0 } },
	{ SYS_prctl, { PR_SET_MM, -1UL, 0, 0, 0 } },
	{ SYS_mmap, { BUF, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1UL, 0 } },
	{ SYS_mmap, { 0, HUGE, PROT_READ | PROT_WRITE | PROT_EXEC, 0, -1UL, 1 } },
	{ SYS_mprotect, { BAD, PAGE, PROT_NONE } },
	{ SYS_mprotect, { BAD, PAGE, 0x7f } },
	{ SYS_madvise, { BUF, PAGE, MADV_NORMAL } },
	{ SYS_madvise, { BAD, PAGE, -1UL } },
	{ SYS_mremap, { BUF, PAGE, PAGE, 0xff, 0 } },
	{ SYS_munmap, { BAD + PAGE, 0 } },
	{ SYS_mseal, { BAD, PAGE, 1 } },
	{ SYS_seccomp, { 2 /* SECCOMP_GET_ACTION_AVAIL */, 0, BUF } },
	{ SYS_ptrace, { 2 /* PTRACE_PEEKDATA */, HUGE, BUF, BUF } },
};

static void fill(void)
{
	unsigned char *p = (unsigned char *)BUF;

	for (int i = 0; i < PAGE; i++)
		p[i] = (unsigned char)(i + 1);
}

int main(void)
{
	if (mmap((void *)BUF, PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) != (void *)BUF)
		return 1;
	if (mmap((void *)BAD, PAGE, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) != (void *)BAD)
		return 1;
	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		for (int p = 0; p < 6; p++) {
			const unsigned long *a = patterns[p];

			if (!(calls[i].pats & (1u << p)))
				continue;
			fill();
			syscall(calls[i].nr, a[0], a[1], a[2], a[3], a[4], a[5]);
		}
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
		const unsigned long *a = fixed[i].a;

		fill();
		syscall(fixed[i].nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	}
	return 0;
}

/*
 * fam32.c: an i386 program (built freestanding, tests/progs32/sys32.h) making the calls whose
 * arguments or structures are laid out differently in the 32-bit personality: 32-bit
 * longs and pointers, 32-bit time_t but in the *_time64 calls, 16-bit ids in the old id
 * calls, 64-bit offsets split over two registers, the socketcall and ipc multiplexers, the
 * old mmap and select that take their arguments in memory. tests/integration/arch32.cmake
 * compares strc with strace on each group (the first argument names it).
 */
#include "sys32.h"

#include <asm/signal.h>
#include <asm/stat.h>
#include <asm/statfs.h>
#include <linux/eventpoll.h>
#include <linux/fcntl.h>
#include <linux/futex.h>
#include <linux/in.h>
#include <linux/ipc.h>
#include <linux/mman.h>
#include <linux/msg.h>
#include <linux/net.h>
#include <linux/openat2.h>
#include <linux/poll.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/sem.h>
#include <linux/socket.h>
#include <linux/stat.h>
#include <linux/sysinfo.h>
#include <linux/time.h>
#include <linux/time_types.h>
#include <linux/uio.h>
#include <linux/un.h>
#include <linux/utsname.h>
#include <linux/wait.h>

/* what a C library's headers would give */
#define SEEK_SET 0
#define SEEK_CUR 1
#define UTIME_NOW ((1l << 30) - 1l)
#define UTIME_OMIT ((1l << 30) - 2l)
#define AF_UNIX 1
#define AF_INET 2
#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_CLOEXEC 02000000
#define SCM_RIGHTS 1
#define MSG_DONTWAIT 0x40
#define MSG_NOSIGNAL 0x4000
#define MSG_CMSG_CLOEXEC 0x40000000
#define SHUT_WR 1
#define SHM_RDONLY 010000
#define MFD_CLOEXEC 1

/* newer than this machine's kernel headers: the numbers every architecture shares */
#ifndef __NR_futex_wake
#define __NR_futex_wake 454
#define __NR_futex_wait 455
#define __NR_futex_requeue 456
#endif
#ifndef __NR_cachestat
#define __NR_cachestat 451
#endif
#ifndef __NR_mseal
#define __NR_mseal 462
#endif
#ifndef __NR_lsm_list_modules
#define __NR_lsm_list_modules 461
#endif
#ifndef __NR_listmount
#define __NR_listmount 458
#endif
#define FUTEX2_SIZE_U32 0x02
#define FUTEX2_PRIVATE 128

#define STABLE_DIR "/usr/include/linux/can"
#define BAD ((void *)0xffffe000)	/* never mapped in a 32-bit process */

/* the i386 msghdr and cmsghdr: no C library to give them */
struct msghdr32 {
	void *name;
	int namelen;
	struct iovec *iov;
	u32 iovlen;
	void *control;
	u32 controllen;
	unsigned flags;
};

struct cmsg32 {
	u32 len;
	int level;
	int type;
	int fds[2];
};

static char buf[4096];

static void files(void)
{
	struct stat64 st64;
	struct stat st;
	struct statfs sfs;
	struct statfs64 sfs64;
	struct statx stx;
	long fd;

	sc2(__NR_stat64, "/dev/null", &st64);
	sc2(__NR_lstat64, STABLE_DIR, &st64);
	sc2(__NR_stat, "/dev/null", &st);
	sc2(__NR_lstat, STABLE_DIR, &st);
	sc4(__NR_fstatat64, AT_FDCWD, "/dev/null", &st64, AT_SYMLINK_NOFOLLOW);
	sc2(__NR_stat64, "/nonexistent", &st64);
	sc2(__NR_stat64, "/dev/null", BAD);
	sc5(__NR_statx, AT_FDCWD, "/dev/null", 0, STATX_TYPE | STATX_MODE | STATX_NLINK, &stx);
	fd = sc2(__NR_open, STABLE_DIR, O_RDONLY | O_DIRECTORY);
	sc2(__NR_fstat64, fd, &st64);
	sc2(__NR_fstat, fd, &st);
	sc2(__NR_statfs, "/dev", &sfs);
	sc3(__NR_statfs64, "/dev", sizeof(sfs64), &sfs64);
	sc3(__NR_fstatfs64, fd, sizeof(sfs64), &sfs64);
	sc3(__NR_statfs64, "/dev", sizeof(sfs64) - 4, &sfs64);
	sc3(__NR_getdents, fd, buf, sizeof(buf));
	sc5(__NR__llseek, fd, 0, 0, buf, 0);
	sc3(__NR_getdents64, fd, buf, sizeof(buf));
	sc5(__NR__llseek, fd, 1, 2, buf, 0);
	sc5(__NR__llseek, fd, -1, -2, buf, 1);
	sc1(__NR_close, fd);
	/* chown and friends with 16-bit ids, and their *32 twins */
	sc3(__NR_chown, "/nonexistent", -1, -1);
	sc3(__NR_lchown, "/nonexistent", 0xfffe, 0x10001);
	sc3(__NR_chown32, "/nonexistent", -1, 0x10001);
	sc3(__NR_fchown, 99, 1, 2);
}

/* 64-bit offsets and lengths in two registers, low half first */
static void offsets(void)
{
	struct flock64 fl64 = { .l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0x100000001ULL,
				.l_len = 5 };
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_CUR, .l_start = -1, .l_len = 7 };
	long fd = sc3(__NR_open, "file", O_RDWR | O_CREAT | O_TRUNC, 0600);

	sc3(__NR_write, fd, "0123456789", 10);
	sc5(__NR_pread64, fd, buf, 4, 3, 0);
	sc5(__NR_pwrite64, fd, "ab", 2, 0x10, 1);
	sc3(__NR_ftruncate64, fd, 0x1000, 0);
	sc3(__NR_truncate64, "file", 0x20, 0);
	sc6(__NR_fadvise64_64, fd, 1, 0, 2, 0, 4);
	sc6(__NR_fallocate, fd, 0, 0, 0, 0x1000, 0);
	sc4(__NR_readahead, fd, 0x10, 0, 100);
	sc6(__NR_sync_file_range, fd, 0, 0, 8, 0, 1);
	sc3(__NR_fcntl64, fd, F_GETFL, 0);
	sc3(__NR_fcntl64, fd, F_SETLK64, &fl64);
	sc3(__NR_fcntl64, fd, F_GETLK64, &fl64);
	sc3(__NR_fcntl64, fd, F_GETLK, &fl);
	sc3(__NR_fcntl, fd, F_SETLK, &fl);
	sc3(__NR_fcntl, fd, F_DUPFD_CLOEXEC, 10);
	sc1(__NR_close, fd);
}

static void times(void)
{
	struct __kernel_old_timeval tv;
	struct __kernel_old_timespec ts = { 0, 1000 }, rem;
	struct __kernel_timespec ts64 = { 0, 1000 };
	struct __kernel_old_itimerval itv = { { 0, 0 }, { 0, 0 } };
	struct __kernel_itimerspec its64 = { { 0, 0 }, { 0, 0 } };
	long t, fd;

	sc1(__NR_time, &t);
	sc1(__NR_time, 0);
	sc2(__NR_gettimeofday, &tv, 0);
	sc2(__NR_clock_gettime, CLOCK_MONOTONIC, &ts);
	sc2(__NR_clock_gettime64, CLOCK_REALTIME, &ts64);
	sc2(__NR_clock_getres, CLOCK_MONOTONIC, &ts);
	sc2(__NR_clock_getres_time64, CLOCK_MONOTONIC, &ts64);
	ts.tv_sec = 0;
	ts.tv_nsec = 1000;
	sc2(__NR_nanosleep, &ts, &rem);
	sc4(__NR_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, 0);
	sc4(__NR_clock_nanosleep_time64, CLOCK_MONOTONIC, 0, &ts64, 0);
	ts.tv_sec = -1;
	sc2(__NR_nanosleep, &ts, 0);
	sc2(__NR_nanosleep, BAD, 0);
	sc2(__NR_getitimer, ITIMER_REAL, &itv);
	sc3(__NR_setitimer, ITIMER_REAL, &itv, &itv);
	sc2(__NR_sched_rr_get_interval, 0, &ts);
	sc2(__NR_sched_rr_get_interval_time64, 0, &ts64);
	fd = sc2(__NR_timerfd_create, CLOCK_MONOTONIC, 0);
	sc4(__NR_timerfd_settime, fd, 0, &its64, 0);	/* 32-bit itimerspec: zero either way */
	sc4(__NR_timerfd_settime64, fd, 0, &its64, &its64);
	sc2(__NR_timerfd_gettime64, fd, &its64);
	sc1(__NR_close, fd);
	fd = sc3(__NR_open, "file", O_RDWR | O_CREAT, 0600);
	ts64.tv_sec = 1;
	ts64.tv_nsec = UTIME_OMIT;
	{
		struct __kernel_timespec two64[2] = { { 1, 2 }, { 3, UTIME_NOW } };
		struct __kernel_old_timespec two[2] = { { 1, 2 }, { 3, UTIME_OMIT } };

		sc4(__NR_utimensat_time64, AT_FDCWD, "file", two64, 0);
		sc4(__NR_utimensat, fd, 0, two, 0);
	}
	sc1(__NR_close, fd);
}

static void selects(void)
{
	struct __kernel_old_timeval tv = { 0, 10 };
	struct __kernel_old_timespec ts = { 0, 10 };
	struct __kernel_timespec ts64 = { 0, 10 };
	unsigned long rd[2] = { 1 << 0, 0 }, wr[2] = { 1 << 1, 0 };
	struct pollfd p[2] = { { 0, POLLIN, 0 }, { 1, POLLOUT, 0 } };
	long args[5];
	long fds[2];

	sc1(__NR_pipe, fds);
	rd[0] = 1ul << fds[0];
	wr[0] = 1ul << fds[1];
	sc5(__NR__newselect, fds[1] + 1, rd, wr, 0, &tv);
	args[0] = fds[1] + 1;
	args[1] = (long)rd;
	args[2] = (long)wr;
	args[3] = 0;
	args[4] = (long)&tv;
	rd[0] = 1ul << fds[0];
	wr[0] = 1ul << fds[1];
	sc1(__NR_select, args);
	sc6(__NR_pselect6, fds[1] + 1, rd, wr, 0, &ts, 0);
	sc6(__NR_pselect6_time64, fds[1] + 1, rd, wr, 0, &ts64, 0);
	p[0].fd = fds[0];
	p[1].fd = fds[1];
	sc3(__NR_poll, p, 2, 0);
	sc5(__NR_ppoll, p, 2, &ts, 0, 8);
	sc5(__NR_ppoll_time64, p, 2, &ts64, 0, 8);
	sc1(__NR_close, fds[0]);
	sc1(__NR_close, fds[1]);
}

static void memory(void)
{
	long args[6] = { 0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0 };
	long fd = sc3(__NR_open, "file", O_RDWR | O_CREAT | O_TRUNC, 0600);
	long a, b;

	sc3(__NR_ftruncate64, fd, 3 * 4096, 0);
	a = sc1(__NR_mmap, args);
	args[0] = 0;
	args[3] = MAP_SHARED;
	args[4] = fd;
	args[5] = 4096;
	b = sc1(__NR_mmap, args);
	sc2(__NR_munmap, b, 8192);
	b = sc6(__NR_mmap2, 0, 4096, PROT_READ, MAP_SHARED, fd, 2);
	sc3(__NR_mprotect, a, 4096, PROT_READ);
	sc3(__NR_madvise, a, 4096, MADV_DONTNEED);
	sc3(__NR_mincore, a, 8192, buf);
	sc3(__NR_msync, b, 4096, MS_ASYNC);
	sc2(__NR_mlock, a, 4096);
	sc2(__NR_munlock, a, 4096);
	sc4(__NR_mremap, a, 8192, 4096, 0);
	sc2(__NR_munmap, a, 4096);
	sc2(__NR_munmap, b, 4096);
	sc6(__NR_mmap2, 0, 4096, PROT_READ, MAP_SHARED, 1234, 0x12345);
	sc1(__NR_close, fd);
}

static void handler(int sig)
{
	(void)sig;
}

/* the kernel's rt_sigaction: handler, flags, restorer, mask */
struct ksigaction32 {
	void (*handler)(int);
	u32 flags;
	void (*restorer)(void);
	u32 mask[2];
};

/* a sa_restorer to name: never run (SIGUSR2 is not sent; this kernel refuses the
 * rt_sigreturn of a restorer outside the vDSO with SIGSEGV, so SIGUSR1's handler returns
 * through the vDSO's, which the kernel picks without SA_RESTORER) */
static void restorer(void)
{
}

static void signals(void)
{
	struct ksigaction32 act = { handler, SA_RESTART, 0, { 1 << 9, 0 } };
	struct ksigaction32 act2 = { handler, SA_RESTORER | SA_SIGINFO, restorer, { 0, 1 << 3 } };
	struct ksigaction32 old;
	struct sigaction oact = { .sa_handler = handler, .sa_flags = SA_NODEFER };
	u32 set[2] = { (1 << (SIGUSR1 - 1)) | (1 << (SIGINT - 1)), 1 };
	u32 oldset[2];
	unsigned long oset;

	sc4(__NR_rt_sigaction, SIGUSR1, &act, &old, 8);
	sc4(__NR_rt_sigaction, SIGUSR1, 0, &old, 8);
	sc4(__NR_rt_sigaction, SIGUSR2, &act2, &old, 8);
	sc4(__NR_rt_sigaction, SIGUSR2, BAD, 0, 8);
	sc3(__NR_sigaction, SIGUSR2, &oact, &oact);
	sc2(__NR_signal, SIGALRM, 1);
	sc2(__NR_signal, SIGALRM, handler);
	sc2(__NR_signal, SIGALRM, 0);
	sc2(__NR_signal, 99, 0);
	sc4(__NR_rt_sigprocmask, SIG_BLOCK, set, oldset, 8);
	sc4(__NR_rt_sigprocmask, SIG_SETMASK, 0, oldset, 8);
	oset = 1 << (SIGHUP - 1);
	sc3(__NR_sigprocmask, SIG_UNBLOCK, &oset, &oset);
	sc1(__NR_sigpending, &oset);
	sc2(__NR_rt_sigpending, oldset, 8);
	sc0(__NR_sgetmask);
	sc1(__NR_ssetmask, 0x202);
	sc1(__NR_ssetmask, 1 << (SIGSEGV - 1));
	sc2(__NR_kill, sc0(__NR_getpid), SIGUSR1);
	set[0] = 1 << (SIGUSR1 - 1);
	set[1] = 0;
	sc4(__NR_rt_sigprocmask, SIG_UNBLOCK, set, 0, 8);	/* its handler returns with sigreturn */
}

static void sockets(void)
{
	struct sockaddr_un un = { AF_UNIX, "sock" };
	long sv[2], fd, a[6];
	struct iovec iov[2] = { { "hello", 5 }, { " world", 6 } };
	struct iovec riov[2] = { { buf, 3 }, { buf + 100, 20 } };
	struct cmsg32 cm = { sizeof(cm), SOL_SOCKET, SCM_RIGHTS, { 0, 1 } };
	struct msghdr32 mh = { 0, 0, iov, 2, &cm, sizeof(cm), 0 };
	struct msghdr32 rmh = { 0, 0, riov, 2, buf + 200, 64, 0 };
	int val = 4096, len = 4;
	struct __kernel_old_timeval tv = { 1, 2 };

	a[0] = AF_UNIX;
	a[1] = SOCK_STREAM;
	a[2] = 0;
	a[3] = (long)sv;
	sc2(__NR_socketcall, SYS_SOCKETPAIR, a);
	a[0] = sv[0];
	a[1] = (long)"ping";
	a[2] = 4;
	a[3] = MSG_DONTWAIT;
	a[4] = 0;
	a[5] = 0;
	sc2(__NR_socketcall, SYS_SENDTO, a);
	a[0] = sv[1];
	a[1] = (long)buf;
	a[2] = sizeof(buf);
	sc2(__NR_socketcall, SYS_RECVFROM, a);
	a[0] = sv[0];
	a[1] = (long)&mh;
	a[2] = 0;
	sc2(__NR_socketcall, SYS_SENDMSG, a);
	a[0] = sv[1];
	a[1] = (long)&rmh;
	a[2] = MSG_CMSG_CLOEXEC;
	sc2(__NR_socketcall, SYS_RECVMSG, a);
	a[0] = sv[0];
	a[1] = SOL_SOCKET;
	a[2] = SO_RCVBUF;
	a[3] = (long)&val;
	a[4] = (long)&len;
	sc2(__NR_socketcall, SYS_GETSOCKOPT, a);
	a[2] = SO_RCVTIMEO_OLD;
	a[3] = (long)&tv;
	a[4] = sizeof(tv);
	sc2(__NR_socketcall, SYS_SETSOCKOPT, a);
	a[0] = sv[0];
	a[1] = SHUT_WR;
	sc2(__NR_socketcall, SYS_SHUTDOWN, a);
	a[0] = 99;
	sc2(__NR_socketcall, SYS_SHUTDOWN, a);
	sc2(__NR_socketcall, 99, a);
	sc2(__NR_socketcall, SYS_SOCKET, BAD);
	/* the direct calls, i386's since Linux 4.3 */
	fd = sc3(__NR_socket, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	sc3(__NR_bind, fd, &un, sizeof(un));
	len = sizeof(un);
	sc3(__NR_getsockname, fd, &un, &len);
	sc6(__NR_sendto, fd, "x", 1, 0, &un, sizeof(un));
	sc3(__NR_sendmsg, sv[1], &mh, MSG_NOSIGNAL);
	sc3(__NR_recvmsg, sv[0], &rmh, 0);
	sc1(__NR_close, fd);
	sc1(__NR_close, sv[0]);
	sc1(__NR_close, sv[1]);
}

/* i386's ipc(call, first, second, third, ptr, fifth) and the direct calls */
static void ipcs(void)
{
	struct { long type; char text[8]; } msg = { 2, "message" };
	struct { void *msgp; long msgtyp; } kludge = { &msg, 0 };
	struct sembuf sop = { 0, 1, IPC_NOWAIT };
	long sem, q, shm, addr, semun = (long)buf;

	sem = sc6(__NR_ipc, SEMGET, IPC_PRIVATE, 1, 0600, 0, 0);
	sc6(__NR_ipc, SEMOP, sem, 1, 0, &sop, 0);
	sc6(__NR_ipc, SEMCTL, sem, 0, IPC_STAT | IPC_64, &semun, 0);
	sc6(__NR_ipc, SEMCTL, sem, 0, GETVAL, &semun, 0);
	q = sc6(__NR_ipc, MSGGET, IPC_PRIVATE, 0600, 0, 0, 0);
	sc6(__NR_ipc, MSGSND, q, 7, 0, &msg, 0);
	sc6(__NR_ipc, MSGRCV, q, 8, 0, &kludge, 0);
	sc6(__NR_ipc, MSGSND, q, 7, IPC_NOWAIT, &msg, 0);
	sc6(__NR_ipc, MSGRCV | (1 << 16), q, 8, MSG_NOERROR, &msg, 2);
	sc6(__NR_ipc, MSGCTL, q, IPC_STAT | IPC_64, 0, buf, 0);
	sc6(__NR_ipc, MSGCTL, q, IPC_STAT, 0, buf, 0);
	shm = sc6(__NR_ipc, SHMGET, IPC_PRIVATE, 4096, 0600, 0, 0);
	sc6(__NR_ipc, SHMAT, shm, 0, &addr, 0, 0);
	sc6(__NR_ipc, SHMDT, 0, 0, 0, addr, 0);
	sc6(__NR_ipc, SHMCTL, shm, IPC_STAT | IPC_64, 0, buf, 0);
	sc6(__NR_ipc, SHMCTL, shm, IPC_RMID, 0, 0, 0);
	sc6(__NR_ipc, MSGCTL, q, IPC_RMID, 0, 0, 0);
	sc6(__NR_ipc, SEMCTL, sem, 0, IPC_RMID, 0, 0);
	sc6(__NR_ipc, 99, 0, 0, 0, 0, 0);
	/* the direct calls, i386's since Linux 5.1 */
	sem = sc3(__NR_semget, IPC_PRIVATE, 2, 0600);
	sc4(__NR_semctl, sem, 1, SETVAL, 5);
	sc4(__NR_semctl, sem, 0, IPC_STAT, buf);
	sc4(__NR_semctl, sem, 0, IPC_RMID, 0);
	q = sc2(__NR_msgget, IPC_PRIVATE, 0600);
	sc4(__NR_msgsnd, q, &msg, 3, 0);
	sc5(__NR_msgrcv, q, &msg, 8, 0, IPC_NOWAIT);
	sc3(__NR_msgctl, q, IPC_STAT, buf);
	sc3(__NR_msgctl, q, IPC_STAT | IPC_64, buf);
	sc3(__NR_msgctl, q, IPC_RMID, 0);
	shm = sc3(__NR_shmget, IPC_PRIVATE, 4096, 0600);
	addr = sc3(__NR_shmat, shm, 0, SHM_RDONLY);
	sc1(__NR_shmdt, addr);
	sc3(__NR_shmctl, shm, IPC_STAT, buf);
	sc3(__NR_shmctl, shm, IPC_RMID, 0);
}

static void process(void)
{
	struct rlimit rl;
	struct { u64 cur, max; } rl64;
	struct new_utsname un;
	struct rusage ru;
	unsigned short g16[4];
	u32 g32[4];
	u32 r[3];
	int status;
	long pid;

	sc2(__NR_ugetrlimit, RLIMIT_NOFILE, &rl);
	sc2(__NR_getrlimit, RLIMIT_STACK, &rl);
	sc2(__NR_ugetrlimit, RLIMIT_CORE, &rl);
	sc2(__NR_setrlimit, RLIMIT_CORE, &rl);
	sc4(__NR_prlimit64, 0, RLIMIT_NOFILE, 0, &rl64);
	sc2(__NR_ugetrlimit, RLIMIT_AS, &rl);	/* RLIM_INFINITY: ~0 in 32 bits */
	sc2(__NR_getrlimit, RLIMIT_AS, &rl);	/* the old call's infinity: 0x7fffffff */
	sc4(__NR_prlimit64, 0, RLIMIT_AS, 0, &rl64);
	sc1(__NR_uname, &un);
	sc0(__NR_getuid);
	sc0(__NR_getuid32);
	sc0(__NR_getegid);
	sc1(__NR_setuid, -1);
	sc1(__NR_setgid32, -1);
	sc3(__NR_setresuid, -1, -1, -1);
	sc3(__NR_setresgid32, -1, -1, -1);
	sc2(__NR_setreuid, 0xffff, -1);
	sc3(__NR_getresuid, r, r + 1, r + 2);
	sc3(__NR_getresgid32, r, r + 1, r + 2);
	sc2(__NR_getgroups, 4, g16);
	sc2(__NR_getgroups32, 4, g32);
	sc1(__NR_setfsuid, -1);
	sc1(__NR_setfsgid32, -1);
	sc1(__NR_personality, 0xffffffff);
	pid = sc0(__NR_fork);
	if (pid == 0)
		sc1(__NR_exit, 3);
	sc4(__NR_wait4, pid, &status, 0, &ru);
	pid = sc0(__NR_fork);
	if (pid == 0)
		sc1(__NR_exit, 4);
	sc3(__NR_waitpid, pid, &status, 0);
	sc2(__NR_getrusage, RUSAGE_CHILDREN, &ru);
	sc4(__NR_wait4, -1, &status, WNOHANG, 0);
}

/* the i386 user_desc of set_thread_area and modify_ldt */
struct user_desc32 {
	u32 entry_number, base_addr, limit;
	u32 flags;
};

/* struct mmsghdr: a msghdr and an unsigned int */
static void mmsgs(void)
{
	struct iovec iov[2] = { { "ab", 2 }, { "cde", 3 } };
	struct iovec riov[1] = { { buf, 8 } };
	struct { struct msghdr32 h; u32 len; } out[2] = {
		{ { 0, 0, iov, 1, 0, 0, 0 }, 0 }, { { 0, 0, iov + 1, 1, 0, 0, 0 }, 0 } };
	struct { struct msghdr32 h; u32 len; } in[2] = {
		{ { 0, 0, riov, 1, 0, 0, 0 }, 0 }, { { 0, 0, riov, 1, 0, 0, 0 }, 0 } };
	struct __kernel_timespec ts64 = { 0, 0 };
	struct __kernel_old_timespec ts = { 0, 0 };
	long sv[2], a[4] = { AF_UNIX, SOCK_DGRAM, 0, (long)sv };

	sc2(__NR_socketcall, SYS_SOCKETPAIR, a);
	sc4(__NR_sendmmsg, sv[0], out, 2, 0);
	sc5(__NR_recvmmsg, sv[1], in, 1, MSG_DONTWAIT, &ts);
	sc5(__NR_recvmmsg_time64, sv[1], in, 2, MSG_DONTWAIT, &ts64);
	sc1(__NR_close, sv[0]);
	sc1(__NR_close, sv[1]);
}

/* the i386 AIO context (a 32-bit unsigned long) and iocb (64-bit fields anyway) */
static void aio(void)
{
	u32 ctx = 0;
	struct { u64 data; u32 key, rw_flags; short op, prio; u32 fd; u64 buf, nbytes; long long off;
		 u64 rsvd2; u32 flags, resfd; } cb = { 0x1234, 0, 0, 1 /* PWRITE */, 0, 0,
						       (u32)"aio", 3, 0, 0, 0, 0 };
	struct { u64 data, obj; long long res, res2; } ev[1];
	u32 cbs[1] = { (u32)&cb };
	struct __kernel_timespec ts64 = { 0, 0 };
	long fd = sc3(__NR_open, "file", O_RDWR | O_CREAT | O_TRUNC, 0600);

	cb.fd = fd;
	if (sc2(__NR_io_setup, 4, &ctx) < 0)
		return;
	sc3(__NR_io_submit, ctx, 1, cbs);
	sc5(__NR_io_getevents, ctx, 1, 1, ev, 0);
	sc5(__NR_io_pgetevents_time64, ctx, 0, 1, ev, &ts64);
	sc1(__NR_io_destroy, ctx);
	sc1(__NR_close, fd);
}

/* more calls of the i386 table with 32-bit arguments or structures of their own */
static void more(void)
{
	struct iovec iov[2] = { { buf, 4 }, { buf + 8, 3 } };
	struct user_desc32 ud = { -1, 0x1000, 0xfff, 0x51 };
	struct old_utsname { char s[5][65]; } ou;
	struct { long sec, usec; } tv;
	struct { int signo, errno_, code, pid, uid; int pad[27]; } si = { 0 };
	struct { u32 value; int signo, notify, tid; int pad[12]; } sev = { 7, SIGUSR2, 0, 0 };
	struct __kernel_timespec ts64 = { 0, 0 };
	u32 set[2] = { 1 << (SIGUSR2 - 1), 0 };
	long fds[2], fd, timer = 0, a[6], off32 = 2;
	u64 off64 = 3;

	sc1(__NR_pipe, fds);
	sc3(__NR_writev, fds[1], iov, 2);
	sc3(__NR_readv, fds[0], iov, 2);
	fd = sc3(__NR_open, "file", O_RDWR | O_CREAT | O_TRUNC, 0600);
	sc5(__NR_pwritev, fd, iov, 2, 0x10, 0);
	sc5(__NR_preadv, fd, iov, 2, 0x10, 0);
	sc6(__NR_pwritev2, fd, iov, 1, 1, 0, 0);
	sc4(__NR_sendfile, fds[1], fd, &off32, 2);
	sc4(__NR_sendfile64, fds[1], fd, &off64, 2);
	sc1(__NR_olduname, &ou);
	sc1(__NR_oldolduname, &ou);
	sc1(__NR_set_thread_area, &ud);
	sc1(__NR_get_thread_area, &ud);
	sc3(__NR_modify_ldt, 0, buf, 16);
	sc2(__NR_gettimeofday, &tv, 0);
	si.signo = SIGUSR2;
	si.code = -1;
	si.pid = 1;
	sc4(__NR_rt_sigprocmask, SIG_BLOCK, set, 0, 8);
	sc3(__NR_rt_sigqueueinfo, sc0(__NR_getpid), SIGUSR2, &si);
	sc4(__NR_rt_sigtimedwait, set, &si, 0, 8);
	sc4(__NR_rt_sigtimedwait_time64, set, &si, &ts64, 8);
	sc3(__NR_timer_create, CLOCK_MONOTONIC, &sev, &timer);
	sc1(__NR_timer_delete, timer);
	a[0] = fds[0];
	a[1] = (long)buf;
	a[2] = (long)&off32;
	sc2(__NR_socketcall, SYS_GETPEERNAME, a);
	a[0] = AF_INET;
	a[1] = SOCK_DGRAM;
	a[2] = 0;
	fd = sc2(__NR_socketcall, SYS_SOCKET, a);
	{
		struct sockaddr_in in = { AF_INET, 0x3930, { 0x0100007f } };

		a[0] = fd;
		a[1] = (long)&in;
		a[2] = sizeof(in);
		sc2(__NR_socketcall, SYS_CONNECT, a);
	}
	sc1(__NR_close, fd);
	sc1(__NR_close, fds[0]);
	sc1(__NR_close, fds[1]);
	mmsgs();
	aio();
}

/*
 * Structures with longs or pointers in them, which a strace without its 32-bit layouts
 * (7.2 built without mpers) reads as 64-bit ones: the comparison of this group is with
 * a strace that has them (Debian's 6.1).
 */
static void structs(void)
{
	struct __kernel_old_timeval tvs[2] = { { 5, 6 }, { 7, 8 } };
	struct { void *sp; int flags; u32 size; } ss = { buf, 0, sizeof(buf) }, oss;
	struct sysinfo si;
	long fd = sc3(__NR_open, "file", O_RDWR | O_CREAT, 0600);

	sc2(__NR_utimes, "file", tvs);
	sc3(__NR_futimesat, AT_FDCWD, "file", tvs);
	sc2(__NR_sigaltstack, &ss, &oss);
	sc2(__NR_sigaltstack, 0, &oss);
	sc1(__NR_sysinfo, &si);
	sc1(__NR_close, fd);
}

/* calls newer than the 32-bit libc that would have wrapped them */
static void newer(void)
{
	struct open_how how = { O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_SYMLINKS };
	struct __kernel_timespec ts64 = { 0, 1000 };
	struct __kernel_old_timespec ts = { 0, 1000 };
	struct epoll_event ev = { EPOLLIN, 0x1234567890ULL };
	u32 futex = 1;
	long fd, ep, pidfd;

	fd = sc4(__NR_openat2, AT_FDCWD, STABLE_DIR, &how, sizeof(how));
	sc3(__NR_close_range, fd, fd + 10, 0);
	sc6(__NR_futex, &futex, FUTEX_WAIT_PRIVATE, 0, &ts, 0, 0);
	sc6(__NR_futex_time64, &futex, FUTEX_WAIT_PRIVATE, 1, &ts64, 0, 0);
	sc6(__NR_futex, &futex, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0);
	ep = sc1(__NR_epoll_create1, EPOLL_CLOEXEC);
	sc4(__NR_epoll_ctl, ep, EPOLL_CTL_ADD, 0, &ev);
	sc6(__NR_epoll_pwait2, ep, &ev, 1, &ts64, 0, 8);
	sc4(__NR_epoll_wait, ep, &ev, 1, 0);
	sc1(__NR_close, ep);
	pidfd = sc2(__NR_pidfd_open, sc0(__NR_getpid), 0);
	sc4(__NR_pidfd_send_signal, pidfd, 0, 0, 0);
	sc3(__NR_pidfd_getfd, pidfd, 0, 0);
	sc1(__NR_close, pidfd);
	sc2(__NR_memfd_create, "m32", MFD_CLOEXEC);
	sc4(__NR_faccessat2, AT_FDCWD, "/dev/null", 4, AT_EACCESS);
	sc3(__NR_set_robust_list, buf, 12, 0);
	sc1(__NR_set_tid_address, buf);
}

/*
 * The calls strace 7.2 decodes and 6.1 does not, on i386: int arguments are the registers'
 * 32 bits, masks and sizes 32-bit longs. 6.1 cannot be the reference, so with a style
 * (abbrev, raw, verbose: what -X says) the program prints the lines it expects, for
 * tests/expect.py; they were checked against strace 7.2.
 */
static const char *style = "";

/* a constant as -X prints it: its name, its number, or both */
static void ln_const(struct line *l, const char *number, const char *name)
{
	if (str_eq(style, "raw")) {
		ln_s(l, number);
	} else if (str_eq(style, "verbose")) {
		ln_s(l, number);
		ln_s(l, " /* ");
		ln_s(l, name);
		ln_s(l, " */");
	} else {
		ln_s(l, name);
	}
}

static void ln_waiter(struct line *l, u64 val, u32 uaddr, const char *flags_hex,
		      const char *flags)
{
	ln_s(l, "{val=");
	ln_x(l, val);
	ln_s(l, ", uaddr=");
	ln_x(l, uaddr);
	ln_s(l, ", flags=");
	ln_const(l, flags_hex, flags);
	ln_s(l, "}");
}

static void new72(void)
{
	struct { u64 val, uaddr; u32 flags, rsvd; } w[2] = {
		{ 5, (u32)buf, FUTEX2_SIZE_U32 | FUTEX2_PRIVATE, 0 },
		{ 0, (u32)(buf + 8), FUTEX2_SIZE_U32, 0 } };
	struct __kernel_timespec ts64 = { 0, 1000 };
	struct { u64 off, len; } range = { 0, 4096 };
	u64 cs[5];
	u64 req[4] = { 24, 0x40, 0, 0 };
	long fd = sc3(__NR_open, "file", O_RDWR | O_CREAT | O_TRUNC, 0600);
	int say_it = *style != 0;
	struct line l = { .n = 0 };
	long rc;

	rc = sc4(__NR_futex_wake, buf, 0xffffffff, 1, FUTEX2_SIZE_U32 | FUTEX2_PRIVATE);
	ln_s(&l, "futex_wake(");
	ln_x(&l, (u32)buf);
	ln_s(&l, ", ");
	ln_const(&l, "0xffffffff", "FUTEX_BITSET_MATCH_ANY");
	ln_s(&l, ", 1, ");
	ln_const(&l, "0x82", "FUTEX2_SIZE_U32|FUTEX2_PRIVATE");
	ln_s(&l, ")");
	if (say_it)
		ln_end(&l, rc);
	l.n = 0;
	rc = sc6(__NR_futex_wait, buf, 1, 0xff, FUTEX2_SIZE_U32, &ts64, CLOCK_MONOTONIC);
	ln_s(&l, "futex_wait(");
	ln_x(&l, (u32)buf);
	ln_s(&l, ", 1, 0xff, ");
	ln_const(&l, "0x2", "FUTEX2_SIZE_U32");
	ln_s(&l, ", {tv_sec=0, tv_nsec=1000}, ");
	ln_const(&l, "0x1", "CLOCK_MONOTONIC");
	ln_s(&l, ")");
	if (say_it)
		ln_end(&l, rc);
	l.n = 0;
	rc = sc4(__NR_futex_requeue, w, 0, 1, 0);
	ln_s(&l, "futex_requeue([");
	ln_waiter(&l, 5, (u32)buf, "0x82", "FUTEX2_SIZE_U32|FUTEX2_PRIVATE");
	ln_s(&l, ", ");
	ln_waiter(&l, 0, (u32)(buf + 8), "0x2", "FUTEX2_SIZE_U32");
	ln_s(&l, "], 0, 1, 0)");
	if (say_it)
		ln_end(&l, rc);
	l.n = 0;
	rc = sc5(__NR_futex_waitv, w, 1, 0, &ts64, CLOCK_MONOTONIC);
	ln_s(&l, "futex_waitv([");
	ln_waiter(&l, 5, (u32)buf, "0x82", "FUTEX2_SIZE_U32|FUTEX2_PRIVATE");
	ln_s(&l, "], 1, 0, {tv_sec=0, tv_nsec=1000}, ");
	ln_const(&l, "0x1", "CLOCK_MONOTONIC");
	ln_s(&l, ")");
	if (say_it)
		ln_end(&l, rc);
	l.n = 0;
	rc = sc4(__NR_cachestat, fd, &range, cs, 0);
	ln_s(&l, "cachestat(");
	ln_u(&l, (u64)fd);
	ln_s(&l, ", {off=0, len=4096}, ");
	if (rc == 0) {	/* the file is empty: nothing cached */
		ln_s(&l, "{nr_cache=0, nr_dirty=0, nr_writeback=0, nr_evicted=0, "
		     "nr_recently_evicted=0}");
	} else {
		ln_x(&l, (u32)cs);
	}
	ln_s(&l, ", 0)");
	if (say_it)
		ln_end(&l, rc);
	l.n = 0;
	rc = sc3(__NR_mseal, buf, 4096, 0);
	ln_s(&l, "mseal(");
	ln_x(&l, (u32)buf);
	ln_s(&l, ", 4096, 0)");
	if (say_it)
		ln_end(&l, rc);
	l.n = 0;
	rc = sc4(__NR_listmount, req, buf, 4, 0);
	ln_s(&l, "listmount({size=24, mnt_ns_fd=0, mnt_id=0x40, param=0}, ");
	ln_x(&l, (u32)buf);
	ln_s(&l, ", 4, 0)");
	if (say_it && rc < 0)	/* no mount has id 0x40 */
		ln_end(&l, rc);
	l.n = 0;
	rc = sc2(__NR_clone3, buf, 8);
	ln_s(&l, "clone3(");
	ln_x(&l, (u32)buf);
	ln_s(&l, ", 8)");
	if (say_it)
		ln_end(&l, rc);
	sc1(__NR_close, fd);
	if (say_it)
		sc3(__NR_write, 1, "+++ exited with 0 +++\n", 22);
}

/* 32 -> 64 -> 32: run a shell, which runs this program again */
static void exec_both(char **argv, char **envp)
{
	char *args[] = { "sh", "-c", "exec \"$0\" hello", argv[0], 0 };

	sc3(__NR_execve, "/bin/sh", args, envp);
	say("fam32: execve /bin/sh failed\n");
}

int main(int argc, char **argv, char **envp)
{
	const char *what = argc > 1 ? argv[1] : "";

	if (str_eq(what, "probe"))
		return 0;
	if (str_eq(what, "hello"))
		return sc3(__NR_write, 1, "hello\n", 6) == 6 ? 0 : 1;
	if (str_eq(what, "files"))
		files();
	else if (str_eq(what, "offsets"))
		offsets();
	else if (str_eq(what, "times"))
		times();
	else if (str_eq(what, "selects"))
		selects();
	else if (str_eq(what, "memory"))
		memory();
	else if (str_eq(what, "signals"))
		signals();
	else if (str_eq(what, "sockets"))
		sockets();
	else if (str_eq(what, "ipc"))
		ipcs();
	else if (str_eq(what, "process"))
		process();
	else if (str_eq(what, "more"))
		more();
	else if (str_eq(what, "structs"))
		structs();
	else if (str_eq(what, "new72")) {
		style = argc > 2 ? argv[2] : "";
		new72();
	}
	else if (str_eq(what, "newer"))
		newer();
	else if (str_eq(what, "exec"))
		exec_both(argv, envp);
	else {
		say("usage: fam32 probe|hello|files|offsets|times|selects|memory|signals|"
		    "sockets|ipc|process|more|structs|newer|new72|exec\n");
		return 2;
	}
	return 0;
}

/*
 * fam_desc: the descriptor and I/O family with varied arguments, successes and errors, for
 * comparing strc with strace. Files are memfds and /dev/null so that -y prints the same
 * paths on every run; nothing printed depends on time, pids or inode numbers unless -yy.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/sendfile.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <unistd.h>
#include <linux/fs.h>

#define BAD ((void *)8)

static void rw_calls(int fd)
{
	char buf[64];
	char a[8], b[5];
	struct iovec in[2] = { { a, sizeof(a) }, { b, sizeof(b) } };
	struct iovec out[3] = { { "hello ", 6 }, { "world\n", 6 }, { "\1\2\3zz", 5 } };

	write(fd, "0123456789abcdefghijklmnopqrstuvwxyz0123456789\n", 47);
	lseek(fd, 0, SEEK_SET);
	read(fd, buf, 10);
	read(fd, buf, sizeof(buf));
	read(fd, buf, sizeof(buf));
	read(-1, buf, 1);
	read(fd, BAD, 4);
	pread64(fd, buf, 4, 3);
	pwrite64(fd, "xy", 2, 100);
	pwrite64(fd, "xy", 2, -1);
	writev(fd, out, 3);
	writev(fd, out, 0);
	writev(fd, BAD, 2);
	lseek(fd, 2, SEEK_SET);
	readv(fd, in, 2);
	lseek(fd, 40, SEEK_SET);
	readv(fd, in, 2);
	preadv(fd, in, 2, 5);
	pwritev(fd, out, 2, 0x100000001LL);
	preadv2(fd, in, 1, 0, RWF_HIPRI);
	pwritev2(fd, out, 1, -1, 0);
	preadv2(fd, in, 1, 7, 0x40);
	lseek(fd, -5, SEEK_END);
	lseek(fd, 0, SEEK_CUR);
	lseek(fd, 0, SEEK_DATA);
	lseek(fd, 0, 7);
	lseek(-1, 0, SEEK_HOLE);
}

static void fcntl_calls(int fd)
{
	struct flock fl = { .l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 1, .l_len = 5 };
	struct f_owner_ex own = { F_OWNER_PID, 0 };

	fcntl(fd, F_DUPFD, 10);
	fcntl(fd, F_DUPFD_CLOEXEC, 20);
	fcntl(fd, F_GETFD);
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	fcntl(fd, F_GETFD);
	fcntl(fd, F_SETFD, 0);
	fcntl(fd, F_GETFL);
	fcntl(fd, F_SETFL, O_NONBLOCK | O_APPEND);
	fcntl(fd, F_GETFL);
	fcntl(fd, F_SETFL, 0);
	fcntl(fd, F_SETLK, &fl);
	fcntl(fd, F_GETLK, &fl);
	fl.l_type = F_UNLCK;
	fcntl(fd, F_SETLKW, &fl);
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_CUR;
	fcntl(fd, F_OFD_SETLK, &fl);
	fcntl(fd, F_OFD_GETLK, &fl);
	fcntl(fd, F_SETLK, BAD);
	fcntl(fd, F_GETOWN);
	fcntl(fd, F_SETOWN, 0);
	fcntl(fd, F_GETOWN_EX, &own);
	fcntl(fd, F_SETOWN_EX, &own);
	fcntl(fd, F_GETSIG);
	fcntl(fd, F_SETSIG, SIGUSR1);
	fcntl(fd, F_GETSIG);
	fcntl(fd, F_SETSIG, 0);
	fcntl(fd, F_GETLEASE);
	fcntl(fd, F_SETLEASE, F_RDLCK);
	fcntl(fd, F_NOTIFY, DN_MODIFY | DN_MULTISHOT);
	fcntl(fd, F_GET_SEALS);
	fcntl(fd, F_ADD_SEALS, F_SEAL_SEAL | F_SEAL_GROW);
	fcntl(fd, F_GET_SEALS);
	fcntl(-1, F_GETFD);
	fcntl(fd, 999, 3);
}

static void pipe_calls(void)
{
	int p[2], q[2];
	char buf[16];

	pipe(p);
	pipe2(q, O_CLOEXEC | O_NONBLOCK);
	pipe2(q + 0, 0x7);
	pipe(BAD);
	fcntl(p[1], F_GETPIPE_SZ);
	fcntl(p[1], F_SETPIPE_SZ, 8192);
	write(p[1], "abc", 3);
	ioctl(p[0], FIONREAD, buf);
	tee(p[0], q[1], 3, SPLICE_F_NONBLOCK);
	splice(p[0], NULL, q[1], NULL, 2, SPLICE_F_MOVE | SPLICE_F_MORE);
	read(q[0], buf, sizeof(buf));
	{
		struct iovec v = { "vm", 2 };
		vmsplice(p[1], &v, 1, SPLICE_F_GIFT);
	}
	{
		loff_t off = 0;
		splice(p[0], NULL, q[1], &off, 1, 0);
	}
	dup(p[0]);
	dup2(p[0], 30);
	dup3(p[0], 31, O_CLOEXEC);
	dup3(p[0], 31, 0);
	dup2(-1, 3);
	dup(1000);
	close_range(30, 31, 0);
	close_range(100, ~0U, CLOSE_RANGE_CLOEXEC);
	close(p[0]);
	close(p[1]);
	close(q[0]);
	close(q[1]);
}

static void poll_calls(void)
{
	int p[2];
	struct pollfd pf[3];
	struct timespec ts = { 0, 1000 };
	fd_set r, w;
	struct timeval tv = { 0, 0 };
	sigset_t ss;

	pipe(p);
	write(p[1], "x", 1);
	pf[0] = (struct pollfd){ p[0], POLLIN | POLLPRI, 0 };
	pf[1] = (struct pollfd){ p[1], POLLOUT, 0 };
	pf[2] = (struct pollfd){ -1, POLLIN, 0 };
	poll(pf, 3, 0);
	poll(pf, 1, 0);
	poll(pf + 2, 1, 0);
	poll(NULL, 0, 1);
	poll(BAD, 1, 0);
	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR2);
	ppoll(pf, 2, &ts, &ss);
	ppoll(pf + 2, 1, &ts, NULL);
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(p[0], &r);
	FD_SET(p[1], &r);
	FD_SET(p[1], &w);
	select(p[1] + 1, &r, &w, NULL, &tv);
	FD_ZERO(&r);
	FD_SET(p[1], &r);
	tv.tv_usec = 10;
	select(p[1] + 1, &r, NULL, NULL, &tv);
	select(0, NULL, NULL, NULL, &tv);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	pselect(p[0] + 1, &r, NULL, NULL, &ts, &ss);
	FD_ZERO(&r);
	FD_SET(p[1], &r);
	pselect(p[1] + 1, &r, NULL, NULL, &ts, NULL);
	select(-1, NULL, NULL, NULL, NULL);
	close(p[0]);
	close(p[1]);
}

static void epoll_calls(void)
{
	int p[2];
	int ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = { .events = EPOLLIN | EPOLLET, .data.u64 = 0x100000003ULL };
	struct epoll_event out[4];
	struct timespec ts = { 0, 0 };
	sigset_t ss;

	epoll_create1(0x7);
	pipe(p);
	write(p[1], "x", 1);
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	ev.events = EPOLLOUT;
	ev.data.fd = p[1];
	epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev);
	epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &ev);
	epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL);
	epoll_ctl(ep, EPOLL_CTL_ADD, p[1], BAD);
	epoll_wait(ep, out, 4, 0);
	epoll_wait(ep, BAD, 4, 0);
	sigemptyset(&ss);
	sigaddset(&ss, SIGHUP);
	epoll_pwait(ep, out, 4, 0, &ss);
	epoll_pwait(ep, out, 4, 0, NULL);
	syscall(SYS_epoll_pwait2, ep, out, 4, &ts, NULL, 8);
	close(ep);
	close(p[0]);
	close(p[1]);
}

static void fdkinds(void)
{
	int efd = eventfd(5, EFD_CLOEXEC | EFD_NONBLOCK);
	int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
	struct itimerspec its = { { 1, 0 }, { 100, 5 } }, old;
	sigset_t ss;
	uint64_t v;

	eventfd(0, 0);
	read(efd, &v, sizeof(v));
	timerfd_settime(tfd, 0, &its, &old);
	timerfd_settime(tfd, TFD_TIMER_ABSTIME, &its, NULL);
	timerfd_gettime(tfd, BAD);
	timerfd_create(CLOCK_REALTIME, 0);
	timerfd_create(123, 0);
	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR1);
	sigaddset(&ss, SIGCHLD);
	signalfd(-1, &ss, sizeof(ss));
	syscall(SYS_signalfd4, -1, &ss, 8, SFD_NONBLOCK);
	inotify_init1(IN_CLOEXEC);
	inotify_add_watch(efd + 6, "/", IN_MODIFY | IN_CREATE);
	inotify_rm_watch(efd + 6, 1);
	inotify_rm_watch(efd + 6, 77);
	memfd_create("memfd-name", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	memfd_create("x", 0);
}

static void file_calls(int fd)
{
	int null = open("/dev/null", O_RDWR);
	off_t off = 2;
	loff_t in = 0, out = 0;

	sendfile(null, fd, &off, 4);
	sendfile(null, fd, NULL, 4);
	sendfile(null, fd, BAD, 4);
	copy_file_range(fd, &in, fd, &out, 4, 0);
	copy_file_range(fd, NULL, fd, NULL, 0, 0);
	fsync(fd);
	fdatasync(fd);
	fsync(-1);
	posix_fadvise(fd, 0, 100, POSIX_FADV_SEQUENTIAL);
	posix_fadvise(fd, 10, 0, POSIX_FADV_DONTNEED);
	syscall(SYS_fadvise64, fd, 0, 0, 99);
	fallocate(fd, 0, 0, 4096);
	fallocate(fd, FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE, 0, 10);
	flock(fd, LOCK_EX);
	flock(fd, LOCK_SH | LOCK_NB);
	flock(fd, LOCK_UN);
	flock(fd, 0x100);
	sync_file_range(fd, 0, 10, SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
	sync_file_range(fd, 0, 0, 0);
	ioctl(fd, FIOCLEX);
	ioctl(fd, FIONCLEX);
	{
		int one = 1;
		ioctl(null, FIONBIO, &one);
		one = 0;
		ioctl(null, FIONBIO, &one);
	}
	ioctl(null, TCGETS, BAD);
	{
		char tio[64];
		ioctl(null, TCGETS, tio);
	}
	ioctl(fd, BLKGETSIZE64, BAD);
	ioctl(fd, _IOR('z', 3, int), BAD);
	ioctl(fd, _IOW('z', 4, long), 0);
	ioctl(fd, _IO('z', 5), 0);
	ioctl(fd, _IOWR(0xee, 0xff, char[300]), 0);
	close(null);
}

/* cachestat (Linux 6.5) is newer than strace 6.1: only with the cachestat argument */
static void cachestat_calls(int fd)
{
	struct { unsigned long long off, len; } range = { 0, 4096 };
	unsigned long long st[5];

	write(fd, "cached", 6);
	syscall(451, fd, &range, st, 0);
	range.off = 0x1000;
	range.len = 0;
	syscall(451, fd, &range, st, 0);
	syscall(451, -1, NULL, NULL, 0);
	syscall(451, fd, NULL, NULL, 0x7);
	syscall(451, fd, (void *)1, st, 0);
	syscall(451, fd, &range, (void *)1, 0);
}

int main(int argc, char **argv)
{
	int fd = memfd_create("fam_desc", MFD_ALLOW_SEALING);

	if (argc > 1 && !strcmp(argv[1], "cachestat")) {
		cachestat_calls(fd);
		return 0;
	}

	rw_calls(fd);
	fcntl_calls(fd);
	pipe_calls();
	poll_calls();
	epoll_calls();
	fdkinds();
	file_calls(fd);
	return 0;
}

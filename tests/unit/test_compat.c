/*
 * test_compat.c: the 32-bit personalities without a 32-bit tracee. This kernel may have no
 * IA32 emulation and the machine no multilib compiler, so a test builds i386 and x32
 * structures itself, in memory below 4 GiB (MAP_32BIT), and runs a call through the
 * tracer's own path (syscall_identify, syscall_entry, syscall_exit) with a tracee that is
 * this process: the decoders read its memory as they would a 32-bit tracee's.
 *
 * The expected lines are what strace prints for the call: its 64-bit output of the same
 * call with the 32-bit layout's values, and its published tests for socketcall and ipc
 * (tests/socketcall.c, tests/ipc.c, tests/shmxt.c). None could be checked against a
 * running 32-bit strace here; where a form rests on less than that, a comment says so.
 */
#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "decode.h"
#include "filter.h"
#include "capture.h"
#include "syscall.h"

static const struct arch_table *i386, *x32;
static unsigned char *low;		/* a scratch arena below 4 GiB */
static size_t low_used;
static uint32_t efault;			/* an address below 4 GiB that cannot be read */
static struct tracee T;

#define ARENA 65536

static void setup(void)
{
	capture_setup();
	opt.align = 0;
	setenv("TZ", "UTC", 1);	/* the date comments */
	tzset();
	i386 = arch_by_name("i386");
	x32 = arch_by_name("x32");
	cr_assert(i386 && x32);
	low = mmap(NULL, ARENA + 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS |
		   MAP_32BIT, -1, 0);
	cr_assert(low != MAP_FAILED);
	cr_assert((uintptr_t)low + ARENA + 4096 < 0x100000000ull);
	mprotect(low + ARENA, 4096, PROT_NONE);
	efault = (uint32_t)(uintptr_t)(low + ARENA);
	low_used = 0;
}

static void teardown(void)
{
	qualify_reset();
	munmap(low, ARENA + 4096);
	capture_teardown();
}

TestSuite(compat, .init = setup, .fini = teardown);

/* n bytes of the arena, 8-aligned, as the 32-bit address a tracee would pass */
static uint32_t put(const void *data, size_t n)
{
	unsigned char *p = low + low_used;

	cr_assert(low_used + n <= ARENA);
	memcpy(p, data, n);
	low_used = (low_used + n + 7) & ~(size_t)7;
	return (uint32_t)(uintptr_t)p;
}

/* 32-bit words, the usual shape of an i386 structure */
#define PUT32(...) put((const uint32_t[]){ __VA_ARGS__ }, sizeof((const uint32_t[]){ __VA_ARGS__ }))
#define STR(s) put(s, sizeof(s))

static unsigned nr_of(const struct arch_table *a, const char *name)
{
	int id = syscall_by_name(name);

	for (unsigned n = 0; n < a->nmap; n++)
		if (a->map[n] == id)
			return a->nr_base + n;
	cr_assert_fail("%s has no %s", a->name, name);
	return 0;
}

/*
 * The line the tracer prints for call name on arch with these arguments, ending with
 * rval (-errno for a failure).
 */
static char *call6(const struct arch_table *a, const char *name, int64_t rval,
		   const uint64_t args[6])
{
	struct tracee *t = &T;

	memset(t, 0, sizeof(*t));
	t->pid = getpid();
	t->out = capture_out;
	syscall_identify(t, a, nr_of(a, name), args);
	syscall_entry(t);
	t->rval = rval;
	t->err = rval < 0 && rval > -4096 ? (int)-rval : 0;
	syscall_exit(t);
	return printed();
}

#define CALL(a, name, rval, ...) call6(a, name, rval, (const uint64_t[6]){ __VA_ARGS__ })

static char *fmt(const char *f, ...)
{
	static char buf[4][1024];
	static int i;
	va_list ap;

	i = (i + 1) % 4;
	va_start(ap, f);
	vsnprintf(buf[i], sizeof(buf[i]), f, ap);
	va_end(ap);
	return buf[i];
}

#define EXPECT(got, ...) cr_assert_str_eq(got, fmt(__VA_ARGS__))

/* ---- socketcall ---- */

Test(compat, socketcall_socket)
{
	uint32_t args = PUT32(AF_INET, 1 /* SOCK_STREAM */, 0);

	EXPECT(CALL(i386, "socketcall", 3, 1, args),
	       "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3\n");
}

static uint32_t sockaddr_in_low(void)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(8080) };

	sin.sin_addr.s_addr = inet_addr("127.0.0.1");
	return put(&sin, sizeof(sin));
}

Test(compat, socketcall_bind_and_connect)
{
	uint32_t sa = sockaddr_in_low();

	EXPECT(CALL(i386, "socketcall", 0, 2, PUT32(3, sa, 16)),
	       "bind(3, {sa_family=AF_INET, sin_port=htons(8080), "
	       "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0\n");
	EXPECT(CALL(i386, "socketcall", -115, 3, PUT32(3, sa, 16)),
	       "connect(3, {sa_family=AF_INET, sin_port=htons(8080), "
	       "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = -1 EINPROGRESS "
	       "(Operation now in progress)\n");
}

Test(compat, socketcall_sendto)
{
	uint32_t sa = sockaddr_in_low(), buf = STR("hello");

	EXPECT(CALL(i386, "socketcall", 5, 11, PUT32(3, buf, 5, 0x40 /* MSG_DONTWAIT */, sa, 16)),
	       "sendto(3, \"hello\", 5, MSG_DONTWAIT, {sa_family=AF_INET, sin_port=htons(8080), "
	       "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 5\n");
}

/* struct msghdr of i386: seven 32-bit words; its iovec two */
Test(compat, socketcall_recvmsg_msghdr32)
{
	uint32_t data = STR("hi there");
	uint32_t iov = PUT32(data, 16);
	uint32_t msg = PUT32(0, 0, iov, 1, 0, 0, 0);

	EXPECT(CALL(i386, "socketcall", 8, 17, PUT32(3, msg, 0)),
	       "recvmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"hi there\", "
	       "iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 8\n");
}

Test(compat, socketcall_setsockopt_and_accept4)
{
	uint32_t one = PUT32(1);

	EXPECT(CALL(i386, "socketcall", 0, 14, PUT32(3, 1 /* SOL_SOCKET */, 2, one, 4)),
	       "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0\n");
	EXPECT(CALL(i386, "socketcall", 4, 18, PUT32(3, 0, 0, 02000000 /* SOCK_CLOEXEC */)),
	       "accept4(3, NULL, NULL, SOCK_CLOEXEC) = 4\n");
}

/* strace's tests/socketcall.c: the call by name when its arguments are unreadable,
 * the number when it is not one */
Test(compat, socketcall_undecodable)
{
	EXPECT(CALL(i386, "socketcall", -14, 1, efault),
	       "socketcall(SYS_SOCKET, %#x) = -1 EFAULT (Bad address)\n", efault);
	uint32_t args = PUT32(0, 0, 0);

	EXPECT(CALL(i386, "socketcall", -22, 21, args),
	       "socketcall(21, %#x) = -1 EINVAL (Invalid argument)\n", args);
}

/* The call inside is the one -e trace= and -c see. */
Test(compat, socketcall_identifies_the_call_inside)
{
	struct tracee t = { .pid = getpid() };
	uint32_t args = PUT32(AF_INET, 2, 0);

	syscall_identify(&t, i386, nr_of(i386, "socketcall"), (const uint64_t[6]){ 1, args });
	cr_assert_eq(t.id, SYS_socket);
	cr_assert_eq(syscall_multiplexer(&t), SYS_socketcall);
	cr_assert_eq(t.args[1], 2);
	syscall_identify(&t, i386, nr_of(i386, "socket"), (const uint64_t[6]){ AF_INET, 2, 0 });
	cr_assert_eq(t.id, SYS_socket);
	cr_assert_eq(syscall_multiplexer(&t), -1);
}

/* ---- ipc(call, first, second, third, ptr, fifth) ---- */

/* struct sembuf: three 16-bit fields, the same in every ABI */
static uint32_t sembuf_low(void)
{
	uint16_t b[3] = { 0, 1, 0x1000 /* SEM_UNDO */ };

	return put(b, sizeof(b));
}

Test(compat, ipc_semaphores)
{
	uint32_t sops = sembuf_low(), ts = PUT32(1, 500);

	EXPECT(CALL(i386, "ipc", 0, 1, 7, 1, 0, sops),
	       "semop(7, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}], 1) = 0\n");
	EXPECT(CALL(i386, "ipc", 5, 2, 0, 1, 01000 | 0600),
	       "semget(IPC_PRIVATE, 1, IPC_CREAT|0600) = 5\n");
	EXPECT(CALL(i386, "ipc", 0, 4, 7, 1, 0, sops, ts),
	       "semtimedop(7, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}], 1, "
	       "{tv_sec=1, tv_nsec=500}) = 0\n");
}

/*
 * semctl's fourth argument points to the union semun through ipc. strace's tests/ipc.c
 * shows the unreadable form (the address); the read one, [value], is inferred from it.
 */
Test(compat, ipc_semctl_reads_the_union)
{
	uint32_t semun = PUT32(0);

	EXPECT(CALL(i386, "ipc", -14, 3, 0, 0, 0, efault),
	       "semctl(0, 0, IPC_RMID, %#x) = -1 EFAULT (Bad address)\n", efault);
	EXPECT(CALL(i386, "ipc", 0, 3 | 42 << 16, 7, 0, 0x100 | 0, semun),
	       "semctl(7, 0, IPC_64|IPC_RMID, [NULL]) = 0\n");
}

static uint32_t msgbuf_low(void)
{
	unsigned char b[4 + 5];
	int32_t type = 3;

	memcpy(b, &type, 4);	/* mtype is a long: 32 bits on i386 */
	memcpy(b + 4, "hello", 5);
	return put(b, sizeof(b));
}

Test(compat, ipc_messages)
{
	uint32_t msgp = msgbuf_low(), kludge = PUT32(msgp, 3);

	EXPECT(CALL(i386, "ipc", 0, 11, 7, 5, 04000, msgp),
	       "msgsnd(7, {mtype=3, mtext=\"hello\"}, 5, IPC_NOWAIT) = 0\n");
	/* version 0: msgp and msgtyp in a struct ipc_kludge at ptr */
	EXPECT(CALL(i386, "ipc", 5, 12, 7, 5, 0, kludge),
	       "msgrcv(7, {mtype=3, mtext=\"hello\"}, 5, 3, 0) = 5\n");
	/* version 1: msgtyp in fifth (strace's tests/ipc.c) */
	EXPECT(CALL(i386, "ipc", 5, 12 | 1 << 16, 7, 5, 04000, msgp, 3),
	       "msgrcv(7, {mtype=3, mtext=\"hello\"}, 5, 3, IPC_NOWAIT) = 5\n");
	EXPECT(CALL(i386, "ipc", -14, 12 | 1 << 16, -2, -3, 04000, efault, 0),
	       "msgrcv(-2, %#x, 4294967293, 0, IPC_NOWAIT) = -1 EFAULT (Bad address)\n", efault);
	EXPECT(CALL(i386, "ipc", 4, 13, 0, 01000 | 0600),
	       "msgget(IPC_PRIVATE, IPC_CREAT|0600) = 4\n");
	/* unreadable kludge: not checked against a 32-bit strace */
	EXPECT(CALL(i386, "ipc", -14, 12, 7, 5, 0, efault),
	       "msgrcv(7, %#x, 5, 0) = -1 EFAULT (Bad address)\n", efault);
}

/* shmat through ipc returns 0 and stores the address: strace shows the address */
Test(compat, ipc_shared_memory)
{
	uint32_t raddr = PUT32(0x40000000);

	EXPECT(CALL(i386, "ipc", 0, 21, 9, 0x1000, raddr, 0),
	       "shmat(9, NULL, SHM_RDONLY) = 0x40000000\n");
	EXPECT(CALL(i386, "ipc", -22, 21, 9, 0x4000, raddr, 0x1234),
	       "shmat(9, 0x1234, SHM_REMAP) = -1 EINVAL (Invalid argument)\n");
	EXPECT(CALL(i386, "ipc", 0, 22, 0, 0, 0, 0x40000000),
	       "shmdt(0x40000000) = 0\n");
	EXPECT(CALL(i386, "ipc", 9, 23, 0, 4096, 01000 | 0600),
	       "shmget(IPC_PRIVATE, 4096, IPC_CREAT|0600) = 9\n");
	EXPECT(CALL(i386, "ipc", 0, 24, 9, 0x100 | 0, 0, 0),
	       "shmctl(9, IPC_64|IPC_RMID, NULL) = 0\n");
}

/* calls ipc does not know stay ipc (strace's tests/ipc.c) */
Test(compat, ipc_unknown_calls)
{
	EXPECT(CALL(i386, "ipc", -38, 0, 0, 0, 0, 0, 0),
	       "ipc(0, 0, 0, 0, 0, 0) = -1 ENOSYS (Function not implemented)\n");
	EXPECT(CALL(i386, "ipc", -38, 40 | 42 << 16, 0, 0, 0, 0, 0),
	       "ipc(42<<16|40, 0, 0, 0, 0, 0) = -1 ENOSYS (Function not implemented)\n");
}

/* ---- i386 structure layouts ---- */

/* bytes at given offsets of a zeroed buffer: i386 packs 64-bit fields at 4-byte alignment */
static void set32(unsigned char *b, size_t off, uint32_t v) { memcpy(b + off, &v, 4); }
static void set64(unsigned char *b, size_t off, uint64_t v) { memcpy(b + off, &v, 8); }
static void set16(unsigned char *b, size_t off, uint16_t v) { memcpy(b + off, &v, 2); }

/* struct stat64 of i386: 96 bytes, st_size at 44 */
Test(compat, i386_stat64)
{
	unsigned char st[96] = { 0 };
	uint32_t path = STR("/etc/passwd"), addr;

	set32(st, 16, 0100644);
	set64(st, 44, 5000000000ull);
	addr = put(st, sizeof(st));
	EXPECT(CALL(i386, "fstat64", 0, 3, addr),
	       "fstat64(3, {st_mode=S_IFREG|0644, st_size=5000000000, ...}) = 0\n");
	EXPECT(CALL(i386, "stat64", 0, path, addr),
	       "stat64(\"/etc/passwd\", {st_mode=S_IFREG|0644, st_size=5000000000, ...}) = 0\n");
	set32(st, 16, 020620);
	set64(st, 32, 0x8801);
	addr = put(st, sizeof(st));
	EXPECT(CALL(i386, "lstat64", 0, path, addr),
	       "lstat64(\"/etc/passwd\", {st_mode=S_IFCHR|0620, st_rdev=makedev(0x88, 0x1), ...}) = 0\n");
}

/* i386's fstat is the kernel's struct stat of 32-bit words and 16-bit ids: 64 bytes */
Test(compat, i386_fstat_old_struct)
{
	unsigned char st[64] = { 0 };
	uint32_t addr;

	set16(st, 8, 0100600);
	set32(st, 20, 1234);
	addr = put(st, sizeof(st));
	EXPECT(CALL(i386, "fstat", 0, 3, addr),
	       "fstat(3, {st_mode=S_IFREG|0600, st_size=1234, ...}) = 0\n");
}

/* struct sigaction of the kernel on i386: handler, flags, restorer, then the mask */
Test(compat, i386_rt_sigaction)
{
	uint32_t act = PUT32(0x8049000, 0x14000000 /* SA_RESTORER|SA_RESTART */, 0x8049100,
			     1u << (15 - 1) /* SIGTERM */, 0);

	EXPECT(CALL(i386, "rt_sigaction", 0, 2, act, 0, 8),
	       "rt_sigaction(SIGINT, {sa_handler=0x8049000, sa_mask=[TERM], "
	       "sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x8049100}, NULL, 8) = 0\n");
	act = PUT32(1 /* SIG_IGN */, 0, 0, 0, 0);
	EXPECT(CALL(i386, "rt_sigaction", 0, 13, act, 0, 8),
	       "rt_sigaction(SIGPIPE, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=0}, NULL, 8) = 0\n");
}

Test(compat, i386_readv_writev_iovec32)
{
	uint32_t a = STR("abc"), b = STR("defgh");
	uint32_t iov = PUT32(a, 3, b, 5);

	EXPECT(CALL(i386, "writev", 8, 1, iov, 2),
	       "writev(1, [{iov_base=\"abc\", iov_len=3}, {iov_base=\"defgh\", iov_len=5}], 2) = 8\n");
	EXPECT(CALL(i386, "readv", 4, 0, iov, 2),
	       "readv(0, [{iov_base=\"abc\", iov_len=3}, {iov_base=\"d\", iov_len=5}], 2) = 4\n");
}

/* clock_gettime takes the 32-bit timespec, clock_gettime64 the 64-bit one */
Test(compat, i386_timespecs)
{
	uint32_t ts32 = PUT32(12, 345);
	uint64_t ts64v[2] = { 5000000000ull, 678 };
	uint32_t ts64 = put(ts64v, sizeof(ts64v));

	EXPECT(CALL(i386, "clock_gettime", 0, 1, ts32),
	       "clock_gettime(CLOCK_MONOTONIC, {tv_sec=12, tv_nsec=345}) = 0\n");
	EXPECT(CALL(i386, "clock_gettime64", 0, 1, ts64),
	       "clock_gettime64(CLOCK_MONOTONIC, {tv_sec=5000000000, tv_nsec=678}) = 0\n");
	EXPECT(CALL(i386, "nanosleep", 0, ts32, 0),
	       "nanosleep({tv_sec=12, tv_nsec=345}, NULL) = 0\n");
	EXPECT(CALL(i386, "clock_nanosleep_time64", 0, 0, 0, ts64, 0),
	       "clock_nanosleep_time64(CLOCK_REALTIME, 0, {tv_sec=5000000000, tv_nsec=678}, NULL) = 0\n");
}

/* ugetrlimit: 32-bit words, all bits set is RLIM_INFINITY */
Test(compat, i386_rlimits)
{
	uint32_t rl = PUT32(8192 * 1024, 0xffffffff);

	EXPECT(CALL(i386, "ugetrlimit", 0, 3, rl),
	       "ugetrlimit(RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM_INFINITY}) = 0\n");
	rl = PUT32(1024, 4096);
	EXPECT(CALL(i386, "getrlimit", 0, 7, rl),
	       "getrlimit(RLIMIT_NOFILE, {rlim_cur=1024, rlim_max=4*1024}) = 0\n");
	EXPECT(CALL(i386, "setrlimit", 0, 7, rl),
	       "setrlimit(RLIMIT_NOFILE, {rlim_cur=1024, rlim_max=4*1024}) = 0\n");
}

/* struct rusage of i386: two 32-bit timevals, fourteen 32-bit longs */
Test(compat, i386_wait4_rusage32)
{
	uint32_t status = PUT32(0x0100);
	uint32_t ru[18] = { 0, 1000, 0, 2000, 4000 /* maxrss */ };
	uint32_t rua = put(ru, sizeof(ru));

	EXPECT(CALL(i386, "wait4", 123, -1, status, 0, rua),
	       "wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 1}], 0, {ru_utime={tv_sec=0, "
	       "tv_usec=1000}, ru_stime={tv_sec=0, tv_usec=2000}, ...}) = 123\n");
}

/*
 * fd_set is an array of 32-bit words on i386: for nfds <= 32 only 4 bytes, which may end
 * at an unreadable page; strace reads no more.
 */
Test(compat, i386_select_fd_set_words)
{
	uint32_t set = efault - 4, tv = PUT32(1, 0);

	memcpy(low + ARENA - 4, &(uint32_t){ 0x9 }, 4);
	EXPECT(CALL(i386, "_newselect", 1, 4, set, 0, 0, tv),
	       "_newselect(4, [0 3], NULL, NULL, {tv_sec=1, tv_usec=0}) = 1 (in [0 3], left "
	       "{tv_sec=1, tv_usec=0})\n");
}

/* mmap2's last argument counts 4096-byte pages; strace prints the offset in bytes */
Test(compat, i386_mmap2_offset)
{
	EXPECT(CALL(i386, "mmap2", 0xf7f00000, 0, 8192, 1, 2, 3, 0x1a5),
	       "mmap2(NULL, 8192, PROT_READ, MAP_PRIVATE, 3, 0x1a5000) = 0xf7f00000\n");
}

/* _llseek's offset comes in two halves, the result in a loff_t */
Test(compat, i386_llseek)
{
	uint64_t r = 0x100000010ull;
	uint32_t res = put(&r, 8);

	EXPECT(CALL(i386, "_llseek", 0, 3, 1, 0x10, res, 0),
	       "_llseek(3, 4294967312, [4294967312], SEEK_SET) = 0\n");
}

/* struct flock64 of i386: two shorts, then 64-bit fields at 4-byte alignment */
Test(compat, i386_fcntl64)
{
	unsigned char fl[24] = { 0 };
	uint32_t addr;

	set16(fl, 0, 1 /* F_WRLCK */);
	set64(fl, 4, 100);
	set64(fl, 12, 5000000000ull);
	addr = put(fl, sizeof(fl));
	EXPECT(CALL(i386, "fcntl64", 0, 3, 13 /* F_SETLK64 */, addr),
	       "fcntl64(3, F_SETLK64, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=100, "
	       "l_len=5000000000}) = 0\n");
	EXPECT(CALL(i386, "fcntl64", 1, 3, 1 /* F_GETFD */),
	       "fcntl64(3, F_GETFD) = 0x1 (flags FD_CLOEXEC)\n");
}

/* struct linux_dirent of i386: 32-bit d_ino and d_off, d_type in the record's last byte */
Test(compat, i386_getdents)
{
	unsigned char d[32] = { 0 };
	uint32_t addr;

	set32(d, 0, 11);
	set32(d, 4, 1);
	set16(d, 8, 16);
	memcpy(d + 10, ".", 2);
	d[15] = 4;	/* DT_DIR */
	set32(d, 16, 12);
	set32(d, 20, 2);
	set16(d, 24, 16);
	memcpy(d + 26, "..", 3);
	d[31] = 4;
	addr = put(d, sizeof(d));
	EXPECT(CALL(i386, "getdents", 32, 3, addr, 4096),
	       "getdents(3, %#x /* 2 entries */, 4096) = 32\n", addr);
	qualify("abbrev=none");	/* -v */
	EXPECT(CALL(i386, "getdents", 32, 3, addr, 4096),
	       "getdents(3, [{d_ino=11, d_off=1, d_reclen=16, d_name=\".\", d_type=DT_DIR}, "
	       "{d_ino=12, d_off=2, d_reclen=16, d_name=\"..\", d_type=DT_DIR}], 4096) = 32\n");
}

/* sendfile64's offset is a loff_t, sendfile's a 32-bit off_t; strace 7.2 prints [before => after] */
Test(compat, i386_sendfile)
{
	uint64_t off64 = 100;
	uint32_t o64 = put(&off64, 8), o32 = PUT32(100);

	EXPECT(CALL(i386, "sendfile64", 10, 4, 3, o64, 10),
	       "sendfile64(4, 3, [100 => 100], 10) = 10\n");
	EXPECT(CALL(i386, "sendfile", 10, 4, 3, o32, 10),
	       "sendfile(4, 3, [100 => 100], 10) = 10\n");
}

/* struct statfs64 of i386: 84 bytes, 64-bit counts at 4-byte alignment */
Test(compat, i386_statfs64)
{
	unsigned char s[84] = { 0 };
	uint32_t addr, path = STR("/");

	set32(s, 0, 0xef53);
	set32(s, 4, 4096);
	set64(s, 8, 1000);
	set64(s, 16, 500);
	set64(s, 24, 400);
	set64(s, 32, 64000);
	set64(s, 40, 60000);
	set32(s, 56, 255);
	set32(s, 60, 4096);
	set32(s, 64, 0x1020 /* ST_VALID|ST_RELATIME */);
	addr = put(s, sizeof(s));
	EXPECT(CALL(i386, "statfs64", 0, path, 84, addr),
	       "statfs64(\"/\", 84, {f_type=EXT2_SUPER_MAGIC, f_bsize=4096, f_blocks=1000, "
	       "f_bfree=500, f_bavail=400, f_files=64000, f_ffree=60000, f_fsid={val=[0, 0]}, "
	       "f_namelen=255, f_frsize=4096, f_flags=ST_VALID|ST_RELATIME}) = 0\n");
}

/* ---- x32: x86_64's structures in the calls they share, 32-bit ones in its own ---- */

Test(compat, x32_shared_calls_take_x86_64_layouts)
{
	struct stat st = { .st_mode = 0100644, .st_size = 5000000000ll };
	int64_t ts[2] = { 5000000000ll, 1 };
	uint32_t sta = put(&st, sizeof(st)), tsa = put(ts, sizeof(ts));

	EXPECT(CALL(x32, "fstat", 0, 3, sta),
	       "fstat(3, {st_mode=S_IFREG|0644, st_size=5000000000, ...}) = 0\n");
	EXPECT(CALL(x32, "clock_gettime", 0, 0, tsa),
	       "clock_gettime(CLOCK_REALTIME, {tv_sec=5000000000, tv_nsec=1}) = 0\n");
	EXPECT(CALL(x32, "nanosleep", 0, tsa, 0),
	       "nanosleep({tv_sec=5000000000, tv_nsec=1}, NULL) = 0\n");
	/* off_t is 64 bits in x32's registers */
	EXPECT(CALL(x32, "lseek", 5000000000ll, 3, 5000000000ll, 0),
	       "lseek(3, 5000000000, SEEK_SET) = 5000000000\n");
}

Test(compat, x32_shared_calls_rusage_and_msgbuf)
{
	int64_t ru[18] = { 1, 2, 3, 4 };
	uint32_t rua = put(ru, sizeof(ru)), status = PUT32(0);
	unsigned char mb[8 + 2] = { 0 };
	uint32_t msgp;

	mb[0] = 7;	/* mtype: a 64-bit long for the kernel */
	memcpy(mb + 8, "hi", 2);
	msgp = put(mb, sizeof(mb));
	EXPECT(CALL(x32, "wait4", 5, -1, status, 0, rua),
	       "wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, {ru_utime={tv_sec=1, "
	       "tv_usec=2}, ru_stime={tv_sec=3, tv_usec=4}, ...}) = 5\n");
	EXPECT(CALL(x32, "msgsnd", 0, 7, msgp, 2, 0),
	       "msgsnd(7, {mtype=7, mtext=\"hi\"}, 2, 0) = 0\n");
}

Test(compat, x32_own_calls_take_compat_layouts)
{
	uint32_t act = PUT32(0x401000, 0x14000000, 0x401100, 1u << (15 - 1), 0);
	uint32_t a = STR("abc"), iov = PUT32(a, 3);
	uint32_t msg = PUT32(0, 0, iov, 1, 0, 0, 0);
	uint32_t argv = PUT32(a, 0);
	uint32_t path = STR("/bin/true");
	int64_t ts[2] = { 5000000000ll, 1 };
	uint32_t set = PUT32(1u << (10 - 1), 0), tsa = put(ts, sizeof(ts));

	EXPECT(CALL(x32, "rt_sigaction", 0, 2, act, 0, 8),
	       "rt_sigaction(SIGINT, {sa_handler=0x401000, sa_mask=[TERM], "
	       "sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x401100}, NULL, 8) = 0\n");
	EXPECT(CALL(x32, "readv", 3, 0, iov, 1),
	       "readv(0, [{iov_base=\"abc\", iov_len=3}], 1) = 3\n");
	EXPECT(CALL(x32, "recvmsg", 3, 3, msg, 0),
	       "recvmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"abc\", iov_len=3}], "
	       "msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 3\n");
	cr_assert_not_null(strstr(CALL(x32, "execve", 0, path, argv, 0),
				  "execve(\"/bin/true\", [\"abc\"], NULL) = 0"));
	/* its own calls with times take x86_64's 64-bit timespec (the kernel's *_time64) */
	EXPECT(CALL(x32, "rt_sigtimedwait", 10, set, 0, tsa, 8),
	       "rt_sigtimedwait([USR1], NULL, {tv_sec=5000000000, tv_nsec=1}, 8) = 10 (SIGUSR1)\n");
}

/* ---- siginfo: the union at offset 12 with 32-bit members ---- */

Test(compat, i386_siginfo_in_memory)
{
	uint32_t si[32] = { 10 /* SIGUSR1 */, 0, (uint32_t)-1 /* SI_QUEUE */, 123, 1000, 42 };
	uint32_t sia = put(si, sizeof(si)), set = PUT32(1u << (10 - 1), 0);
	uint32_t chld[32] = { 17 /* SIGCHLD */, 0, 1 /* CLD_EXITED */, 123, 0, 3, 150, 2 };
	uint32_t chlda = put(chld, sizeof(chld));
	uint32_t ru[18] = { 0 };
	uint32_t rua = put(ru, sizeof(ru));

	EXPECT(CALL(i386, "rt_sigtimedwait", 10, set, sia, 0, 8),
	       "rt_sigtimedwait([USR1], {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=123, "
	       "si_uid=1000, si_int=42, si_ptr=0x2a}, NULL, 8) = 10 (SIGUSR1)\n");
	EXPECT(CALL(i386, "waitid", 0, 0 /* P_ALL */, 0, chlda, 4 /* WEXITED */, rua),
	       "waitid(P_ALL, 0, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=123, si_uid=0, "
	       "si_status=3, si_utime=150 /* 1.50 s */, si_stime=2 /* 0.02 s */}, WEXITED, "
	       "{ru_utime={tv_sec=0, tv_usec=0}, ru_stime={tv_sec=0, tv_usec=0}, ...}) = 0\n");
}

Test(compat, x32_siginfo_sigchld_times_are_64_bits)
{
	uint32_t chld[32] = { 17, 0, 1, 123, 0, 3, 150, 0, 2, 0 };
	uint32_t chlda = put(chld, sizeof(chld));

	EXPECT(CALL(x32, "waitid", 0, 0, 0, chlda, 4, 0),
	       "waitid(P_ALL, 0, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=123, si_uid=0, "
	       "si_status=3, si_utime=150 /* 1.50 s */, si_stime=2 /* 0.02 s */}, WEXITED, "
	       "NULL) = 0\n");
}

/* ---- i386's *id64_ds: ipc64_perm, then 32-bit words, times in two halves ---- */

Test(compat, i386_ipc_ds)
{
	uint32_t shm[9 + 12] = { 0, 1000, 1000, 1000, 1000, 0600, 0, 0, 0,
				 4096, 5, 0, 0, 0, 1700000000, 0, 123, 0, 1 };
	uint32_t msq[9 + 13] = { 0x1234, 1000, 1000, 1000, 1000, 0600, 0, 0, 0,
				 0, 0, 0, 0, 1700000000, 0, 10, 2, 16384, 77, 0 };
	uint32_t shma = put(shm, sizeof(shm)), msqa = put(msq, sizeof(msq));
	const char *perm = "={uid=1000, gid=1000, mode=0600, key=%d, cuid=1000, cgid=1000}";

	EXPECT(CALL(i386, "ipc", 0, 24, 9, 0x100 | 2 /* IPC_STAT */, 0, shma),
	       fmt("shmctl(9, IPC_64|IPC_STAT, {shm_perm%s, shm_segsz=4096, shm_cpid=123, "
		   "shm_lpid=0, shm_nattch=1, shm_atime=5, shm_dtime=0, shm_ctime=1700000000}) = 0\n",
		   fmt(perm, 0)));
	EXPECT(CALL(i386, "msgctl", 0, 7, 0x100 | 2, msqa),
	       fmt("msgctl(7, IPC_64|IPC_STAT, {msg_perm%s, msg_stime=0, msg_rtime=0, "
		   "msg_ctime=1700000000, msg_qnum=2, msg_qbytes=16384, msg_lspid=77, "
		   "msg_lrpid=0}) = 0\n", fmt(perm, 0x1234)));
	/* without IPC_64 strace still reads the ipc64 layout, so strc does too */
	EXPECT(CALL(i386, "msgctl", 0, 7, 2, msqa),
	       fmt("msgctl(7, IPC_STAT, {msg_perm%s, msg_stime=0, msg_rtime=0, "
		   "msg_ctime=1700000000, msg_qnum=2, msg_qbytes=16384, msg_lspid=77, "
		   "msg_lrpid=0}) = 0\n", fmt(perm, 0x1234)));
}

/* i386's mmap and select take a pointer to their arguments (old_mmap, old_select) */
Test(compat, i386_old_mmap_and_select)
{
	uint32_t margs = PUT32(0, 8192, 3, 0x22, (uint32_t)-1, 0);
	uint32_t set = PUT32(0x1), tv = PUT32(0, 0);
	uint32_t sargs = PUT32(1, set, 0, 0, tv);

	EXPECT(CALL(i386, "mmap", 0xf7f00000, margs),
	       "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0xf7f00000\n");
	EXPECT(CALL(i386, "select", 0, sargs),
	       "select(1, [0], NULL, NULL, {tv_sec=0, tv_usec=0}) = 0 (Timeout)\n");
	/* x32's are the direct calls */
	EXPECT(CALL(x32, "mmap", 0x40000000, 0, 4096, 1, 2, 3, 0),
	       "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x40000000\n");
}

Test(compat, i386_old_sigaction_and_sigprocmask)
{
	uint32_t act = PUT32(0x8049000, 1u << (15 - 1), 0x14000000, 0x8049100);
	uint32_t set = PUT32(1u << (2 - 1)), old = PUT32(0);

	EXPECT(CALL(i386, "sigaction", 0, 2, act, 0),
	       "sigaction(SIGINT, {sa_handler=0x8049000, sa_mask=[TERM], "
	       "sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x8049100}, NULL) = 0\n");
	EXPECT(CALL(i386, "sigprocmask", 0, 0 /* SIG_BLOCK */, set, old),
	       "sigprocmask(SIG_BLOCK, [INT], []) = 0\n");
}

/* struct statfs of i386: 32-bit words throughout */
Test(compat, i386_statfs)
{
	uint32_t s = PUT32(0xef53, 4096, 1000, 500, 400, 64000, 60000, 0, 0, 255, 4096, 0x1020,
			   0, 0, 0, 0);
	uint32_t path = STR("/");

	EXPECT(CALL(i386, "statfs", 0, path, s),
	       "statfs(\"/\", {f_type=EXT2_SUPER_MAGIC, f_bsize=4096, f_blocks=1000, "
	       "f_bfree=500, f_bavail=400, f_files=64000, f_ffree=60000, f_fsid={val=[0, 0]}, "
	       "f_namelen=255, f_frsize=4096, f_flags=ST_VALID|ST_RELATIME}) = 0\n");
}

Test(compat, i386_timevals)
{
	uint32_t tv = PUT32(1700000000, 5);
	uint32_t it = PUT32(0, 0, 1, 0);
	uint32_t ru[18] = { 0, 1000, 0, 2000 };
	uint32_t rua = put(ru, sizeof(ru));

	EXPECT(CALL(i386, "gettimeofday", 0, tv, 0),
	       "gettimeofday({tv_sec=1700000000, tv_usec=5}, NULL) = 0\n");
	EXPECT(CALL(i386, "setitimer", 0, 0, it, 0),
	       "setitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, "
	       "it_value={tv_sec=1, tv_usec=0}}, NULL) = 0\n");
	EXPECT(CALL(i386, "getrusage", 0, 0, rua),
	       "getrusage(RUSAGE_SELF, {ru_utime={tv_sec=0, tv_usec=1000}, "
	       "ru_stime={tv_sec=0, tv_usec=2000}, ...}) = 0\n");
}

/* 64-bit values in two registers, low half first */
Test(compat, i386_split_64bit_arguments)
{
	uint32_t buf = STR("abcd"), path = STR("/tmp/f"), iov = PUT32(buf, 4);

	EXPECT(CALL(i386, "pread64", 4, 3, buf, 4, 0x2a05f200, 1),
	       "pread64(3, \"abcd\", 4, 5000000000) = 4\n");
	EXPECT(CALL(i386, "preadv", 4, 3, iov, 1, 0x2a05f200, 1),
	       "preadv(3, [{iov_base=\"abcd\", iov_len=4}], 1, 5000000000) = 4\n");
	EXPECT(CALL(i386, "fadvise64_64", 0, 3, 0x2a05f200, 1, 100, 0, 4),
	       "fadvise64_64(3, 5000000000, 100, POSIX_FADV_DONTNEED) = 0\n");
	EXPECT(CALL(i386, "ftruncate64", 0, 3, 0x2a05f200, 1),
	       "ftruncate64(3, 5000000000) = 0\n");
	EXPECT(CALL(i386, "truncate64", 0, path, 0x2a05f200, 1),
	       "truncate64(\"/tmp/f\", 5000000000) = 0\n");
	EXPECT(CALL(i386, "fanotify_mark", 0, 3, 1 /* FAN_MARK_ADD */, 0x20 /* FAN_OPEN */, 0,
		    (uint32_t)-100, path),
	       "fanotify_mark(3, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, \"/tmp/f\") = 0\n");
}

/* i386's calls without "32" hold 16-bit ids: all bits set is -1 there too */
Test(compat, i386_16bit_ids)
{
	uint32_t path = STR("/tmp/f"), ids = put((uint16_t[]){ 1000, 0xffff, 5 }, 6);
	uint32_t r = put((uint16_t[]){ 1000 }, 2), e = put((uint16_t[]){ 1001 }, 2);
	uint32_t s = put((uint16_t[]){ 1002 }, 2);

	EXPECT(CALL(i386, "chown", 0, path, 0xffff, 0xffff),
	       "chown(\"/tmp/f\", -1, -1) = 0\n");
	EXPECT(CALL(i386, "chown32", 0, path, 0xffff, 0xffffffff),
	       "chown32(\"/tmp/f\", 65535, -1) = 0\n");
	EXPECT(CALL(i386, "setuid", 0, 0xffff), "setuid(-1) = 0\n");
	EXPECT(CALL(i386, "getgroups", 3, 3, ids), "getgroups(3, [1000, -1, 5]) = 3\n");
	EXPECT(CALL(i386, "getresuid", 0, r, e, s), "getresuid([1000], [1001], [1002]) = 0\n");
}

/* fchownat has no 16-bit form: its ids are 32 bits on i386 too */
Test(compat, i386_fchownat_ids_are_32_bits)
{
	uint32_t path = STR("f");

	EXPECT(CALL(i386, "fchownat", 0, (uint32_t)-100, path, 0xffff, 0xffffffff, 0),
	       "fchownat(AT_FDCWD, \"f\", 65535, -1, 0) = 0\n");
}

/* -e trace= sees the call socketcall and ipc carry */
Test(compat, filters_see_the_call_inside)
{
	struct tracee t = { .pid = getpid() };
	uint32_t args = PUT32(AF_INET, 2, 0);

	cr_assert_eq(qualify("trace=socket"), 0);
	syscall_identify(&t, i386, nr_of(i386, "socketcall"), (const uint64_t[6]){ 1, args });
	cr_assert(trace_selected(t.id));
	cr_assert(trace_wanted(&t));
	syscall_identify(&t, i386, nr_of(i386, "ipc"), (const uint64_t[6]){ 2, 0, 1, 0 });
	cr_assert_eq(t.id, SYS_semget);
	cr_assert_not(trace_selected(t.id));
	qualify_reset();
	cr_assert_eq(qualify("trace=%ipc"), 0);
	cr_assert(trace_selected(t.id));
}

/* struct mmsghdr of i386: a 28-byte msghdr and the 32-bit length */
Test(compat, i386_sendmmsg_mmsghdr32)
{
	uint32_t a = STR("one"), b = STR("two");
	uint32_t iova = PUT32(a, 3), iovb = PUT32(b, 3);
	uint32_t mm = PUT32(0, 0, iova, 1, 0, 0, 0, 3, 0, 0, iovb, 1, 0, 0, 0, 3);

	EXPECT(CALL(i386, "socketcall", 2, 20, PUT32(3, mm, 2, 0)),
	       "sendmmsg(3, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"one\", "
	       "iov_len=3}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}, "
	       "{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"two\", iov_len=3}], "
	       "msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}], 2, 0) = 2\n");
}

Test(compat, i386_getsockopt)
{
	uint32_t val = PUT32(212992), len = PUT32(4);

	EXPECT(CALL(i386, "socketcall", 0, 15, PUT32(3, 1 /* SOL_SOCKET */, 7 /* SO_SNDBUF */,
						     val, len)),
	       "getsockopt(3, SOL_SOCKET, SO_SNDBUF, [212992], [4]) = 0\n");
}

/* The 64-bit lines above (strace 6.1 on x86_64), with i386's layouts */
Test(compat, i386_poll_timer_stack)
{
	uint32_t pfd = put((int16_t[]){ 0, 0, 1 /* POLLIN */, 1 }, 8);
	uint32_t ts32 = PUT32(0, 1000), set = PUT32(1u << (2 - 1), 0);
	int64_t ts64v[2] = { 0, 1000 };
	uint32_t ts64 = put(ts64v, sizeof(ts64v));
	uint32_t ev = PUT32(0, 14 /* SIGALRM */, 0 /* SIGEV_SIGNAL */, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	uint32_t tid = PUT32(0), st = PUT32(0x1000, 0, 8192);

	EXPECT(CALL(i386, "ppoll", 1, pfd, 1, ts32, set, 8),
	       "ppoll([{fd=0, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, [INT], 8) = 1 "
	       "([{fd=0, revents=POLLIN}], left {tv_sec=0, tv_nsec=1000})\n");
	EXPECT(CALL(i386, "ppoll_time64", 1, pfd, 1, ts64, set, 8),
	       "ppoll_time64([{fd=0, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, [INT], 8) = 1 "
	       "([{fd=0, revents=POLLIN}], left {tv_sec=0, tv_nsec=1000})\n");
	EXPECT(CALL(i386, "timer_create", 0, 0, ev, tid),
	       "timer_create(CLOCK_REALTIME, {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}, "
	       "[0]) = 0\n");
	EXPECT(CALL(i386, "sigaltstack", 0, st, 0),
	       "sigaltstack({ss_sp=0x1000, ss_flags=0, ss_size=8192}, NULL) = 0\n");
}

Test(compat, i386_futex_utimensat_times)
{
	uint32_t ts32 = PUT32(0, 100), f = PUT32(0);
	int64_t ts64v[2] = { 0, 100 };
	uint32_t ts64 = put(ts64v, sizeof(ts64v));
	uint32_t path = STR("/nonexistent");
	uint32_t tt32 = PUT32(1, 2, 3, 0x3ffffffe /* UTIME_OMIT */);
	int64_t tt64v[4] = { 1, 2, 3, 0x3ffffffe };
	uint32_t tt64 = put(tt64v, sizeof(tt64v));
	uint32_t tms = PUT32(0, 0, 0, 0);
	uint32_t mask = PUT32(3);

	EXPECT(CALL(i386, "futex", -11, f, 0 /* FUTEX_WAIT */, 1, ts32),
	       "futex(%#x, FUTEX_WAIT, 1, {tv_sec=0, tv_nsec=100}) = -1 EAGAIN "
	       "(Resource temporarily unavailable)\n", f);
	EXPECT(CALL(i386, "futex_time64", -11, f, 0, 1, ts64),
	       "futex_time64(%#x, FUTEX_WAIT, 1, {tv_sec=0, tv_nsec=100}) = -1 EAGAIN "
	       "(Resource temporarily unavailable)\n", f);
	EXPECT(CALL(i386, "utimensat", -2, (uint32_t)-100, path, tt32, 0),
	       "utimensat(AT_FDCWD, \"/nonexistent\", [{tv_sec=1, tv_nsec=2} "
	       "/* 1970-01-01T00:00:01.000000002+0000 */, UTIME_OMIT], 0) = -1 ENOENT "
	       "(No such file or directory)\n");
	EXPECT(CALL(i386, "utimensat_time64", -2, (uint32_t)-100, path, tt64, 0),
	       "utimensat_time64(AT_FDCWD, \"/nonexistent\", [{tv_sec=1, tv_nsec=2} "
	       "/* 1970-01-01T00:00:01.000000002+0000 */, UTIME_OMIT], 0) = -1 ENOENT "
	       "(No such file or directory)\n");
	EXPECT(CALL(i386, "times", 1718746010, tms),
	       "times({tms_utime=0, tms_stime=0, tms_cutime=0, tms_cstime=0}) = 1718746010\n");
	EXPECT(CALL(i386, "sched_getaffinity", 4, 0, 128, mask),
	       "sched_getaffinity(0, 128, [0 1]) = 4\n");
}

/* x32's getdents and select are x86_64's: 64-bit d_ino and d_off, 64-bit fd_set words */
Test(compat, x32_getdents_and_select)
{
	unsigned char d[24] = { 0 };
	uint32_t addr, tv;
	int64_t tvv[2] = { 1, 0 };

	set64(d, 0, 11);
	set64(d, 8, 5000000000ull);
	set16(d, 16, 24);
	memcpy(d + 18, ".", 2);
	d[23] = 4;
	addr = put(d, sizeof(d));
	qualify("abbrev=none");
	EXPECT(CALL(x32, "getdents", 24, 3, addr, 4096),
	       "getdents(3, [{d_ino=11, d_off=5000000000, d_reclen=24, d_name=\".\", "
	       "d_type=DT_DIR}], 4096) = 24\n");
	qualify_reset();
	tv = put(tvv, sizeof(tvv));
	memcpy(low + ARENA - 8, &(uint64_t){ 0x9 }, 8);
	EXPECT(CALL(x32, "select", 1, 4, efault - 8, 0, 0, tv),
	       "select(4, [0 3], NULL, NULL, {tv_sec=1, tv_usec=0}) = 1 (in [0 3], left "
	       "{tv_sec=1, tv_usec=0})\n");
}

/* ---- arm (EABI): i386's words, but 64-bit fields 8-byte aligned ---- */

Test(compat, arm_stat64_and_flock64)
{
	const struct arch_table *arm = arch_by_name("arm");
	unsigned char st[104] = { 0 }, fl[32] = { 0 };
	uint32_t sta, fla;

	cr_assert_not_null(arm);
	set32(st, 16, 0100644);
	set64(st, 48, 5000000000ull);
	sta = put(st, sizeof(st));
	EXPECT(CALL(arm, "fstat64", 0, 3, sta),
	       "fstat64(3, {st_mode=S_IFREG|0644, st_size=5000000000, ...}) = 0\n");
	set16(fl, 0, 1);
	set64(fl, 8, 100);
	set64(fl, 16, 5000000000ull);
	fla = put(fl, sizeof(fl));
	EXPECT(CALL(arm, "fcntl64", 0, 3, 13 /* F_SETLK64 */, fla),
	       "fcntl64(3, F_SETLK64, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=100, "
	       "l_len=5000000000}) = 0\n");
}

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
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "decode.h"
#include "capture.h"

static const struct arch_table *i386, *x32;
static unsigned char *low;		/* a scratch arena below 4 GiB */
static size_t low_used;
static uint32_t efault;			/* an address below 4 GiB that cannot be read */
static struct tracee T;

#define ARENA 65536

static void setup(void)
{
	capture_setup();
	opt.verbose = 0;
	opt.align = 0;
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

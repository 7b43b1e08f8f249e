/*
 * sys32.h: what the 32-bit (i386) test programs have instead of a C library. This machine
 * and CI have no 32-bit libc (gcc-multilib is not installed), so these programs are built
 * freestanding (-m32 -nostdlib -static -ffreestanding): _start, the int $0x80 system call
 * and the few string and number helpers they need. Syscall numbers and structures come from
 * the kernel's own headers (asm/unistd_32.h: the i386 table).
 */
#ifndef STRC_TESTS_SYS32_H
#define STRC_TESTS_SYS32_H

#include <asm/unistd_32.h>

typedef unsigned int u32;
typedef unsigned long long u64;

/*
 * One system call, six arguments in ebx, ecx, edx, esi, edi, ebp. ebp may be the frame
 * pointer, so the sixth goes in through memory, with the number, and ebp is saved around
 * the call.
 */
static inline long sys6(long nr, long a, long b, long c, long d, long e, long f)
{
	long box[2] = { f, nr };	/* one register brings both: all the others are taken */
	long r;

	__asm__ volatile("push %%ebp\n\t"
			 "mov 0(%%eax), %%ebp\n\t"
			 "mov 4(%%eax), %%eax\n\t"
			 "int $0x80\n\t"
			 "pop %%ebp"
			 : "=a"(r)
			 : "a"(box), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)
			 : "memory");
	return r;
}

#define sc6(n, a, b, c, d, e, f) \
	sys6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define sc0(n) sc6(n, 0, 0, 0, 0, 0, 0)
#define sc1(n, a) sc6(n, (long)(a), 0, 0, 0, 0, 0)
#define sc2(n, a, b) sc6(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define sc3(n, a, b, c) sc6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define sc4(n, a, b, c, d) sc6(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define sc5(n, a, b, c, d, e) sc6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)

int main(int argc, char **argv, char **envp);

/* the kernel's initial stack: argc, argv[], NULL, envp[] */
__asm__(".globl _start\n"
	"_start:\n\t"
	"xor %ebp, %ebp\n\t"
	"mov (%esp), %eax\n\t"
	"lea 4(%esp), %ecx\n\t"
	"lea 4(%ecx,%eax,4), %edx\n\t"
	"and $-16, %esp\n\t"
	"sub $4, %esp\n\t"
	"push %edx\n\t"
	"push %ecx\n\t"
	"push %eax\n\t"
	"call start32\n\t"
	"hlt\n");

__attribute__((used, noreturn)) static void start32(int argc, char **argv, char **envp)
{
	sc1(__NR_exit_group, main(argc, argv, envp));
	for (;;)
		;
}

/* gcc may call these for structure copies and initialisers even freestanding */
void *memset(void *d, int c, unsigned n)
{
	unsigned char *p = d;

	while (n--)
		*p++ = (unsigned char)c;
	return d;
}

void *memcpy(void *d, const void *s, unsigned n)
{
	unsigned char *p = d;
	const unsigned char *q = s;

	while (n--)
		*p++ = *q++;
	return d;
}

static inline unsigned str_len(const char *s)
{
	unsigned n = 0;

	while (s[n])
		n++;
	return n;
}

static inline int str_eq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* the program's own messages, on standard error: what went wrong, for the test's log */
static inline void say(const char *s)
{
	sc3(__NR_write, 2, s, str_len(s));
}

/*
 * A line the program expects the tracer to print (tests/expect.py; tests/progs/expect.h's
 * freestanding cousin): built piece by piece, padded to strace's column, then the result.
 */
struct line {
	char b[1024];
	unsigned n;
};

static inline void ln_s(struct line *l, const char *s)
{
	while (*s && l->n < sizeof(l->b) - 1)
		l->b[l->n++] = *s++;
}

static inline void ln_u(struct line *l, u64 v)
{
	char d[24];
	int i = 0;

	do
		d[i++] = (char)('0' + v % 10);
	while ((v /= 10));
	while (i && l->n < sizeof(l->b) - 1)
		l->b[l->n++] = d[--i];
}

/* strace's hex: 0x... or 0 */
static inline void ln_x(struct line *l, u64 v)
{
	char d[20];
	int i = 0;

	if (!v) {
		ln_s(l, "0");
		return;
	}
	while (v) {
		d[i++] = "0123456789abcdef"[v & 15];
		v >>= 4;
	}
	ln_s(l, "0x");
	while (i && l->n < sizeof(l->b) - 1)
		l->b[l->n++] = d[--i];
}

/* the errors these programs meet, as strace names and explains them */
static inline void ln_errno(struct line *l, long err)
{
	static const struct { int n; const char *text; } errs[] = {
		{ 1, "EPERM (Operation not permitted)" },
		{ 11, "EAGAIN (Resource temporarily unavailable)" },
		{ 14, "EFAULT (Bad address)" },
		{ 22, "EINVAL (Invalid argument)" },
		{ 38, "ENOSYS (Function not implemented)" },
	};

	for (unsigned i = 0; i < sizeof(errs) / sizeof(errs[0]); i++)
		if (errs[i].n == err) {
			ln_s(l, errs[i].text);
			return;
		}
	ln_s(l, "E??? (errno ");
	ln_u(l, (u64)err);
	ln_s(l, ")");
}

/* pads to column 39, adds " = " and the call's result, writes the line on stdout */
static inline void ln_end(struct line *l, long rc)
{
	while (l->n < 39)
		l->b[l->n++] = ' ';
	ln_s(l, " = ");
	if (rc < 0 && rc > -4096) {
		ln_s(l, "-1 ");
		ln_errno(l, -rc);
	} else {
		ln_u(l, (u64)rc);
	}
	ln_s(l, "\n");
	sc3(__NR_write, 1, l->b, l->n);
	l->n = 0;
}

#endif

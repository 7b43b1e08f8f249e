/*
 * fam_mem.c: the memory family with varied arguments and errors, for comparing strc with
 * strace. Every call is a raw syscall so libc adds nothing around it. With an argument,
 * only that part runs ("mseal": a call newer than strace 6.1).
 */
#include <linux/mman.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#define BAD ((void *)1)
#define PAGE 4096

static void maps(void)
{
	char *p = (char *)syscall(SYS_mmap, NULL, 3 * PAGE, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	syscall(SYS_mmap, NULL, PAGE, PROT_READ | PROT_EXEC | PROT_SEM,
		MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE | MAP_POPULATE, -1, 0);
	syscall(SYS_mmap, NULL, 2 << 20, PROT_READ,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | MAP_HUGE_2MB, -1, 0);
	syscall(SYS_mmap, NULL, 1 << 30, PROT_NONE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | MAP_HUGE_1GB, -1, 0);
	syscall(SYS_mmap, NULL, PAGE, PROT_READ, MAP_SHARED_VALIDATE | 0x800000, 99, PAGE);
	syscall(SYS_mmap, NULL, PAGE, 0x10 | PROT_WRITE, MAP_PRIVATE | MAP_FIXED_NOREPLACE, -1,
		0x12345);
	syscall(SYS_mmap, p + 16 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS
		| MAP_STACK | MAP_GROWSDOWN | MAP_LOCKED | MAP_32BIT, -1, 0);
	syscall(SYS_mmap, NULL, 0, PROT_READ, 0xf, -1, 0);
	syscall(SYS_mmap, NULL, PAGE, PROT_READ, MAP_PRIVATE, 0, -PAGE);

	syscall(SYS_mprotect, p, PAGE, PROT_READ);
	syscall(SYS_mprotect, p + PAGE, PAGE, PROT_NONE);
	syscall(SYS_mprotect, p, PAGE, PROT_READ | PROT_WRITE | PROT_GROWSDOWN);
	syscall(SYS_mprotect, p, PAGE, PROT_READ | PROT_GROWSUP | 0x40);
	syscall(SYS_mprotect, p + 1, PAGE, PROT_EXEC);

	syscall(SYS_madvise, p, PAGE, MADV_DONTNEED);
	syscall(SYS_madvise, p, PAGE, MADV_WILLNEED);
	syscall(SYS_madvise, p, 3 * PAGE, MADV_HUGEPAGE);
	syscall(SYS_madvise, p, PAGE, MADV_DONTDUMP);
	syscall(SYS_madvise, p, PAGE, MADV_COLLAPSE);
	syscall(SYS_madvise, p, PAGE, 77);
	syscall(SYS_madvise, p + 1, PAGE, MADV_NORMAL);

	syscall(SYS_msync, p, PAGE, MS_SYNC);
	syscall(SYS_msync, p, PAGE, MS_ASYNC | MS_INVALIDATE);
	syscall(SYS_msync, p, PAGE, MS_SYNC | MS_ASYNC);
	syscall(SYS_msync, p, PAGE, 0x10);

	syscall(SYS_mlock, p, PAGE);
	syscall(SYS_munlock, p, PAGE);
	syscall(SYS_mlock2, p, PAGE, MLOCK_ONFAULT);
	syscall(SYS_mlock2, p, PAGE, 0x6);
	syscall(SYS_munlock, p, PAGE);
	syscall(SYS_mlockall, MCL_CURRENT | MCL_ONFAULT | 0x10);
	syscall(SYS_mlockall, 0);
	syscall(SYS_munlockall);

	syscall(SYS_mprotect, p, 3 * PAGE, PROT_READ | PROT_WRITE);
	unsigned char vec[8];
	memset(vec, 0xff, sizeof(vec));
	p[0] = 1;
	p[2 * PAGE] = 1;
	syscall(SYS_mincore, p, 3 * PAGE, vec);
	syscall(SYS_mincore, p, PAGE, vec);
	syscall(SYS_mincore, p, 3 * PAGE, BAD);
	syscall(SYS_mincore, p + 1, PAGE, vec);

	syscall(SYS_munmap, p, 3 * PAGE);
	p = (char *)syscall(SYS_mmap, NULL, 3 * PAGE, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *q = (char *)syscall(SYS_mremap, p, 3 * PAGE, 5 * PAGE, MREMAP_MAYMOVE);
	syscall(SYS_mremap, q, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, q + 64 * PAGE);
	syscall(SYS_mremap, q + PAGE, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_DONTUNMAP, q + 8 * PAGE);
	syscall(SYS_mremap, q, PAGE, 2 * PAGE, 0, q + 8 * PAGE);
	syscall(SYS_mremap, q, PAGE, 2 * PAGE, 0x10, 0);
	/* FIXED or DONTUNMAP without MAYMOVE: refused, the address not looked at nor printed */
	syscall(SYS_mremap, q, PAGE, PAGE, MREMAP_FIXED | MREMAP_DONTUNMAP, q + 8 * PAGE);
	syscall(SYS_mremap, q, PAGE, PAGE, MREMAP_FIXED, q + 8 * PAGE);

	syscall(SYS_munmap, q, 5 * PAGE);
	syscall(SYS_munmap, q + 1, PAGE);
}

static void others(void)
{
	long b = syscall(SYS_brk, 0);

	syscall(SYS_brk, b + 2 * PAGE);
	syscall(SYS_brk, 1);

	syscall(SYS_membarrier, 0, 0, 0);
	syscall(SYS_membarrier, 8, 0, 0);
	syscall(SYS_membarrier, 16, 0, 0);
	syscall(SYS_membarrier, 8, 1, 3);
	syscall(SYS_membarrier, 0x400, 0x2, 0);

	char *page = (char *)syscall(SYS_mmap, NULL, PAGE, PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct iovec iov[2] = { { page, PAGE }, { page + PAGE * 8, 16 } };
	int pidfd = syscall(SYS_pidfd_open, getpid(), 0);
	syscall(SYS_process_madvise, pidfd, iov, 2, MADV_COLD, 0);
	syscall(SYS_process_madvise, pidfd, iov, 1, MADV_PAGEOUT, 1);
	syscall(SYS_process_madvise, -1, iov, 1, MADV_WILLNEED, 0);
	syscall(SYS_process_madvise, pidfd, BAD, 1, 99, 0);
	syscall(SYS_close, pidfd);

	int k = syscall(SYS_pkey_alloc, 0, PKEY_DISABLE_WRITE);
	syscall(SYS_pkey_mprotect, page, PAGE, PROT_READ | PROT_WRITE, k);
	syscall(SYS_pkey_free, k);
	syscall(SYS_pkey_alloc, 1, 0x8 | PKEY_DISABLE_ACCESS);
	syscall(SYS_pkey_mprotect, page, PAGE, PROT_READ, 99);
	syscall(SYS_pkey_free, 99);
	syscall(SYS_munmap, page, PAGE);
}

static void seal(void)
{
	char *p = (char *)syscall(SYS_mmap, NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS,
				   -1, 0);

	syscall(462, p, PAGE, 0);
	syscall(462, p + 1, PAGE, 1);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "mseal")) {
		seal();
		return 0;
	}
	maps();
	others();
	return 0;
}

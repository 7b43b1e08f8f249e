/*
 * test_seccomp.c: the seccomp-bpf program strc builds from -e trace=. Installed in a child
 * with no tracer, a call it stops at fails with ENOSYS and any other call runs: that shows
 * which calls the program selects, on the architecture the tests run on.
 */
#include <asm/unistd.h>
#include <criterion/criterion.h>
#include <errno.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "filter.h"
#include "strc.h"


/* 1 when the call ran, 0 when the filter stopped it (ENOSYS without a tracer) */
static int runs(long nr)
{
	return !(syscall(nr) == -1 && errno == ENOSYS);
}

/*
 * bit 0: getpid ran, bit 1: getppid ran. The child reports through shared memory and ends
 * without a call that could be stopped (exit_group may be: then by a fault).
 */
static int in_child_with_filter(void)
{
	volatile int *shared = mmap(NULL, sizeof(int), PROT_READ | PROT_WRITE,
				    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	int status;
	pid_t pid;

	cr_assert(shared != MAP_FAILED);
	*shared = -1;
	pid = fork();
	if (pid == 0) {
		seccomp_install();
		*shared = runs(__NR_getpid) | runs(__NR_getppid) << 1;
		syscall(__NR_exit_group, 0);
		/* the filter may send exit_group to a tracer there is none of (ENOSYS): die by
		 * an instruction, never by a call the filter can refuse too (a sanitizer's report
		 * of a null store needs write and exit, and spun here with neither) */
		__builtin_trap();
	}
	cr_assert(pid > 0);
	cr_assert(waitpid(pid, &status, 0) == pid);
	return *shared;
}

Test(seccomp, stops_at_the_selected_calls_only)
{
	opt.follow = 1;
	cr_assert_eq(qualify("trace=getppid"), 0);
	cr_assert(seccomp_wanted());
	cr_assert_eq(in_child_with_filter(), 1);
}

Test(seccomp, negated_set)
{
	opt.follow = 1;
	cr_assert_eq(qualify("trace=!getppid"), 0);
	cr_assert(seccomp_wanted());
	cr_assert_eq(in_child_with_filter(), 2);
}

Test(seccomp, class)
{
	opt.follow = 1;
	cr_assert_eq(qualify("trace=%process"), 0);
	cr_assert(seccomp_wanted());
	cr_assert_eq(in_child_with_filter(), 1 | 2);
}

Test(seccomp, not_when_every_call_is_traced)
{
	cr_assert_eq(qualify("trace=all"), 0);
	cr_assert_not(seccomp_wanted());
	cr_assert_eq(seccomp_ptrace_options(), 0);
}

/* the children would inherit it and need strc as their tracer: strace refuses it too */
Test(seccomp, not_without_f)
{
	cr_assert_eq(qualify("trace=getppid"), 0);
	cr_assert_not(seccomp_wanted());
}

Test(seccomp, not_with_no_seccomp_bpf)
{
	opt.follow = 1;
	opt.seccomp = 0;
	cr_assert_eq(qualify("trace=getppid"), 0);
	cr_assert_not(seccomp_wanted());
}

Test(seccomp, not_with_p)
{
	opt.follow = 1;
	opt.npids = 1;
	cr_assert_eq(qualify("trace=getppid"), 0);
	cr_assert_not(seccomp_wanted());
}

Test(seccomp, both)
{
	opt.follow = 1;
	cr_assert_eq(qualify("trace=getpid,getppid"), 0);
	cr_assert(seccomp_wanted());
	cr_assert_eq(in_child_with_filter(), 0);
}
